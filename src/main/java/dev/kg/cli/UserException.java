package dev.kg.cli;

/** A problem the user can fix, reported as one line without a stack trace. */
final class UserException extends RuntimeException {

  UserException(String message) {
    super(message);
  }
}
