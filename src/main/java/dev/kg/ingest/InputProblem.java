package dev.kg.ingest;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An input that could not become a document, with a reason a user can act on.
 *
 * @param origin the file or {@code -} (stdin) the problem belongs to; for one JSONL line the reason
 *     starts with {@code "line N: "}
 * @param reason one line, lower case, no trailing period, e.g. {@code "not valid UTF-8 (at byte 12)"}
 */
public record InputProblem(String origin, String reason) {

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  public InputProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The one-line message printed to the user. Control characters, which a file name or a JSONL id may
   * hold, are escaped, so a name cannot break the line or forge another message after it.
   */
  @Override
  public String toString() {
    // The replacement is read as a replacement pattern, hence the doubled backslash.
    return CONTROL
        .matcher(origin + ": " + reason)
        .replaceAll(control -> String.format("\\\\u%04x", (int) control.group().charAt(0)));
  }
}
