package dev.kg.graph;

import java.util.List;
import java.util.Objects;

/**
 * A batch written from many writers ({@link BatchWriter}) that has not finished: while the graph holds
 * one, only that batch writes, and a run that died leaves it for the same command to finish. Its
 * {@code (:PendingBatch)} node records which steps are done and, in parts of its own, what a resumed
 * run must decide as the first one did ({@code cypher/schema.cypher}).
 *
 * @param id the batch's id, e.g. {@code batch-3f1c...}; the prefix of its transactions' {@code WriteBatch} ids
 * @param fingerprint the sha256 of the ids and content hashes of the documents the batch analyses
 * @param documents how many documents the batch analyses
 * @param partitions how many writers each stage's keys are split among, the same when resumed
 * @param started when the batch was opened, ISO-8601 UTC
 * @param done the steps done, in order ({@link BatchWriter})
 */
public record PendingBatch(String id, String fingerprint, long documents, int partitions, String started, List<String> done) {

  public PendingBatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(started, "started");
    done = List.copyOf(done);
  }

  /** Whether {@code step} was done. */
  boolean isDone(String step) {
    return done.contains(step);
  }

  /** The batch as refusals name it, e.g. {@code Spark batch batch-3f1c (40 document(s), started 2026-12-05T04:50:12Z)}. */
  public String describe() {
    return "Spark batch " + id + " (" + documents + " document(s), started " + started + ")";
  }
}
