package dev.kg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Adds a document's event reports to the graph in time proportional to the document, without grouping
 * again every stored report they could be grouped with, when that gives the same events.
 *
 * <p>Grouping ({@link EventClusters}) goes through reports in document order, and where a report
 * dated to the month or day goes depends only on the dated reports before it that it could be
 * grouped with: those of its type, in its month, with a participant in common, which are all in the
 * events found through the index on the events' type and date. So a dated report that comes after
 * every member of each of those events ({@link EventGroup#last}) is placed, and places the reports
 * after it, exactly as if its document came last of all: it joins the first of them whose dated
 * members admit it ({@link EventGroup#admitsAmongDated}), checked against the event's stored {@link
 * EventGroup} rather than its members. A report with a year or no date joins the one dated event that
 * fits it, which depends on the dated events as a whole and on the reports with a year or no date
 * before it: it is added when it comes after each such member of the events that could fit it ({@link
 * EventGroup#lastCoarse}), and, to join one, after every member of that one and after the reports that
 * fitted it and another ({@link EventGroup#lastAmbiguous}), since those might fit only the other now;
 * else it is grouped with the undated events it shares an agent with, each of whose members it must
 * come after. The event nodes are then the same as grouping every report again would make, whatever
 * the document's id.
 *
 * <p>Left to grouping again ({@link EventNodes}): a report that comes before a member of an event it
 * could join; a dated report that starts an event or changes what an event's dated members admit,
 * since reports with a year or no date placed by "exactly one event fits" may then fit differently;
 * and events stored before kg kept their grouping this way.
 */
final class EventAppend {

  // Events dated to the month or day, of the types a report can join, within a date prefix, naming
  // one of the ids.
  private static final String DATED_EVENTS =
      """
      MATCH (e:Event)
      WHERE e.type IN $types AND e.date STARTS WITH $prefix AND size(e.date) >= 7
        AND EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(x:Entity) WHERE x.id IN $participants }
      RETURN e.id AS id, e.grouping AS grouping
      """;

  // Events with only a year or no date, of the types a report can join, with one of the ids as an
  // agent.
  private static final String UNDATED_EVENTS_OF_AGENTS =
      """
      UNWIND $agents AS agentId
      MATCH (:Entity {id: agentId})-[:PARTICIPATED_IN {role: 'agent'}]->(e:Event)
      WHERE e.type IN $types AND (e.date IS NULL OR size(e.date) < 7)
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
   * Adds {@code reports}, all of one document, to the events they join, if that makes the events
   * grouping every report again would.
   *
   * @return {@code false}, having written nothing, when the reports must be grouped again with the
   *     stored ones instead
   */
  static boolean tryAppend(TransactionContext tx, List<EventReport> reports) {
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

  /**
   * Joins a dated report to the first event whose dated members admit it, if it comes after every
   * member of each event it could join and leaves what that event admits as it was.
   */
  private boolean addDated(EventReport report) {
    List<EventGroup> candidates = dated(report, report.date().substring(0, 7));
    if (candidates == null || !allBefore(candidates, EventGroup::last, report)) {
      return false;
    }
    EventGroup group =
        candidates.stream().filter(candidate -> candidate.admitsAmongDated(report)).findFirst().orElse(null);
    if (group == null) {
      return false;
    }
    String terms = group.datedTerms();
    return join(group, report) && group.datedTerms().equals(terms);
  }

  /**
   * Joins a report with a year or no date to the one dated event that fits it, else to the first
   * undated event it shares agents with, else makes it an event of its own.
   */
  private boolean addUndated(EventReport report) {
    List<EventGroup> dated = dated(report, report.date() == null ? "" : report.date() + "-");
    if (dated == null || !allBefore(dated, EventGroup::lastCoarse, report)) {
      return false;
    }
    List<EventGroup> fitting = EventClusters.fitting(report, dated);
    if (fitting.size() == 1) {
      EventGroup only = fitting.get(0);
      if (!allBefore(List.of(only), EventGroup::last, report)
          || !allBefore(List.of(only), EventGroup::lastAmbiguous, report)) {
        return false;
      }
      return join(only, report);
    }
    for (EventGroup group : fitting) {
      group.ambiguous(report);
      touch(group);
    }
    List<EventGroup> undated = new ArrayList<>();
    if (!report.withRole("agent").isEmpty()) {
      undated = read(
          UNDATED_EVENTS_OF_AGENTS,
          Map.of("types", Occasions.types(report.type()), "agents", List.copyOf(report.withRole("agent"))));
      if (undated == null || !allBefore(undated, EventGroup::last, report)) {
        return false;
      }
    }
    started.stream().filter(group -> !group.isPrecise()).forEach(undated::add);
    for (EventGroup group : distinctInOrder(undated)) {
      if (group.admits(report, true)) {
        return join(group, report);
      }
    }
    EventGroup own = new EventGroup(report);
    started.add(own);
    known.put(own.leader(), own);
    return true;
  }

  /** Whether what {@code key} gives of each group ({@code null}: nothing) comes before {@code report}. */
  private static boolean allBefore(List<EventGroup> groups, Function<EventGroup, String> key, EventReport report) {
    return groups.stream().map(key).allMatch(k -> k == null || EventReport.compareKeys(k, report.key()) < 0);
  }

  /**
   * Adds {@code report} to {@code group}; {@code false} when that makes a stored visit a meeting,
   * whose id is another ({@link Occasions}): the visit is then grouped again.
   */
  private boolean join(EventGroup group, EventReport report) {
    touch(group);
    String id = group.id();
    group.add(report);
    return started.contains(group) || group.id().equals(id);
  }

  /** Marks a stored group to be written again, noting its place as it was read. */
  private void touch(EventGroup group) {
    placeBefore.putIfAbsent(group.leader(), group.placeId());
    if (!started.contains(group)) {
      joined.putIfAbsent(group.leader(), group);
    }
  }

  /** The dated events of the report's type within {@code prefix} naming one of its participants. */
  private List<EventGroup> dated(EventReport report, String prefix) {
    // None can name a participant of a report that has none; an empty list would also cost the
    // statement a plan of its own (typed a list of anything).
    if (report.participants().isEmpty()) {
      return List.of();
    }
    List<EventGroup> groups =
        read(
            DATED_EVENTS,
            Map.of(
                "types", Occasions.types(report.type()), "prefix", prefix,
                "participants", List.copyOf(report.participants().keySet())));
    return groups == null ? null : distinctInOrder(groups);
  }

  /**
   * The events a query returns, as this document has left them so far; {@code null} if one has no
   * grouping this build can go on from.
   */
  private List<EventGroup> read(String query, Map<String, Object> parameters) {
    List<EventGroup> groups = new ArrayList<>();
    for (Record row : tx.run(query, parameters).list()) {
      EventGroup stored = row.get("grouping").isNull() ? null : EventGroup.read(row.get("grouping").asString());
      if (stored == null) {
        return null;
      }
      groups.add(known.computeIfAbsent(stored.leader(), leader -> stored));
    }
    return groups;
  }

  /** Each group once, in the order of their leaders, as grouping tries them. */
  private static List<EventGroup> distinctInOrder(List<EventGroup> groups) {
    Map<String, EventGroup> byLeader = new TreeMap<>(EventReport::compareKeys);
    groups.forEach(group -> byLeader.putIfAbsent(group.leader(), group));
    return new ArrayList<>(byLeader.values());
  }

  private void write() {
    EventNodes.update(
        tx,
        List.copyOf(joined.values()),
        group -> !Objects.equals(placeBefore.get(group.leader()), group.placeId()));
    EventNodes.create(tx, started);
  }
}
