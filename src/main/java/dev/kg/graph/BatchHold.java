package dev.kg.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The graph's record of its {@link PendingBatch}: one {@code (:PendingBatch {id})} node with the
 * batch's steps done and the stored documents it replaces, and {@code (:PendingBatchPart {kind,
 * seq, json})} nodes holding, a few thousand entries each, what a resumed run must read back rather
 * than decide again: the batch's documents, its identity decisions and the graph's decisions before
 * it. Opening it takes the graph's {@link WriteLock}, so at most one batch holds the graph.
 *
 * <pre>{@code
 * BatchHold hold = new BatchHold(driver);
 * PendingBatch batch = hold.open("batch-1", fingerprint, 40, 2);
 * hold.save(batch.id(), "decisions", decisions);
 * hold.done(batch.id(), "OPENED");
 * hold.release(batch.id());
 * }</pre>
 */
final class BatchHold {

  private static final String FIND = "MATCH (b:PendingBatch) RETURN properties(b) AS batch";

  private static final String OPEN =
      """
      CREATE (b:PendingBatch {id: $id, fingerprint: $fingerprint, documents: $documents,
                              partitions: $partitions, started: $started, done: [], replaced: []})
      RETURN properties(b) AS batch
      """;

  private static final String SET_REPLACED = "MATCH (b:PendingBatch {id: $id}) SET b.replaced = $replaced";

  private static final String REPLACED = "MATCH (b:PendingBatch {id: $id}) RETURN b.replaced AS replaced";

  private static final String DONE = "MATCH (b:PendingBatch {id: $id}) SET b.done = b.done + $step";

  private static final String DELETE_PARTS =
      "MATCH (:PendingBatch {id: $id})-[:HAS_PART]->(p:PendingBatchPart {kind: $kind}) DETACH DELETE p";

  private static final String SAVE_PART =
      """
      MATCH (b:PendingBatch {id: $id})
      CREATE (b)-[:HAS_PART]->(:PendingBatchPart {kind: $kind, seq: $seq, json: $json})
      """;

  private static final String PARTS =
      """
      MATCH (:PendingBatch {id: $id})-[:HAS_PART]->(p:PendingBatchPart {kind: $kind})
      RETURN p.json AS json
      ORDER BY p.seq
      """;

  private static final String RELEASE =
      """
      MATCH (b:PendingBatch {id: $id})
      OPTIONAL MATCH (b)-[:HAS_PART]->(p:PendingBatchPart)
      DETACH DELETE b, p
      """;

  // Entries of one part: a part of decisions is some hundred kB, one property Neo4j stores easily.
  private static final int ENTRIES_PER_PART = 2_000;

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Driver driver;

  BatchHold(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /** The batch {@code properties} describe, as {@link #FIND} returns them. */
  static PendingBatch batch(Value properties) {
    return new PendingBatch(
        properties.get("id").asString(),
        properties.get("fingerprint").asString(),
        properties.get("documents").asLong(),
        properties.get("partitions").asInt(),
        properties.get("started").asString(),
        properties.get("done").asList(Value::asString));
  }

  /** The batch holding the graph, if any. */
  Optional<PendingBatch> find() {
    try (Session session = driver.session()) {
      return session.executeRead(tx -> tx.run(FIND).list(row -> batch(row.get("batch")))).stream().findFirst();
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  /**
   * The batch holding the graph: the one it held, or, when it held none, a new one with these
   * properties, opened under the graph's write lock after every writer before it committed.
   */
  PendingBatch open(String id, String fingerprint, long documents, int partitions) {
    Map<String, Object> parameters =
        Map.of(
            "id", id,
            "fingerprint", fingerprint,
            "documents", documents,
            "partitions", partitions,
            "started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    try (Session session = driver.session()) {
      return session.executeWrite(
          tx -> {
            Optional<PendingBatch> held = WriteLock.takeSeeing(tx);
            return held.isPresent() ? held.get() : batch(tx.run(OPEN, parameters).single().get("batch"));
          });
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  /** Records that the batch {@code id} did {@code step}. */
  void done(String id, String step) {
    run(DONE, Map.of("id", id, "step", step));
  }

  /** Records the stored documents the batch {@code id} replaces. */
  void replaced(String id, List<String> documentIds) {
    run(SET_REPLACED, Map.of("id", id, "replaced", documentIds));
  }

  /** The stored documents the batch {@code id} replaces, as {@link #replaced(String, List)} recorded them. */
  List<String> replaced(String id) {
    try (Session session = driver.session()) {
      return session.executeRead(
          tx -> tx.run(REPLACED, Map.of("id", id)).single().get("replaced").asList(Value::asString));
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  /** Keeps {@code values} as the batch's {@code kind}, in place of what it kept before, a part a transaction. */
  void save(String id, String kind, Map<String, ?> values) {
    run(DELETE_PARTS, Map.of("id", id, "kind", kind));
    List<Map.Entry<String, ?>> entries = new ArrayList<>(new TreeMap<>(values).entrySet());
    for (int from = 0, seq = 0; from < entries.size(); from += ENTRIES_PER_PART, seq++) {
      Map<String, Object> part = new TreeMap<>();
      entries.subList(from, Math.min(entries.size(), from + ENTRIES_PER_PART))
          .forEach(entry -> part.put(entry.getKey(), entry.getValue()));
      run(SAVE_PART, Map.of("id", id, "kind", kind, "seq", seq, "json", json(part)));
    }
  }

  /** The batch's {@code kind}, as {@link #save} kept it, each value a {@code type}. */
  <V> SortedMap<String, V> read(String id, String kind, Class<V> type) {
    JavaType parts = JSON.getTypeFactory().constructMapType(TreeMap.class, String.class, type);
    SortedMap<String, V> values = new TreeMap<>();
    try (Session session = driver.session()) {
      for (String json : session.executeRead(tx -> tx.run(PARTS, Map.of("id", id, "kind", kind)).list(row -> row.get("json").asString()))) {
        values.putAll(JSON.<Map<String, V>>readValue(json, parts));
      }
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }

  /** Deletes the batch {@code id}'s record, so the graph is free for every writer. */
  void release(String id) {
    run(RELEASE, Map.of("id", id));
  }

  private void run(String statement, Map<String, Object> parameters) {
    try (Session session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run(statement, parameters).consume());
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
