package dev.kg.spark;

import dev.kg.extract.DocumentAnalyzer;
import dev.kg.extract.DocumentExtraction;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import dev.kg.resolve.EntityMapping;
import dev.kg.resolve.PresetMappings;
import dev.kg.resolve.Resolver.Decision;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import scala.Tuple2;

/**
 * What a Spark run read and analysed, for kg's ingest pipeline on the driver: {@link #results} gives
 * the inputs in input order, and as the analyzer this returns, for each document the pipeline asks
 * about, the extraction an executor made of it (or raises the failure the executor met). The
 * pipeline then writes, counts and reports exactly as in a plain ingest; as {@link PresetMappings}
 * this gives the writer each document's mapping to corpus entities, decided for the whole batch.
 */
public final class AnalysedInputs implements DocumentAnalyzer, PresetMappings, AutoCloseable {

  private final Iterator<Tuple2<Long, Shipped>> ordered;
  private final AnalysisPlan plan;
  private final long inputs;
  private final Duration analysis;
  private final Duration executorTime;
  private final int cores;
  private final Map<String, Decision> decisions;
  private final Duration identity;
  private final Runnable release;
  // Keyed by the very document handed out, so two inputs with equal content stay two.
  private final Map<SourceDocument, Shipped> pending = Collections.synchronizedMap(new IdentityHashMap<>());
  // Keyed by the very extraction analyze() returned, until the writer takes its mapping.
  private final Map<DocumentExtraction, EntityMapping> mappings = Collections.synchronizedMap(new IdentityHashMap<>());

  AnalysedInputs(
      Iterator<Tuple2<Long, Shipped>> ordered,
      AnalysisPlan plan,
      long inputs,
      Duration analysis,
      Duration executorTime,
      int cores,
      Map<String, Decision> decisions,
      Duration identity,
      Runnable release) {
    this.ordered = ordered;
    this.plan = plan;
    this.inputs = inputs;
    this.analysis = analysis;
    this.executorTime = executorTime;
    this.cores = cores;
    this.decisions = Map.copyOf(decisions);
    this.identity = identity;
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
      DocumentExtraction extraction = analysed.extraction(document);
      mappings.put(extraction, new EntityMapping(analysed.targets()));
      return extraction;
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
   * The mapping the batch decided for {@code local}, an extraction {@link #analyze} returned, once:
   * a write the driver runs again after it lost a race decides the document itself, which the
   * writer's own rules keep right.
   */
  @Override
  public Optional<EntityMapping> of(DocumentExtraction local) {
    return Optional.ofNullable(mappings.remove(local));
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
