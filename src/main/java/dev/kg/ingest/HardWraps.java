package dev.kg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines of a text that was wrapped at a fixed width back into its paragraphs.
 *
 * <p>Wire copy, e-mail and plain-text archives break every line near a margin (Reuters' at 63
 * characters), so a line ends wherever the next word did not fit: "Finance Minister Michael" on one
 * line, "Wilson said" on the next. kg reads each line of a text as a paragraph, and CoreNLP breaks a
 * sentence at a paragraph's end, so a wrapped text lost every name and clause that ran over a line end.
 *
 * <p>A text is taken for wrapped when its longest line is between {@value #MIN_WIDTH} and {@value
 * #MAX_WIDTH} characters, as wrapping widths are, and at least half of the lines that another line
 * follows run to within {@value #FULL_SLACK} characters of it. In such a text a line runs on into the
 * next when the next line's first word would not have fitted on it, the way a wrapping editor decided
 * to break it, or when the line comes to within {@value #FULL_SLACK} characters of the widest and ends
 * no sentence (wire copy is not wrapped to one exact width: Reuters' lines run from 50 to 65 characters,
 * so "a Food and Drug" ends a line that "Administration" would have fitted on, by the widest line); a
 * blank line, a deeper indent (a paragraph's first line), a list item and a row of columns (three
 * spaces inside it) start a new paragraph. Other texts, whose lines are paragraphs however long, pass
 * unchanged. An article's body given apart from its headline ({@link #joinedBody}) may start in the
 * middle of a wrapped line, where an archive cut the dateline off it ("Yugoslavia and the United
 * Arab" / "Emirates (UAE) have agreed"), so there the first line also runs on when it ends no sentence.
 *
 * <pre>{@code
 * List<String> paragraphs = HardWraps.joined(List.of(
 *     "Finance Minister Michael Wilson said tax reform will not affect",
 *     "his determination to rein in expenditures, but his forecasts show",
 *     "a slowing of the decline in the budget deficit in the late 1980s.",
 *     "    The dry period means the temporao will be late this year."));
 * // [Finance Minister ... late 1980s., "    The dry period means the temporao will be late this year."]
 * }</pre>
 */
final class HardWraps {

  static final int MIN_WIDTH = 50;
  static final int MAX_WIDTH = 120;
  static final int FULL_SLACK = 15;
  private static final int MIN_WRAPPED_LINES = 3;

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•–]|\\d{1,3}[.)])\\s+");
  private static final Pattern COLUMNS = Pattern.compile("\\S {3,}\\S");
  /** A sentence's last punctuation, with any closing quotes or brackets after it. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'”’)\\]]*$");

  private HardWraps() {}

  /** {@code lines}, each a line without its line break, with wrapped paragraphs joined into one line each. */
  static List<String> joined(List<String> lines) {
    return joined(lines, false);
  }

  /**
   * {@code lines}, an article's body whose headline is given apart, joined as {@link #joined(List)} joins
   * them, but for a first line that ends no sentence, which runs on into the next: it is the rest of a
   * wrapped line whose start was cut, not a headline.
   */
  static List<String> joinedBody(List<String> lines) {
    return joined(lines, true);
  }

  private static List<String> joined(List<String> lines, boolean body) {
    int width = lines.stream().mapToInt(line -> line.stripTrailing().length()).max().orElse(0);
    if (width < MIN_WIDTH || width > MAX_WIDTH || !looksWrapped(lines, width)) {
      return lines;
    }
    List<String> joined = new ArrayList<>(lines.size());
    StringBuilder paragraph = null;
    String previous = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean cutFirstLine = body && i == 1 && !endsSentence(previous);
      if (paragraph != null && continues(previous, line) && (cutFirstLine || runsOn(previous, line, width))) {
        paragraph.append(' ').append(line.strip());
      } else {
        if (paragraph != null) {
          joined.add(paragraph.toString());
        }
        paragraph = new StringBuilder(line.stripTrailing());
      }
      previous = line;
    }
    if (paragraph != null) {
      joined.add(paragraph.toString());
    }
    return joined;
  }

  private static boolean looksWrapped(List<String> lines, int width) {
    int followed = 0;
    int full = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !lines.get(i + 1).isBlank()) {
        followed++;
        if (lines.get(i).stripTrailing().length() >= width - FULL_SLACK) {
          full++;
        }
      }
    }
    return full >= MIN_WRAPPED_LINES && 2 * full >= followed;
  }

  /** Whether nothing in the two lines' shapes starts a new paragraph at {@code next}. */
  private static boolean continues(String line, String next) {
    return !line.isBlank() && !next.isBlank() && indent(next) <= indent(line)
        && !LIST_ITEM.matcher(next).find() && !COLUMNS.matcher(line.strip()).find() && !COLUMNS.matcher(next.strip()).find();
  }

  /** Whether a wrapping editor broke {@code line} before {@code next}: its first word did not fit, or the line is full mid-sentence. */
  private static boolean runsOn(String line, String next, int width) {
    String firstWord = next.strip().split("\\s+", 2)[0];
    int length = line.stripTrailing().length();
    return length + 1 + firstWord.length() > width || (length >= width - FULL_SLACK && !endsSentence(line));
  }

  private static boolean endsSentence(String line) {
    return SENTENCE_END.matcher(line.stripTrailing()).find();
  }

  private static int indent(String line) {
    int spaces = 0;
    while (spaces < line.length() && Character.isWhitespace(line.charAt(spaces))) {
      spaces++;
    }
    return spaces;
  }
}
