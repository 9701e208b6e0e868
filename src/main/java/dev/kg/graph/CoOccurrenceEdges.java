package dev.kg.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Keeps the {@code CO_OCCURS_WITH} edges in step with one document's contribution, inside the
 * transaction that writes the document.
 *
 * <p>Counts change by the difference between what the document contributed before and what it
 * contributes now, so a write costs in proportion to the document rather than to the corpus, and the
 * totals are sums over documents, the same whatever order they arrive in. The evidence list is
 * merged the same way; only when removing the document's sentences leaves it short, and the pair
 * has more sentences than it showed, are the next ones read from the stored mentions of the documents
 * that follow in id order.
 *
 * <p>Callers hold the write locks of every entity in both contributions, so no other writer changes
 * these edges until commit; {@link GraphWriter} does.
 */
final class CoOccurrenceEdges {

  // Documents per pair read in the first round of topping up evidence: usually all it takes.
  private static final int FIRST_DOCUMENTS_PER_READ = 4;

  private static final String DOCUMENT_SENTENCES =
      """
      MATCH (:Document {id: $id})-[:HAS_MENTION]->(m:Mention)-[:REFERS_TO]->(e:Entity)
      RETURN m.sentence AS sentence, collect(DISTINCT e.id) AS entityIds
      """;

  // Each sentence of a document that names both entities, with every entity it names, so the limit
  // on entities per sentence applies as it did when the document was written. It starts from the
  // document: starting from an entity would walk every mention of it in the corpus.
  private static final String SENTENCES_MENTIONING_BOTH =
      """
      UNWIND $requests AS request
      MATCH (d:Document {id: request.documentId})-[:HAS_MENTION]->(m:Mention)-[:REFERS_TO]->(e:Entity)
      WITH request, d, m.sentence AS sentence, collect(DISTINCT e.id) AS entityIds
      WHERE request.first IN entityIds AND request.second IN entityIds
      RETURN request.first AS first, request.second AS second, d.id AS documentId, sentence, entityIds
      """;

  private static final String DOCUMENTS_MENTIONING_BOTH =
      """
      UNWIND $pairs AS pair
      MATCH (:Entity {id: pair.first})<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(:Entity {id: pair.second})
      RETURN pair.first AS first, pair.second AS second, collect(d.id) AS ids
      """;

  private static final String READ_EDGES =
      """
      UNWIND $pairs AS pair
      MATCH (:Entity {id: pair.first})-[c:CO_OCCURS_WITH]->(:Entity {id: pair.second})
      RETURN pair.first AS first, pair.second AS second,
             c.sentences AS sentences, c.documents AS documents, c.evidence AS evidence
      """;

  private static final String WRITE_EDGES =
      """
      UNWIND $edges AS edge
      MATCH (a:Entity {id: edge.first}), (b:Entity {id: edge.second})
      MERGE (a)-[c:CO_OCCURS_WITH]->(b)
      SET c.sentences = edge.sentences, c.documents = edge.documents, c.evidence = edge.evidence
      """;

  private static final String DELETE_EDGES =
      """
      UNWIND $pairs AS pair
      MATCH (:Entity {id: pair.first})-[c:CO_OCCURS_WITH]->(:Entity {id: pair.second})
      DELETE c
      """;

  private CoOccurrenceEdges() {}

  /** What the stored document {@code documentId} contributes, read from its mentions. */
  static CoOccurrences stored(TransactionContext tx, String documentId) {
    Map<Integer, List<String>> entities = new HashMap<>();
    for (Record sentence : tx.run(DOCUMENT_SENTENCES, Map.of("id", documentId)).list()) {
      entities.put(sentence.get("sentence").asInt(), sentence.get("entityIds").asList(Value::asString));
    }
    return CoOccurrences.of(documentId, entities);
  }

  /**
   * Turns the edges from the document contributing {@code before} into it contributing {@code after};
   * either may be {@link CoOccurrences#none()}. The document's mentions must already be as {@code
   * after} describes, since evidence may be read back from them.
   */
  static void replace(TransactionContext tx, CoOccurrences before, CoOccurrences after) {
    SortedSet<EntityPair> changed = new TreeSet<>(before.pairs());
    changed.addAll(after.pairs());
    changed.removeIf(pair -> before.refs(pair).equals(after.refs(pair)));
    if (changed.isEmpty()) {
      return;
    }
    Map<EntityPair, CoOccurrence> stored = read(tx, changed);
    Map<EntityPair, CoOccurrence> next = new TreeMap<>();
    Map<EntityPair, SentenceRef> lastKnown = new TreeMap<>();
    for (EntityPair pair : changed) {
      CoOccurrence current = stored.getOrDefault(pair, CoOccurrence.NONE);
      CoOccurrence replaced = current.replace(before.refs(pair), after.refs(pair));
      if (!replaced.isConsistent()) {
        throw new IllegalStateException(
            "CO_OCCURS_WITH of '" + pair.first() + "' and '" + pair.second() + "' would count "
                + replaced.sentences() + " sentence(s) in " + replaced.documents() + " document(s): the store"
                + " holds documents written before kg kept co-occurrences; ingest into a new store");
      }
      next.put(pair, replaced);
      if (replaced.lacksEvidence()) {
        lastKnown.put(pair, current.evidence().get(current.evidence().size() - 1));
      }
    }
    topUpEvidence(tx, next, lastKnown);
    write(tx, next);
  }

  private static Map<EntityPair, CoOccurrence> read(TransactionContext tx, SortedSet<EntityPair> pairs) {
    Map<EntityPair, CoOccurrence> edges = new HashMap<>();
    for (Record edge : tx.run(READ_EDGES, Map.of("pairs", rows(pairs))).list()) {
      edges.put(
          pairOf(edge),
          new CoOccurrence(
              edge.get("sentences").asLong(),
              edge.get("documents").asLong(),
              edge.get("evidence").asList(ref -> SentenceRef.parse(ref.asString()))));
    }
    return edges;
  }

  /**
   * Completes the evidence of the edges in {@code lastKnown}, whose evidence is known up to the given
   * sentence only, with the pair's next sentences from the stored documents: read in id order, a few
   * documents per pair and all pairs at once, twice as many each round, until every edge has enough or
   * no document is left.
   */
  private static void topUpEvidence(
      TransactionContext tx, Map<EntityPair, CoOccurrence> edges, Map<EntityPair, SentenceRef> lastKnown) {
    Map<EntityPair, Deque<String>> unread = documentsFrom(tx, lastKnown);
    for (int perPair = FIRST_DOCUMENTS_PER_READ; ; perPair *= 2) {
      List<Map<String, Object>> requests = new ArrayList<>();
      for (Map.Entry<EntityPair, Deque<String>> documents : unread.entrySet()) {
        EntityPair pair = documents.getKey();
        Deque<String> ids = documents.getValue();
        for (int i = 0; i < perPair && !ids.isEmpty() && edges.get(pair).lacksEvidence(); i++) {
          requests.add(Map.of("first", pair.first(), "second", pair.second(), "documentId", ids.poll()));
        }
      }
      if (requests.isEmpty()) {
        return;
      }
      Map<EntityPair, List<SentenceRef>> found = new HashMap<>();
      for (Record sentence : tx.run(SENTENCES_MENTIONING_BOTH, Map.of("requests", requests)).list()) {
        EntityPair pair = pairOf(sentence);
        SentenceRef last = lastKnown.get(pair);
        Map<Integer, List<String>> entities =
            Map.of(sentence.get("sentence").asInt(), sentence.get("entityIds").asList(Value::asString));
        CoOccurrences.of(sentence.get("documentId").asString(), entities).refs(pair).stream()
            .filter(ref -> ref.compareTo(last) > 0)
            .forEach(found.computeIfAbsent(pair, p -> new ArrayList<>())::add);
      }
      found.forEach((pair, refs) -> edges.put(pair, edges.get(pair).withEvidence(refs)));
    }
  }

  /** For each pair, the documents that mention both, from the one with the last known evidence on. */
  private static Map<EntityPair, Deque<String>> documentsFrom(
      TransactionContext tx, Map<EntityPair, SentenceRef> lastKnown) {
    Map<EntityPair, Deque<String>> documents = new TreeMap<>();
    if (lastKnown.isEmpty()) {
      return documents;
    }
    for (Record pair : tx.run(DOCUMENTS_MENTIONING_BOTH, Map.of("pairs", rows(lastKnown.keySet()))).list()) {
      String from = lastKnown.get(pairOf(pair)).documentId();
      documents.put(
          pairOf(pair),
          pair.get("ids").asList(Value::asString).stream()
              .filter(id -> id.compareTo(from) >= 0)
              .sorted()
              .collect(Collectors.toCollection(ArrayDeque::new)));
    }
    return documents;
  }

  /** Stores {@code edges}, deleting those no document supports any more. */
  private static void write(TransactionContext tx, Map<EntityPair, CoOccurrence> edges) {
    List<Map<String, Object>> writes = new ArrayList<>();
    List<EntityPair> deletes = new ArrayList<>();
    edges.forEach(
        (pair, edge) -> {
          if (edge.documents() == 0) {
            deletes.add(pair);
          } else {
            writes.add(
                Map.of(
                    "first", pair.first(),
                    "second", pair.second(),
                    "sentences", edge.sentences(),
                    "documents", edge.documents(),
                    "evidence", edge.evidence().stream().map(SentenceRef::toString).toList()));
          }
        });
    if (!writes.isEmpty()) {
      tx.run(WRITE_EDGES, Map.of("edges", writes)).consume();
    }
    if (!deletes.isEmpty()) {
      tx.run(DELETE_EDGES, Map.of("pairs", rows(deletes))).consume();
    }
  }

  private static EntityPair pairOf(Record row) {
    return new EntityPair(row.get("first").asString(), row.get("second").asString());
  }

  private static List<Map<String, Object>> rows(Collection<EntityPair> pairs) {
    return pairs.stream()
        .map(pair -> Map.<String, Object>of("first", pair.first(), "second", pair.second()))
        .toList();
  }
}
