package dev.kg.graph;

import dev.kg.graph.EntityTally.Use;
import dev.kg.graph.RelationEdges.EdgeKey;
import dev.kg.resolve.NameUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * One stage of writing a batch of documents from many writers at once (Spark's executors), with the
 * statements and rules of {@link GraphWriter}. Each stage takes every document's {@link BatchPart}s
 * by key, summed per key ({@link BatchPart#plus}), and writes them in transactions of sorted keys;
 * the stages run one after the other, in declaration order:
 *
 * <ol>
 *   <li>nodes first: {@link #ENTITY_NODES}, {@link #NAME_NODES} (with their lookup keys), each node
 *       by exactly one writer;
 *   <li>{@link #DOCUMENTS}: each document with its edges to entities and names, its mentions and
 *       quotes, by the writer that has the document;
 *   <li>the corpus-wide sums, each key by exactly one writer: {@link #NAMES} (counts), {@link
 *       #ENTITIES} (tallies and the properties derived from them, titles), {@link #CO_OCCURRENCES}
 *       and {@link #RELATIONS} (the relation edges' tallies; their sentences came with the documents'
 *       {@code MENTIONS} edges), the last two partitioned by their edges' start node.
 * </ol>
 *
 * <p>So no two writers ever set a property of one node or edge, and in the node and document stages
 * each transaction takes the locks of nodes others share in ascending key order (a relationship
 * locks its end nodes), so concurrent transactions wait for each other but never in a circle. An
 * edge of the last two stages locks both its ends, which two writers may reach from opposite sides:
 * Neo4j fails one as a deadlock, a transient error the driver's retry runs again. Every transaction
 * is idempotent: nodes and edges are merged on their ids, and the stages that add to counts ({@link
 * #counts}) record each transaction they commit as a {@code (:WriteBatch {id})} node in the same
 * transaction, so a transaction run again (the driver's retry after a lost connection, Spark's after a
 * lost task, the next run finishing a batch that failed part way) finds it written and writes
 * nothing. {@link #forgetBatches} deletes a batch's records at its end.
 *
 * <pre>{@code
 * Map<String, BatchPart> parts = BatchStage.ENTITIES.parts(rows);   // on each executor, per document
 * BatchStage.ENTITIES.write(driver, summedAndSorted, "run-1/ENTITIES/3/0");
 * }</pre>
 */
public enum BatchStage {
  ENTITY_NODES(false, 2_000) {
    @Override
    public Map<String, BatchPart> parts(DocumentRows document) {
      Map<String, BatchPart> parts = new TreeMap<>();
      document.entities().forEach(
          entity -> parts.put((String) entity.get("id"),
              new BatchPart.EntityNode((String) entity.get("label"), (String) entity.get("type"))));
      return parts;
    }

    @Override
    void write(TransactionContext tx, List<Map.Entry<String, BatchPart>> parts) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Map.Entry<String, BatchPart> part : parts) {
        BatchPart.EntityNode node = (BatchPart.EntityNode) part.getValue();
        rows.add(Map.of("id", part.getKey(), "label", node.label(), "type", node.type()));
      }
      DocumentRows.writeEntityNodes(tx, rows);
    }
  },

  NAME_NODES(false, 2_000) {
    @Override
    public Map<String, BatchPart> parts(DocumentRows document) {
      return names(document);
    }

    @Override
    void write(TransactionContext tx, List<Map.Entry<String, BatchPart>> parts) {
      List<NameUse> uses = uses(parts);
      tx.run(GraphNames.NAME_NODES, Map.of("names", GraphNames.nameRows(uses))).consume();
      tx.run(GraphNames.NAME_KEYS, Map.of("keys", GraphNames.keyRows(uses))).consume();
    }
  },

  DOCUMENTS(false, 20) {
    @Override
    public Map<String, BatchPart> parts(DocumentRows document) {
      return Map.of(document.documentId(), document);
    }

    @Override
    void write(TransactionContext tx, List<Map.Entry<String, BatchPart>> parts) {
      List<DocumentRows> documents = parts.stream().map(part -> (DocumentRows) part.getValue()).toList();
      DocumentRows.writeDocuments(tx, documents);
      DocumentRows.writeNameUses(tx, documents);
      DocumentRows.writeQuotes(tx, documents);
    }
  },

  NAMES(true, 2_000) {
    @Override
    public Map<String, BatchPart> parts(DocumentRows document) {
      return names(document);
    }

    @Override
    void write(TransactionContext tx, List<Map.Entry<String, BatchPart>> parts) {
      tx.run(GraphNames.NAME_COUNTS, Map.of("names", GraphNames.nameRows(uses(parts)))).consume();
    }
  },

  ENTITIES(true, 1_000) {
    @Override
    public Map<String, BatchPart> parts(DocumentRows document) {
      Map<String, BatchPart> parts = new TreeMap<>();
      document.uses().forEach((entityId, use) -> parts.put(entityId, new BatchPart.EntityUses(List.of(use))));
      return parts;
    }

    @Override
    void write(TransactionContext tx, List<Map.Entry<String, BatchPart>> parts) {
      List<String> ids = parts.stream().map(Map.Entry::getKey).toList();
      Map<String, EntityTally> before = EntityTallies.lockAndRead(tx, ids);
      Map<String, EntityTally> after = new TreeMap<>();
      for (Map.Entry<String, BatchPart> part : parts) {
        BatchPart.EntityUses uses = (BatchPart.EntityUses) part.getValue();
        EntityTally tally = before.get(part.getKey());
        for (Use use : uses.uses()) {
          tally = tally.plus(use);
        }
        after.put(part.getKey(), tally);
      }
      EntityTallies.write(tx, before, after);
    }
  },

  CO_OCCURRENCES(true, 1_000) {
    @Override
    public Map<String, BatchPart> parts(DocumentRows document) {
      Map<String, BatchPart> parts = new TreeMap<>();
      document.coOccurrenceRefs().forEach(
          (pair, refs) -> parts.put(key(pair.first(), pair.second()), new BatchPart.Sentences(refs)));
      return parts;
    }

    @Override
    void write(TransactionContext tx, List<Map.Entry<String, BatchPart>> parts) {
      Map<EntityPair, List<SentenceRef>> refs = new TreeMap<>();
      for (Map.Entry<String, BatchPart> part : parts) {
        String[] ends = ends(part.getKey());
        refs.put(new EntityPair(ends[0], ends[1]), ((BatchPart.Sentences) part.getValue()).refs());
      }
      CoOccurrenceEdges.replace(tx, CoOccurrences.none(), CoOccurrences.of(refs));
    }
  },

  RELATIONS(true, 1_000) {
    @Override
    public Map<String, BatchPart> parts(DocumentRows document) {
      Map<String, BatchPart> parts = new TreeMap<>();
      document.relations().forEach(
          (edge, evidence) -> parts.put(key(edge.subject(), edge.type(), edge.object()), new BatchPart.Evidence(evidence)));
      return parts;
    }

    @Override
    void write(TransactionContext tx, List<Map.Entry<String, BatchPart>> parts) {
      Map<EdgeKey, List<RelationEvidence>> edges = new TreeMap<>();
      for (Map.Entry<String, BatchPart> part : parts) {
        String[] key = ends(part.getKey());
        edges.put(new EdgeKey(key[0], key[1], key[2]), ((BatchPart.Evidence) part.getValue()).evidence());
      }
      RelationEdges.add(tx, edges);
    }
  };

  // Edge keys join their parts with a character no entity id or relation type holds.
  private static final String KEY_SEPARATOR = "\n";

  private static final String IS_WRITTEN = "RETURN EXISTS { MATCH (:WriteBatch {id: $id}) } AS written";

  private static final String MARK_WRITTEN = "CREATE (:WriteBatch {id: $id})";

  private static final String FORGET_BATCHES =
      """
      MATCH (b:WriteBatch)
      WHERE b.id STARTS WITH $prefix
      DELETE b
      """;

  private final boolean counts;
  private final int keysPerTransaction;

  BatchStage(boolean counts, int keysPerTransaction) {
    this.counts = counts;
    this.keysPerTransaction = keysPerTransaction;
  }

  /** The parts {@code document} contributes to this stage, by key. */
  public abstract Map<String, BatchPart> parts(DocumentRows document);

  abstract void write(TransactionContext tx, List<Map.Entry<String, BatchPart>> parts);

  /** Whether this stage adds to counts, so that its transactions record that they were committed. */
  public boolean counts() {
    return counts;
  }

  /** About how many keys one transaction of this stage writes. */
  public int keysPerTransaction() {
    return keysPerTransaction;
  }

  /**
   * The node whose writer writes {@code key}: the key itself for nodes, an edge's start node for
   * edges, so that the edges of one node are written by one writer.
   */
  public String startNode(String key) {
    int end = key.indexOf(KEY_SEPARATOR);
    return end < 0 ? key : key.substring(0, end);
  }

  /**
   * Writes {@code parts}, summed by key, in one transaction, retried by the driver on transient
   * failures (a deadlock, a lost leader); a stage that {@linkplain #counts counts} writes nothing
   * when the transaction {@code batchId} was committed before.
   *
   * @param batchId unique in the run and the same when the same parts are written again, e.g.
   *     {@code <run>/<stage>/<partition>/<chunk>}
   * @throws GraphUnavailableException if the server went away and stayed away through the retries
   */
  public void write(Driver driver, List<Map.Entry<String, BatchPart>> parts, String batchId) {
    Objects.requireNonNull(batchId, "batchId");
    List<Map.Entry<String, BatchPart>> sorted = new ArrayList<>(parts);
    sorted.sort(Map.Entry.comparingByKey());
    try (Session session = driver.session()) {
      session.executeWriteWithoutResult(
          tx -> {
            if (counts) {
              Map<String, Object> id = Map.of("id", batchId);
              if (tx.run(IS_WRITTEN, id).single().get("written").asBoolean()) {
                return;
              }
              tx.run(MARK_WRITTEN, id).consume();
            }
            write(tx, sorted);
          });
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  /** Deletes the records of the committed transactions whose batch ids start with {@code prefix}. */
  public static void forgetBatches(Driver driver, String prefix) {
    try (Session session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run(FORGET_BATCHES, Map.of("prefix", prefix)).consume());
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  private static Map<String, BatchPart> names(DocumentRows document) {
    Map<String, BatchPart> parts = new TreeMap<>();
    document.names().forEach(use -> parts.put(use.key(), new BatchPart.Name(use)));
    return parts;
  }

  private static List<NameUse> uses(List<Map.Entry<String, BatchPart>> parts) {
    return parts.stream().map(part -> ((BatchPart.Name) part.getValue()).use()).toList();
  }

  private static String key(String... parts) {
    return String.join(KEY_SEPARATOR, parts);
  }

  private static String[] ends(String key) {
    return key.split(KEY_SEPARATOR, -1);
  }
}
