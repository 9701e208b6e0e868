package dev.kg.graph;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * A document's direct quotations: one {@code (:Quote {id, text, start, end, sentence, documentId})}
 * per quotation, linked from its document by {@code HAS_QUOTE} and from its speaker, when known, by
 * {@code SAID}. A quotation belongs to one document, so the nodes come and go with it.
 */
final class QuoteNodes implements DocumentFacts {

  private static final String DELETE_QUOTES =
      "MATCH (:Document {id: $id})-[:HAS_QUOTE]->(q:Quote) DETACH DELETE q";

  // Rows may come from many documents. Merged on the quote's id, so writing a quote again changes nothing.
  private static final String WRITE_QUOTES =
      """
      UNWIND $quotes AS quote
      MATCH (d:Document {id: quote.properties.documentId})
      MERGE (q:Quote {id: quote.properties.id})
      SET q = quote.properties
      MERGE (d)-[:HAS_QUOTE]->(q)
      WITH q, quote
      WHERE quote.speakerId IS NOT NULL
      MATCH (e:Entity {id: quote.speakerId})
      MERGE (e)-[s:SAID]->(q)
      SET s = quote.said
      """;

  @Override
  public void forget(TransactionContext tx, String documentId) {
    tx.run(DELETE_QUOTES, Map.of("id", documentId)).consume();
  }

  @Override
  public void add(TransactionContext tx, DocumentExtraction extraction) {
    write(tx, rows(extraction));
  }

  /** Writes quotes of any number of documents, as rows {@link #rows} makes. */
  static void write(TransactionContext tx, List<Map<String, Object>> quotes) {
    if (!quotes.isEmpty()) {
      tx.run(WRITE_QUOTES, Map.of("quotes", quotes)).consume();
    }
  }

  /** One row per quotation of {@code extraction}: the node's properties, its speaker and the SAID edge's. */
  static List<Map<String, Object>> rows(DocumentExtraction extraction) {
    String documentId = extraction.document().id();
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (Quote quote : extraction.quotes()) {
      Span sentence = extraction.sentences().get(quote.evidence().sentence());
      String sentenceText = extraction.document().text().substring(sentence.start(), sentence.end());
      Map<String, Object> properties = new HashMap<>();
      properties.put("id", documentId + "#" + quote.evidence().start() + "-" + quote.evidence().end());
      properties.put("text", quote.text());
      properties.put("start", quote.evidence().start());
      properties.put("end", quote.evidence().end());
      properties.put("sentence", quote.evidence().sentence());
      properties.put("documentId", documentId);
      Map<String, Object> row = new HashMap<>();
      row.put("properties", properties);
      row.put("speakerId", quote.speakerId());
      row.put("said", Map.of(
          "confidence", quote.confidence(),
          "method", quote.method(),
          "evidenceCount", 1,
          "documents", List.of(documentId),
          "evidenceDocuments", List.of(documentId),
          "evidenceSentences", List.of(sentenceText),
          "evidenceStarts", List.of(quote.evidence().start()),
          "evidenceEnds", List.of(quote.evidence().end())));
      quotes.add(row);
    }
    return quotes;
  }
}
