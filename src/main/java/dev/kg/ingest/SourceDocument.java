package dev.kg.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One article ready for annotation: cleaned text plus the metadata found in or beside it.
 *
 * <p>{@code text} is exactly what is stored on the {@code :Document} node; every mention offset in the
 * graph points into it. {@code sha256} hashes the raw input the document was read from, so re-reading
 * an unchanged file gives the same hash and an edited one a different hash.
 *
 * @param id stable identifier: the JSONL {@code id} when given, otherwise derived from the origin
 * @param title headline, or {@code null} when the article has none
 * @param source publisher credit ("Source: ..."), or {@code null}
 * @param published publication date as ISO {@code yyyy-MM-dd}, or {@code null}
 * @param url the article's address when known, or {@code null}
 * @param path where it was read from: a file path, {@code file.jsonl:LINE}, or {@code -} for stdin
 * @param text cleaned article text
 * @param sha256 hex SHA-256 of the raw input of this document
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceDocument(
    String id,
    String title,
    String source,
    String published,
    String url,
    String path,
    String text,
    String sha256) {

  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sha256, "sha256");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank (from " + path + ")");
    }
  }
}
