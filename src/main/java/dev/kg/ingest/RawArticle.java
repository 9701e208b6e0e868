package dev.kg.ingest;

import java.util.List;

/**
 * An article as one input format gives it, before cleaning: its text lines and whatever metadata
 * the format states outright (HTML meta tags, JSONL fields, a Markdown heading).
 *
 * @param lines the text in reading order
 * @param title declared headline, or {@code null}
 * @param source declared publisher, or {@code null}
 * @param published declared ISO date, or {@code null}
 * @param url declared address, or {@code null}
 */
record RawArticle(List<String> lines, String title, String source, String published, String url) {

  RawArticle {
    lines = List.copyOf(lines);
  }

  /** Plain text, which declares nothing. */
  static RawArticle ofText(String text) {
    return new RawArticle(text.lines().toList(), null, null, null, null);
  }

  /** The cleaned article, where declared metadata wins over what the cleaner reads from the text. */
  CleanedArticle cleanWith(ArticleCleaner cleaner) {
    CleanedArticle found = cleaner.clean(lines, title);
    return new CleanedArticle(
        declaredOr(title, found.title()),
        declaredOr(source, found.source()),
        declaredOr(published, found.published()),
        found.text());
  }

  private static String declaredOr(String declared, String found) {
    return declared != null ? declared : found;
  }
}
