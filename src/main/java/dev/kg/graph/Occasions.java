package dev.kg.graph;

import dev.kg.extract.event.EventDate;
import dev.kg.extract.event.EventType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which reports of different types can be one occasion across documents: a visit and a meeting the
 * traveller took part in, as within a document ("Putin arrived in Pyongyang ... the meeting with
 * Kim"). One article tells "Kim Jong Un's trip to Russia last September", another "Kim met Putin at
 * the Vostochny Cosmodrome in September 2023": one occasion, a {@code MEETING}, since the meeting is
 * what the visit was for. Across documents nothing links the two mentions but what they name, so both
 * must name where it happened, and the places fit, besides what any two reports of one event share
 * (a date that fits, a participant in common). Every other type is one occasion only with its own.
 */
final class Occasions {

  private static final String VISIT = EventType.VISIT.name();
  private static final String MEETING = EventType.MEETING.name();

  private Occasions() {}

  /** The types whose reports can share an event with a report of {@code type}, {@code type} first. */
  static List<String> types(String type) {
    if (type.equals(VISIT)) {
      return List.of(VISIT, MEETING);
    }
    return type.equals(MEETING) ? List.of(MEETING, VISIT) : List.of(type);
  }

  /** What reports that can share an event have in common: their types, as one string. */
  static String kind(String type) {
    return String.join("+", types(type).stream().sorted().toList());
  }

  /** The type of an event of type {@code type} that a report of {@code reportType} joins. */
  static String joined(String type, String reportType) {
    return type.equals(reportType) ? type : MEETING;
  }

  /** How well a report is dated, for {@link #admits}: to the month or day, by a month's name alone, or not. */
  enum Dated {
    VALUE,
    MONTH_NAME,
    NONE;

    static Dated of(EventReport report) {
      if (report.date() != null && report.date().length() >= 7) {
        return VALUE;
      }
      return report.date() == null && EventDate.namesMonth(report.dateText()) ? MONTH_NAME : NONE;
    }
  }

  /**
   * Whether {@code report} can be one occasion with reports of other types whose agents and
   * participants, by type, are {@code agentSets} and {@code participantSets}, whose least dated
   * report of each type is dated {@code leastDated}, and whose places include {@code places} ({@code
   * null} for a report that names none): a visit's traveller must be among those meeting in every
   * meeting report, every report must name a place, and of each visit and meeting one must be dated
   * to the month or day and the other as well or by the name of that month ("last September" and
   * {@code 2023-09}). Without a date a trip and a meeting of one person in a country and a city kg
   * cannot place in it are as likely years apart.
   */
  static boolean admits(
      EventReport report, Map<String, Set<Set<String>>> agentSets, Map<String, Set<Set<String>>> participantSets,
      Map<String, Dated> leastDated, Set<?> places) {
    List<String> others = agentSets.keySet().stream().filter(type -> !type.equals(report.type())).toList();
    if (others.isEmpty()) {
      return true;
    }
    if (report.place() == null || places.contains(null)) {
      return false;
    }
    Dated dated = Dated.of(report);
    for (String other : others) {
      Dated least = leastDated.get(other);
      if (dated == Dated.NONE || least == Dated.NONE || dated == Dated.MONTH_NAME && least == Dated.MONTH_NAME) {
        return false;
      }
    }
    if (report.type().equals(VISIT)) {
      Set<String> travellers = report.withRole("agent");
      return !travellers.isEmpty()
          && participantSets.get(MEETING).stream().allMatch(met -> met.stream().anyMatch(travellers::contains));
    }
    Set<String> met = report.participants().keySet();
    return agentSets.get(VISIT).stream().allMatch(travellers -> travellers.stream().anyMatch(met::contains));
  }
}
