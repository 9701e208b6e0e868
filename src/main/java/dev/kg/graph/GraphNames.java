package dev.kg.graph;

import dev.kg.name.NameKey;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.NameStore;
import dev.kg.resolve.NameUse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The corpus's names as the graph stores them, seen from inside one write transaction: {@code
 * (:Name)} nodes counting the uses of each name by type, each linked to its lookup keys {@code
 * (:NameKey)}, and one {@code USES_NAME} edge per document and name holding that document's uses.
 * Every read goes through an id index, so resolving a document costs the number of names involved.
 *
 * <p>Answers are kept for the transaction, and counting a document's uses updates them as the graph
 * changes, so they never need asking again: a write decides the same names several times over
 * (before and after counting its document, then to map its entities), and each statement saved is
 * a round trip and a query execution on every document.
 */
final class GraphNames implements NameStore {

  private static final String NAME_ID_PREFIX = "name:";

  private static final String USES =
      """
      UNWIND $ids AS nameId
      MATCH (n:Name {id: nameId})
      RETURN n.id AS id, n.persons AS persons, n.organizations AS organizations, n.locations AS locations
      """;

  private static final String NAMES_WITH =
      """
      UNWIND $lookupKeys AS lookupKey
      CALL (lookupKey) {
        MATCH (:NameKey {id: lookupKey})<-[:HAS_KEY]-(n:Name)
        RETURN n
        LIMIT $limit
      }
      RETURN lookupKey, n.id AS id, n.persons AS persons, n.organizations AS organizations,
             n.locations AS locations
      """;

  private static final String NAMES_OF_DOCUMENT =
      "MATCH (:Document {id: $id})-[:USES_NAME]->(n:Name) RETURN n.id AS id ORDER BY id";

  // Counting a document's names in four parts, each taking rows of any number of documents, so a batch
  // writes them in stages (BatchStage) and a single document in one statement (ADD): the name nodes;
  // their lookup keys, rows of {nameId, lookupKey}; each document's USES_NAME edge; the counts.
  static final String NAME_NODES =
      """
      UNWIND $names AS name
      MERGE (n:Name {id: name.id})
        ON CREATE SET n.persons = 0, n.organizations = 0, n.locations = 0
      """;

  static final String NAME_KEYS =
      """
      UNWIND $keys AS key
      MATCH (n:Name {id: key.nameId})
      MERGE (k:NameKey {id: key.lookupKey})
      MERGE (n)-[:HAS_KEY]->(k)
      """;

  static final String NAME_USES =
      """
      UNWIND $uses AS use
      MATCH (d:Document {id: use.documentId}), (n:Name {id: use.id})
      MERGE (d)-[u:USES_NAME]->(n)
      SET u.persons = use.persons, u.organizations = use.organizations, u.locations = use.locations
      """;

  static final String NAME_COUNTS =
      """
      UNWIND $names AS name
      MATCH (n:Name {id: name.id})
      SET n.persons = n.persons + name.persons, n.organizations = n.organizations + name.organizations,
          n.locations = n.locations + name.locations
      """;

  private static final String ADD =
      "CALL () {\n" + NAME_NODES + "}\nCALL () {\n" + NAME_KEYS + "}\nCALL () {\n" + NAME_USES + "}\nCALL () {\n"
          + NAME_COUNTS + "}\n";

  // A name no document uses any more goes, then every lookup key no remaining name has. The keys
  // are checked once all the unused names are gone: two of them sharing a key (Sergei Shoigu and
  // Sergei Lavrov, part:sergei) each see the other still holding it, so a check name by name keeps it.
  private static final String FORGET =
      """
      MATCH (:Document {id: $id})-[u:USES_NAME]->(n:Name)
      SET n.persons = n.persons - u.persons, n.organizations = n.organizations - u.organizations,
          n.locations = n.locations - u.locations
      DELETE u
      WITH n
      WHERE n.persons + n.organizations + n.locations = 0
      OPTIONAL MATCH (n)-[:HAS_KEY]->(k:NameKey)
      WITH collect(DISTINCT n) AS unused, collect(DISTINCT k) AS keys
      CALL (unused) {
        UNWIND unused AS n
        DETACH DELETE n
      }
      CALL (keys) {
        UNWIND keys AS k
        WITH k
        WHERE NOT EXISTS { (k)<-[:HAS_KEY]-() }
        DELETE k
      }
      """;

  private static final String DOCUMENTS_USING =
      """
      UNWIND $ids AS nameId
      MATCH (:Name {id: nameId})<-[:USES_NAME]-(d:Document)
      RETURN DISTINCT d.id AS id
      ORDER BY id
      """;

  private final TransactionContext tx;
  // By key; empty for a name no document uses.
  private final Map<String, Optional<NameUse>> knownUses = new HashMap<>();
  private final Map<LookupKeyQuery, List<NameUse>> knownNamesWith = new HashMap<>();

  GraphNames(TransactionContext tx) {
    this.tx = tx;
  }

  @Override
  public Map<String, NameUse> uses(Collection<String> keys) {
    List<String> unknown = keys.stream().filter(key -> !knownUses.containsKey(key)).distinct().toList();
    if (!unknown.isEmpty()) {
      unknown.forEach(key -> knownUses.put(key, Optional.empty()));
      for (Record row : tx.run(USES, Map.of("ids", ids(unknown))).list()) {
        NameUse use = use(row);
        knownUses.put(use.key(), Optional.of(use));
      }
    }
    Map<String, NameUse> uses = new TreeMap<>();
    keys.forEach(key -> knownUses.get(key).ifPresent(use -> uses.put(key, use)));
    return uses;
  }

  @Override
  public Map<String, List<NameUse>> namesWith(Collection<String> lookupKeys, int limit) {
    List<String> unknown =
        lookupKeys.stream()
            .filter(lookupKey -> !knownNamesWith.containsKey(new LookupKeyQuery(lookupKey, limit)))
            .distinct()
            .toList();
    if (!unknown.isEmpty()) {
      Map<String, List<NameUse>> found = new HashMap<>();
      Map<String, Object> parameters = Map.of("lookupKeys", unknown, "limit", limit);
      for (Record row : tx.run(NAMES_WITH, parameters).list()) {
        found.computeIfAbsent(row.get("lookupKey").asString(), k -> new ArrayList<>()).add(use(row));
      }
      unknown.forEach(
          lookupKey ->
              knownNamesWith.put(
                  new LookupKeyQuery(lookupKey, limit), List.copyOf(found.getOrDefault(lookupKey, List.of()))));
    }
    Map<String, List<NameUse>> names = new TreeMap<>();
    for (String lookupKey : lookupKeys) {
      List<NameUse> found = knownNamesWith.get(new LookupKeyQuery(lookupKey, limit));
      if (!found.isEmpty()) {
        names.put(lookupKey, found);
      }
    }
    return names;
  }

  @Override
  public List<String> keysOf(String documentId) {
    return tx.run(NAMES_OF_DOCUMENT, Map.of("id", documentId)).list(row -> key(row.get("id"))).stream().toList();
  }

  @Override
  public void add(String documentId, DocumentNames names) {
    List<NameUse> uses = List.copyOf(names.uses().values());
    tx.run(
            ADD,
            Map.of(
                "names", nameRows(uses),
                "keys", keyRows(uses),
                "uses", useRows(documentId, uses)))
        .consume();
    names.uses().values().forEach(this::countInAnswers);
  }

  /** Rows of {@code id, persons, organizations, locations} for {@code NAME_NODES} and {@code NAME_COUNTS}. */
  static List<Map<String, Object>> nameRows(Collection<NameUse> uses) {
    return uses.stream()
        .map(
            use ->
                Map.<String, Object>of(
                    "id", NAME_ID_PREFIX + use.key(),
                    "persons", use.persons(),
                    "organizations", use.organizations(),
                    "locations", use.locations()))
        .toList();
  }

  /**
   * Rows of {@code nameId, lookupKey} for {@code NAME_KEYS}, by lookup key: keys are shared between
   * names, so writers taking them in one order never wait on each other in a circle.
   */
  static List<Map<String, Object>> keyRows(Collection<NameUse> uses) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (NameUse use : uses) {
      NameKey.ofSlug(use.key()).lookupKeys().forEach(
          lookupKey -> rows.add(Map.of("nameId", NAME_ID_PREFIX + use.key(), "lookupKey", lookupKey)));
    }
    rows.sort(Comparator.comparing((Map<String, Object> row) -> (String) row.get("lookupKey"))
        .thenComparing(row -> (String) row.get("nameId")));
    return rows;
  }

  /** Rows of one document's uses for {@code NAME_USES}. */
  static List<Map<String, Object>> useRows(String documentId, Collection<NameUse> uses) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> name : nameRows(uses)) {
      Map<String, Object> row = new HashMap<>(name);
      row.put("documentId", documentId);
      rows.add(row);
    }
    return rows;
  }

  /** Adds {@code added} to the answers known so far, as {@code ADD} adds it to the graph. */
  private void countInAnswers(NameUse added) {
    knownUses.computeIfPresent(
        added.key(), (key, known) -> Optional.of(known.map(use -> use.plus(added)).orElse(added)));
    Set<String> lookupKeys = NameKey.ofSlug(added.key()).lookupKeys();
    knownNamesWith.replaceAll(
        (query, found) -> {
          if (!lookupKeys.contains(query.lookupKey())) {
            return found;
          }
          List<NameUse> counted = new ArrayList<>(found);
          int index = indexOf(found, added.key());
          if (index >= 0) {
            counted.set(index, found.get(index).plus(added));
          } else if (found.size() < query.limit()) {
            // Fewer than the limit means the graph gave every name with the key: this one is new.
            counted.add(added);
          }
          return List.copyOf(counted);
        });
  }

  private static int indexOf(List<NameUse> uses, String key) {
    for (int i = 0; i < uses.size(); i++) {
      if (uses.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void forget(String documentId) {
    tx.run(FORGET, Map.of("id", documentId)).consume();
    // Rare (a document replaced or removed), and a name may go with its keys: ask again.
    knownUses.clear();
    knownNamesWith.clear();
  }

  @Override
  public List<String> documentsUsing(Collection<String> keys) {
    return tx.run(DOCUMENTS_USING, Map.of("ids", ids(keys))).list(row -> row.get("id").asString());
  }

  private static List<String> ids(Collection<String> keys) {
    return keys.stream().map(key -> NAME_ID_PREFIX + key).toList();
  }

  private static String key(Value id) {
    return id.asString().substring(NAME_ID_PREFIX.length());
  }

  private record LookupKeyQuery(String lookupKey, int limit) {}

  static NameUse use(Record row) {
    return new NameUse(
        key(row.get("id")),
        row.get("persons").asInt(),
        row.get("organizations").asInt(),
        row.get("locations").asInt());
  }
}
