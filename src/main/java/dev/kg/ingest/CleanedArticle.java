package dev.kg.ingest;

import java.util.Objects;

/**
 * An article with page chrome removed and its metadata lifted out.
 *
 * @param title headline, without surrounding quotes, or {@code null} when the article has none
 * @param source publisher named by a credit line such as {@code Source: Reuters}, or {@code null}
 * @param published publication date as ISO {@code yyyy-MM-dd}, or {@code null}
 * @param text the kept paragraphs joined by blank lines; empty when nothing was worth keeping
 */
public record CleanedArticle(String title, String source, String published, String text) {

  public CleanedArticle {
    Objects.requireNonNull(text, "text");
  }
}
