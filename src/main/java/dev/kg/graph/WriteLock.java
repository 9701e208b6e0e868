package dev.kg.graph;

import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The graph's one write lock, held by the database, so writers take turns however many processes
 * they run in: every transaction that writes or removes a document or records or deletes a
 * curation rule takes it first and keeps it until it commits or rolls back. A document's identity
 * decisions read the names every other document uses, and a rule changes how every later document
 * is written, so two of them deciding at once could each miss what the other writes; in turn, each
 * sees everything the writers before it committed. Readers never wait for it.
 *
 * <p>The lock is the uniqueness constraint's entry for one {@code (:WriteLock {id: 'graph'})} node
 * ({@code cypher/schema.cypher}): merging the node takes that entry's exclusive lock, which Neo4j
 * holds until the transaction ends, and deleting it in the same statement leaves nothing behind. So
 * the graph never holds the node (a committed write or a crashed one leaves none, and {@code kg
 * export} has nothing to show), while a second writer's merge waits on the entry until the first
 * transaction ends. Take it as the transaction's first statement, before any other lock, so two
 * writers cannot hold locks the other waits for.
 *
 * <p>A batch written from many writers ({@link BatchWriter}) cannot take turns transaction by
 * transaction: its executors write its sums in stages, without the lock, and a write in between
 * would build on half of them. So while the graph holds a {@link PendingBatch}, taking the lock
 * refuses every writer but that batch's own driver ({@link HeldGraphException}); the same
 * statement that takes the lock reads the batch, so a batch opened under the lock is seen by every
 * writer after it.
 *
 * <pre>{@code
 * session.executeWrite(tx -> {
 *   WriteLock.take(tx);
 *   return write(tx, extraction);
 * });
 * }</pre>
 */
final class WriteLock {

  static final String ID = "graph";

  private static final String TAKE =
      """
      MERGE (lock:WriteLock {id: $id})
      DELETE lock
      WITH count(*) AS taken
      OPTIONAL MATCH (batch:PendingBatch)
      RETURN properties(batch) AS batch
      """;

  private WriteLock() {}

  /**
   * Waits until no other transaction holds the lock, then holds it until {@code tx} ends.
   *
   * @throws HeldGraphException if the graph holds a batch
   */
  static void take(TransactionContext tx) {
    take(tx, null);
  }

  /**
   * Waits until no other transaction holds the lock, then holds it until {@code tx} ends, for a
   * writer of the batch {@code batchId}, or of none when it is null.
   *
   * @throws HeldGraphException if the graph holds a batch other than {@code batchId}
   */
  static void take(TransactionContext tx, String batchId) {
    Optional<PendingBatch> held = takeSeeing(tx);
    if (held.isPresent() && !held.get().id().equals(batchId)) {
      throw HeldGraphException.heldBy(held.get());
    }
  }

  /** Waits for the lock and holds it until {@code tx} ends, as {@link #take(TransactionContext)}, and returns the batch holding the graph, if any. */
  static Optional<PendingBatch> takeSeeing(TransactionContext tx) {
    Value held = tx.run(TAKE, Map.of("id", ID)).single().get("batch");
    return held.isNull() ? Optional.empty() : Optional.of(BatchHold.batch(held));
  }
}
