package dev.kg.ingest;

import java.util.Objects;

/**
 * An input that could not become a document, with a reason a user can act on.
 *
 * @param origin the file or {@code -} (stdin) the problem belongs to; for one JSONL line the reason
 *     starts with {@code "line N: "}
 * @param reason one line, lower case, no trailing period, e.g. {@code "not valid UTF-8 (at byte 12)"}
 */
public record InputProblem(String origin, String reason) {

  public InputProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
  }

  /** The one-line message printed to the user. */
  @Override
  public String toString() {
    return origin + ": " + reason;
  }
}
