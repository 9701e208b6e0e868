package dev.kg.graph;

import dev.kg.extract.DocumentExtraction;
import org.neo4j.driver.TransactionContext;

/**
 * One kind of fact a document contributes beyond its entities and mentions: relations, quotes,
 * events. {@link GraphWriter} calls each kind inside the document's transaction, so a document's
 * facts come and go with it.
 */
interface DocumentFacts {

  /**
   * Takes back everything {@code documentId} contributed, keeping what other documents support.
   * Called while the document's entities are still stored.
   */
  void forget(TransactionContext tx, String documentId);

  /** Adds what {@code extraction} contributes; its entities and mentions are already written. */
  void add(TransactionContext tx, DocumentExtraction extraction);
}
