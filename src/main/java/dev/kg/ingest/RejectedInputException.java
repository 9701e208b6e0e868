package dev.kg.ingest;

/** Thrown while turning an input into a document when it cannot become one; the message is the reason. */
final class RejectedInputException extends Exception {

  private static final long serialVersionUID = 1L;

  RejectedInputException(String reason) {
    // No stack trace: this is an answer about the input, not a fault in the program.
    super(reason, null, false, false);
  }
}
