package dev.kg.graph;

import dev.kg.resolve.CorpusNames;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.NameKey;
import dev.kg.resolve.NameUse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The corpus's names as the graph stores them, seen from inside one write transaction: {@code
 * (:Name)} nodes counting the uses of each name by type, each linked to its lookup keys {@code
 * (:NameKey)}, and one {@code USES_NAME} edge per document and name holding that document's uses.
 * Every read goes through an id index, so resolving a document costs the number of names involved.
 */
final class GraphNames implements CorpusNames {

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

  private static final String ADD =
      """
      MATCH (d:Document {id: $id})
      UNWIND $uses AS use
      MERGE (n:Name {id: use.id})
        ON CREATE SET n.persons = 0, n.organizations = 0, n.locations = 0
      SET n.persons = n.persons + use.persons, n.organizations = n.organizations + use.organizations,
          n.locations = n.locations + use.locations
      CREATE (d)-[:USES_NAME {
        persons: use.persons, organizations: use.organizations, locations: use.locations
      }]->(n)
      WITH n, use
      UNWIND use.lookupKeys AS lookupKey
      MERGE (k:NameKey {id: lookupKey})
      MERGE (n)-[:HAS_KEY]->(k)
      """;

  // A name no document uses any more goes, with the lookup keys only it had.
  private static final String FORGET =
      """
      MATCH (:Document {id: $id})-[u:USES_NAME]->(n:Name)
      SET n.persons = n.persons - u.persons, n.organizations = n.organizations - u.organizations,
          n.locations = n.locations - u.locations
      DELETE u
      WITH n
      WHERE n.persons + n.organizations + n.locations = 0
      CALL (n) {
        MATCH (n)-[:HAS_KEY]->(k:NameKey)
        WHERE COUNT { (k)<-[:HAS_KEY]-() } = 1
        DETACH DELETE k
      }
      DETACH DELETE n
      """;

  private static final String DOCUMENTS_USING =
      """
      UNWIND $ids AS nameId
      MATCH (:Name {id: nameId})<-[:USES_NAME]-(d:Document)
      RETURN DISTINCT d.id AS id
      ORDER BY id
      """;

  private final TransactionContext tx;

  GraphNames(TransactionContext tx) {
    this.tx = tx;
  }

  @Override
  public Map<String, NameUse> uses(Collection<String> keys) {
    Map<String, NameUse> uses = new TreeMap<>();
    for (Record row : tx.run(USES, Map.of("ids", ids(keys))).list()) {
      NameUse use = use(row);
      uses.put(use.key(), use);
    }
    return uses;
  }

  @Override
  public Map<String, List<NameUse>> namesWith(Collection<String> lookupKeys, int limit) {
    Map<String, List<NameUse>> names = new TreeMap<>();
    Map<String, Object> parameters = Map.of("lookupKeys", List.copyOf(lookupKeys), "limit", limit);
    for (Record row : tx.run(NAMES_WITH, parameters).list()) {
      names.computeIfAbsent(row.get("lookupKey").asString(), k -> new ArrayList<>()).add(use(row));
    }
    return names;
  }

  /** The keys of the names {@code documentId} uses as stored. */
  List<String> keysOf(String documentId) {
    return tx.run(NAMES_OF_DOCUMENT, Map.of("id", documentId)).list(row -> key(row.get("id"))).stream().toList();
  }

  /** Counts the uses of {@code names} by the stored document {@code documentId}. */
  void add(String documentId, DocumentNames names) {
    List<Map<String, Object>> rows =
        names.uses().values().stream()
            .map(
                use ->
                    Map.<String, Object>of(
                        "id", NAME_ID_PREFIX + use.key(),
                        "persons", use.persons(),
                        "organizations", use.organizations(),
                        "locations", use.locations(),
                        "lookupKeys", List.copyOf(NameKey.ofSlug(use.key()).lookupKeys())))
            .toList();
    tx.run(ADD, Map.of("id", documentId, "uses", rows)).consume();
  }

  /** Takes back the uses {@link #add} counted for {@code documentId}. */
  void forget(String documentId) {
    tx.run(FORGET, Map.of("id", documentId)).consume();
  }

  /** The ids of the documents that use any of the names {@code keys}, in order. */
  List<String> documentsUsing(Collection<String> keys) {
    return tx.run(DOCUMENTS_USING, Map.of("ids", ids(keys))).list(row -> row.get("id").asString());
  }

  private static List<String> ids(Collection<String> keys) {
    return keys.stream().map(key -> NAME_ID_PREFIX + key).toList();
  }

  private static String key(Value id) {
    return id.asString().substring(NAME_ID_PREFIX.length());
  }

  private static NameUse use(Record row) {
    return new NameUse(
        key(row.get("id")),
        row.get("persons").asInt(),
        row.get("organizations").asInt(),
        row.get("locations").asInt());
  }
}
