package dev.kg.graph;

/**
 * What {@link GraphWriter#write(dev.kg.extract.DocumentExtraction, WriteMode)} does with a document
 * whose id the graph already holds, decided inside the write's transaction under the graph's
 * {@link WriteLock}, so no other writer can store the id between the check and the write.
 */
public enum WriteMode {
  /** Other content under a stored id is refused with an {@link EditedDocumentException}. */
  REFUSE_EDITED,
  /** Other content under a stored id replaces all the old content contributed; the same content is a no-op. */
  REPLACE_EDITED,
  /** Written even when its content is unchanged: how new code or rules reach a stored document. */
  REWRITE
}
