package dev.kg.graph;

import dev.kg.curate.CurationRules;
import dev.kg.extract.DocumentExtraction;
import dev.kg.graph.EntityTally.Use;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.EntityMapping;
import dev.kg.resolve.IdentityChanges;
import dev.kg.resolve.Resolver.Decision;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Stores documents' extractions in the graph, one transaction per document, following the model in
 * {@code cypher/schema.cypher}: a failed write leaves nothing of the document behind.
 *
 * <p>The extraction arrives with its document's own entity ids; before anything is written, {@link
 * Resolver} maps them to corpus entities from the names the stored documents use, and the whole
 * extraction (mentions, relations, quotes, events) is written with the corpus ids. When the new
 * document changes what a name denotes (the first full "Vladimir Putin" for a corpus that only said
 * "Putin"), the documents using that name are resolved again from their stored extraction in the
 * same transaction; removing a document undoes its decisions the same way.
 *
 * <p>Writing a document again replaces what its earlier version contributed, or does nothing when
 * its content hash is unchanged. Either way the derived properties of every entity it touches
 * (counts, aliases, name, kind, titles) change by what the document adds and takes away from the entity's
 * {@link EntityTally}, a sum over the documents that mention it, and the {@code
 * CO_OCCURS_WITH} edges between entities it mentions in one sentence change by what it adds and takes
 * away (see {@link CoOccurrenceEdges}), so neither depends on the order documents arrive in.
 *
 * <p>Writes take turns under the graph's {@link WriteLock}, which the database holds, so writers in
 * any number of threads and processes may share a server. A transaction that loses a race anyway (a
 * deadlock with another client's statements, a lost connection) is run again from its first read by
 * the driver's managed retries, so it decides from what the graph then holds. While a batch written
 * from many writers holds the graph ({@link PendingBatch}), every write is refused with a {@link
 * HeldGraphException} saying how to finish the batch. Safe to share between threads.
 *
 * <pre>{@code
 * GraphWriter writer = new GraphWriter(connection.driver());
 * WriteOutcome outcome = writer.write(extraction);  // CREATED, REPLACED or UNCHANGED
 * writer.remove("article-17");
 * }</pre>
 */
public final class GraphWriter implements DocumentWriter {

  // Takes the document's write lock before reading it, so writers of one id take turns and each
  // sees what the previous one committed. Creating the node here is fine: it is written next.
  // Setting and removing a property is the Cypher way to take a lock; the node ends up unchanged.
  // The analyst's curation rules come along, read in the order they were made.
  private static final String LOCK_DOCUMENT =
      """
      MERGE (d:Document {id: $id})
      SET d._LOCK_ = true
      REMOVE d._LOCK_
      RETURN d.sha256 AS sha256,
             COLLECT { MATCH (r:CurationRule) RETURN properties(r) ORDER BY r.seq } AS rules
      """;

  // What the document says of each entity it mentions, to take away from the entity's tally.
  private static final String LOCK_EXISTING_DOCUMENT =
      """
      MATCH (d:Document {id: $id})
      SET d._LOCK_ = true
      REMOVE d._LOCK_
      RETURN [(d)-[m:MENTIONS]->(e:Entity) |
               {entityId: e.id, count: m.count, name: m.name, aliases: m.aliases, kind: m.kind,
                titles: m.titles, normalizedTitles: m.normalizedTitles}] AS uses
      """;

  private static final String STORED_RESOLUTION =
      "MATCH (d:Document {id: $id}) RETURN coalesce(d.resolution, []) AS resolution";

  private static final String IS_STORED =
      "RETURN EXISTS { MATCH (d:Document {id: $id}) WHERE d.sha256 = $sha256 } AS stored";

  private static final String IS_DOCUMENT = "RETURN EXISTS { MATCH (:Document {id: $id}) } AS stored";

  private static final String STORED_AMONG = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id";

  private static final String DETACH_CONTRIBUTIONS =
      """
      MATCH (d:Document {id: $id})
      CALL (d) {
        MATCH (d)-[:HAS_MENTION]->(m:Mention)
        DETACH DELETE m
      }
      CALL (d) {
        MATCH (d)-[r:MENTIONS]->()
        DELETE r
      }
      """;

  private static final String DELETE_DOCUMENT = "MATCH (d:Document {id: $id}) DETACH DELETE d";

  // Relations, quotes and events, in the order they are added; forgotten in the same order.
  private static final List<DocumentFacts> FACTS =
      List.of(new RelationEdges(), new QuoteNodes(), new EventNodes());

  private final Driver driver;
  // The batch this writer writes for (BatchWriter), which alone may write while it holds the graph; null for a plain writer.
  private final String batchId;

  public GraphWriter(Driver driver) {
    this(driver, null);
  }

  GraphWriter(Driver driver, String batchId) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.batchId = batchId;
  }

  /**
   * Stores {@code extraction} in one transaction.
   *
   * @throws IllegalArgumentException if the extraction is inconsistent, e.g. a mention refers to an
   *     entity it does not list
   * @throws GraphUnavailableException if the server went away and stayed away through the driver's
   *     retries; nothing of the document was written
   * @throws HeldGraphException if a batch holds the graph; nothing was written
   */
  public WriteOutcome write(DocumentExtraction extraction) {
    return write(extraction, WriteMode.REPLACE_EDITED);
  }

  /**
   * Stores {@code extraction} in one transaction, doing with a stored id what {@code mode} says.
   *
   * @throws EditedDocumentException if {@code mode} refuses edited documents and the graph holds the
   *     id with other content; nothing was written
   * @throws GraphUnavailableException as {@link #write(DocumentExtraction)}
   */
  @Override
  public WriteOutcome write(DocumentExtraction extraction, WriteMode mode) {
    Objects.requireNonNull(mode, "mode");
    ExtractionRows.of(extraction); // an inconsistent extraction fails here, before any transaction
    return underWriteLock(tx -> write(tx, extraction, mode));
  }

  /**
   * Writes {@code extractions} as {@link #write(DocumentExtraction, WriteMode)} writes them with {@link
   * WriteMode#REWRITE}, then each again from what the graph now holds of it, then removes the first,
   * all in one transaction it rolls back, so the graph is left as it was: the database has planned,
   * and the JVM compiled, what a document's write runs. A server warming up does this before its
   * first document, whose write would otherwise pay for planning every statement. A first write alone
   * is not enough: a later document often makes kg write an earlier one again (a name they share now
   * resolves differently), which runs statements no first write runs; planned on that document's
   * arrival, they cost it seconds (3.3 CPU-s instead of 1.3 for the fourth BBC article bench/warm.sh
   * posts).
   *
   * @throws GraphUnavailableException as {@link #write(DocumentExtraction)}
   */
  public void rehearse(List<DocumentExtraction> extractions) {
    if (extractions.isEmpty()) {
      return;
    }
    extractions.forEach(ExtractionRows::of);
    try {
      underWriteLock(
          tx -> {
            for (DocumentExtraction extraction : extractions) {
              write(tx, extraction, WriteMode.REWRITE);
            }
            for (DocumentExtraction extraction : extractions) {
              rewriteStored(tx, extraction.document().id());
            }
            remove(tx, extractions.get(0).document().id());
            throw new RolledBack();
          });
    } catch (RolledBack expected) {
      // The transaction was rolled back, as wanted.
    }
  }

  /**
   * Removes a document with its mentions; entities no other document mentions go with it.
   *
   * @return whether the graph held the document
   */
  public boolean remove(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return underWriteLock(tx -> remove(tx, documentId));
  }

  /**
   * Runs {@code work} in one write transaction that first takes the graph's write lock (refused while
   * a batch other than this writer's holds the graph), retried by the driver on transient errors.
   *
   * @throws GraphUnavailableException if the server went away and stayed away through the retries
   */
  private <T> T underWriteLock(TransactionCallback<T> work) {
    try (Session session = driver.session()) {
      return session.executeWrite(
          tx -> {
            WriteLock.take(tx, batchId);
            return work.execute(tx);
          });
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  /**
   * Fails when a batch holds the graph, as each write would: what a run checks before it analyses
   * anything, so it stops with one line instead of failing every document.
   *
   * @throws HeldGraphException if a batch holds the graph
   */
  public void requireFree() {
    Optional<PendingBatch> held = new BatchHold(driver).find();
    if (held.isPresent()) {
      throw HeldGraphException.heldBy(held.get());
    }
  }

  @Override
  public boolean isStored(String documentId, String sha256) {
    Map<String, Object> parameters =
        Map.of(
            "id", Objects.requireNonNull(documentId, "documentId"),
            "sha256", Objects.requireNonNull(sha256, "sha256"));
    try (Session session = driver.session()) {
      return session.executeRead(tx -> tx.run(IS_STORED, parameters).single().get("stored").asBoolean());
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  /** The ids of {@code documentIds} the graph holds, sorted. */
  public List<String> storedAmong(Collection<String> documentIds) {
    Set<String> stored = new TreeSet<>();
    try (Session session = driver.session()) {
      for (List<String> chunk : BatchIdentity.chunks(List.copyOf(documentIds))) {
        stored.addAll(
            session.executeRead(tx -> tx.run(STORED_AMONG, Map.of("ids", chunk)).list(row -> row.get("id").asString())));
      }
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
    return List.copyOf(stored);
  }

  /**
   * Resolves again the stored documents whose names the graph does not decide as {@code decided}
   * says; each in a transaction of its own, written again only if its entities change. With a
   * batch's decisions made before it was written, this repairs what the graph ended up deciding
   * otherwise; with the graph's decisions from before a batch ({@link BatchIdentity#current}), it
   * resolves again the stored documents the batch changed. The check reads the names a chunk at a
   * time.
   *
   * @return the documents resolved again: none when the batch's decisions and the graph's agree
   * @throws GraphUnavailableException as {@link #write(DocumentExtraction)}
   */
  public List<String> settle(Map<String, Decision> decided) {
    Set<String> disagreeing = new TreeSet<>();
    try (Session session = driver.session()) {
      for (List<String> keys : BatchIdentity.chunks(List.copyOf(new TreeSet<>(decided.keySet())))) {
        Map<String, Decision> chunk = new TreeMap<>();
        keys.forEach(key -> chunk.put(key, decided.get(key)));
        disagreeing.addAll(session.executeRead(tx -> IdentityChanges.disagreeing(new GraphNames(tx), chunk)));
      }
      for (String documentId : disagreeing) {
        session.executeWriteWithoutResult(
            tx -> {
              WriteLock.take(tx, batchId);
              // It may have gone meanwhile: a removed document has nothing to resolve.
              if (tx.run(IS_DOCUMENT, Map.of("id", documentId)).single().get("stored").asBoolean()) {
                resolveAgain(tx, documentId, new GraphNames(tx), Curation.rules(tx));
              }
            });
      }
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
    return List.copyOf(disagreeing);
  }

  private static WriteOutcome write(
      TransactionContext tx, DocumentExtraction extraction, WriteMode mode) {
    String documentId = extraction.document().id();
    Map<String, Object> id = Map.of("id", documentId);
    Record previous = tx.run(LOCK_DOCUMENT, id).single();
    String previousSha256 = previous.get("sha256").asString(null);
    boolean unchanged = extraction.document().sha256().equals(previousSha256);
    if (unchanged && mode != WriteMode.REWRITE) {
      return WriteOutcome.UNCHANGED;
    }
    if (previousSha256 != null && !unchanged && mode == WriteMode.REFUSE_EDITED) {
      throw new EditedDocumentException(documentId);
    }
    boolean wasStored = previousSha256 != null;
    CurationRules rules = Curation.rules(previous.get("rules").asList(rule -> rule));
    GraphNames names = new GraphNames(tx);
    List<String> others = IdentityChanges.put(names, documentId, DocumentNames.of(extraction), wasStored);
    EntityMapping mapping = IdentityChanges.mapping(extraction, names);
    store(tx, extraction, mapping, wasStored, rules);
    for (String other : others) {
      resolveAgain(tx, other, names, rules);
    }
    return wasStored ? WriteOutcome.REPLACED : WriteOutcome.CREATED;
  }

  /**
   * Writes the stored document {@code documentId} again from its stored extraction, under the rules
   * {@code tx} holds: how a {@link Curation} rule reaches the documents already in the graph, in the
   * rule's own transaction and without analysing the text again.
   */
  static void rewriteStored(TransactionContext tx, String documentId) {
    write(tx, StoredExtraction.load(tx, documentId), WriteMode.REWRITE);
  }

  private static boolean remove(TransactionContext tx, String documentId) {
    Map<String, Object> id = Map.of("id", documentId);
    List<Record> found = tx.run(LOCK_EXISTING_DOCUMENT, id).list();
    if (found.isEmpty()) {
      return false;
    }
    GraphNames names = new GraphNames(tx);
    List<String> others = IdentityChanges.remove(names, documentId);
    Map<String, Use> uses = EntityTallies.uses(found.get(0).get("uses").asList(use -> use));
    Map<String, EntityTally> tallies = EntityTallies.lockAndRead(tx, List.copyOf(new TreeSet<>(uses.keySet())));
    CoOccurrences stored = CoOccurrenceEdges.stored(tx, documentId);
    FACTS.forEach(facts -> facts.forget(tx, documentId));
    tx.run(DETACH_CONTRIBUTIONS, id).consume();
    tx.run(DELETE_DOCUMENT, id).consume();
    CoOccurrenceEdges.replace(tx, stored, CoOccurrences.none());
    EntityTallies.write(tx, tallies, counted(tallies, uses, Map.of()));
    if (!others.isEmpty()) {
      CurationRules rules = Curation.rules(tx);
      for (String other : others) {
        resolveAgain(tx, other, names, rules);
      }
    }
    return true;
  }

  /**
   * Writes the stored document {@code documentId} again if its entities now resolve differently: a
   * name it uses changed decision, but a short organisation name's new candidate may not fit it.
   */
  private static void resolveAgain(
      TransactionContext tx, String documentId, GraphNames names, CurationRules rules) {
    DocumentExtraction local = StoredExtraction.load(tx, documentId);
    EntityMapping mapping = IdentityChanges.mapping(local, names);
    List<String> stored =
        tx.run(STORED_RESOLUTION, Map.of("id", documentId)).single().get("resolution").asList(Value::asString);
    if (!mapping.pairs().equals(stored)) {
      store(tx, local, mapping, true, rules);
    }
  }

  /**
   * Writes a document's extraction with corpus entity ids in place of its local ones, replacing
   * whatever it contributed before. The analyst's rules, read in this transaction, have the last
   * word on identity.
   */
  private static void store(
      TransactionContext tx,
      DocumentExtraction local,
      EntityMapping mapping,
      boolean wasStored,
      CurationRules rules) {
    DocumentExtraction extraction = DocumentRows.resolved(local, mapping, rules);
    DocumentRows rows = DocumentRows.of(local, mapping, extraction);
    Map<String, Object> id = Map.of("id", rows.documentId());
    Map<String, Use> uses = rows.uses();
    // A document the graph never held has nothing to take back, a third of a first write's
    // statements.
    Map<String, Use> previousUses = Map.of();
    if (wasStored) {
      previousUses =
          EntityTallies.uses(tx.run(LOCK_EXISTING_DOCUMENT, id).single().get("uses").asList(use -> use));
    }
    SortedSet<String> touched = new TreeSet<>(uses.keySet());
    touched.addAll(previousUses.keySet());
    Map<String, EntityTally> tallies = EntityTallies.lockAndRead(tx, List.copyOf(touched));
    CoOccurrences before = CoOccurrences.none();
    if (wasStored) {
      before = CoOccurrenceEdges.stored(tx, rows.documentId());
      FACTS.forEach(facts -> facts.forget(tx, rows.documentId()));
      tx.run(DETACH_CONTRIBUTIONS, id).consume();
    }
    // The entities' write locks are already held (EntityTallies.lockAndRead).
    DocumentRows.writeEntitiesAndDocument(tx, rows);
    CoOccurrenceEdges.replace(tx, before, rows.coOccurrences());
    // The entities' names are settled before the facts naming them are written (event summaries).
    EntityTallies.write(tx, tallies, counted(tallies, previousUses, uses));
    FACTS.forEach(facts -> facts.add(tx, extraction));
  }

  /** Each entity's tally with the document's {@code previous} uses taken away and its {@code next} added. */
  private static Map<String, EntityTally> counted(
      Map<String, EntityTally> tallies, Map<String, Use> previous, Map<String, Use> next) {
    Map<String, EntityTally> counted = new TreeMap<>();
    tallies.forEach(
        (entityId, tally) -> {
          EntityTally updated = tally;
          if (previous.containsKey(entityId)) {
            updated = updated.minus(previous.get(entityId));
          }
          if (next.containsKey(entityId)) {
            updated = updated.plus(next.get(entityId));
          }
          counted.put(entityId, updated);
        });
    return counted;
  }

  // Thrown out of a rehearsal's transaction so that the driver rolls it back; never retried.
  private static final class RolledBack extends RuntimeException {
    RolledBack() {
      super(null, null, false, false);
    }
  }
}
