package dev.kg.graph;

import dev.kg.extract.event.Places;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which reports, from different documents, are one real event. The answer is a function of
 * the set of reports alone (they are sorted first), so it does not depend on the order documents
 * were ingested in, and re-deciding after a document goes away undoes what it joined.
 *
 * <p>Two reports can be one event when they have the same type (or are a visit and a meeting of one
 * occasion, {@link Occasions}), come from different documents, share
 * a participant (a person, when both name people), do not name different agents, have dates one of
 * which refines the other ({@code 2024-06} and {@code 2024-06-19}), and places that can be the same
 * ({@link Places}). A group holds only reports that are pairwise compatible, so no report glues two
 * others together that are not (Patrushev meeting Kim and Kim meeting Kozlov stay two meetings
 * though a third report says only that Kim met someone), and never two reports of one document: the
 * document's own extraction already decided they differ. Reports dated to the month or day are
 * grouped first; a report with only a year or no date then joins a group only when exactly one group
 * fits it, so an undated "Shoigu's visit to Pyongyang" never joins his March or his June visit;
 * reports that fit none or several are grouped among themselves, and then only when they name an
 * agent in common as well.
 *
 * <p>Grouping goes through the reports in order, each joining the first group (by its first report)
 * it is compatible with every member of, or starting one; a group checks a report against each
 * distinct account it holds ({@link EventGroup}), not against each member. So where a report goes
 * depends only on the reports before it that it could be grouped with (same type, a date that fits,
 * a participant in common), and, for a report with a year or no date, on the dated groups as a whole
 * and the reports with a year or no date before it: {@link EventAppend} relies on that.
 *
 * <p>Plain values only, so that any job that holds the reports (the graph writer, or a batch over the
 * whole corpus) groups them the same way.
 */
final class EventClusters {

  private EventClusters() {}

  static List<List<EventReport>> of(Collection<EventReport> reports) {
    return groups(reports).stream().map(EventGroup::members).toList();
  }

  /** The events {@code reports} make, each with every property its node has. */
  static List<EventGroup> groups(Collection<EventReport> reports) {
    List<EventReport> sorted = new ArrayList<>(reports);
    sorted.sort(EventReport.ORDER);
    List<EventGroup> groups = new ArrayList<>();
    List<EventReport> coarse = new ArrayList<>();
    for (EventReport report : sorted) {
      if (isPrecise(report)) {
        join(report, groups, false);
      } else {
        coarse.add(report);
      }
    }
    List<EventReport> unplaced = new ArrayList<>();
    for (EventReport report : coarse) {
      List<EventGroup> fitting = fitting(report, groups);
      if (fitting.size() == 1) {
        fitting.get(0).add(report);
      } else {
        fitting.forEach(group -> group.ambiguous(report));
        unplaced.add(report);
      }
    }
    List<EventGroup> unplacedGroups = new ArrayList<>();
    unplaced.forEach(report -> join(report, unplacedGroups, true));
    List<EventGroup> result = new ArrayList<>();
    groups.forEach(group -> result.add(EventGroup.of(group.leader(), group.members(), group.lastAmbiguous())));
    unplacedGroups.forEach(group -> result.add(EventGroup.of(group.leader(), group.members(), null)));
    return result;
  }

  /**
   * {@code reports} split into the sets no report of another can ever be grouped with: reports are
   * connected when they have a participant in common and types that can share an event ({@link
   * Occasions}), as {@link EventNodes} reads stored
   * reports, and each set is closed under that. Each set in {@link EventReport#ORDER}, the sets by
   * their first report.
   */
  static List<List<EventReport>> components(Collection<EventReport> reports) {
    List<EventReport> sorted = new ArrayList<>(reports);
    sorted.sort(EventReport.ORDER);
    int[] parent = new int[sorted.size()];
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      parent[i] = i;
      for (String entityId : sorted.get(i).participants().keySet()) {
        Integer first = firstWithKey.putIfAbsent(Occasions.kind(sorted.get(i).type()) + "|" + entityId, i);
        if (first != null) {
          parent[root(parent, i)] = root(parent, first);
        }
      }
    }
    Map<Integer, List<EventReport>> components = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      components.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(sorted.get(i));
    }
    List<List<EventReport>> result = new ArrayList<>(components.values());
    result.sort(Comparator.comparing(component -> component.get(0), EventReport.ORDER));
    return result;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The groups of {@code groups} that admit {@code report}, in order: it joins one only if it is the only one. */
  static List<EventGroup> fitting(EventReport report, List<EventGroup> groups) {
    return groups.stream().filter(group -> group.admits(report, false)).toList();
  }

  /**
   * Adds {@code report} to the first group it is compatible with every member of, or as a group of
   * its own, which it returns.
   *
   * @param byAgent whether it must also name an agent in common with every member, as undated
   *     reports must: without a date, "Kim met officials" says too little to be any one meeting
   */
  static EventGroup join(EventReport report, List<EventGroup> groups, boolean byAgent) {
    for (EventGroup group : groups) {
      if (group.admits(report, byAgent)) {
        group.add(report);
        return group;
      }
    }
    EventGroup own = new EventGroup(report);
    groups.add(own);
    return own;
  }

  /** Whether {@code report} is dated to the month or the day. */
  static boolean isPrecise(EventReport report) {
    return report.date() != null && report.date().length() >= 7;
  }
}
