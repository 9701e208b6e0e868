package dev.kg.graph;

import dev.kg.resolve.Resolver.Decision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
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
 * <p>The batch holds the graph from {@link #open} to the end of {@link #write} ({@link
 * PendingBatch}): every other writer is refused ({@link HeldGraphException}), since the stages
 * write without the graph's {@link WriteLock} and a write in between would build on half of their
 * sums. The graph records each step the batch finished, and what a later run must not decide
 * again (the batch's documents, its identity decisions, the replaced documents, the graph's
 * decisions before it), so a run that fails part way (the graph gone through the retries, the
 * driver killed) is finished by the next run of the same documents: {@link #open} finds the batch,
 * hands back its decisions and the number of writers its stages were split among, and {@link
 * #write} skips the steps done. A stage run again skips the transactions it committed ({@code
 * WriteBatch}, {@link BatchStage#write}); the others are idempotent. At its end the batch deletes
 * its records and frees the graph.
 *
 * <pre>{@code
 * BatchWriter batches = new BatchWriter(driver);
 * BatchWriter.Batch batch = batches.open(documentHashes, analysedIds, 4, () -> identity.decide(names, analysedIds));
 * BatchWriter.Report report = batches.write(batch, stages);
 * }</pre>
 */
public final class BatchWriter {

  // The steps a batch records as done besides its stages, and the parts it keeps for a resumed run.
  private static final String OPENED = "OPENED";
  private static final String REPLACED = "REPLACED";
  private static final String EVENTS = "EVENTS";
  private static final String SETTLED = "SETTLED";
  private static final String DOCUMENTS = "documents";
  private static final String DECISIONS = "decisions";
  private static final String BEFORE = "before";

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
   * A batch that holds the graph, opened or found unfinished: what its writers write by.
   *
   * @param id the batch's id
   * @param decisions the identity decisions for every name the batch uses
   * @param partitions how many writers each stage's keys are split among: a resumed stage must
   *     split them as the first run did, since its transactions are named by their partition
   * @param resumed whether the graph held the batch unfinished, from an earlier run
   */
  public record Batch(String id, Map<String, Decision> decisions, int partitions, boolean resumed) {

    public Batch {
      Objects.requireNonNull(id, "id");
      decisions = Map.copyOf(decisions);
    }
  }

  /**
   * What writing a batch did, and the wall time of each step.
   *
   * @param replaced the stored documents the batch replaced, removed first
   * @param stages the wall time of each stage run (a resumed batch's stages done before are not)
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
  private final BatchHold hold;

  public BatchWriter(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.hold = new BatchHold(driver);
  }

  /** The batch holding the graph, if any: one running, or one whose run died, to be finished. */
  public Optional<PendingBatch> pending() {
    return hold.find();
  }

  /**
   * The documents {@code batch} writes, the content hash of each by id: a run that finishes it must
   * analyse them again, stored or not.
   */
  public SortedMap<String, String> documents(PendingBatch batch) {
    return hold.read(batch.id(), DOCUMENTS, String.class);
  }

  /**
   * Fails unless {@code documents} are those of {@code batch}, or {@code batch} is absent: what a run
   * checks before it analyses anything.
   *
   * @throws HeldGraphException if the graph holds a batch of other documents
   */
  public static void check(Optional<PendingBatch> batch, SortedMap<String, String> documents) {
    if (batch.isPresent() && !batch.get().fingerprint().equals(fingerprint(documents))) {
      throw HeldGraphException.otherBatch(batch.get(), documents.size());
    }
  }

  /**
   * Opens the batch of {@code documents}, which then holds the graph, or finds the unfinished batch
   * of the same documents. A new batch is decided by {@code decide} and records what it replaces;
   * a found one gives back what it decided.
   *
   * @param documents the content hash of each document the run analyses, by id
   * @param written the ids of the documents the run writes: those whose analysis did not fail; a
   *     found batch must write the same
   * @param partitions how many writers each stage's keys are split among, in a new batch
   * @param decide decides identity for the batch's names ({@link BatchIdentity#decide})
   * @throws HeldGraphException if the graph holds a batch of other documents, or of the same whose
   *     analysis failed for others than in this run
   * @throws GraphUnavailableException if the server went away and stayed away through the retries
   */
  public Batch open(
      SortedMap<String, String> documents, Collection<String> written, int partitions, Supplier<Map<String, Decision>> decide) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one document");
    }
    String id = "batch-" + UUID.randomUUID();
    PendingBatch batch = hold.open(id, fingerprint(documents), documents.size(), partitions);
    check(Optional.of(batch), documents);
    boolean resumed = !batch.id().equals(id);
    if (batch.isDone(OPENED)) {
      SortedMap<String, String> writes = documents(batch);
      if (!writes.keySet().equals(new TreeSet<>(written))) {
        throw HeldGraphException.analysedOtherwise(batch, differences(writes.keySet(), new TreeSet<>(written)));
      }
      return new Batch(batch.id(), hold.read(batch.id(), DECISIONS, Decision.class), batch.partitions(), true);
    }
    // Nothing of the batch is written before it is opened, so a batch found unopened decides anew.
    Map<String, Decision> decisions = decide.get();
    SortedMap<String, String> writes = new TreeMap<>();
    written.forEach(document -> writes.put(document, documents.get(document)));
    hold.replaced(batch.id(), new GraphWriter(driver).storedAmong(written));
    hold.save(batch.id(), DOCUMENTS, writes);
    hold.save(batch.id(), DECISIONS, decisions);
    hold.done(batch.id(), OPENED);
    return new Batch(batch.id(), decisions, batch.partitions(), resumed);
  }

  /**
   * Writes the batch {@code batch}, skipping the steps an earlier run of it finished, and frees the graph.
   *
   * @throws GraphUnavailableException if the server went away and stayed away through the retries;
   *     the batch still holds the graph, and the next run of the same documents finishes it, as the
   *     message says
   */
  public Report write(Batch batch, Stages stages) {
    PendingBatch pending = hold.find().filter(found -> found.id().equals(batch.id())).orElseThrow(
        () -> new IllegalStateException("the graph holds no batch " + batch.id() + " to write"));
    try {
      return write(batch, pending, stages);
    } catch (GraphUnavailableException e) {
      throw new GraphUnavailableException(
          e.getMessage() + "; the graph holds the unfinished " + pending.describe()
              + ": run the same kg ingest --spark command again to finish it",
          e);
    }
  }

  private Report write(Batch batch, PendingBatch pending, Stages stages) {
    String id = batch.id();
    GraphWriter writer = new GraphWriter(driver, id);
    List<String> replaced = hold.replaced(id);
    Map<String, Decision> before;
    if (pending.isDone(REPLACED)) {
      before = hold.read(id, BEFORE, Decision.class);
    } else {
      replaced.forEach(writer::remove);
      before = new BatchIdentity(driver).current(batch.decisions().keySet());
      hold.save(id, BEFORE, before);
      hold.done(id, REPLACED);
    }
    Map<BatchStage, Duration> times = new EnumMap<>(BatchStage.class);
    for (BatchStage stage : BatchStage.values()) {
      if (!pending.isDone(stage.name())) {
        long started = System.nanoTime();
        stages.run(stage, id + "/" + stage + "/");
        hold.done(id, stage.name());
        times.put(stage, Duration.ofNanos(System.nanoTime() - started));
      }
    }
    Duration events = Duration.ZERO;
    if (!pending.isDone(EVENTS)) {
      long started = System.nanoTime();
      new BatchEvents(driver, id).write(stages.eventReports());
      hold.done(id, EVENTS);
      events = Duration.ofNanos(System.nanoTime() - started);
    }
    List<String> resolvedAgain = List.of();
    if (!pending.isDone(SETTLED)) {
      resolvedAgain = writer.settle(before);
      hold.done(id, SETTLED);
    }
    BatchStage.forgetBatches(driver, id + "/");
    hold.release(id);
    return new Report(replaced, times, events, resolvedAgain);
  }

  /** The documents one of {@code first} and {@code second} has and the other lacks, each with the one that has it. */
  private static List<String> differences(Set<String> first, Set<String> second) {
    List<String> differences = new ArrayList<>();
    first.stream().filter(id -> !second.contains(id)).forEach(id -> differences.add(id + " (then)"));
    second.stream().filter(id -> !first.contains(id)).forEach(id -> differences.add(id + " (now)"));
    return differences;
  }

  /** The sha256 of {@code documents}' ids and content hashes, in id order: the batch's identity. */
  static String fingerprint(SortedMap<String, String> documents) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      documents.forEach((id, sha256) -> digest.update((id + '\t' + sha256 + '\n').getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
