package dev.kg.graph;

import dev.kg.resolve.Resolver.Decision;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.neo4j.driver.Driver;

/**
 * Writes a batch of documents, decided together ({@link BatchIdentity}), by many writers at once:
 * what must see the whole graph runs here, one step after the other, and each {@link BatchStage}
 * runs wherever {@link Stages} runs it (Spark's executors). In order: the stored documents the batch
 * replaces are removed, so every document of the batch is new; what the graph decides now for the
 * names the batch may change is noted; the stages run; the batch's event reports are grouped with
 * the stored ones ({@link BatchEvents}); and the stored documents whose names now decide otherwise
 * are resolved again ({@link GraphWriter#settle}), as writing the documents one at a time would
 * have. The graph is then the one {@link GraphWriter} makes of the same documents.
 *
 * <pre>{@code
 * BatchWriter.Report report = new BatchWriter(driver).write(documentIds, nameKeys, stages);
 * }</pre>
 */
public final class BatchWriter {

  /** Runs the stages of one batch over all of its documents. */
  public interface Stages {

    /**
     * Sums every document's parts of {@code stage} by key and writes them ({@link BatchStage#write}),
     * naming each transaction by a batch id that starts with {@code batchIds}.
     */
    void run(BatchStage stage, String batchIds);

    /** Every document's event reports ({@link BatchEvents#reports}). */
    Collection<BatchPart> eventReports();
  }

  /**
   * What writing a batch did, and the wall time of each step.
   *
   * @param replaced the stored documents the batch replaced, removed first
   * @param stages the wall time of each stage
   * @param events the wall time of grouping events
   * @param resolvedAgain the stored documents resolved again after
   */
  public record Report(List<String> replaced, Map<BatchStage, Duration> stages, Duration events, List<String> resolvedAgain) {

    public static final Report NONE = new Report(List.of(), Map.of(), Duration.ZERO, List.of());

    public Report {
      replaced = List.copyOf(replaced);
      stages = Map.copyOf(stages);
      resolvedAgain = List.copyOf(resolvedAgain);
    }

    /** Wall time of every stage and the events together. */
    public Duration total() {
      return stages.values().stream().reduce(events, Duration::plus);
    }
  }

  private final Driver driver;

  public BatchWriter(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /**
   * Writes the batch whose documents have {@code documentIds} and use the names {@code nameKeys}.
   *
   * @throws GraphUnavailableException if the server went away and stayed away through the retries
   */
  public Report write(Collection<String> documentIds, Collection<String> nameKeys, Stages stages) {
    if (documentIds.isEmpty()) {
      return Report.NONE;
    }
    GraphWriter writer = new GraphWriter(driver);
    List<String> replaced = writer.storedAmong(documentIds);
    replaced.forEach(writer::remove);
    Map<String, Decision> before = new BatchIdentity(driver).current(nameKeys);
    String run = "batch-" + UUID.randomUUID() + "/";
    Map<BatchStage, Duration> times = new EnumMap<>(BatchStage.class);
    try {
      for (BatchStage stage : BatchStage.values()) {
        long started = System.nanoTime();
        stages.run(stage, run + stage + "/");
        times.put(stage, Duration.ofNanos(System.nanoTime() - started));
      }
      long started = System.nanoTime();
      new BatchEvents(driver).write(stages.eventReports());
      Duration events = Duration.ofNanos(System.nanoTime() - started);
      return new Report(replaced, times, events, writer.settle(before));
    } finally {
      BatchStage.forgetBatches(driver, run);
    }
  }
}
