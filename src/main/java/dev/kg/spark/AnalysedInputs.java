package dev.kg.spark;

import dev.kg.extract.DocumentAnalyzer;
import dev.kg.extract.DocumentExtraction;
import dev.kg.graph.BatchStage;
import dev.kg.graph.DocumentWriter;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import dev.kg.resolve.Resolver.Decision;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import scala.Tuple2;

/**
 * What a Spark run read, analysed and wrote, for kg's ingest pipeline on the driver: {@link #results}
 * gives the inputs in input order, and as the analyzer this returns, for each document the pipeline
 * asks about, the extraction an executor made of it (or raises the failure the executor met). The
 * executors have written the documents already; the pipeline's {@link #writer} reports what became
 * of each, so the pipeline counts and reports exactly as in a plain ingest.
 */
public final class AnalysedInputs implements DocumentAnalyzer, AutoCloseable {

  private final Iterator<Tuple2<Long, Shipped>> ordered;
  private final AnalysisPlan plan;
  private final long inputs;
  private final Duration analysis;
  private final Duration executorTime;
  private final int cores;
  private final Map<String, Decision> decisions;
  private final Duration identity;
  private final ExecutorWrites.Written written;
  private final Runnable release;
  // Keyed by the very document handed out, so two inputs with equal content stay two.
  private final Map<SourceDocument, Shipped> pending = Collections.synchronizedMap(new IdentityHashMap<>());

  AnalysedInputs(
      Iterator<Tuple2<Long, Shipped>> ordered,
      AnalysisPlan plan,
      long inputs,
      Duration analysis,
      Duration executorTime,
      int cores,
      Map<String, Decision> decisions,
      Duration identity,
      ExecutorWrites.Written written,
      Runnable release) {
    this.ordered = ordered;
    this.plan = plan;
    this.inputs = inputs;
    this.analysis = analysis;
    this.executorTime = executorTime;
    this.cores = cores;
    this.decisions = Map.copyOf(decisions);
    this.identity = identity;
    this.written = written;
    this.release = release;
  }

  /** Every input's result in input order, fetched from the executors a partition at a time. */
  public Stream<ReadResult> results() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ordered, Spliterator.ORDERED), false)
        .map(input -> plan.forWriter(input._1(), input._2()))
        .map(this::handOut);
  }

  private ReadResult handOut(Shipped shipped) {
    ReadResult result = shipped.read();
    if (shipped instanceof Shipped.Analysed || shipped instanceof Shipped.AnalysisFailed) {
      pending.put(((ReadResult.Read) result).document(), shipped);
    }
    return result;
  }

  @Override
  public DocumentExtraction analyze(SourceDocument document) {
    Shipped shipped = pending.remove(document);
    if (shipped instanceof Shipped.Analysed analysed) {
      return analysed.extraction(document);
    }
    if (shipped instanceof Shipped.AnalysisFailed failed) {
      if (failed.outOfMemory()) {
        throw new OutOfMemoryError(failed.message());
      }
      throw new IllegalStateException(failed.message());
    }
    throw new IllegalStateException(
        "not analysed on Spark: the graph changed while the run was analysing; ingest it again");
  }

  /**
   * The pipeline's writer for this run: it reports each document the executors wrote as created, or
   * replaced when the graph held it before, and asks {@code graph}, the graph's own writer, about
   * every other.
   */
  public DocumentWriter writer(DocumentWriter graph) {
    return new BatchOutcomes(graph, written.ids(), Set.copyOf(written.report().replaced()));
  }

  /**
   * Wall-clock time of the executors' writes, by stage, then of grouping events; and how many
   * stored documents were resolved again after. A batch an earlier run left unfinished says so,
   * and gives the times of the steps this run did.
   */
  public String writes() {
    StringBuilder stages = new StringBuilder();
    for (BatchStage stage : BatchStage.values()) {
      Duration time = written.report().stages().get(stage);
      if (time != null) {
        stages.append(String.format("%s %.1f s, ", stage.name().toLowerCase(Locale.ROOT).replace('_', ' '), seconds(time)));
      }
    }
    return String.format(
        "%s%sevents %.1f s; resolved %d stored document(s) again",
        written.resumed() ? "finishing the batch an earlier run left unfinished: " : "",
        stages, seconds(written.report().events()), written.report().resolvedAgain().size());
  }

  /** Wall-clock time of the executors' writes and the events. */
  public Duration writing() {
    return written.report().total();
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  /** The batch's decision for every name its documents use. */
  public Map<String, Decision> decisions() {
    return decisions;
  }

  /** Wall-clock time of identity across the batch: summing, deciding and mapping. */
  public Duration identity() {
    return identity;
  }

  /** How many inputs (documents and failed inputs) {@link #results} gives. */
  public long inputs() {
    return inputs;
  }

  /** How many documents the executors analysed. */
  public long analysedDocuments() {
    return plan.wanted().length;
  }

  /** Wall-clock time of the analysis, on all executors at once. */
  public Duration analysis() {
    return analysis;
  }

  /** Analysis time summed over the executors' tasks. */
  public Duration executorTime() {
    return executorTime;
  }

  /** The cores Spark analysed on (its default parallelism). */
  public int cores() {
    return cores;
  }

  /** Frees what the executors keep for this run. */
  @Override
  public void close() {
    release.run();
  }
}
