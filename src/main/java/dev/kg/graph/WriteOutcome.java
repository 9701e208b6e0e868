package dev.kg.graph;

/** What {@link GraphWriter#write} did with a document. */
public enum WriteOutcome {
  /** The graph did not know the document's id: it was added. */
  CREATED,
  /** The graph held the id with another content hash: its old contributions were replaced. */
  REPLACED,
  /** The graph held the id with the same content hash: nothing was written. */
  UNCHANGED
}
