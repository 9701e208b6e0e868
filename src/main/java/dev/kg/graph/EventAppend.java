package dev.kg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Adds a document's event reports to the graph in time proportional to the document, when its id
 * comes after every stored document's: the usual case for a news stream, whose ids follow the order
 * articles come in. Grouping ({@link EventClusters}) goes through reports in document order, so a
 * document that comes last changes no earlier report's group: each of its reports joins the first
 * group that admits it, found through the index on the events' type and date, or the agents' edges,
 * and checked against the group's stored {@link EventGroup} rather than its members. The event nodes
 * are then the same as grouping every report again would make.
 *
 * <p>Two cases are left to grouping again ({@link EventNodes}): a report dated to the month or day
 * that starts an event or changes what an event admits, since undated reports placed by "exactly one
 * event fits" may then fit differently; and events stored before kg kept their grouping.
 */
final class EventAppend {

  private static final String LATER_DOCUMENT =
      "RETURN EXISTS { MATCH (d:Document) WHERE d.id > $id } AS later";

  // Events dated to the month or day, of one type, within a date prefix, naming one of the ids.
  private static final String DATED_EVENTS =
      """
      MATCH (e:Event)
      WHERE e.type = $type AND e.date STARTS WITH $prefix AND size(e.date) >= 7
        AND EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(x:Entity) WHERE x.id IN $participants }
      RETURN e.id AS id, e.grouping AS grouping
      """;

  // Events with only a year or no date, of one type, with one of the ids as an agent.
  private static final String UNDATED_EVENTS_OF_AGENTS =
      """
      UNWIND $agents AS agentId
      MATCH (:Entity {id: agentId})-[:PARTICIPATED_IN {role: 'agent'}]->(e:Event {type: $type})
      WHERE e.date IS NULL OR size(e.date) < 7
      RETURN DISTINCT e.id AS id, e.grouping AS grouping
      """;

  private final TransactionContext tx;
  // The groups read or started, those this document's reports joined, by the key of their leader.
  private final Map<String, EventGroup> known = new HashMap<>();
  private final Map<String, String> placeBefore = new HashMap<>();
  private final Map<String, EventGroup> joined = new LinkedHashMap<>();
  private final List<EventGroup> started = new ArrayList<>();

  private EventAppend(TransactionContext tx) {
    this.tx = tx;
  }

  /**
   * Adds {@code reports}, all of the document {@code documentId}, if that document comes last.
   *
   * @return {@code false}, having written nothing, when the reports must be grouped again with the
   *     stored ones instead
   */
  static boolean tryAppend(TransactionContext tx, String documentId, List<EventReport> reports) {
    if (tx.run(LATER_DOCUMENT, Map.of("id", documentId)).single().get("later").asBoolean()) {
      return false;
    }
    EventAppend append = new EventAppend(tx);
    List<EventReport> sorted = new ArrayList<>(reports);
    sorted.sort(EventReport.ORDER);
    for (EventReport report : sorted) {
      if (EventClusters.isPrecise(report) && !append.addDated(report)) {
        return false;
      }
    }
    for (EventReport report : sorted) {
      if (!EventClusters.isPrecise(report) && !append.addUndated(report)) {
        return false;
      }
    }
    append.write();
    return true;
  }

  /** Joins a dated report to the first event that admits it, if that changes what the event admits. */
  private boolean addDated(EventReport report) {
    List<EventGroup> candidates = dated(report, report.date().substring(0, 7));
    if (candidates == null) {
      return false;
    }
    EventGroup group =
        candidates.stream().filter(candidate -> candidate.admits(report, false)).findFirst().orElse(null);
    if (group == null) {
      return false;
    }
    String terms = group.terms();
    join(group, report);
    return group.terms().equals(terms);
  }

  /**
   * Joins a report with a year or no date to the one dated event that fits it, else to the first
   * undated event it shares agents with, else makes it an event of its own.
   */
  private boolean addUndated(EventReport report) {
    List<EventGroup> dated = dated(report, report.date() == null ? "" : report.date() + "-");
    if (dated == null) {
      return false;
    }
    EventGroup fitting = EventClusters.onlyFitting(report, dated);
    if (fitting != null) {
      join(fitting, report);
      return true;
    }
    List<EventGroup> undated = new ArrayList<>();
    if (!report.withRole("agent").isEmpty()) {
      undated = read(UNDATED_EVENTS_OF_AGENTS, Map.of("type", report.type(), "agents", List.copyOf(report.withRole("agent"))));
      if (undated == null) {
        return false;
      }
    }
    started.stream().filter(group -> !group.isPrecise()).forEach(undated::add);
    for (EventGroup group : distinctInOrder(undated)) {
      if (group.admits(report, true)) {
        join(group, report);
        return true;
      }
    }
    EventGroup own = new EventGroup(report);
    started.add(own);
    known.put(own.leader(), own);
    return true;
  }

  private void join(EventGroup group, EventReport report) {
    placeBefore.putIfAbsent(group.leader(), group.placeId());
    group.add(report);
    if (!started.contains(group)) {
      joined.putIfAbsent(group.leader(), group);
    }
  }

  /** The dated events of the report's type within {@code prefix} naming one of its participants. */
  private List<EventGroup> dated(EventReport report, String prefix) {
    List<EventGroup> groups =
        read(
            DATED_EVENTS,
            Map.of("type", report.type(), "prefix", prefix, "participants", List.copyOf(report.participants().keySet())));
    return groups == null ? null : distinctInOrder(groups);
  }

  /** The events a query returns, as this document has left them so far; {@code null} if one has no grouping. */
  private List<EventGroup> read(String query, Map<String, Object> parameters) {
    List<EventGroup> groups = new ArrayList<>();
    for (Record row : tx.run(query, parameters).list()) {
      if (row.get("grouping").isNull()) {
        return null;
      }
      EventGroup stored = EventGroup.read(row.get("grouping").asString());
      groups.add(known.computeIfAbsent(stored.leader(), leader -> stored));
    }
    return groups;
  }

  /** Each group once, in the order of their leaders, as grouping tries them. */
  private static List<EventGroup> distinctInOrder(List<EventGroup> groups) {
    Map<String, EventGroup> byLeader = new TreeMap<>(Comparator.comparing(EventAppend::orderKey));
    groups.forEach(group -> byLeader.putIfAbsent(group.leader(), group));
    return new ArrayList<>(byLeader.values());
  }

  // Keys are "<document id>#<index>": order as EventReport.ORDER does, by document, then index.
  private static String orderKey(String key) {
    int hash = key.lastIndexOf('#');
    return key.substring(0, hash) + "\u0000" + String.format("%010d", Integer.parseInt(key.substring(hash + 1)));
  }

  private void write() {
    EventNodes.update(
        tx,
        List.copyOf(joined.values()),
        group -> !Objects.equals(placeBefore.get(group.leader()), group.placeId()));
    EventNodes.create(tx, started);
  }
}
