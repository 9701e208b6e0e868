package dev.kg.graph;

import dev.kg.graph.EntityTally.Use;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The {@link EntityTally} of each entity, stored on its node beside the properties derived from it,
 * as parallel lists: {@code tallyNames}/{@code tallyNameDocuments}, {@code tallyKinds}/{@code
 * tallyKindDocuments}/{@code tallyKindMentions}, {@code tallyAliases}/{@code tallyAliasDocuments},
 * {@code tallyTitles}/{@code tallyTitleDocuments} and {@code
 * tallyNormalizedTitles}/{@code tallyNormalizedTitleDocuments}, with {@code mentionCount} and {@code
 * documentCount}. A write reads the tallies of the entities its
 * document touches, adds and takes away that document's uses, and writes back what changed: its cost
 * is that of the document, however many documents mention its entities.
 */
final class EntityTallies {

  // Takes the entities' write locks in id order before reading, so writers sharing an entity take
  // turns until commit and each adds to what the previous one left. An entity stored before kg kept
  // tallies (of titles, the latest part) is tallied once from its MENTIONS edges, and keeps a tally
  // from then on.
  private static final String LOCK_AND_READ =
      """
      UNWIND $entityIds AS entityId
      MATCH (e:Entity {id: entityId})
      SET e._LOCK_ = true
      REMOVE e._LOCK_
      RETURN e.id AS id, e.mentionCount AS mentionCount, e.documentCount AS documentCount,
             e.tallyNames AS names, e.tallyNameDocuments AS nameDocuments,
             e.tallyKinds AS kinds, e.tallyKindDocuments AS kindDocuments, e.tallyKindMentions AS kindMentions,
             e.tallyAliases AS aliases, e.tallyAliasDocuments AS aliasDocuments,
             e.tallyTitles AS titles, e.tallyTitleDocuments AS titleDocuments,
             e.tallyNormalizedTitles AS normalizedTitles, e.tallyNormalizedTitleDocuments AS normalizedTitleDocuments,
             CASE WHEN e.tallyTitles IS NULL
               THEN [(e)<-[m:MENTIONS]-() | {count: m.count, name: m.name, aliases: m.aliases, kind: m.kind,
                                             titles: m.titles, normalizedTitles: m.normalizedTitles}]
             END AS uses
      """;

  private static final String WRITE =
      """
      UNWIND $entities AS entity
      MATCH (e:Entity {id: entity.id})
      SET e += entity.properties
      """;

  private static final String DELETE = "UNWIND $entityIds AS entityId MATCH (e:Entity {id: entityId}) DETACH DELETE e";

  private EntityTallies() {}

  /**
   * Locks the entities of {@code entityIds} that exist and reads their tallies; the others are
   * {@link EntityTally#NONE}.
   */
  static Map<String, EntityTally> lockAndRead(TransactionContext tx, List<String> entityIds) {
    Map<String, EntityTally> tallies = new TreeMap<>();
    entityIds.forEach(id -> tallies.put(id, EntityTally.NONE));
    for (Record row : tx.run(LOCK_AND_READ, Map.of("entityIds", entityIds)).list()) {
      tallies.put(row.get("id").asString(), tally(row));
    }
    return tallies;
  }

  /**
   * Stores {@code after}, the tallies {@code before} became, with the properties derived from them
   * where they changed, writes again the summaries of the events naming an entity whose name changed
   * ({@link EventNodes#rename}), and deletes the entities no document mentions any more.
   */
  static void write(TransactionContext tx, Map<String, EntityTally> before, Map<String, EntityTally> after) {
    List<Map<String, Object>> writes = new ArrayList<>();
    List<String> deletes = new ArrayList<>();
    List<String> renamed = new ArrayList<>();
    after.forEach(
        (id, tally) -> {
          EntityTally was = before.getOrDefault(id, EntityTally.NONE);
          if (tally.isEmpty()) {
            deletes.add(id);
          } else {
            writes.add(Map.of("id", id, "properties", properties(was, tally)));
          }
          // An entity no document mentioned yet is named by no event.
          if (!was.isEmpty() && !tally.isEmpty() && !Objects.equals(was.name(), tally.name())) {
            renamed.add(id);
          }
        });
    if (!writes.isEmpty()) {
      tx.run(WRITE, Map.of("entities", writes)).consume();
    }
    EventNodes.rename(tx, renamed);
    if (!deletes.isEmpty()) {
      tx.run(DELETE, Map.of("entityIds", deletes)).consume();
    }
  }

  /** The tally properties of an entity no document mentions yet, to start it from. */
  static Map<String, Object> emptyTally() {
    return properties(EntityTally.NONE, EntityTally.NONE);
  }

  /**
   * A document's uses of its entities, by entity id, from rows of {@code entityId, count, name, aliases,
   * kind, titles, normalizedTitles}.
   */
  static Map<String, Use> uses(List<Value> rows) {
    Map<String, Use> uses = new HashMap<>();
    rows.forEach(row -> uses.put(row.get("entityId").asString(), use(row)));
    return uses;
  }

  private static Map<String, Object> properties(EntityTally before, EntityTally after) {
    // A HashMap: a kind no document gives any more is removed by setting it to null.
    Map<String, Object> properties = new HashMap<>();
    properties.put("mentionCount", after.mentionCount());
    properties.put("documentCount", after.documentCount());
    putColumns(properties, "tallyNames", "tallyNameDocuments", after.nameDocuments());
    putColumns(properties, "tallyKinds", "tallyKindDocuments", after.kindDocuments());
    properties.put("tallyKindMentions", new ArrayList<>(after.kindMentions().values()));
    putColumns(properties, "tallyAliases", "tallyAliasDocuments", after.aliasDocuments());
    putColumns(properties, "tallyTitles", "tallyTitleDocuments", after.titleDocuments());
    putColumns(properties, "tallyNormalizedTitles", "tallyNormalizedTitleDocuments", after.normalizedTitleDocuments());
    // Derived properties are written only when they change: aliases and names feed the full-text index.
    if (before.isEmpty() || !Objects.equals(before.name(), after.name())) {
      properties.put("name", after.name());
    }
    if (before.isEmpty() || !Objects.equals(before.kind(), after.kind())) {
      properties.put("kind", after.kind());
    }
    if (before.isEmpty() || !before.aliases().equals(after.aliases())) {
      properties.put("aliases", after.aliases());
    }
    // Only people have titles: an entity no document gives one has no such property.
    if (before.isEmpty() || !before.titles().equals(after.titles())) {
      properties.put("titles", after.titles().isEmpty() ? null : after.titles());
    }
    if (before.isEmpty() || !before.normalizedTitles().equals(after.normalizedTitles())) {
      properties.put("normalizedTitles", after.normalizedTitles().isEmpty() ? null : after.normalizedTitles());
    }
    return properties;
  }

  private static void putColumns(
      Map<String, Object> properties, String keys, String counts, SortedMap<String, Long> tally) {
    properties.put(keys, new ArrayList<>(tally.keySet()));
    properties.put(counts, new ArrayList<>(tally.values()));
  }

  private static EntityTally tally(Record row) {
    if (!row.get("uses").isNull()) {
      return EntityTally.of(row.get("uses").asList(EntityTallies::use));
    }
    return new EntityTally(
        row.get("mentionCount").asLong(),
        row.get("documentCount").asLong(),
        counts(row.get("names"), row.get("nameDocuments")),
        counts(row.get("kinds"), row.get("kindDocuments")),
        counts(row.get("kinds"), row.get("kindMentions")),
        counts(row.get("aliases"), row.get("aliasDocuments")),
        counts(row.get("titles"), row.get("titleDocuments")),
        counts(row.get("normalizedTitles"), row.get("normalizedTitleDocuments")));
  }

  private static SortedMap<String, Long> counts(Value keys, Value counts) {
    List<String> keyList = keys.asList(Value::asString);
    List<Long> countList = counts.asList(Value::asLong);
    SortedMap<String, Long> tally = new TreeMap<>();
    for (int i = 0; i < keyList.size(); i++) {
      tally.put(keyList.get(i), countList.get(i));
    }
    return tally;
  }

  private static Use use(Value edge) {
    return new Use(
        edge.get("count").asLong(),
        edge.get("name").asString(),
        edge.get("aliases").asList(Value::asString),
        edge.get("kind").asString(null),
        edge.get("titles").isNull() ? List.of() : edge.get("titles").asList(Value::asString),
        edge.get("normalizedTitles").isNull() ? List.of() : edge.get("normalizedTitles").asList(Value::asString));
  }
}
