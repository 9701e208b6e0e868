package dev.kg.extract;

import dev.kg.ingest.SourceDocument;

/** Turns a document into everything kg writes about it. Implementations are safe to share between threads. */
@FunctionalInterface
public interface DocumentAnalyzer {

  DocumentExtraction analyze(SourceDocument document);
}
