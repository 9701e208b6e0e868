package dev.kg.pipeline;

import dev.kg.graph.WriteOutcome;

import dev.kg.ingest.InputProblem;
import dev.kg.ingest.SourceDocument;

/** Hears about each document as the ingest settles it; called from the writer thread, one call at a time. */
public interface IngestListener {

  /** {@code document} was written (or found unchanged) with {@code outcome}. */
  void documentDone(SourceDocument document, WriteOutcome outcome);

  /** An input failed and was skipped; nothing of it was written. */
  void problem(InputProblem problem);

  /** A listener that ignores everything. */
  IngestListener SILENT =
      new IngestListener() {
        @Override
        public void documentDone(SourceDocument document, WriteOutcome outcome) {}

        @Override
        public void problem(InputProblem problem) {}
      };
}
