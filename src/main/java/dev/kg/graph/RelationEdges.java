package dev.kg.graph;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The typed relation edges between entities ({@code HOLDS_POSITION}, {@code MEMBER_OF}, ...) and
 * the titles on person nodes, kept in step with each document.
 *
 * <p>There is one edge per subject, type and object however many sentences state the fact; each
 * sentence is one entry in the edge's parallel evidence lists, and the edge's confidence, counts,
 * documents and titles are derived from those lists (see {@link RelationEvidence}). Adding a document
 * merges its entries in; forgetting it filters them out, and deletes an edge none is left on. The
 * lists are kept sorted, so the edge is the same whatever order documents came in.
 *
 * <p>A position with no place ("leader Kim Jong Un") makes no edge: its title goes on the
 * document's {@code MENTIONS} edge to the person ({@code titles}, {@code normalizedTitles}), as do
 * the titles of the positions with a place ({@link #titles}), and the person's own {@code titles} and
 * {@code normalizedTitles} are the union over its documents, kept in the person's {@link EntityTally}.
 */
final class RelationEdges implements DocumentFacts {

  private static final String READ_EDGES =
      """
      UNWIND $keys AS key
      MATCH (a:Entity {id: key.subject})-[r]->(b:Entity {id: key.object})
      WHERE type(r) = key.type
      RETURN key.subject AS subject, key.type AS type, key.object AS object, properties(r) AS edge
      """;

  // Starting from the document's entities keeps this proportional to the document, not the corpus.
  private static final String READ_DOCUMENT_EDGES =
      """
      MATCH (:Document {id: $id})-[:MENTIONS]->(a:Entity)-[r]->(b:Entity)
      WHERE r.evidenceDocuments IS NOT NULL AND $id IN r.evidenceDocuments
      RETURN a.id AS subject, type(r) AS type, b.id AS object, properties(r) AS edge
      """;

  // The type is a parameter like any value (Neo4j 5.26 dynamic types), from the extractors' own set.
  private static final String WRITE_EDGES =
      """
      UNWIND $edges AS edge
      MATCH (a:Entity {id: edge.subject}), (b:Entity {id: edge.object})
      MERGE (a)-[r:$(edge.type)]->(b)
      SET r = edge.properties
      """;

  private static final String DELETE_EDGES =
      """
      UNWIND $keys AS key
      MATCH (a:Entity {id: key.subject})-[r]->(b:Entity {id: key.object})
      WHERE type(r) = key.type
      DELETE r
      """;

  @Override
  public void forget(TransactionContext tx, String documentId) {
    Map<EdgeKey, List<RelationEvidence>> kept = new TreeMap<>();
    for (Record row : tx.run(READ_DOCUMENT_EDGES, Map.of("id", documentId)).list()) {
      List<RelationEvidence> evidence = new ArrayList<>(RelationEvidence.read(row.get("edge")));
      evidence.removeIf(e -> e.document().equals(documentId));
      kept.put(EdgeKey.of(row), evidence);
    }
    write(tx, kept);
  }

  @Override
  public void add(TransactionContext tx, DocumentExtraction extraction) {
    merge(tx, edges(extraction));
  }

  /** The evidence {@code extraction} gives each edge, by subject, type and object. */
  static Map<EdgeKey, List<RelationEvidence>> edges(DocumentExtraction extraction) {
    Map<EdgeKey, List<RelationEvidence>> edges = new TreeMap<>();
    for (Relation relation : extraction.relations()) {
      if (relation.objectId() != null) {
        edges.computeIfAbsent(new EdgeKey(relation.subjectId(), relation.type(), relation.objectId()), k -> new ArrayList<>())
            .add(evidence(extraction, relation));
      }
    }
    return edges;
  }

  /**
   * The titles {@code extraction} gives each person, as rows of {@code id, titles,
   * normalizedTitles}, sorted: what its {@code MENTIONS} edge to the person holds.
   */
  static List<Map<String, Object>> titles(DocumentExtraction extraction) {
    Map<String, TreeSet<String>> titles = new TreeMap<>();
    Map<String, TreeSet<String>> normalizedTitles = new TreeMap<>();
    for (Relation relation : extraction.relations()) {
      if (relation.role() != null) {
        titles.computeIfAbsent(relation.subjectId(), id -> new TreeSet<>()).add(relation.role().title());
        normalizedTitles.computeIfAbsent(relation.subjectId(), id -> new TreeSet<>()).add(relation.role().normalized());
      }
    }
    List<Map<String, Object>> people = new ArrayList<>();
    titles.forEach((id, written) -> people.add(Map.of(
        "id", id, "titles", List.copyOf(written), "normalizedTitles", List.copyOf(normalizedTitles.get(id)))));
    return people;
  }

  /**
   * Adds {@code added} to the stored edges, in place of whatever the documents it cites gave them
   * before, so adding the same evidence twice changes nothing.
   */
  static void merge(TransactionContext tx, Map<EdgeKey, List<RelationEvidence>> added) {
    if (added.isEmpty()) {
      return;
    }
    Map<EdgeKey, List<RelationEvidence>> merged = new TreeMap<>();
    added.forEach((key, evidence) -> merged.put(key, new ArrayList<>(evidence)));
    List<Map<String, Object>> keys = added.keySet().stream().map(EdgeKey::row).toList();
    for (Record row : tx.run(READ_EDGES, Map.of("keys", keys)).list()) {
      EdgeKey key = EdgeKey.of(row);
      Set<String> documents = new HashSet<>();
      added.get(key).forEach(evidence -> documents.add(evidence.document()));
      List<RelationEvidence> stored = new ArrayList<>(RelationEvidence.read(row.get("edge")));
      stored.removeIf(e -> documents.contains(e.document()));
      merged.get(key).addAll(stored);
    }
    write(tx, merged);
  }

  private static RelationEvidence evidence(DocumentExtraction extraction, Relation relation) {
    Span sentence = extraction.sentences().get(relation.evidence().sentence());
    return new RelationEvidence(
        extraction.document().id(),
        relation.evidence().sentence(),
        extraction.document().text().substring(sentence.start(), sentence.end()),
        relation.evidence().start(),
        relation.evidence().end(),
        relation.confidence(),
        relation.method(),
        relation.role() == null ? "" : relation.role().title(),
        relation.role() == null ? "" : relation.role().normalized(),
        relation.role() != null && relation.role().former());
  }

  /** Writes each edge with its evidence, deleting those left without any. */
  private static void write(TransactionContext tx, Map<EdgeKey, List<RelationEvidence>> edges) {
    List<Map<String, Object>> writes = new ArrayList<>();
    List<Map<String, Object>> deletes = new ArrayList<>();
    edges.forEach((key, evidence) -> {
      if (evidence.isEmpty()) {
        deletes.add(key.row());
      } else {
        Map<String, Object> row = new HashMap<>(key.row());
        row.put("properties", RelationEvidence.properties(evidence, key.type().equals(Relation.HOLDS_POSITION)));
        writes.add(row);
      }
    });
    if (!writes.isEmpty()) {
      tx.run(WRITE_EDGES, Map.of("edges", writes)).consume();
    }
    if (!deletes.isEmpty()) {
      tx.run(DELETE_EDGES, Map.of("keys", deletes)).consume();
    }
  }

  /** One edge: subject, type, object. */
  record EdgeKey(String subject, String type, String object) implements Comparable<EdgeKey>, java.io.Serializable {

    static EdgeKey of(Record row) {
      return new EdgeKey(row.get("subject").asString(), row.get("type").asString(), row.get("object").asString());
    }

    Map<String, Object> row() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("subject", subject);
      row.put("type", type);
      row.put("object", object);
      return row;
    }

    @Override
    public int compareTo(EdgeKey other) {
      return (subject + "|" + type + "|" + object).compareTo(other.subject + "|" + other.type + "|" + other.object);
    }
  }
}
