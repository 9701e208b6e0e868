package dev.kg.graph;

import dev.kg.resolve.CombinedNames;
import dev.kg.resolve.NameTable;
import dev.kg.resolve.NameUse;
import dev.kg.resolve.Resolver;
import dev.kg.resolve.Resolver.Decision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Identity across documents decided for a whole batch before it is written: every name the batch
 * uses, decided by {@link Resolver} over the names the graph holds plus the batch's summed uses, less
 * those of the stored documents the batch replaces ({@link CombinedNames}). These are the decisions
 * the graph holds once the batch is written one document at a time by {@link GraphWriter}, which is
 * what lets each document be written with its final mapping; {@link GraphWriter#settle} checks them
 * afterwards.
 *
 * <pre>{@code
 * Map<String, Decision> decisions = new BatchIdentity(driver).decide(NameTable.of(batchUses), batchDocumentIds);
 * EntityMapping mapping = new EntityMapping(Resolver.targets(DocumentNames.of(extraction), decisions));
 * }</pre>
 */
public final class BatchIdentity {

  // The stored uses of the documents a batch replaces: their old versions' names, to take back.
  private static final String STORED_USES =
      """
      UNWIND $ids AS documentId
      MATCH (:Document {id: documentId})-[u:USES_NAME]->(n:Name)
      RETURN n.id AS id, u.persons AS persons, u.organizations AS organizations, u.locations AS locations
      """;

  // Names or documents asked about in one read transaction, so no statement's list grows with the batch.
  private static final int PER_TRANSACTION = 5_000;

  private final Driver driver;

  public BatchIdentity(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /**
   * The decision for each name {@code added} counts.
   *
   * @param added the batch's uses of names, summed over its documents
   * @param documentIds the ids of the batch's documents; those the graph holds are being replaced
   * @throws GraphUnavailableException if the server went away and stayed away through the driver's retries
   */
  public Map<String, Decision> decide(NameTable added, Collection<String> documentIds) {
    List<String> ids = List.copyOf(documentIds);
    List<String> keys = List.copyOf(added.keys());
    try (Session session = driver.session()) {
      List<NameUse> replaced = new ArrayList<>();
      for (List<String> chunk : chunks(ids)) {
        replaced.addAll(
            session.executeRead(tx -> tx.run(STORED_USES, Map.of("ids", chunk)).list(GraphNames::use)));
      }
      NameTable taken = NameTable.of(replaced);
      Map<String, Decision> decisions = new TreeMap<>();
      for (List<String> chunk : chunks(keys)) {
        decisions.putAll(
            session.executeRead(tx -> Resolver.decide(chunk, new CombinedNames(new GraphNames(tx), added, taken))));
      }
      return decisions;
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }

  /**
   * What the graph decides now for each name whose decision counting uses of {@code keys} may
   * change ({@link Resolver#affectedBy}): taken before a batch is written, it tells {@link
   * GraphWriter#settle} afterwards which stored documents to resolve again, as writing the batch's
   * documents one at a time would have.
   *
   * @throws GraphUnavailableException if the server went away and stayed away through the driver's retries
   */
  public Map<String, Decision> current(Collection<String> keys) {
    List<String> affected = List.copyOf(Resolver.affectedBy(keys));
    Map<String, Decision> decisions = new TreeMap<>();
    try (Session session = driver.session()) {
      for (List<String> chunk : chunks(affected)) {
        decisions.putAll(session.executeRead(tx -> Resolver.decide(chunk, new GraphNames(tx))));
      }
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
    return decisions;
  }

  /** {@code values} in runs short enough for one statement's list. */
  static List<List<String>> chunks(List<String> values) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < values.size(); from += PER_TRANSACTION) {
      chunks.add(values.subList(from, Math.min(values.size(), from + PER_TRANSACTION)));
    }
    return chunks;
  }
}
