package dev.kg.pipeline;

/** What an ingest did with one document. */
public enum DocumentOutcome {
  /** New to the graph. */
  CREATED,
  /** Known under its id with other content: its old contributions were replaced. */
  REPLACED,
  /** Known with the same content hash: nothing was annotated or written. */
  UNCHANGED
}
