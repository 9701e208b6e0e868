package dev.kg.graph;

import dev.kg.extract.event.EventDate;
import dev.kg.extract.event.EventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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

  /**
   * How far from its document's publication an undated report may be dated by it, in days either way.
   * A month, since the join already takes "June 2024" and June 19 as one time, so a report published
   * within a month of the other's date is no less certain; either way, since a report of a visit still
   * to come ("will arrive") is published before it, as a trip is told after.
   */
  private static final int NEAR_PUBLICATION_DAYS = 31;

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

  /**
   * How well a report is dated, for {@link #admits}: to the month or day, by a month's name alone, by
   * its document's publication alone (it states no time at all: the news speaks of when it appeared),
   * or not (no publication date, or a time stated that kg cannot place, a year or "last year", which
   * the publication date must not override). From best to least.
   */
  enum Dated {
    VALUE,
    MONTH_NAME,
    PUBLISHED,
    NONE;

    static Dated of(EventReport report) {
      if (report.date() != null && report.date().length() >= 7) {
        return VALUE;
      }
      if (report.date() == null && EventDate.namesMonth(report.dateText())) {
        return MONTH_NAME;
      }
      return report.date() == null && report.dateText() == null && report.published() != null ? PUBLISHED : NONE;
    }
  }

  /**
   * Whether {@code date}, to the month or day, is within {@link #NEAR_PUBLICATION_DAYS} of {@code
   * published}: a month, when any of its days is.
   */
  static boolean nearPublication(String date, String published) {
    LocalDate day = LocalDate.parse(published);
    LocalDate first = date.length() == 7 ? YearMonth.parse(date).atDay(1) : LocalDate.parse(date.substring(0, 10));
    LocalDate last = date.length() == 7 ? YearMonth.parse(date).atEndOfMonth() : first;
    return ChronoUnit.DAYS.between(last, day) <= NEAR_PUBLICATION_DAYS
        && ChronoUnit.DAYS.between(day, first) <= NEAR_PUBLICATION_DAYS;
  }

  /**
   * Whether {@code report} can be one occasion with reports of other types whose agents and
   * participants, by type, are {@code agentSets} and {@code participantSets}, whose least dated
   * report of each type is dated {@code leastDated}, whose undated reports of each type were published
   * on {@code published}, whose finest date is {@code date}, and whose places include {@code places}
   * ({@code null} for a report that names none): a visit's traveller must be among those meeting in
   * every meeting report, every report must name a place, and of each visit and meeting one must be
   * dated to the month or day and the other as well, by the name of that month ("last September" and
   * {@code 2023-09}), or by a publication near that date (an article of 2007-10-17 telling "Putin met
   * Ahmadinejad in Tehran" and a visit to Iran dated 2007-10-17). Without a date a trip and a meeting
   * of one person in a country and a city kg cannot place in it are as likely years apart.
   */
  static boolean admits(
      EventReport report, Map<String, Set<Set<String>>> agentSets, Map<String, Set<Set<String>>> participantSets,
      Map<String, Dated> leastDated, Map<String, Set<String>> published, String date, Set<?> places) {
    List<String> others = agentSets.keySet().stream().filter(type -> !type.equals(report.type())).toList();
    if (others.isEmpty()) {
      return true;
    }
    if (report.place() == null || places.contains(null)) {
      return false;
    }
    Dated dated = Dated.of(report);
    for (String other : others) {
      if (!datesFit(report, dated, leastDated.get(other), published.getOrDefault(other, Set.of()), date)) {
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

  /**
   * Whether {@code report}, dated {@code dated}, and reports of another type, the least of them dated
   * {@code least} and the undated ones published on {@code published}, are dated well enough to be
   * one occasion: one to the month or day, the other too, by that month's name, or by a publication
   * near it ({@code date}, the finest date of all, is the dated side's when {@code report} is not).
   */
  private static boolean datesFit(EventReport report, Dated dated, Dated least, Set<String> published, String date) {
    if (dated == Dated.VALUE) {
      return least == Dated.VALUE || least == Dated.MONTH_NAME
          || least == Dated.PUBLISHED && published.stream().allMatch(day -> nearPublication(report.date(), day));
    }
    if (least != Dated.VALUE) {
      return false;
    }
    return dated == Dated.MONTH_NAME || dated == Dated.PUBLISHED && nearPublication(date, report.published());
  }
}
