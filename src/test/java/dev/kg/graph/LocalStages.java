package dev.kg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;

/**
 * A batch's stages run as Spark runs them, without Spark: every document's parts summed by key, the
 * keys split into partitions by their start node, each partition written in sorted runs of {@code
 * keysPerTransaction}, the partitions one after the other or at once on threads of their own.
 * {@link #failingAfter} makes stages whose graph goes away after some transactions, as a run that
 * fails part way meets it.
 */
final class LocalStages implements BatchWriter.Stages {

  /** The failure {@link #failingAfter} stages meet. */
  static final String LOST = "lost the connection to Neo4j: injected after some transactions";

  private final Driver driver;
  private final List<DocumentRows> documents;
  private final int partitions;
  private final int keysPerTransaction;
  private final boolean concurrent;
  // The transaction (or fetch of event reports) at which the graph goes away, counted from 0; negative: never.
  private final int failAt;
  private final AtomicInteger steps = new AtomicInteger();

  LocalStages(Driver driver, List<DocumentRows> documents, int partitions, int keysPerTransaction, boolean concurrent) {
    this(driver, documents, partitions, keysPerTransaction, concurrent, -1);
  }

  private LocalStages(
      Driver driver, List<DocumentRows> documents, int partitions, int keysPerTransaction, boolean concurrent, int failAt) {
    this.driver = driver;
    this.documents = List.copyOf(documents);
    this.partitions = partitions;
    this.keysPerTransaction = keysPerTransaction;
    this.concurrent = concurrent;
    this.failAt = failAt;
  }

  /**
   * Stages of one partition after the other, two keys a transaction, that fail with {@link #LOST}
   * instead of their transaction number {@code steps} (from 0), or of fetching the event reports
   * when that comes after {@code steps} transactions.
   */
  static LocalStages failingAfter(Driver driver, List<DocumentRows> documents, int partitions, int steps) {
    return new LocalStages(driver, documents, partitions, 2, false, steps);
  }

  /** How many transactions these stages began, fetching the event reports counted as one. */
  int steps() {
    return steps.get();
  }

  @Override
  public void run(BatchStage stage, String batchIds) {
    List<List<Map.Entry<String, BatchPart>>> split = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      split.add(new ArrayList<>());
    }
    sum(stage).entrySet().forEach(part -> split.get(Math.floorMod(stage.startNode(part.getKey()).hashCode(), partitions)).add(part));
    ExecutorService threads = Executors.newFixedThreadPool(concurrent ? partitions : 1);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int p = 0; p < partitions; p++) {
        List<Map.Entry<String, BatchPart>> partition = split.get(p);
        String ids = batchIds + p + "/";
        running.add(threads.submit(() -> {
          for (int from = 0, chunk = 0; from < partition.size(); from += keysPerTransaction, chunk++) {
            step();
            stage.write(driver, partition.subList(from, Math.min(partition.size(), from + keysPerTransaction)), ids + chunk);
          }
        }));
      }
      for (Future<?> partition : running) {
        partition.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GraphUnavailableException lost) {
        throw lost;
      }
      throw new IllegalStateException("stage " + stage + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("stage " + stage + " interrupted", e);
    } finally {
      threads.shutdownNow();
    }
  }

  @Override
  public Collection<BatchPart> eventReports() {
    step();
    return documents.stream().map(BatchEvents::reports).toList();
  }

  private void step() {
    if (steps.getAndIncrement() == failAt) {
      throw new GraphUnavailableException(LOST, null);
    }
  }

  private Map<String, BatchPart> sum(BatchStage stage) {
    Map<String, BatchPart> summed = new TreeMap<>();
    documents.forEach(document -> stage.parts(document).forEach((key, part) -> summed.merge(key, part, BatchPart::plus)));
    return summed;
  }
}
