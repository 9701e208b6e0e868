package dev.kg.graph;

import dev.kg.curate.CurationRules;
import dev.kg.extract.DocumentExtraction;
import dev.kg.graph.RelationEdges.EdgeKey;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.EntityMapping;
import dev.kg.resolve.NameUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.TransactionContext;

/**
 * Everything one document writes into the graph, as plain values: its node's properties, its
 * entities, mentions, quotes and names as statement rows, and what it adds to the corpus-wide sums
 * (entity tallies with titles, co-occurrences, relation evidence, event reports). Built by one rule for
 * both writers: {@link GraphWriter} writes one document's rows in its transaction, the Spark job
 * writes many documents' rows from its executors in stages ({@link BatchStage}). Serializable, so
 * executors ship it between stages.
 *
 * <pre>{@code
 * DocumentRows rows = DocumentRows.of(localExtraction, mapping, rules);
 * DocumentRows.writeEntitiesAndDocument(tx, rows);
 * }</pre>
 */
public final class DocumentRows implements BatchPart {

  private static final long serialVersionUID = 1L;

  // The entity nodes, rows of any number of documents. The label is a parameter like any value
  // (Neo4j 5.26 dynamic labels), from EntityType's closed set. A new entity starts with an empty
  // tally, which its documents' uses are then added to (EntityTallies).
  private static final String ENTITY_NODES =
      """
      UNWIND $entities AS entity
      MERGE (e:Entity {id: entity.id})
        ON CREATE SET e += $noTally
      SET e:$(entity.label), e.type = entity.type
      """;

  // Documents with their MENTIONS edges (holding the sentences the document states facts about the
  // entity in: RelationEdges), mentions and names, rows of any number of documents, all merged so
  // that writing them again changes nothing. The entities must exist. Mentions are merged,
  // not created: two mentions of one span (say, a name and a coreference landing on it) make one
  // Mention node referring to both entities. MENTIONS rows come sorted by entity, so every writer
  // takes the entities' locks in one order and no two wait on each other in a circle.
  private static final String WRITE_DOCUMENTS =
      """
      CALL () {
        UNWIND $documents AS document
        MERGE (d:Document {id: document.id})
        SET d = document
      }
      CALL () {
        UNWIND $entities AS entity
        MATCH (d:Document {id: entity.documentId}), (e:Entity {id: entity.id})
        MERGE (d)-[m:MENTIONS]->(e)
        SET m.count = entity.count, m.name = entity.name, m.aliases = entity.aliases, m.kind = entity.kind,
            m.titles = entity.titles, m.normalizedTitles = entity.normalizedTitles
        SET m += entity.evidence
      }
      CALL () {
        UNWIND $mentions AS mention
        MATCH (d:Document {id: mention.documentId})
        MERGE (m:Mention {id: mention.id})
        SET m.start = mention.start, m.end = mention.end, m.sentence = mention.sentence,
            m.text = mention.text, m.nerTag = mention.nerTag
        MERGE (d)-[:HAS_MENTION]->(m)
        WITH m, mention
        MATCH (e:Entity {id: mention.entityId})
        MERGE (m)-[:REFERS_TO]->(e)
      }
      """;

  // One document's entity nodes and then its document, mentions and MENTIONS edges, in one statement
  // where a batch writes them in two stages: a statement less on every document `kg ingest` writes.
  // The full entity rows serve both parts (ENTITY_NODES reads only their id, label and type).
  private static final String ENTITIES_AND_DOCUMENT = "CALL () {\n" + ENTITY_NODES + "}\n" + WRITE_DOCUMENTS;

  private final String documentId;
  private final Map<String, Object> document;
  private final List<Map<String, Object>> entities;
  private final List<Map<String, Object>> mentions;
  private final List<Map<String, Object>> quotes;
  private final List<NameUse> names;
  private final Map<String, EntityTally.Use> uses;
  private final Map<EntityPair, List<SentenceRef>> coOccurrences;
  private final Map<EdgeKey, List<RelationEvidence>> relations;
  private final List<EventReport> events;

  private DocumentRows(
      String documentId,
      Map<String, Object> document,
      List<Map<String, Object>> entities,
      List<Map<String, Object>> mentions,
      List<Map<String, Object>> quotes,
      List<NameUse> names,
      Map<String, EntityTally.Use> uses,
      Map<EntityPair, List<SentenceRef>> coOccurrences,
      Map<EdgeKey, List<RelationEvidence>> relations,
      List<EventReport> events) {
    this.documentId = documentId;
    this.document = document;
    this.entities = entities;
    this.mentions = mentions;
    this.quotes = quotes;
    this.names = names;
    this.uses = uses;
    this.coOccurrences = coOccurrences;
    this.relations = relations;
    this.events = events;
  }

  /**
   * The rows of {@code local}, a document's own extraction, written with corpus entities as {@code
   * mapping} gives them; the analyst's {@code rules} have the last word on identity.
   *
   * @throws IllegalArgumentException if the extraction is inconsistent ({@link ExtractionRows#of})
   */
  public static DocumentRows of(DocumentExtraction local, EntityMapping mapping, CurationRules rules) {
    return of(local, mapping, resolved(local, mapping, rules));
  }

  /** {@code local} with corpus entities as {@code mapping} gives them, and the analyst's {@code rules} applied. */
  static DocumentExtraction resolved(DocumentExtraction local, EntityMapping mapping, CurationRules rules) {
    return rules.apply(mapping.apply(local));
  }

  /** The rows of {@code local} written as {@code extraction}, its {@link #resolved} form. */
  static DocumentRows of(DocumentExtraction local, EntityMapping mapping, DocumentExtraction extraction) {
    ExtractionRows rows = ExtractionRows.of(extraction);
    String documentId = rows.documentId();
    Map<String, Object> document = new HashMap<>(rows.document());
    document.put("extraction", StoredExtraction.json(local));
    document.put("resolution", mapping.pairs());
    Map<String, Map<String, Object>> titlesByPerson = new HashMap<>();
    RelationEdges.titles(extraction).forEach(person -> titlesByPerson.put((String) person.get("id"), person));
    List<Map<String, Object>> entities = new ArrayList<>();
    Map<String, EntityTally.Use> uses = new HashMap<>(rows.uses());
    Map<String, Map<String, Object>> evidence = RelationEdges.mentionEvidence(extraction);
    for (Map<String, Object> entity : rows.entities()) {
      Map<String, Object> row = new HashMap<>(entity);
      row.put("documentId", documentId);
      row.put("evidence", evidence.getOrDefault((String) entity.get("id"), Map.of()));
      Map<String, Object> person = titlesByPerson.get((String) entity.get("id"));
      if (person != null) {
        row.put("titles", person.get("titles"));
        row.put("normalizedTitles", person.get("normalizedTitles"));
        uses.computeIfPresent(
            (String) entity.get("id"),
            (id, use) -> use.withTitles(strings(person.get("titles")), strings(person.get("normalizedTitles"))));
      }
      entities.add(row);
    }
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (Map<String, Object> mention : rows.mentions()) {
      Map<String, Object> row = new HashMap<>(mention);
      row.put("documentId", documentId);
      mentions.add(row);
    }
    Map<EntityPair, List<SentenceRef>> coOccurrences = new TreeMap<>();
    rows.coOccurrences().pairs().forEach(pair -> coOccurrences.put(pair, List.copyOf(rows.coOccurrences().refs(pair))));
    return new DocumentRows(
        documentId,
        document,
        entities,
        mentions,
        QuoteNodes.rows(extraction),
        List.copyOf(DocumentNames.of(local).uses().values()),
        uses,
        coOccurrences,
        RelationEdges.edges(extraction),
        EventNodes.reports(extraction));
  }

  /** A document is one run's under one id: the ids of a run are unique. */
  @Override
  public BatchPart plus(BatchPart other) {
    return this;
  }

  /** The document's id. */
  public String documentId() {
    return documentId;
  }

  /** Creates the entities of rows of {@code id, label, type} that do not exist yet. */
  static void writeEntityNodes(TransactionContext tx, Iterable<Map<String, Object>> entities) {
    List<Map<String, Object>> rows = new ArrayList<>();
    entities.forEach(entity -> rows.add(Map.of("id", entity.get("id"), "label", entity.get("label"), "type", entity.get("type"))));
    if (!rows.isEmpty()) {
      tx.run(ENTITY_NODES, Map.of("entities", rows, "noTally", EntityTallies.emptyTally())).consume();
    }
  }

  /**
   * Writes the document nodes of {@code documents} with their {@code MENTIONS} edges and mentions;
   * their entities must exist. Names and quotes are written apart ({@link #writeNameUses}, {@link
   * #writeQuotes}).
   */
  static void writeDocuments(TransactionContext tx, List<DocumentRows> documents) {
    tx.run(WRITE_DOCUMENTS, documentParameters(documents)).consume();
  }

  /**
   * Creates the entities of {@code document} that do not exist yet and writes its document node with
   * its {@code MENTIONS} edges and mentions, as {@link #writeEntityNodes} and then
   * {@link #writeDocuments} do, in one statement.
   */
  static void writeEntitiesAndDocument(TransactionContext tx, DocumentRows document) {
    Map<String, Object> parameters = new HashMap<>(documentParameters(List.of(document)));
    parameters.put("noTally", EntityTallies.emptyTally());
    tx.run(ENTITIES_AND_DOCUMENT, parameters).consume();
  }

  // WRITE_DOCUMENTS' rows of documents. MENTIONS rows come sorted by entity, then document: the order
  // every writer takes the entities' locks in.
  private static Map<String, Object> documentParameters(List<DocumentRows> documents) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Map<String, Object>> entities = new ArrayList<>();
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (DocumentRows document : documents) {
      nodes.add(document.document);
      entities.addAll(document.entities);
      mentions.addAll(document.mentions);
    }
    entities.sort(Comparator.comparing((Map<String, Object> row) -> (String) row.get("id"))
        .thenComparing(row -> (String) row.get("documentId")));
    return Map.of("documents", nodes, "entities", entities, "mentions", mentions);
  }

  /** Writes the quotes of {@code documents}; the documents and speakers must exist. */
  static void writeQuotes(TransactionContext tx, List<DocumentRows> documents) {
    List<Map<String, Object>> quotes = new ArrayList<>();
    documents.forEach(document -> quotes.addAll(document.quotes));
    QuoteNodes.write(tx, quotes);
  }

  /** Writes each document's {@code USES_NAME} edges; the documents and names must exist. */
  static void writeNameUses(TransactionContext tx, List<DocumentRows> documents) {
    List<Map<String, Object>> uses = new ArrayList<>();
    documents.forEach(document -> uses.addAll(GraphNames.useRows(document.documentId, document.names)));
    uses.sort(Comparator.comparing((Map<String, Object> row) -> (String) row.get("id"))
        .thenComparing(row -> (String) row.get("documentId")));
    if (!uses.isEmpty()) {
      tx.run(GraphNames.NAME_USES, Map.of("uses", uses)).consume();
    }
  }

  /** The entity rows: {@code id, label, type, name, aliases, kind, count, documentId}, titles of people. */
  List<Map<String, Object>> entities() {
    return entities;
  }

  /** The uses of the names the document's own extraction counts. */
  List<NameUse> names() {
    return names;
  }

  /** What the document says of each of its entities, by entity id, the titles it gives people included. */
  Map<String, EntityTally.Use> uses() {
    return uses;
  }

  /** The pairs of entities the document mentions in one sentence. */
  CoOccurrences coOccurrences() {
    return CoOccurrences.of(coOccurrences);
  }

  Map<EntityPair, List<SentenceRef>> coOccurrenceRefs() {
    return coOccurrences;
  }

  Map<EdgeKey, List<RelationEvidence>> relations() {
    return relations;
  }

  List<EventReport> events() {
    return events;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object values) {
    return (List<String>) values;
  }
}
