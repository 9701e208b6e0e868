package dev.kg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article as one input format gives it, before cleaning: its text lines and whatever metadata
 * the format states outright (HTML meta tags, JSONL fields, a Markdown heading).
 *
 * @param lines the text in reading order
 * @param title declared headline, or {@code null}
 * @param source declared publisher, or {@code null}
 * @param published declared ISO date, or {@code null}
 * @param url declared address, or {@code null}
 * @param articleOnly whether the lines are the article alone, as a feed or an API declares its text
 *     field, rather than the text of a page, which may hold chrome to cut
 */
record RawArticle(
    List<String> lines, String title, String source, String published, String url, boolean articleOnly) {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  RawArticle {
    lines = List.copyOf(lines);
  }

  /**
   * The lines of an article whose headline is declared beside its text (a JSONL {@code title}, an HTML
   * page's metadata): the headline first, as a plain-text article starts, unless a line already is the
   * headline. So the names in a headline are annotated, as its first sentence, whatever the format.
   */
  static List<String> headlineFirst(String headline, List<String> lines) {
    if (headline == null || lines.stream().anyMatch(line -> sameWords(line, headline))) {
      return lines;
    }
    List<String> headed = new ArrayList<>(lines.size() + 1);
    headed.add(headline);
    headed.addAll(lines);
    return headed;
  }

  private static boolean sameWords(String line, String headline) {
    return WHITESPACE.matcher(line.strip()).replaceAll(" ")
        .equalsIgnoreCase(WHITESPACE.matcher(headline.strip()).replaceAll(" "));
  }

  /** Plain text, which declares nothing; lines wrapped at a margin are joined into their paragraphs. */
  static RawArticle ofText(String text) {
    return new RawArticle(HardWraps.joined(text.lines().toList()), null, null, null, null, false);
  }

  /**
   * The cleaned article, where declared metadata wins over what the cleaner reads from the text; a
   * declared title and source read as the text's lines do ({@link ArticleCleaner#readable}).
   */
  CleanedArticle cleanWith(ArticleCleaner cleaner) {
    CleanedArticle found = cleaner.clean(lines, title, articleOnly);
    return new CleanedArticle(
        declaredOr(readable(title), found.title()),
        declaredOr(readable(source), found.source()),
        declaredOr(published, found.published()),
        found.text());
  }

  private static String readable(String declared) {
    String readable = declared == null ? "" : ArticleCleaner.readable(declared);
    return readable.isEmpty() ? null : readable;
  }

  private static String declaredOr(String declared, String found) {
    return declared != null ? declared : found;
  }
}
