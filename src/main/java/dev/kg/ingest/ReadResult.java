package dev.kg.ingest;

import java.util.Objects;

/**
 * What reading one input gave: a document, or the reason there is none.
 *
 * <pre>{@code
 * if (result instanceof ReadResult.Read read) {
 *   annotate(read.document());
 * } else if (result instanceof ReadResult.Failed failed) {
 *   warn(failed.problem().toString());   // "news/a.html: binary file, not text"
 * }
 * }</pre>
 */
public sealed interface ReadResult {

  /** An input, or one line of a JSONL input, that became a document. */
  record Read(SourceDocument document) implements ReadResult {

    public Read {
      Objects.requireNonNull(document, "document");
    }
  }

  /** An input, or one line of a JSONL input, that could not become a document. */
  record Failed(InputProblem problem) implements ReadResult {

    public Failed {
      Objects.requireNonNull(problem, "problem");
    }
  }
}
