package dev.kg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The events of a batch of documents written at once: the batch's reports split into the sets that
 * can never share an event ({@link EventClusters#components}: no type and participant in common),
 * and each set grouped with the stored reports it reaches, by the grouping every write uses
 * ({@link EventNodes#regroup}), in a transaction of its own under the graph's {@link WriteLock}. The
 * events are those writing the documents one at a time would make, since grouping is a function of
 * the reports alone. The documents must be written ({@link BatchStage#DOCUMENTS}) before.
 *
 * <pre>{@code
 * int sets = new BatchEvents(driver, batch.id()).write(reportsOfEveryDocument);
 * }</pre>
 */
public final class BatchEvents {

  private final Driver driver;
  private final String batchId;

  /** Writes the events of the batch {@code batchId}, which holds the graph ({@link PendingBatch}). */
  BatchEvents(Driver driver, String batchId) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.batchId = Objects.requireNonNull(batchId, "batchId");
  }

  /** The event reports of {@code document}, to be summed over the batch with {@link BatchPart#plus}. */
  public static BatchPart reports(DocumentRows document) {
    return new BatchPart.Reports(document.events());
  }

  /**
   * Writes the events of {@code reports}, parts {@link #reports} gave.
   *
   * @return how many sets of reports were grouped, each in its own transaction
   * @throws GraphUnavailableException if the server went away and stayed away through the retries
   */
  public int write(Collection<BatchPart> reports) {
    List<EventReport> all = new ArrayList<>();
    reports.forEach(part -> all.addAll(((BatchPart.Reports) part).reports()));
    List<List<EventReport>> components = EventClusters.components(all);
    try (Session session = driver.session()) {
      for (List<EventReport> component : components) {
        session.executeWriteWithoutResult(
            tx -> {
              WriteLock.take(tx, batchId);
              EventNodes.regroup(tx, component);
            });
      }
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
    return components.size();
  }
}
