package dev.kg.graph;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * The typed relation edges between entities ({@code HOLDS_POSITION}, {@code MEMBER_OF}, ...), kept
 * in step with each document.
 *
 * <p>There is one edge per subject, type and object however many sentences state the fact. Each
 * sentence stays with its document: on the document's {@code MENTIONS} edge to the fact's subject, as
 * one entry of parallel lists ({@code evidenceTypes}, {@code evidenceObjects}, {@code
 * evidenceSentences}, ...: see {@link RelationEvidence}), written with the document and deleted with
 * it. The edge keeps what is derived from all of them, the confidence, counts and titles, as a {@link
 * RelationTally} that a document's sentences are added to and taken away from. So writing or removing
 * a document reads and writes its own sentences and the tallies of the facts it states, however many
 * documents state them too, and the edge is the same whatever order documents came in; an edge no
 * document states any more is deleted.
 *
 * <p>A position with no place ("leader Kim Jong Un") makes no edge: its title goes on the
 * document's {@code MENTIONS} edge to the person ({@code titles}, {@code normalizedTitles}), as do
 * the titles of the positions with a place ({@link #titles}), and the person's own {@code titles} and
 * {@code normalizedTitles} are the union over its documents, kept in the person's {@link EntityTally}.
 */
final class RelationEdges implements DocumentFacts {

  static final String READ_EDGES =
      """
      UNWIND $keys AS key
      MATCH (a:Entity {id: key.subject})-[r]->(b:Entity {id: key.object})
      WHERE type(r) = key.type
      RETURN key.subject AS subject, key.type AS type, key.object AS object, properties(r) AS edge
      """;

  // The sentences a document states facts in, on its MENTIONS edges to their subjects.
  private static final String READ_DOCUMENT_EVIDENCE =
      """
      MATCH (d:Document {id: $id})-[m:MENTIONS]->(a:Entity)
      WHERE m.evidenceTypes IS NOT NULL
      RETURN a.id AS subject, properties(m) AS mention
      """;

  // The edges READ_EDGES found, in the same transaction. Not a MERGE: Neo4j 5.26 plans a MERGE of a
  // relationship with a dynamic type on a graph with almost no relationships as a scan of every
  // relationship in the graph, and kg keeps plans for minutes (EmbeddedNeo4j), so the plan made with
  // a new store's first document scanned all of them for every edge written: 5.5 million rows read
  // for the 452 edges of 120 BBC articles, growing with the square of the corpus. This pattern,
  // like READ_EDGES, goes from the subject's or both ends' index entries on any graph.
  static final String UPDATE_EDGES =
      """
      UNWIND $edges AS edge
      MATCH (a:Entity {id: edge.subject})-[r]->(b:Entity {id: edge.object})
      WHERE type(r) = edge.type
      SET r = edge.properties
      """;

  // The edges READ_EDGES did not find, in the same transaction: every writer of an edge holds its
  // subject (GraphWriter the graph's write lock, a batch's RELATIONS stage the subject's partition),
  // so no other transaction creates it in between. The type is a parameter like any value (Neo4j 5.26
  // dynamic types), from the extractors' own set.
  static final String CREATE_EDGES =
      """
      UNWIND $edges AS edge
      MATCH (a:Entity {id: edge.subject}), (b:Entity {id: edge.object})
      CREATE (a)-[r:$(edge.type)]->(b)
      SET r = edge.properties
      """;

  static final String DELETE_EDGES =
      """
      UNWIND $keys AS key
      MATCH (a:Entity {id: key.subject})-[r]->(b:Entity {id: key.object})
      WHERE type(r) = key.type
      DELETE r
      """;

  // A subject whose relation edges still hold their sentences, as builds before tallies stored them.
  private static final String SUBJECT_WITH_LISTS =
      """
      MATCH (a:Entity)-[r:HOLDS_POSITION|MEMBER_OF|AFFILIATED_WITH|CITIZEN_OF|LIVES_IN|BORN_IN|LOCATED_IN|KILLED]->(:Entity)
      WHERE r.evidenceDocuments IS NOT NULL
      RETURN a.id AS id LIMIT 1
      """;

  private static final String EDGES_WITH_LISTS =
      """
      MATCH (a:Entity {id: $id})-[r]->(b:Entity)
      WHERE r.evidenceDocuments IS NOT NULL
      RETURN a.id AS subject, type(r) AS type, b.id AS object, properties(r) AS edge
      """;

  // A subject with a position edge tallied by a build that counted one current flag for all its titles.
  private static final String SUBJECT_WITHOUT_FORMER_TITLES =
      """
      MATCH (a:Entity)-[r:HOLDS_POSITION]->(:Entity)
      WHERE r.tallyTitles IS NOT NULL AND r.tallyTitleFormerSentences IS NULL
      RETURN a.id AS id LIMIT 1
      """;

  private static final String READ_SUBJECT_EVIDENCE =
      """
      MATCH (d:Document)-[m:MENTIONS]->(a:Entity {id: $id})
      WHERE m.evidenceTypes IS NOT NULL
      RETURN d.id AS document, properties(m) AS mention
      """;

  private static final String WRITE_MENTION_EVIDENCE =
      """
      UNWIND $rows AS row
      MATCH (:Document {id: row.documentId})-[m:MENTIONS]->(:Entity {id: row.subject})
      SET m += row.evidence
      """;

  @Override
  public void forget(TransactionContext tx, String documentId) {
    Map<EdgeKey, List<RelationEvidence>> stated = new TreeMap<>();
    for (Record row : tx.run(READ_DOCUMENT_EVIDENCE, Map.of("id", documentId)).list()) {
      RelationEvidence.readMention(documentId, row.get("subject").asString(), row.get("mention"))
          .forEach((key, evidence) -> stated.computeIfAbsent(key, k -> new ArrayList<>()).addAll(evidence));
    }
    Map<EdgeKey, RelationTally> stored = read(tx, stated.keySet());
    Map<EdgeKey, RelationTally> tallies = new TreeMap<>();
    stated.forEach((key, evidence) -> tallies.put(key, stored.getOrDefault(key, RelationTally.NONE).minus(evidence)));
    write(tx, tallies, stored.keySet());
  }

  @Override
  public void add(TransactionContext tx, DocumentExtraction extraction) {
    add(tx, edges(extraction));
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
   * The sentences {@code extraction} states facts in, as the properties of its {@code MENTIONS} edge
   * to each fact's subject, by subject: what {@link #forget} takes back.
   */
  static Map<String, Map<String, Object>> mentionEvidence(DocumentExtraction extraction) {
    Map<String, Map<EdgeKey, List<RelationEvidence>>> bySubject = new TreeMap<>();
    edges(extraction).forEach((key, evidence) -> bySubject.computeIfAbsent(key.subject(), s -> new TreeMap<>()).put(key, evidence));
    Map<String, Map<String, Object>> mentions = new TreeMap<>();
    bySubject.forEach((subject, edges) -> mentions.put(subject, RelationEvidence.mentionProperties(edges)));
    return mentions;
  }

  /**
   * Adds {@code added}, the sentences of documents whose {@code MENTIONS} edges hold them already, to
   * the tallies of their edges, one document at a time.
   */
  static void add(TransactionContext tx, Map<EdgeKey, List<RelationEvidence>> added) {
    if (added.isEmpty()) {
      return;
    }
    Map<EdgeKey, RelationTally> stored = read(tx, added.keySet());
    Map<EdgeKey, RelationTally> tallies = new TreeMap<>();
    added.forEach((key, evidence) -> {
      Map<String, List<RelationEvidence>> byDocument = new TreeMap<>();
      evidence.forEach(e -> byDocument.computeIfAbsent(e.document(), d -> new ArrayList<>()).add(e));
      RelationTally tally = stored.getOrDefault(key, RelationTally.NONE);
      for (List<RelationEvidence> sentences : byDocument.values()) {
        tally = tally.plus(sentences);
      }
      tallies.put(key, tally);
    });
    write(tx, tallies, stored.keySet());
  }

  /**
   * Moves the sentences that relation edges written by builds before {@link RelationTally} hold onto
   * their documents' {@code MENTIONS} edges and tallies the edges, one subject a transaction; a graph
   * with none is left as it is.
   */
  static void moveStoredLists(Driver driver) {
    eachSubject(driver, SUBJECT_WITH_LISTS, RelationEdges::moveLists);
  }

  /**
   * Tallies again, from their sentences on {@code MENTIONS}, the position edges that builds before
   * titles were counted former one by one wrote, one subject a transaction; a graph with none is
   * left as it is.
   */
  static void countFormerTitles(Driver driver) {
    eachSubject(driver, SUBJECT_WITHOUT_FORMER_TITLES, RelationEdges::tallyPositions);
  }

  /** Runs {@code update} on each subject {@code findSubject} returns, one a transaction, until it returns none. */
  private static void eachSubject(Driver driver, String findSubject, BiConsumer<TransactionContext, String> update) {
    try (Session session = driver.session()) {
      while (true) {
        List<Record> subject = session.executeRead(tx -> tx.run(findSubject).list());
        if (subject.isEmpty()) {
          return;
        }
        String id = subject.get(0).get("id").asString();
        session.executeWriteWithoutResult(tx -> update.accept(tx, id));
      }
    }
  }

  private static void tallyPositions(TransactionContext tx, String subject) {
    Map<EdgeKey, RelationTally> tallies = new TreeMap<>();
    for (Record row : tx.run(READ_SUBJECT_EVIDENCE, Map.of("id", subject)).list()) {
      RelationEvidence.readMention(row.get("document").asString(), subject, row.get("mention")).forEach((key, evidence) -> {
        if (key.type().equals(Relation.HOLDS_POSITION)) {
          tallies.put(key, tallies.getOrDefault(key, RelationTally.NONE).plus(evidence));
        }
      });
    }
    write(tx, tallies, tallies.keySet());
  }

  private static void moveLists(TransactionContext tx, String subject) {
    Map<String, Map<EdgeKey, List<RelationEvidence>>> byDocument = new TreeMap<>();
    Map<EdgeKey, RelationTally> tallies = new TreeMap<>();
    for (Record row : tx.run(EDGES_WITH_LISTS, Map.of("id", subject)).list()) {
      EdgeKey key = EdgeKey.of(row);
      Map<String, List<RelationEvidence>> documents = new TreeMap<>();
      RelationEvidence.read(row.get("edge")).forEach(e -> documents.computeIfAbsent(e.document(), d -> new ArrayList<>()).add(e));
      RelationTally tally = RelationTally.NONE;
      for (Map.Entry<String, List<RelationEvidence>> document : documents.entrySet()) {
        tally = tally.plus(document.getValue());
        byDocument.computeIfAbsent(document.getKey(), d -> new TreeMap<>()).put(key, document.getValue());
      }
      tallies.put(key, tally);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    byDocument.forEach((documentId, edges) -> rows.add(Map.of(
        "documentId", documentId, "subject", subject, "evidence", RelationEvidence.mentionProperties(edges))));
    tx.run(WRITE_MENTION_EVIDENCE, Map.of("rows", rows)).consume();
    write(tx, tallies, tallies.keySet());
  }

  /** The tallies of the edges of {@code keys} the graph holds; the others are left out. */
  private static Map<EdgeKey, RelationTally> read(TransactionContext tx, Collection<EdgeKey> keys) {
    Map<EdgeKey, RelationTally> tallies = new TreeMap<>();
    if (!keys.isEmpty()) {
      List<Map<String, Object>> rows = keys.stream().map(EdgeKey::row).toList();
      for (Record row : tx.run(READ_EDGES, Map.of("keys", rows)).list()) {
        tallies.put(EdgeKey.of(row), RelationTally.read(row.get("edge")));
      }
    }
    return tallies;
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

  /**
   * Writes each edge's tally, creating the edges not among {@code stored} (the keys the transaction
   * read from the graph) and deleting the stored edges no document states any more.
   */
  private static void write(TransactionContext tx, Map<EdgeKey, RelationTally> edges, Set<EdgeKey> stored) {
    List<Map<String, Object>> updates = new ArrayList<>();
    List<Map<String, Object>> creates = new ArrayList<>();
    List<Map<String, Object>> deletes = new ArrayList<>();
    edges.forEach((key, tally) -> {
      if (tally.isEmpty()) {
        if (stored.contains(key)) {
          deletes.add(key.row());
        }
      } else {
        Map<String, Object> row = new HashMap<>(key.row());
        row.put("properties", tally.properties(key.type().equals(Relation.HOLDS_POSITION)));
        (stored.contains(key) ? updates : creates).add(row);
      }
    });
    if (!updates.isEmpty()) {
      tx.run(UPDATE_EDGES, Map.of("edges", updates)).consume();
    }
    if (!creates.isEmpty()) {
      tx.run(CREATE_EDGES, Map.of("edges", creates)).consume();
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
