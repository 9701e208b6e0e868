package dev.kg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown reduced to the text a reader sees: markers go, link text stays, images go, and the first
 * top-level heading becomes the title.
 *
 * <pre>{@code
 * RawArticle article =
 *     MarkdownStripper.strip("# Kim Meets Putin\n\nThe **two** leaders met in [Pyongyang](https://example.org).");
 * article.title();  // "Kim Meets Putin"
 * article.lines();  // [Kim Meets Putin, , The two leaders met in Pyongyang.]
 * }</pre>
 */
final class MarkdownStripper {

  private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~)");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  // Also the underlines of Setext headings, whose text line stays as it is.
  private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_=])(?:\\s*\\1){2,}\\s*$");
  private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*$");
  private static final Pattern BLOCK_QUOTE = Pattern.compile("^\\s*(?:>\\s?)+");
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*](?:\\([^)]*\\)|\\[[^\\]]*])");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)](?:\\([^)]*\\)|\\[[^\\]]*])");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
  private static final Pattern CODE = Pattern.compile("`+([^`]+?)`+");
  // Emphasis markers never open or close on a backslash-escaped character, which is literal.
  private static final Pattern STRONG = Pattern.compile("(?<!\\\\)(\\*\\*|__)(?=\\S)(.+?)(?<=[^\\s\\\\])\\1");
  private static final Pattern STAR_EMPHASIS =
      Pattern.compile("(?<![\\w*\\\\])\\*(?=\\S)(.+?)(?<=[^\\s\\\\])\\*(?![\\w*])");
  private static final Pattern UNDERSCORE_EMPHASIS =
      Pattern.compile("(?<![\\w_\\\\])_(?=\\S)(.+?)(?<=[^\\s\\\\])_(?![\\w_])");
  private static final Pattern STRIKETHROUGH = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|~])");

  private MarkdownStripper() {}

  /**
   * The text and title of {@code markdown}: a paragraph (or list item, or quotation) whose source is
   * wrapped over several lines is one line, as Markdown renders it; a line ending in two spaces or a
   * backslash, Markdown's hard break, ends one.
   */
  static RawArticle strip(String markdown) {
    List<String> lines = new ArrayList<>();
    String title = null;
    boolean inCode = false;
    String open = null;
    for (String line : markdown.lines().toList()) {
      if (FENCE.matcher(line).find()) {
        inCode = !inCode;
        open = null;
      } else if (inCode) {
        lines.add(line);
      } else if (RULE.matcher(line).matches() || REFERENCE_DEFINITION.matcher(line).matches() || line.isBlank()) {
        if (line.isBlank()) {
          lines.add("");
        }
        open = null;
      } else {
        Matcher heading = HEADING.matcher(line);
        boolean isHeading = heading.matches();
        String text = inline(isHeading ? heading.group(2) : blockMarkersRemoved(line));
        if (title == null && isHeading && heading.group(1).length() == 1) {
          title = text;
        }
        if (open != null && !isHeading && continues(open, line)) {
          lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + text);
        } else {
          lines.add(text);
        }
        open = isHeading ? null : line;
      }
    }
    return new RawArticle(lines, title, null, null, null, false);
  }

  /** Whether {@code line} runs on the paragraph whose source line before it is {@code previous}. */
  private static boolean continues(String previous, String line) {
    return !previous.endsWith("  ")
        && !previous.endsWith("\\")
        && !LIST_MARKER.matcher(line).find()
        && BLOCK_QUOTE.matcher(line).lookingAt() == BLOCK_QUOTE.matcher(previous).lookingAt();
  }

  private static String blockMarkersRemoved(String line) {
    return LIST_MARKER.matcher(BLOCK_QUOTE.matcher(line).replaceFirst("")).replaceFirst("");
  }

  private static String inline(String text) {
    String plain = IMAGE.matcher(text).replaceAll("");
    plain = LINK.matcher(plain).replaceAll("$1");
    plain = AUTOLINK.matcher(plain).replaceAll("$1");
    plain = CODE.matcher(plain).replaceAll("$1");
    plain = STRONG.matcher(plain).replaceAll("$2");
    plain = STAR_EMPHASIS.matcher(plain).replaceAll("$1");
    plain = UNDERSCORE_EMPHASIS.matcher(plain).replaceAll("$1");
    plain = STRIKETHROUGH.matcher(plain).replaceAll("$1");
    return ESCAPE.matcher(plain).replaceAll("$1").strip();
  }
}
