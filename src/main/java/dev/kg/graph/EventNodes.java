package dev.kg.graph;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.Event;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
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
 * document takes back exactly what it contributed. An event no document reports any more is gone. A
 * document's reports usually need none of that: {@link EventAppend} adds them to the events they
 * join, the same events regrouping would make, when each comes after the members of the events it
 * could join.
 */
final class EventNodes implements DocumentFacts {

  private static final String EVENTS_OF_DOCUMENT =
      "MATCH (:Document {id: $id})-[:REPORTS]->(e:Event) RETURN collect(e.id) AS ids";

  private static final String EVENTS_OF_PARTICIPANTS =
      """
      UNWIND $keys AS key
      MATCH (:Entity {id: key.entityId})-[:PARTICIPATED_IN]->(e:Event)
      WHERE e.type IN key.types
      RETURN collect(DISTINCT e.id) AS ids
      """;

  private static final String REPORTS_OF_EVENTS =
      """
      UNWIND $ids AS id
      MATCH (d:Document)-[r:REPORTS]->(e:Event {id: id})
      RETURN d.id AS documentId, toString(d.published) AS published, coalesce(r.type, e.type) AS type,
             properties(r) AS report
      """;

  private static final String DELETE_EVENTS = "UNWIND $ids AS id MATCH (e:Event {id: id}) DETACH DELETE e";

  private static final String NAMES = "UNWIND $ids AS id MATCH (x:Entity {id: id}) RETURN x.id AS id, x.name AS name";

  // Every entity a summary names takes part in its event or is its place. The events' write locks are
  // taken, in id order, before their participants' names are read: two writers renaming two of an
  // event's participants at once (a batch's entity partitions) take turns, and the second reads the
  // name the first wrote.
  private static final String LOCK_EVENTS_NAMING =
      """
      UNWIND $ids AS entityId
      MATCH (:Entity {id: entityId})-[:PARTICIPATED_IN|TOOK_PLACE_IN]-(e:Event)
      WITH DISTINCT e ORDER BY e.id
      SET e._LOCK_ = true
      REMOVE e._LOCK_
      RETURN e.id AS id, e.grouping AS grouping
      """;

  private static final String SUMMARIES = "UNWIND $events AS event MATCH (e:Event {id: event.id}) SET e.summary = event.summary";

  // What the row "event" says of the event e, new or stored: its properties, a REPORTS edge for each
  // report the row adds, its participants' roles and documents, and its place when that changed
  // (always, for a new event; an event takes place in at most one location).
  private static final String EVENT_PROPERTIES_AND_EDGES =
      """
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
        MERGE (x)-[p:PARTICIPATED_IN]->(e)
        SET p.role = participant.role, p.documents = participant.documents
      }
      CALL (e, event) {
        WITH e, event WHERE event.placeChanged
        OPTIONAL MATCH (e)-[old:TOOK_PLACE_IN]->()
        DELETE old
        WITH DISTINCT e, event
        MATCH (place:Entity {id: event.placeId}) WHERE place:Location
        CREATE (e)-[:TOOK_PLACE_IN]->(place)
      }
      """;

  // New events: an id already stored is an error (the uniqueness constraint), never a silent merge.
  private static final String CREATE_EVENTS =
      "UNWIND $events AS event\nCREATE (e:Event {id: event.id})\n" + EVENT_PROPERTIES_AND_EDGES;

  private static final String UPDATE_EVENTS =
      "UNWIND $events AS event\nMATCH (e:Event {id: event.id})\n" + EVENT_PROPERTIES_AND_EDGES;

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
    List<EventReport> added = reports(extraction);
    if (added.isEmpty() || EventAppend.tryAppend(tx, added)) {
      return;
    }
    regroup(tx, added);
  }

  /** The event reports of {@code extraction}, one per event, in the extraction's order. */
  static List<EventReport> reports(DocumentExtraction extraction) {
    Map<String, Entity> entities = new HashMap<>();
    extraction.entities().forEach(e -> entities.put(e.id(), e));
    List<EventReport> reports = new ArrayList<>();
    List<Event> events = extraction.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      Entity place = event.placeId() == null ? null : entities.get(event.placeId());
      reports.add(
          EventReport.of(
              extraction.document().id(), extraction.document().published(), i, event,
              place == null ? null : place.kind()));
    }
    return reports;
  }

  /**
   * Groups {@code added}, reports of any number of documents whose {@code REPORTS} edges are not
   * written yet (or written already: they are then read back and replaced by themselves), with every
   * stored report they could be grouped with, and writes the events that make.
   */
  static void regroup(TransactionContext tx, List<EventReport> added) {
    Map<String, EventReport> reports = new TreeMap<>();
    Set<String> stored = component(tx, List.of(), added, reports);
    added.forEach(r -> reports.put(r.key(), r));
    rebuild(tx, stored, reports.values());
  }

  /**
   * Reads every stored report that could end up grouped with {@code seedEvents}' reports or with
   * {@code fresh}: those of events of a type that can share an event with theirs ({@link Occasions})
   * sharing a participant, transitively.
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
          if (askedKeys.add(Occasions.kind(report.type()) + "|" + entityId)) {
            keys.add(Map.of("types", Occasions.types(report.type()), "entityId", entityId));
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
              EventReport.read(
                  row.get("documentId").asString(), row.get("published").asString(null), row.get("type").asString(),
                  row.get("report"));
          if (reports.putIfAbsent(report.key(), report) == null) {
            newReports.add(report);
          }
        }
      }
    }
    return events;
  }

  private static void rebuild(TransactionContext tx, Set<String> oldEvents, Collection<EventReport> reports) {
    // Nothing to delete would still cost the statement a plan of its own for an empty list.
    if (!oldEvents.isEmpty()) {
      tx.run(DELETE_EVENTS, Map.of("ids", List.copyOf(oldEvents))).consume();
    }
    create(tx, EventClusters.groups(reports));
  }

  /**
   * Writes again the summaries of the events naming an entity of {@code renamed}, whose names have
   * just changed: an event names each entity by its current name, however long ago it was written.
   * An event whose grouping an earlier build stored is grouped again from its reports.
   */
  static void rename(TransactionContext tx, Collection<String> renamed) {
    if (renamed.isEmpty()) {
      return;
    }
    Map<String, EventGroup> groups = new TreeMap<>();
    List<String> earlier = new ArrayList<>();
    for (Record row : tx.run(LOCK_EVENTS_NAMING, Map.of("ids", List.copyOf(renamed))).list()) {
      EventGroup group = EventGroup.read(row.get("grouping").asString());
      if (group == null) {
        earlier.add(row.get("id").asString());
      } else {
        groups.put(row.get("id").asString(), group);
      }
    }
    Map<String, String> names = names(tx, groups.values());
    List<Map<String, Object>> rows = new ArrayList<>();
    groups.forEach((id, group) -> rows.add(Map.of("id", id, "summary", group.summary(names))));
    if (!rows.isEmpty()) {
      tx.run(SUMMARIES, Map.of("events", rows)).consume();
    }
    if (!earlier.isEmpty()) {
      Map<String, EventReport> reports = new TreeMap<>();
      rebuild(tx, component(tx, earlier, List.of(), reports), reports.values());
    }
  }

  /** Creates the events of {@code groups}, with every member's report. */
  static void create(TransactionContext tx, List<EventGroup> groups) {
    write(tx, CREATE_EVENTS, groups, group -> true);
  }

  /**
   * Brings the stored events of {@code groups} up to date with the members added to them since they
   * were read, which are all the group holds; {@code placeChanged} says whose place to write again.
   */
  static void update(TransactionContext tx, List<EventGroup> groups, Predicate<EventGroup> placeChanged) {
    write(tx, UPDATE_EVENTS, groups, placeChanged);
  }

  private static void write(
      TransactionContext tx, String statement, List<EventGroup> groups, Predicate<EventGroup> placeChanged) {
    Map<String, String> names = names(tx, groups);
    List<Map<String, Object>> rows =
        groups.stream().map(group -> eventRow(group, names, placeChanged.test(group))).toList();
    if (!rows.isEmpty()) {
      tx.run(statement, Map.of("events", rows)).consume();
    }
  }

  /** The names the graph gives the entities the summaries of {@code groups} name, by id. */
  private static Map<String, String> names(TransactionContext tx, Collection<EventGroup> groups) {
    Set<String> ids = new TreeSet<>();
    groups.forEach(group -> ids.addAll(group.summaryEntityIds()));
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      tx.run(NAMES, Map.of("ids", List.copyOf(ids))).list().forEach(
          row -> names.put(row.get("id").asString(), row.get("name").asString(null)));
    }
    return names;
  }

  /** The node, edges and properties of one group, with a report for each of its {@link EventGroup#members}. */
  private static Map<String, Object> eventRow(EventGroup group, Map<String, String> names, boolean placeChanged) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", group.id());
    row.put("properties", group.properties(names));
    row.put(
        "reports",
        group.members().stream()
            .map(r -> Map.<String, Object>of("documentId", r.documentId(), "properties", r.properties()))
            .toList());
    row.put("participants", group.participants());
    row.put("placeId", group.placeId());
    row.put("placeChanged", placeChanged);
    return row;
  }
}
