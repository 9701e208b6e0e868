package dev.kg.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Why JSON could not be parsed, in one line of plain words with the place the parser stopped at: the
 * parser's own message spans lines and speaks of its settings and internals. Every reader of JSON
 * input says it this way: JSONL lines, posted bodies, and the benchmark files of {@code kg eval}.
 *
 * <pre>{@code
 * InvalidJson.reason(e);  // "invalid JSON: unexpected end-of-input ... (column 53)"
 * }</pre>
 */
public final class InvalidJson {

  // Parts of the parser's messages that speak of its own settings and internals, not of the input.
  private static final Pattern SOURCE = Pattern.compile("\\s*\\([^()\\[]*\\[Source: .*?\\]\\)");
  private static final Pattern QUOTED_CHARACTER = Pattern.compile("\\(('.+?') \\(code \\d+\\)\\)");
  private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code \\d+\\)");
  private static final Pattern SETTING = Pattern.compile(", from `[^`]+`");

  private InvalidJson() {}

  /** {@code invalid JSON: } and the parser's reason in plain words, with the place it stopped at. */
  public static String reason(JsonProcessingException e) {
    String reason = e.getOriginalMessage().replaceAll("\\s+", " ").strip();
    reason = SOURCE.matcher(reason).replaceAll("");
    reason = QUOTED_CHARACTER.matcher(reason).replaceAll("$1");
    reason = CONTROL_CHARACTER.matcher(reason).replaceAll("(control character $1)");
    reason = CHARACTER_CODE.matcher(reason).replaceAll("");
    reason = SETTING.matcher(reason).replaceAll("");
    reason = reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    return "invalid JSON: " + reason + at(e.getLocation());
  }

  // A JSONL line is one line; a posted body or a JSON file may be many, and then the line is said too.
  static String at(JsonLocation location) {
    if (location == null || location.getColumnNr() < 1) {
      return "";
    }
    String line = location.getLineNr() > 1 ? "line " + location.getLineNr() + ", " : "";
    return " (" + line + "column " + location.getColumnNr() + ")";
  }
}
