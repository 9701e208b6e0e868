package dev.kg.spark;

import dev.kg.extract.DocumentAnalyzer;
import dev.kg.ingest.ReadResult;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import java.util.Objects;

/**
 * The analysis an executor runs on a read document: kg's own analyzer over the JVM's one CoreNLP
 * pipeline ({@link CoreNlpAnnotator#shared}), which loads with the first document any task of this
 * JVM analyses and then serves every task and partition that follows, as it serves every thread of
 * plain {@code kg ingest}. Loading is 3-4 GB and about 40 s, so it must not happen per partition.
 */
final class ExecutorAnalysis {

  private ExecutorAnalysis() {}

  /** Initialised on first use in each JVM: a class's static initialiser runs once, under the JVM's lock. */
  private static final class Holder {
    static final DocumentAnalyzer ANALYZER = new NlpDocumentAnalyzer(CoreNlpAnnotator::shared);
  }

  /** {@code read} with its extraction, or with why there is none. */
  static Shipped analyse(Shipped.Read read) {
    ReadResult.Read document = (ReadResult.Read) read.read();
    long started = System.nanoTime();
    try {
      return Shipped.Analysed.of(Holder.ANALYZER.analyze(document.document()), System.nanoTime() - started);
    } catch (RuntimeException | StackOverflowError e) {
      return new Shipped.AnalysisFailed(read.document(), message(e), false, System.nanoTime() - started);
    } catch (OutOfMemoryError e) {
      // As in plain ingest: the annotation's memory is unreachable once this frame unwinds.
      return new Shipped.AnalysisFailed(read.document(), message(e), true, System.nanoTime() - started);
    }
  }

  // The driver raises it again and plain ingest's pipeline words the problem, as for a local failure.
  private static String message(Throwable e) {
    return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
  }
}
