package dev.kg.graph;

/** Turns exceptions from Neo4j, whose messages often run to several lines, into one-line text. */
public final class Messages {

  private Messages() {}

  /** The first line of {@code failure}'s message, or its class name when it has none. */
  public static String firstLine(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      return failure.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElseThrow();
  }
}
