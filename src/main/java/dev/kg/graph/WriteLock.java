package dev.kg.graph;

import java.util.Map;
import org.neo4j.driver.TransactionContext;

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
 * <pre>{@code
 * session.executeWrite(tx -> {
 *   WriteLock.take(tx);
 *   return write(tx, extraction);
 * });
 * }</pre>
 */
final class WriteLock {

  static final String ID = "graph";

  private static final String TAKE = "MERGE (lock:WriteLock {id: $id}) DELETE lock";

  private WriteLock() {}

  /** Waits until no other transaction holds the lock, then holds it until {@code tx} ends. */
  static void take(TransactionContext tx) {
    tx.run(TAKE, Map.of("id", ID)).consume();
  }
}
