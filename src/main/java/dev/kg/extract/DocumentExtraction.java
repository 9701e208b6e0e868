package dev.kg.extract;

import dev.kg.ingest.SourceDocument;
import java.util.List;
import java.util.Objects;

/**
 * Everything kg extracted from one document, in plain values: what the graph writer stores in a
 * single transaction. Carries no CoreNLP type.
 *
 * @param document the document with its cleaned text and metadata
 * @param sentences character spans of the sentences, in order; {@link Mention#sentence()} indexes this list
 * @param entities the distinct entities the document mentions
 * @param mentions every mention, each pointing at one of {@code entities}
 */
public record DocumentExtraction(
    SourceDocument document, List<Span> sentences, List<Entity> entities, List<Mention> mentions) {

  public DocumentExtraction {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
  }

  /** A character span {@code [start, end)} of the document text. */
  public record Span(int start, int end) {}
}
