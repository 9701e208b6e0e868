package dev.kg.graph;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.Event;
import dev.kg.extract.event.Places;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Keeps the {@code :Event} nodes in step with the documents that report them.
 *
 * <p>Each document's events are stored as reports on its {@code REPORTS} edges ({@link EventReport});
 * an event node, its {@code PARTICIPATED_IN} and {@code TOOK_PLACE_IN} edges are derived from its
 * reports. When a document comes or goes, the reports that could be grouped with its reports (same
 * type, a participant in common, and so on transitively) are read back, their events deleted, and the
 * groups decided again by {@link EventClusters}, a function of the reports alone: the graph holds the
 * same events whatever order the documents came in, re-ingesting changes nothing, and removing a
 * document takes back exactly what it contributed. An event no document reports any more is gone.
 */
final class EventNodes implements DocumentFacts {

  private static final String EVENTS_OF_DOCUMENT =
      "MATCH (:Document {id: $id})-[:REPORTS]->(e:Event) RETURN collect(e.id) AS ids";

  private static final String EVENTS_OF_PARTICIPANTS =
      """
      UNWIND $keys AS key
      MATCH (:Entity {id: key.entityId})-[:PARTICIPATED_IN]->(e:Event {type: key.type})
      RETURN collect(DISTINCT e.id) AS ids
      """;

  private static final String REPORTS_OF_EVENTS =
      """
      UNWIND $ids AS id
      MATCH (d:Document)-[r:REPORTS]->(e:Event {id: id})
      RETURN d.id AS documentId, e.type AS type, properties(r) AS report
      """;

  private static final String DELETE_EVENTS = "UNWIND $ids AS id MATCH (e:Event {id: id}) DETACH DELETE e";

  private static final String CREATE_EVENTS =
      """
      UNWIND $events AS event
      CREATE (e:Event {id: event.id})
      SET e += event.properties
      WITH e, event
      CALL (e, event) {
        UNWIND event.reports AS report
        MATCH (d:Document {id: report.documentId})
        CREATE (d)-[r:REPORTS]->(e)
        SET r = report.properties
      }
      CALL (e, event) {
        UNWIND event.participants AS participant
        MATCH (x:Entity {id: participant.entityId})
        CREATE (x)-[:PARTICIPATED_IN {role: participant.role, documents: participant.documents}]->(e)
      }
      CALL (e, event) {
        OPTIONAL MATCH (place:Entity {id: event.placeId}) WHERE place:Location
        FOREACH (p IN CASE WHEN place IS NULL THEN [] ELSE [place] END | CREATE (e)-[:TOOK_PLACE_IN]->(p))
      }
      """;

  private static final List<String> ROLE_STRENGTH =
      List.of("agent", "participant", "target", "recipient", "object");

  @Override
  public void forget(TransactionContext tx, String documentId) {
    List<String> seeds =
        tx.run(EVENTS_OF_DOCUMENT, Map.of("id", documentId)).single().get("ids").asList(v -> v.asString());
    if (seeds.isEmpty()) {
      return;
    }
    Map<String, EventReport> reports = new TreeMap<>();
    Set<String> events = component(tx, seeds, List.of(), reports);
    reports.values().removeIf(r -> r.documentId().equals(documentId));
    rebuild(tx, events, reports.values());
  }

  @Override
  public void add(TransactionContext tx, DocumentExtraction extraction) {
    String documentId = extraction.document().id();
    Map<String, Entity> entities = new HashMap<>();
    extraction.entities().forEach(e -> entities.put(e.id(), e));
    List<EventReport> added = new ArrayList<>();
    List<Event> events = extraction.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      Entity place = event.placeId() == null ? null : entities.get(event.placeId());
      added.add(EventReport.of(documentId, i, event, place == null ? null : place.kind()));
    }
    if (added.isEmpty()) {
      return;
    }
    Map<String, EventReport> reports = new TreeMap<>();
    Set<String> stored = component(tx, List.of(), added, reports);
    added.forEach(r -> reports.put(r.key(), r));
    rebuild(tx, stored, reports.values());
  }

  /**
   * Reads every stored report that could end up grouped with {@code seedEvents}' reports or with
   * {@code fresh}: those of events of the same type sharing a participant, transitively.
   *
   * @return the ids of the events read, all to be rebuilt
   */
  private static Set<String> component(
      TransactionContext tx, List<String> seedEvents, List<EventReport> fresh, Map<String, EventReport> reports) {
    Set<String> events = new TreeSet<>();
    Set<String> askedKeys = new java.util.HashSet<>();
    List<String> newEvents = new ArrayList<>(seedEvents);
    List<EventReport> newReports = new ArrayList<>(fresh);
    while (!newEvents.isEmpty() || !newReports.isEmpty()) {
      List<Map<String, Object>> keys = new ArrayList<>();
      for (EventReport report : newReports) {
        for (String entityId : report.participants().keySet()) {
          if (askedKeys.add(report.type() + "|" + entityId)) {
            keys.add(Map.of("type", report.type(), "entityId", entityId));
          }
        }
      }
      newReports = new ArrayList<>();
      if (!keys.isEmpty()) {
        for (String id : tx.run(EVENTS_OF_PARTICIPANTS, Map.of("keys", keys)).single().get("ids").asList(v -> v.asString())) {
          if (!events.contains(id) && !newEvents.contains(id)) {
            newEvents.add(id);
          }
        }
      }
      List<String> toRead = newEvents.stream().filter(events::add).toList();
      newEvents = new ArrayList<>();
      if (!toRead.isEmpty()) {
        for (Record row : tx.run(REPORTS_OF_EVENTS, Map.of("ids", toRead)).list()) {
          EventReport report =
              EventReport.read(row.get("documentId").asString(), row.get("type").asString(), row.get("report"));
          if (reports.putIfAbsent(report.key(), report) == null) {
            newReports.add(report);
          }
        }
      }
    }
    return events;
  }

  private static void rebuild(TransactionContext tx, Set<String> oldEvents, Collection<EventReport> reports) {
    tx.run(DELETE_EVENTS, Map.of("ids", List.copyOf(oldEvents))).consume();
    List<Map<String, Object>> rows = EventClusters.of(reports).stream().map(EventNodes::eventRow).toList();
    if (!rows.isEmpty()) {
      tx.run(CREATE_EVENTS, Map.of("events", rows)).consume();
    }
  }

  /** The node, edges and properties of one group of reports. */
  private static Map<String, Object> eventRow(List<EventReport> group) {
    List<EventReport> reports = new ArrayList<>(group);
    reports.sort(EventReport.ORDER);
    EventReport first = reports.get(0);
    EventReport dated =
        reports.stream()
            .filter(r -> r.date() != null)
            .max(Comparator.comparingInt((EventReport r) -> r.date().length())
                .thenComparing(EventReport::date, Comparator.reverseOrder()))
            .orElse(null);
    EventReport described =
        reports.stream().max(Comparator.comparingInt((EventReport r) -> r.participants().size())
            .thenComparing(EventReport::key, Comparator.reverseOrder())).orElseThrow();
    Places.Place place = null;
    double doubt = 1;
    Map<String, String> roles = new TreeMap<>();
    Map<String, Integer> documents = new TreeMap<>();
    for (EventReport report : reports) {
      place = Places.finer(place, report.place());
      doubt *= 1 - report.confidence();
      report.participants().forEach((id, role) -> {
        roles.merge(id, role, (a, b) -> ROLE_STRENGTH.indexOf(a) <= ROLE_STRENGTH.indexOf(b) ? a : b);
        documents.merge(id, 1, Integer::sum);
      });
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("type", first.type());
    properties.put("trigger", first.trigger().toLowerCase(Locale.ROOT));
    properties.put("date", dated == null ? null : dated.date());
    properties.put("dateText", dated == null
        ? reports.stream().map(EventReport::dateText).filter(t -> t != null).findFirst().orElse(null)
        : dated.dateText());
    properties.put("summary", described.summary());
    properties.put("confidence", Math.min(0.99, Math.round((1 - doubt) * 100) / 100.0));
    properties.put("documentCount", reports.size());
    properties.put("evidence", reports.stream().limit(5).map(r -> r.documentId() + "#" + r.evidence().get(0).split(":")[0]).toList());
    List<Map<String, Object>> participants = new ArrayList<>();
    roles.forEach((id, role) -> participants.add(Map.of("entityId", id, "role", role, "documents", documents.get(id))));
    Map<String, Object> row = new HashMap<>();
    row.put("id", "event:" + first.type().toLowerCase(Locale.ROOT) + ":" + shortHash(first.key()));
    row.put("properties", properties);
    row.put("reports", reports.stream().map(r -> Map.of("documentId", r.documentId(), "properties", r.properties())).toList());
    row.put("participants", participants);
    row.put("placeId", place == null ? null : place.id());
    return row;
  }

  private static String shortHash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
