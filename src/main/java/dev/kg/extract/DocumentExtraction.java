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
 * @param relations typed relations between {@code entities}, each with its evidence
 * @param quotes direct quotations, with their speakers where known
 * @param events events the document reports, with their participants among {@code entities}
 */
public record DocumentExtraction(
    SourceDocument document,
    List<Span> sentences,
    List<Entity> entities,
    List<Mention> mentions,
    List<Relation> relations,
    List<Quote> quotes,
    List<Event> events) {

  public DocumentExtraction {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    relations = List.copyOf(relations);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** An extraction of entities and mentions only. */
  public DocumentExtraction(
      SourceDocument document, List<Span> sentences, List<Entity> entities, List<Mention> mentions) {
    this(document, sentences, entities, mentions, List.of(), List.of(), List.of());
  }

  /** A character span {@code [start, end)} of the document text. */
  public record Span(int start, int end) {}
}
