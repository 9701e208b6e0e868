package dev.kg.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.extract.DocumentExtraction;
import dev.kg.graph.StoredExtraction;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.Resolver;
import dev.kg.resolve.Resolver.Decision;
import dev.kg.resolve.Resolver.Target;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One input as it travels between executors and the driver. kg's values are records Spark's
 * serialisers do not take, so documents travel as JSON and extractions in the JSON form the graph
 * stores them in ({@link StoredExtraction}), which the writer already reads back losslessly.
 */
sealed interface Shipped extends Serializable {

  ObjectMapper JSON = new ObjectMapper();

  /** The input as the reader gave it. */
  ReadResult read();

  /** Executor time spent analysing it, 0 when it was not. */
  default long nanos() {
    return 0;
  }

  static Shipped of(ReadResult result) {
    if (result instanceof ReadResult.Read read) {
      SourceDocument document = read.document();
      return new Read(json(document), new DocumentKey(document.id(), document.path(), document.sha256()));
    }
    InputProblem problem = ((ReadResult.Failed) result).problem();
    return new Failed(problem.origin(), problem.reason());
  }

  /** An input that could not become a document. */
  record Failed(String origin, String reason) implements Shipped {

    @Override
    public ReadResult read() {
      return new ReadResult.Failed(new InputProblem(origin, reason));
    }
  }

  /** What the driver needs to know of a document read to decide whether to analyse it. */
  record DocumentKey(String id, String path, String sha256) implements Serializable {}

  /** A document read, not (or not yet) analysed. */
  record Read(String document, DocumentKey key) implements Shipped {

    @Override
    public ReadResult read() {
      return new ReadResult.Read(parse(document));
    }
  }

  /**
   * A document and its extraction, with the executor's time on it, the names it uses (what the
   * batch's identity is summed from) and, once the batch's names are decided, the corpus entity of
   * each of its local entities.
   */
  record Analysed(String document, String id, String extraction, DocumentNames names, Map<String, Target> targets, long nanos)
      implements Shipped {

    public Analysed {
      targets = Map.copyOf(targets);
    }

    static Analysed of(DocumentExtraction extraction, long nanos) {
      return new Analysed(
          json(extraction.document()), extraction.document().id(), StoredExtraction.json(extraction),
          DocumentNames.of(extraction), Map.of(), nanos);
    }

    /** This document with its entities resolved by the batch's {@code decisions}. */
    Analysed resolved(Map<String, Decision> decisions) {
      return new Analysed(document, id, extraction, names, Resolver.targets(names, decisions), nanos);
    }

    @Override
    public ReadResult read() {
      return new ReadResult.Read(parse(document));
    }

    DocumentExtraction extraction(SourceDocument read) {
      return StoredExtraction.parse(read, extraction);
    }

    /** The document's own extraction, with local entity ids. */
    DocumentExtraction localExtraction() {
      return extraction(parse(document));
    }
  }

  /**
   * A document whose analysis threw: the first line of the message, or that it ran out of memory,
   * for the driver to raise again where plain ingest would have met it.
   */
  record AnalysisFailed(String document, String message, boolean outOfMemory, long nanos) implements Shipped {

    @Override
    public ReadResult read() {
      return new ReadResult.Read(parse(document));
    }
  }

  private static String json(SourceDocument document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SourceDocument parse(String json) {
    try {
      return JSON.readValue(json, SourceDocument.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
