package dev.kg.spark;

import dev.kg.extract.DocumentExtraction;
import dev.kg.graph.DocumentWriter;
import dev.kg.graph.WriteMode;
import dev.kg.graph.WriteOutcome;
import java.util.Set;

/**
 * The ingest pipeline's writer for a run whose executors wrote its documents: each of them is
 * reported created, or replaced when the graph held it before the run; anything else goes to the
 * graph's own writer ({@link dev.kg.graph.GraphWriter}), which is asked whether the other inputs
 * are stored.
 */
final class BatchOutcomes implements DocumentWriter {

  private final DocumentWriter graph;
  private final Set<String> written;
  private final Set<String> replaced;

  BatchOutcomes(DocumentWriter graph, Set<String> written, Set<String> replaced) {
    this.graph = graph;
    this.written = Set.copyOf(written);
    this.replaced = Set.copyOf(replaced);
  }

  @Override
  public boolean isStored(String documentId, String sha256) {
    // Written by this run, so to be reported, not skipped as unchanged.
    return !written.contains(documentId) && graph.isStored(documentId, sha256);
  }

  @Override
  public WriteOutcome write(DocumentExtraction extraction, WriteMode mode) {
    String id = extraction.document().id();
    if (!written.contains(id)) {
      return graph.write(extraction, mode);
    }
    return replaced.contains(id) ? WriteOutcome.REPLACED : WriteOutcome.CREATED;
  }
}
