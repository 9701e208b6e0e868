package dev.kg.graph;

import dev.kg.extract.DocumentExtraction;

/**
 * Where an ingest run's documents go, one at a time, in input order: {@link GraphWriter} writes each
 * in a transaction of its own; a Spark run has written its documents from the executors already and
 * only reports what became of each.
 */
public interface DocumentWriter {

  /** Whether the graph holds the document {@code documentId} with content hash {@code sha256}. */
  boolean isStored(String documentId, String sha256);

  /**
   * Stores {@code extraction}, doing with a stored id what {@code mode} says.
   *
   * @throws EditedDocumentException if {@code mode} refuses edited documents and the graph holds the
   *     id with other content; nothing was written
   * @throws GraphUnavailableException if the server went away; nothing of the document was written
   */
  WriteOutcome write(DocumentExtraction extraction, WriteMode mode);
}
