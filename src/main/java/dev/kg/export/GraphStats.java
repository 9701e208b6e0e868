package dev.kg.export;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Counts the graph's nodes per label and relationships per type.
 *
 * <pre>{@code
 * GraphStats.Stats stats = new GraphStats(connection.driver()).stats();
 * stats.labels();             // {Document=4, Entity=31, Location=9, Mention=120, ...}
 * stats.relationshipTypes();  // {CO_OCCURS_WITH=75, HAS_MENTION=120, MENTIONS=40, REFERS_TO=120}
 * }</pre>
 */
public final class GraphStats {

  // One scan each. Neo4j's count store would answer in constant time, but only to queries that name
  // the label in their text, or through db.stats.retrieve, which a non-admin user may not call.
  private static final String LABEL_COUNTS =
      "MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count";

  private static final String RELATIONSHIP_TYPE_COUNTS =
      "MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count";

  private final Driver driver;

  public GraphStats(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /** How many nodes carry each label and how many relationships have each type, names sorted. */
  public record Stats(Map<String, Long> labels, Map<String, Long> relationshipTypes) {

    public Stats {
      labels = sortedCopy(labels);
      relationshipTypes = sortedCopy(relationshipTypes);
    }

    private static Map<String, Long> sortedCopy(Map<String, Long> counts) {
      return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
  }

  public Stats stats() {
    try (Session session = driver.session()) {
      return session.executeRead(
          tx ->
              new Stats(
                  counts(tx.run(LABEL_COUNTS).list()), counts(tx.run(RELATIONSHIP_TYPE_COUNTS).list())));
    }
  }

  private static Map<String, Long> counts(Iterable<Record> records) {
    Map<String, Long> counts = new TreeMap<>();
    for (Record record : records) {
      counts.put(record.get("name").asString(), record.get("count").asLong());
    }
    return counts;
  }
}
