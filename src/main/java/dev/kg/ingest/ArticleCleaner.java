package dev.kg.ingest;

import dev.kg.name.Honorifics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jsoup.parser.Parser;

/**
 * Cuts an article out of the text of the page it was scraped from, and lifts out its title, date and
 * publisher credit.
 *
 * <p>Pages wrap articles in chrome: "skip to content" links above, share buttons, comment forms and
 * reader comments below. Instead of listing such strings, the cleaner judges each line by its shape,
 * as jusText does. A <em>content</em> line is a paragraph of prose: ten words or more, at least 70
 * characters, with a sentence end. A <em>furniture</em> line has five words or fewer and does not end
 * a sentence ("Share this article", "Reply"). Everything else is <em>short</em>. The article runs from
 * its title, or else from the first line that is not furniture, to its last content paragraph; short
 * lines and furniture between content paragraphs (list items, subheadings) stay. What follows the last
 * content paragraph is the article's too (a table of results, a list of winners, a closing line, a
 * newsroom sign-off) unless page chrome shows there: a furniture line of words alone, no number and no
 * colon introducing a list ("Leave a Reply", "Related Posts"). Then all that follows the last content
 * paragraph is taken for the page's bottom, a reader comment above its reply button with it. A text without
 * any content paragraph is too short to tell chrome from article, and is kept whole.
 *
 * <p>A feed's text field (a JSONL {@code text}) is the article alone: nothing in it is cut as chrome.
 *
 * <p>Metadata lines are recognised wherever chrome is cut: a dateline among the first four lines
 * ({@code 6.06.2025}, {@code June 6, 2025}, {@code PYONGYANG, June 6, 2025 — ...}; see {@link
 * NewsDate}) and a credit line anywhere ({@code Source: X}, {@code Source; X}, {@code Via X}). A line
 * that is only a date leaves the text; credit lines and place datelines stay, since they name
 * entities. The title is the first line before the first content paragraph that reads like a
 * headline: not furniture, at most twenty words, no closing period.
 *
 * <pre>{@code
 * CleanedArticle article = new ArticleCleaner().clean(List.of(
 *     "Skip to main content",
 *     "Putin Arrives in Pyongyang for Talks With Kim Jong Un",
 *     "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for two days of talks.",
 *     "Source: Example Wire",
 *     "Leave a Reply"));
 * article.title();   // "Putin Arrives in Pyongyang for Talks With Kim Jong Un"
 * article.source();  // "Example Wire"
 * article.text();    // the title, the paragraph and the credit line, separated by blank lines
 * }</pre>
 */
public final class ArticleCleaner {

  private static final int CONTENT_MIN_WORDS = 10;
  // jusText's length_low: below it a paragraph is short, however sentence-like (a one-line reader comment).
  private static final int CONTENT_MIN_CHARS = 70;
  private static final int FURNITURE_MAX_WORDS = 5;
  private static final int TITLE_MAX_WORDS = 20;
  private static final int CREDIT_MAX_WORDS = 8;
  private static final int DATELINE_WINDOW = 4;

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACE = Pattern.compile("[\\p{Z}\\p{Cc}]+");
  // Wiki markup's italics and bold, two, three or five apostrophes on each side of the words they mark
  // ("the ''Mail & Guardian'' newspaper", "'''Martin Hyde''' is running"), as dumps of wiki news keep
  // them: left in, the tokenizer reads them as closing quotes and a name takes them in. A word before
  // the first or after the second ("the company''s") makes them no pair.
  private static final Pattern WIKI_EMPHASIS =
      Pattern.compile("(?<=^|[\\s(\\[])('{5}|'{3}|'{2})(?!')(.+?)(?<!')\\1(?=$|[\\s.,;:!?)\\]])");
  private static final Pattern READABLE = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern WORD = Pattern.compile("\\S*[\\p{L}\\p{N}]\\S*");
  private static final String CLOSERS = "[\"'”’»)\\]]*";
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]" + CLOSERS + "(?=\\s|$)");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…]" + CLOSERS + "$");
  private static final Pattern ENDS_WITH_PERIOD = Pattern.compile("[.…]" + CLOSERS + "$");
  private static final Pattern QUOTED = Pattern.compile("^[\"“„'‘«](.+)[\"”'’»]$");
  private static final Pattern CREDIT =
      Pattern.compile("^(?:(?i:sources?|credits?)\\s*[:;]\\s*|(?i:via)\\s+(?=\\p{Lu}))(.+)$");
  private static final Pattern NUMBER = Pattern.compile("\\p{N}");
  private static final Pattern INTRODUCES_LIST = Pattern.compile(":$");
  private static final Pattern TRAILING_PERIOD = Pattern.compile("\\.+$");

  private enum Kind {
    CONTENT,
    SHORT,
    FURNITURE,
    /** A line that is only a date: metadata, never text. */
    DATELINE,
    /** A credit line or place dateline: kept wherever it stands. */
    METADATA
  }

  /**
   * The article in {@code lines}, the text of a page in reading order; a line may hold several lines
   * of its own.
   */
  public CleanedArticle clean(List<String> lines) {
    return clean(lines, null, false);
  }

  /**
   * As {@link #clean(List)}, told the title the page declares (HTML meta, a Markdown heading), so that
   * its line starts the article however short it is ({@code null} when none is declared); when
   * {@code articleOnly}, the lines are the article alone (a JSONL {@code text} field), so no line is
   * taken for chrome and only its metadata is read.
   */
  CleanedArticle clean(List<String> rawLines, String knownTitle, boolean articleOnly) {
    Objects.requireNonNull(rawLines, "lines");
    List<String> lines = readableLines(rawLines);
    int datelineAt =
        IntStream.range(0, Math.min(DATELINE_WINDOW, lines.size()))
            .filter(i -> Dateline.parse(lines.get(i)).isPresent())
            .findFirst()
            .orElse(-1);
    Optional<Dateline> dateline = datelineAt < 0 ? Optional.empty() : Dateline.parse(lines.get(datelineAt));
    List<Kind> kinds = kinds(lines, datelineAt, dateline.map(Dateline::standalone).orElse(false));

    int firstContent = kinds.indexOf(Kind.CONTENT);
    int titleAt = firstContent < 0 ? -1 : titleIndex(lines, kinds, firstContent, knownTitle);
    List<String> kept;
    if (firstContent < 0 || articleOnly) {
      kept = kept(lines, kinds, 0, lines.size() - 1);
    } else {
      int start = titleAt >= 0 ? titleAt : firstReadable(kinds, firstContent);
      kept = kept(lines, kinds, start, end(lines, kinds));
    }

    return new CleanedArticle(
        titleAt >= 0 ? unquoted(lines.get(titleAt)) : null,
        lines.stream().flatMap(line -> creditedSource(line).stream()).reduce((first, last) -> last).orElse(null),
        dateline.map(found -> found.date().toString()).orElse(null),
        String.join("\n\n", kept));
  }

  private static List<Kind> kinds(List<String> lines, int datelineAt, boolean standaloneDateline) {
    List<Kind> kinds = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Kind kind = classify(lines.get(i));
      if (i == datelineAt) {
        kind = standaloneDateline ? Kind.DATELINE : kind == Kind.CONTENT ? kind : Kind.METADATA;
      } else if (creditedSource(lines.get(i)).isPresent()) {
        kind = Kind.METADATA;
      }
      kinds.add(kind);
    }
    return kinds;
  }

  /** The lines from {@code start} to {@code end}, and metadata lines outside them, datelines left out. */
  private static List<String> kept(List<String> lines, List<Kind> kinds, int start, int end) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Kind kind = kinds.get(i);
      String line = lines.get(i);
      // Scraped pages often repeat the headline, or lines that chrome stood between.
      boolean repeated = !kept.isEmpty() && kept.get(kept.size() - 1).equalsIgnoreCase(line);
      if (kind != Kind.DATELINE && (kind == Kind.METADATA || (i >= start && i <= end)) && !repeated) {
        kept.add(line);
      }
    }
    return kept;
  }

  /** The article's last line: the text's last, or its last content paragraph when chrome follows that. */
  private static int end(List<String> lines, List<Kind> kinds) {
    int lastContent = kinds.lastIndexOf(Kind.CONTENT);
    for (int i = lastContent + 1; i < lines.size(); i++) {
      if (isChrome(lines.get(i), kinds.get(i))) {
        return lastContent;
      }
    }
    return lines.size() - 1;
  }

  // A table's lines hold numbers and a list's heading ends in a colon; a button or a link to other
  // pages has words alone.
  private static boolean isChrome(String line, Kind kind) {
    return kind == Kind.FURNITURE && !NUMBER.matcher(line).find() && !INTRODUCES_LIST.matcher(line).find();
  }

  private static List<String> readableLines(List<String> rawLines) {
    return rawLines.stream()
        .flatMap(LINE_BREAK::splitAsStream)
        .map(ArticleCleaner::readable)
        .filter(line -> READABLE.matcher(line).find())
        .toList();
  }

  /**
   * One line as it reads: HTML character references decoded ({@code Jos&#233;}, {@code &mdash;},
   * {@code &nbsp;}), wiki markup's italics and bold marks dropped, a courtesy title glued to a name
   * spaced ({@code Mr.Bush}, see {@link Honorifics#spaced}), invisible characters dropped, runs of
   * spaces one space. Feeds and dumps carry
   * their pages' escaped text in plain fields (a JSONL {@code text}, a title), and a reference left
   * in a name makes another name ({@code Jos&#233; Manuel Barroso}); a page's own references were
   * decoded by its parser, and one written out for the reader to see is rare in news.
   */
  static String readable(String line) {
    String decoded = WIKI_EMPHASIS.matcher(Parser.unescapeEntities(line, false)).replaceAll("$2");
    String spaced = Honorifics.spaced(INVISIBLE.matcher(decoded).replaceAll(""));
    return SPACE.matcher(spaced).replaceAll(" ").strip();
  }

  private static Kind classify(String line) {
    int words = words(line);
    if (words >= CONTENT_MIN_WORDS
        && line.length() >= CONTENT_MIN_CHARS
        && SENTENCE_END.matcher(line).find()) {
      return Kind.CONTENT;
    }
    if (words <= FURNITURE_MAX_WORDS && !ENDS_SENTENCE.matcher(line).find()) {
      return Kind.FURNITURE;
    }
    return Kind.SHORT;
  }

  private static int titleIndex(List<String> lines, List<Kind> kinds, int firstContent, String knownTitle) {
    if (knownTitle != null) {
      for (int i = 0; i < firstContent; i++) {
        if (unquoted(lines.get(i)).equalsIgnoreCase(unquoted(readable(knownTitle)))) {
          return i;
        }
      }
    }
    for (int i = 0; i < firstContent; i++) {
      String line = lines.get(i);
      if (kinds.get(i) == Kind.SHORT
          && words(line) <= TITLE_MAX_WORDS
          && !ENDS_WITH_PERIOD.matcher(line).find()) {
        return i;
      }
    }
    return -1;
  }

  private static int firstReadable(List<Kind> kinds, int firstContent) {
    for (int i = 0; i < firstContent; i++) {
      if (kinds.get(i) == Kind.SHORT) {
        return i;
      }
    }
    return firstContent;
  }

  private static Optional<String> creditedSource(String line) {
    Matcher credit = CREDIT.matcher(line);
    if (!credit.matches()) {
      return Optional.empty();
    }
    String source = TRAILING_PERIOD.matcher(credit.group(1)).replaceFirst("").strip();
    boolean nameLike = words(source) <= CREDIT_MAX_WORDS && !SENTENCE_END.matcher(source).find();
    return nameLike && !source.isEmpty() ? Optional.of(source) : Optional.empty();
  }

  private static String unquoted(String line) {
    Matcher quoted = QUOTED.matcher(line);
    return quoted.matches() ? quoted.group(1).strip() : line;
  }

  private static int words(String line) {
    return (int) WORD.matcher(line).results().count();
  }
}
