package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.LocationKind;
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
    // given Kim's meetings, linked through Kozlov to a third, a visit and an attack by Kim, and a
    // meeting of others
    EventReport kimPatrushev = meeting("a", Map.of("person:kim", "agent", "person:patrushev", "participant"));
    EventReport patrushevKozlov = meeting("b", Map.of("person:patrushev", "agent", "person:kozlov", "participant"));
    EventReport kozlovShoigu = meeting("c", Map.of("person:shoigu", "participant", "person:kozlov", "agent"));
    EventReport kimVisit = report("d", "VISIT", Map.of("person:kim", "agent"));
    EventReport kimAttack = report("e", "ATTACK", Map.of("person:kim", "agent"));
    EventReport others = meeting("f", Map.of("person:lind", "agent", "person:berg", "participant"));

    // when
    List<List<EventReport>> sets =
        EventClusters.components(List.of(others, kimAttack, kimVisit, kozlovShoigu, kimPatrushev, patrushevKozlov));

    // then a shared participant links reports of one type, or a visit and a meeting, transitively;
    // each set in report order
    assertThat(sets).containsExactly(
        List.of(kimPatrushev, patrushevKozlov, kozlovShoigu, kimVisit), List.of(kimAttack), List.of(others));
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

  @Test
  void shouldMakeOneMeetingOfAVisitAndAMeetingOfTheTravellerWhereBothSayWhere() {
    // given Putin's visit to North Korea "In June", Kim's meeting with him in Pyongyang in June 2024,
    // and Putin's meeting with Kim that month in no place
    EventReport visit = place(dated("a", null, "June"), "location:north-korea", LocationKind.COUNTRY);
    EventReport meeting = place(
        meeting("b", "2024-06", Map.of("person:kim", "agent", "person:putin", "participant")), "location:pyongyang",
        LocationKind.CITY);
    EventReport nowhere = meeting("c", "2024-06", Map.of("person:putin", "agent", "person:kim", "participant"));

    Map<String, String> names = Map.of(
        "person:kim", "Kim Jong Un", "person:putin", "Vladimir Putin", "location:pyongyang", "Pyongyang");

    // when
    List<EventGroup> groups = EventClusters.groups(List.of(nowhere, meeting, visit));

    // then the visit is the meeting's, whichever side of it the traveller was, and the meeting's
    // account describes it; the meeting in no place takes no visit
    assertThat(groups)
        .extracting(group -> group.type() + " " + group.members().stream().map(EventReport::documentId).sorted().toList()
            + " " + group.properties(names).get("trigger") + " " + group.properties(names).get("summary"))
        .containsExactlyInAnyOrder(
            "MEETING [a, b] met MEETING agent: Kim Jong Un; participant: Vladimir Putin; place: Pyongyang",
            "MEETING [c] met MEETING agent: Vladimir Putin; participant: Kim Jong Un");
  }

  @Test
  void shouldKeepAVisitApartFromAMeetingItsTravellerDidNotHold() {
    // given Shoigu's visit to Kim in North Korea in June, and a meeting Kim held in Pyongyang in June
    // 2024 that names no one else
    EventReport visit = new EventReport(
        "a", 0, "VISIT", "visited", Map.of("person:shoigu", "agent", "person:kim", "participant"), List.of(),
        "location:north-korea", LocationKind.COUNTRY, null, "June", "VISIT", 0.7, List.of("0:0:3"), false, null);
    EventReport meeting =
        place(meeting("b", "2024-06", Map.of("person:kim", "agent")), "location:pyongyang", LocationKind.CITY);

    // when
    List<List<EventReport>> groups = EventClusters.of(List.of(meeting, visit));

    // then Kim took part in both, but the traveller is not among those who met
    assertThat(groups).containsExactlyInAnyOrder(List.of(visit), List.of(meeting));
  }

  @Test
  void shouldKeepAVisitApartFromAMeetingWhenOneSaysNoMonth() {
    // given Putin's visit to North Korea with no date, one "In June", and his meetings with Kim in
    // Pyongyang in June 2024 and in one more article "in June"
    EventReport undatedVisit = place(dated("a", null, null), "location:north-korea", LocationKind.COUNTRY);
    EventReport juneVisit = place(dated("b", null, "In June"), "location:north-korea", LocationKind.COUNTRY);
    EventReport undatedMeeting = new EventReport(
        "c", 0, "MEETING", "met", Map.of("person:putin", "agent", "person:kim", "participant"), List.of(),
        "location:pyongyang", LocationKind.CITY, null, "in June", "MEETING", 0.7, List.of("0:0:3"), false, null);

    // when
    List<List<EventReport>> groups = EventClusters.of(List.of(undatedMeeting, juneVisit, undatedVisit));

    // then neither account dates the occasion to a month of a year, so nothing says they are one
    assertThat(groups)
        .extracting(group -> group.stream().map(EventReport::documentId).sorted().toList())
        .containsExactlyInAnyOrder(List.of("a", "b"), List.of("c"));
  }

  @Test
  void shouldDateAnUndatedReportByItsPublicationToMakeOneMeetingWithAReportOfThatTime() {
    // given Putin's visit to Iran on 17 October 2007, and an article of 2007-10-17 telling his meeting
    // with Ahmadinejad in Tehran with no time, and the same meeting in an article of 2007-11-20
    EventReport visit = place(dated("a", "2007-10-17", "on Wednesday"), "location:iran", LocationKind.COUNTRY);
    EventReport sameDay = published(tehran("b"), "2007-10-17");
    EventReport monthLater = published(tehran("c"), "2007-11-20");

    Map<String, String> names = Map.of("person:putin", "Vladimir Putin", "person:ahmadinejad", "Mahmoud Ahmadinejad",
        "location:north-korea", "North Korea", "location:iran", "Iran", "location:tehran", "Tehran");

    // when
    List<EventGroup> groups = EventClusters.groups(List.of(monthLater, sameDay, visit));

    // then the article of that day tells the visit's meeting; one 34 days later may tell another
    assertThat(groups)
        .extracting(group -> group.type() + " " + group.properties(names).get("date") + " "
            + group.members().stream().map(EventReport::documentId).sorted().toList() + " " + group.placeId())
        .containsExactlyInAnyOrder(
            "MEETING 2007-10-17 [a, b] location:tehran", "MEETING null [c] location:tehran");
  }

  @Test
  void shouldDateAReportByItsPublicationWithinAMonthOfTheOthersMonth() {
    // given a visit dated to October 2007, and undated meetings in articles of 2007-11-25 (25 days
    // after the month's end) and 2007-12-05 (35 days)
    EventReport visit = place(dated("a", "2007-10", "October 2007"), "location:iran", LocationKind.COUNTRY);
    EventReport near = published(tehran("b"), "2007-11-25");
    EventReport far = published(tehran("c"), "2007-12-05");

    // when
    List<List<EventReport>> withNear = EventClusters.of(List.of(near, visit));
    List<List<EventReport>> withFar = EventClusters.of(List.of(far, visit));

    // then
    assertThat(withNear).containsExactly(List.of(visit, near));
    assertThat(withFar).containsExactlyInAnyOrder(List.of(visit), List.of(far));
  }

  @Test
  void shouldNotDateByPublicationAReportThatStatesATimeOrTwoUndatedReports() {
    // given an article of 2007-10-17 telling Putin's visit to Iran "last year" (a time kg cannot
    // place), another of that day telling his visit undated, and an undated meeting in Tehran in an
    // article of 2007-10-18
    EventReport lastYear = published(place(dated("a", null, "last year"), "location:iran", LocationKind.COUNTRY),
        "2007-10-17");
    EventReport undatedVisit = published(place(dated("b", null, null), "location:iran", LocationKind.COUNTRY),
        "2007-10-17");
    EventReport meeting = published(tehran("c"), "2007-10-18");

    // when
    List<List<EventReport>> stated = EventClusters.of(List.of(meeting, lastYear));
    List<List<EventReport>> undated = EventClusters.of(List.of(meeting, undatedVisit));

    // then the stated time is not overridden, and two publication dates date no occasion
    assertThat(stated).containsExactlyInAnyOrder(List.of(lastYear), List.of(meeting));
    assertThat(undated).containsExactlyInAnyOrder(List.of(undatedVisit), List.of(meeting));
  }

  /** Putin's meeting with Ahmadinejad in Tehran, with no time stated. */
  private static EventReport tehran(String document) {
    return place(
        meeting(document, null, Map.of("person:putin", "agent", "person:ahmadinejad", "participant")),
        "location:tehran", LocationKind.CITY);
  }

  private static EventReport published(EventReport report, String published) {
    return new EventReport(
        report.documentId(), report.index(), report.type(), report.trigger(), report.participants(), report.unnamed(),
        report.placeId(), report.placeKind(), report.date(), report.dateText(), report.summary(), report.confidence(),
        report.evidence(), report.expected(), published);
  }

  private static EventReport place(EventReport report, String placeId, LocationKind kind) {
    return new EventReport(
        report.documentId(), report.index(), report.type(), report.trigger(), report.participants(), report.unnamed(),
        placeId, kind, report.date(), report.dateText(), report.summary(), report.confidence(), report.evidence(),
        report.expected(), report.published());
  }

  private static EventReport dated(String document, String date, String dateText) {
    return new EventReport(
        document, 0, "VISIT", "visited", Map.of("person:putin", "agent", "location:north-korea", "destination"),
        List.of(), null, null, date, dateText, "VISIT agent: Putin", 0.7, List.of("0:0:3"), false, null);
  }

  private static EventReport meeting(String document, Map<String, String> participants) {
    return report(document, "MEETING", participants);
  }

  private static EventReport meeting(String document, String date, Map<String, String> participants) {
    return new EventReport(
        document, 0, "MEETING", "met", participants, List.of(), null, null, date, date == null ? null : "September 2023",
        "MEETING", 0.7, List.of("0:0:3"), false, null);
  }

  private static EventReport report(String document, String type, Map<String, String> participants) {
    return new EventReport(
        document, 0, type, "met", participants, List.of(), null, null, null, null, type, 0.7, List.of("0:0:3"), false, null);
  }
}
