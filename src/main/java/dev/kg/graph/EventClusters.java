package dev.kg.graph;

import dev.kg.extract.event.EventDate;
import dev.kg.extract.event.Places;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which reports, from different documents, are one real event. The answer is a function of
 * the set of reports alone (they are sorted first), so it does not depend on the order documents
 * were ingested in, and re-deciding after a document goes away undoes what it joined.
 *
 * <p>Two reports can be one event when they have the same type, come from different documents, share
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
 */
final class EventClusters {

  private EventClusters() {}

  static List<List<EventReport>> of(Collection<EventReport> reports) {
    List<EventReport> sorted = new ArrayList<>(reports);
    sorted.sort(EventReport.ORDER);
    List<EventReport> precise = sorted.stream().filter(EventClusters::isPrecise).toList();
    List<EventReport> coarse = sorted.stream().filter(r -> !isPrecise(r)).toList();
    List<List<EventReport>> groups = group(precise, new ArrayList<>(), false);
    List<EventReport> unplaced = new ArrayList<>();
    for (EventReport report : coarse) {
      List<List<EventReport>> fitting =
          groups.stream().filter(group -> fits(report, group)).toList();
      if (fitting.size() == 1) {
        fitting.get(0).add(report);
      } else {
        unplaced.add(report);
      }
    }
    return group(unplaced, groups, true);
  }

  /**
   * Adds {@code reports} to {@code groups} by pairwise compatibility, in sorted order.
   *
   * @param byAgent whether reports must also name an agent in common, as undated ones must: without
   *     a date, "Kim met officials" says too little to be any one meeting
   */
  private static List<List<EventReport>> group(
      List<EventReport> reports, List<List<EventReport>> groups, boolean byAgent) {
    Map<EventReport, List<EventReport>> groupOf = new LinkedHashMap<>();
    List<List<EventReport>> added = new ArrayList<>();
    for (EventReport report : reports) {
      List<EventReport> own = new ArrayList<>(List.of(report));
      groupOf.put(report, own);
      added.add(own);
    }
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        List<EventReport> a = groupOf.get(reports.get(i));
        List<EventReport> b = groupOf.get(reports.get(j));
        if (a != b && allCompatible(a, b) && (!byAgent || shareAgents(a, b))) {
          a.addAll(b);
          b.forEach(r -> groupOf.put(r, a));
          added.remove(b);
        }
      }
    }
    List<List<EventReport>> result = new ArrayList<>(groups);
    result.addAll(added);
    return result;
  }

  private static boolean fits(EventReport report, List<EventReport> group) {
    return group.stream().allMatch(member -> compatible(report, member));
  }

  private static boolean shareAgents(List<EventReport> a, List<EventReport> b) {
    return a.stream().allMatch(x -> b.stream().allMatch(y -> !disjoint(x.withRole("agent"), y.withRole("agent"))));
  }

  private static boolean allCompatible(List<EventReport> a, List<EventReport> b) {
    return a.stream().allMatch(x -> b.stream().allMatch(y -> compatible(x, y)));
  }

  static boolean compatible(EventReport a, EventReport b) {
    if (!a.type().equals(b.type())
        || a.documentId().equals(b.documentId())
        || !EventDate.compatible(a.date(), b.date())
        || !Places.compatible(a.place(), b.place())) {
      return false;
    }
    Set<String> agentsA = a.withRole("agent");
    Set<String> agentsB = b.withRole("agent");
    if (!agentsA.isEmpty() && !agentsB.isEmpty() && disjoint(agentsA, agentsB)) {
      return false;
    }
    Set<String> peopleA = people(a);
    Set<String> peopleB = people(b);
    if (!peopleA.isEmpty() && !peopleB.isEmpty()) {
      return !disjoint(peopleA, peopleB);
    }
    return !disjoint(a.participants().keySet(), b.participants().keySet());
  }

  private static boolean isPrecise(EventReport report) {
    return report.date() != null && report.date().length() >= 7;
  }

  private static Set<String> people(EventReport report) {
    Set<String> people = new HashSet<>();
    report.participants().keySet().stream().filter(id -> id.startsWith("person:")).forEach(people::add);
    return people;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }
}
