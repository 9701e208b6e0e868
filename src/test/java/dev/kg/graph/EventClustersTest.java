package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventClustersTest {

  @Test
  void shouldNotLetAVagueUndatedReportJoinOrGlueMeetings() {
    // given: Patrushev met Kim, Kim met Kozlov, and a third article says only that Kim met someone
    EventReport patrushev = meeting("a", Map.of("person:patrushev", "agent", "person:kim", "participant"));
    EventReport kozlov = meeting("b", Map.of("person:kim", "agent", "person:kozlov", "participant"));
    EventReport vague = meeting("c", Map.of("person:kim", "participant"));
    EventReport again = meeting("d", Map.of("person:kim", "agent", "person:kozlov", "participant"));

    // when
    List<List<EventReport>> groups = EventClusters.of(List.of(vague, again, kozlov, patrushev));

    // then: without a date, the vague report names no agent to be one of them by
    assertThat(groups)
        .extracting(group -> group.stream().map(EventReport::documentId).sorted().toList())
        .containsExactlyInAnyOrder(List.of("a"), List.of("b", "d"), List.of("c"));
  }

  @Test
  void shouldKeepMeetingsOfOnePersonWithDifferentPeopleApart() {
    // given Kim meeting Kozlov (undated), Kim meeting Putin in September 2023, and two fuller reports
    // of that summit, one naming Shoigu and one Lavrov beside the leaders
    EventReport kozlov = meeting("a", null, Map.of("person:kim", "agent", "person:kozlov", "agent"));
    EventReport putin = meeting("b", "2023-09", Map.of("person:kim", "agent", "person:putin", "participant"));
    EventReport shoigu = meeting("c", "2023-09",
        Map.of("person:kim", "agent", "person:putin", "participant", "person:shoigu", "participant"));
    EventReport lavrov = meeting("d", null,
        Map.of("person:kim", "agent", "person:putin", "participant", "person:lavrov", "participant"));

    // when
    List<List<EventReport>> groups = EventClusters.of(List.of(kozlov, putin, shoigu, lavrov));

    // then Kim's meeting with Kozlov is another occasion than the summit, however the summit is told
    assertThat(groups)
        .extracting(group -> group.stream().map(EventReport::documentId).sorted().toList())
        .containsExactlyInAnyOrder(List.of("a"), List.of("b", "c", "d"));
  }

  @Test
  void shouldSplitReportsIntoSetsWithNoTypeAndParticipantInCommon() {
    // given Kim's meetings, linked through Kozlov to a third, a visit by Kim, and a meeting of others
    EventReport kimPatrushev = meeting("a", Map.of("person:kim", "agent", "person:patrushev", "participant"));
    EventReport patrushevKozlov = meeting("b", Map.of("person:patrushev", "agent", "person:kozlov", "participant"));
    EventReport kozlovShoigu = meeting("c", Map.of("person:shoigu", "participant", "person:kozlov", "agent"));
    EventReport kimVisit = report("d", "VISIT", Map.of("person:kim", "agent"));
    EventReport others = meeting("e", Map.of("person:lind", "agent", "person:berg", "participant"));

    // when
    List<List<EventReport>> sets = EventClusters.components(List.of(others, kimVisit, kozlovShoigu, kimPatrushev, patrushevKozlov));

    // then a shared participant links reports of one type only, transitively; each set in report order
    assertThat(sets).containsExactly(List.of(kimPatrushev, patrushevKozlov, kozlovShoigu), List.of(kimVisit), List.of(others));
  }

  @Test
  void shouldKeepAReportOfAMonthWithoutAYearOutOfAnEventOfAnotherMonth() {
    // given Putin's visit of July 2000, and two undated articles: one says he visited "In June", one
    // "in July"
    EventReport july2000 = dated("a", "2000-07", "July 2000");
    EventReport inJune = dated("b", null, "June");
    EventReport inJuly = dated("c", null, "July");

    // when
    List<List<EventReport>> groups = EventClusters.of(List.of(inJune, july2000, inJuly));

    // then the June visit is another occasion; the July one may be the dated one
    assertThat(groups)
        .extracting(group -> group.stream().map(EventReport::documentId).sorted().toList())
        .containsExactlyInAnyOrder(List.of("a", "c"), List.of("b"));
  }

  private static EventReport dated(String document, String date, String dateText) {
    return new EventReport(
        document, 0, "VISIT", "visited", Map.of("person:putin", "agent", "location:north-korea", "destination"),
        List.of(), null, null, date, dateText, "VISIT", 0.7, List.of("0:0:3"), false);
  }

  private static EventReport meeting(String document, Map<String, String> participants) {
    return report(document, "MEETING", participants);
  }

  private static EventReport meeting(String document, String date, Map<String, String> participants) {
    return new EventReport(
        document, 0, "MEETING", "met", participants, List.of(), null, null, date, date == null ? null : "September 2023",
        "MEETING", 0.7, List.of("0:0:3"), false);
  }

  private static EventReport report(String document, String type, Map<String, String> participants) {
    return new EventReport(
        document, 0, type, "met", participants, List.of(), null, null, null, null, type, 0.7, List.of("0:0:3"), false);
  }
}
