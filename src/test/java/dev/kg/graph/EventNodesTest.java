package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.Event;
import dev.kg.extract.Evidence;
import dev.kg.extract.LocationKind;
import dev.kg.layers.UsesNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class EventNodesTest {

  private static final Entity PUTIN = person("person:vladimir-putin", "Vladimir Putin", "Putin");
  private static final Entity SHOIGU = person("person:sergei-shoigu", "Sergei Shoigu", "Shoigu");
  private static final Entity PYONGYANG = location("location:pyongyang", LocationKind.CITY, "Pyongyang");
  private static final Entity NORTH_KOREA =
      location("location:north-korea", LocationKind.COUNTRY, "North Korea");
  private static final Entity KIM = person("person:kim-jong-un", "Kim Jong Un", "Kim");
  private static final Entity RUSSIA = location("location:russia", LocationKind.COUNTRY, "Russia");
  private static final Entity VOSTOCHNY =
      location("location:vostochny-cosmodrome", LocationKind.FACILITY, "Vostochny Cosmodrome");
  private static final Entity VLADIVOSTOK = location("location:vladivostok", LocationKind.CITY, "Vladivostok");
  private static final Entity KASK = person("person:arvo-kask", "Arvo Kask", "Kask");
  private static final Entity RIGA = location("location:riga", LocationKind.CITY, "Riga");

  // Each event as "<type> <trigger> <date> <place> <participants> <evidence> <reports>", sorted; each
  // report as "<document>:<type>:<sentence>:<start>-<end>".
  private static final String DESCRIBED =
      """
      MATCH (e:Event)-[:TOOK_PLACE_IN]->(l:Location)
      RETURN e.type + ' ' + e.trigger + ' ' + e.date + ' ' + l.name + ' '
        + reduce(s = '', x IN COLLECT { MATCH (p)-[r:PARTICIPATED_IN]->(e) RETURN p.name + ' ' + r.role + ' ' + r.documents ORDER BY p.name } | s + '[' + x + ']')
        + ' ' + reduce(s = '', x IN e.evidence | s + '[' + x + ']')
        + reduce(s = '', x IN COLLECT { MATCH (d)-[r:REPORTS]->(e) RETURN d.id + ':' + r.type + ':' + r.sentence + ':' + r.start + '-' + r.end ORDER BY d.id } | s + ' ' + x) AS line
      ORDER BY line
      """;

  // Each event as "<type> <date>: <documents reporting it>", sorted.
  private static final String EVENTS =
      """
      MATCH (e:Event)<-[:REPORTS]-(d:Document)
      WITH e, d ORDER BY d.id
      WITH e, e.type + ' ' + coalesce(e.date, '-') + ': ' + reduce(s = '', id IN collect(d.id) | s + id + ' ') AS line
      RETURN line ORDER BY line
      """;

  private final Driver driver;
  private final GraphWriter writer;

  EventNodesTest(Driver driver) {
    this.driver = driver;
    this.writer = new GraphWriter(driver);
  }

  @Test
  void shouldMakeOneEventOfTheSameVisitReportedByTwoDocuments() {
    // given
    DocumentExtraction dated = visit("a", "Putin arrived in Pyongyang on Wednesday.", PUTIN, PYONGYANG, "2024-06-19");
    DocumentExtraction vague = visit("b", "Putin visited North Korea in June.", PUTIN, NORTH_KOREA, "2024-06");

    // when
    writer.write(dated);
    writer.write(vague);

    // then
    assertThat(lines(EVENTS)).containsExactly("VISIT 2024-06-19: a b ");
    assertThat(lines(
            """
            MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)-[:TOOK_PLACE_IN]->(l:Location)
            RETURN p.name + ' ' + r.role + ' ' + r.documents + ' ' + l.name AS line
            """))
        .containsExactly("Vladimir Putin agent 2 Pyongyang");
    assertThat(lines("MATCH (:Document {id: 'b'})-[r:REPORTS]->() RETURN r.sentence + ':' + r.start + '-' + r.end AS line"))
        .containsExactly("0:6-13");
  }

  @Test
  void shouldKeepVisitsOfOnePersonOnDifferentDatesApart() {
    // given
    DocumentExtraction march = visit("a", "Shoigu visited Pyongyang in March.", SHOIGU, PYONGYANG, "2024-03");
    DocumentExtraction june = visit("b", "Shoigu visited Pyongyang on Wednesday.", SHOIGU, PYONGYANG, "2025-06-04");
    DocumentExtraction undated = visit("c", "Shoigu visited Pyongyang again.", SHOIGU, PYONGYANG, null);

    // when
    writer.write(march);
    writer.write(june);
    writer.write(undated);

    // then: the undated report fits both, so it joins neither
    assertThat(lines(EVENTS)).containsExactly("VISIT -: c ", "VISIT 2024-03: a ", "VISIT 2025-06-04: b ");
  }

  @Test
  void shouldMakeOneMeetingOfAVisitAndAMeetingOfTheTravellerToldByTwoDocuments() {
    // given one article telling Kim's trip, another his meeting with Putin there that month
    DocumentExtraction trip =
        visit("a", "Kim travelled to Russia last September.", KIM, RUSSIA, null, "last September");
    DocumentExtraction summit =
        meeting("b", "Kim met Putin at the Vostochny Cosmodrome in September 2023.", KIM, PUTIN, VOSTOCHNY, "2023-09");

    // when they come in either order
    writer.write(trip);
    writer.write(summit);
    List<String> forwards = lines(DESCRIBED);
    writer.remove("a");
    writer.remove("b");
    writer.write(summit);
    writer.write(trip);

    // then one meeting holds both accounts, each with its own sentence and type
    assertThat(lines(DESCRIBED))
        .isEqualTo(forwards)
        .containsExactly(
            "MEETING met 2023-09 Vostochny Cosmodrome [Kim Jong Un agent 2][Vladimir Putin participant 1]"
                + " [a#0][b#0] a:VISIT:0:4-13 b:MEETING:0:4-7");
  }

  @Test
  void shouldNameEachParticipantOfASummaryByItsCorpusNameWhateverOrderTheDocumentsCameIn() {
    // given one article spelling him "Kim Jong-un" in telling his meeting with Putin, another "Kim
    // Jong Un" telling no event: one document each, so the corpus name is the alphabetically first
    Entity hyphenated = person(KIM.id(), "Kim Jong-un", "Kim");
    DocumentExtraction summit = meeting(
        "a", "Kim Jong-un met Putin at the Vostochny Cosmodrome in September 2023.", hyphenated, PUTIN, VOSTOCHNY,
        "2023-09");
    DocumentExtraction profile = document("b", "Kim Jong Un rules North Korea.").mention(KIM, "Kim Jong Un").build();
    String summaries = "MATCH (e:Event) RETURN e.summary AS line";

    // when the meeting comes first
    writer.write(summit);

    // then it names him as the only document does
    assertThat(lines(summaries))
        .containsExactly("MEETING agent: Kim Jong-un; participant: Vladimir Putin; place: Vostochny Cosmodrome");

    // when the other spelling becomes his corpus name, and then in the other order
    writer.write(profile);
    List<String> forwards = lines(summaries);
    writer.remove("a");
    writer.remove("b");
    writer.write(profile);
    writer.write(summit);

    // then the meeting names him by it, in either order
    assertThat(lines(summaries))
        .isEqualTo(forwards)
        .containsExactly("MEETING agent: Kim Jong Un; participant: Vladimir Putin; place: Vostochny Cosmodrome");

    // when the document giving that name goes
    writer.remove("b");

    // then the meeting names him as the one left does
    assertThat(lines(summaries))
        .containsExactly("MEETING agent: Kim Jong-un; participant: Vladimir Putin; place: Vostochny Cosmodrome");
  }

  @Test
  void shouldKeepAVisitApartFromAMeetingOfAnotherMonthPlaceOrPeopleOrWithoutAPlace() {
    // given Kim's trip to Vladivostok last September, and a meeting of Kim and Putin that says nowhere
    // where
    writer.write(visit("a", "Kim travelled to Vladivostok last September.", KIM, VLADIVOSTOK, null, "last September"));
    writer.write(meeting("b", "Kim met Putin in September 2023.", KIM, PUTIN, null, "2023-09"));

    // then the meeting could have been anywhere
    assertThat(lines(EVENTS)).containsExactly("MEETING 2023-09: b ", "VISIT -: a ");

    // when meetings in other articles are of another month, in another place, or of others
    writer.remove("b");
    writer.write(meeting("c", "Kim met Putin in Vladivostok in June 2023.", KIM, PUTIN, VLADIVOSTOK, "2023-06"));
    writer.write(meeting("d", "Kim met Putin at the Vostochny Cosmodrome in September 2023.", KIM, PUTIN, VOSTOCHNY,
        "2023-09"));
    writer.write(meeting("e", "Putin met Shoigu in Vladivostok in September 2023.", PUTIN, SHOIGU, VLADIVOSTOK,
        "2023-09"));

    // then each is an occasion of its own
    assertThat(lines(EVENTS))
        .containsExactly("MEETING 2023-06: c ", "MEETING 2023-09: d ", "MEETING 2023-09: e ", "VISIT -: a ");
  }

  @Test
  void shouldDateAnUndatedReportByItsPublicationToJoinAMeetingTwoDocumentsTell() {
    // given an article of 2024-06-19 telling Putin's arrival in North Korea with no time, and one
    // telling his meeting with Kim in Pyongyang that Wednesday
    DocumentExtraction arrival = undatedArrival("a", "2024-06-19");
    DocumentExtraction talks =
        meeting("b", "Putin met Kim in Pyongyang on Wednesday.", PUTIN, KIM, PYONGYANG, "2024-06-19", "on Wednesday");

    // when they come in either order
    writer.write(arrival);
    writer.write(talks);
    List<String> forwards = lines(DESCRIBED);
    writer.remove("a");
    writer.remove("b");
    writer.write(talks);
    writer.write(arrival);

    // then one meeting, dated and placed as the dated account says, holds both
    assertThat(lines(DESCRIBED))
        .isEqualTo(forwards)
        .containsExactly(
            "MEETING met 2024-06-19 Pyongyang [Kim Jong Un participant 1][Vladimir Putin agent 2]"
                + " [a#0][b#0] a:VISIT:0:6-13 b:MEETING:0:6-9");
  }

  @Test
  void shouldKeepAnUndatedVisitApartFromAMeetingMonthsFromItsPublication() {
    // given an article of 2024-01-10 telling Putin's arrival in North Korea with no time, and his
    // meeting with Kim in Pyongyang on 2024-06-19
    writer.write(undatedArrival("a", "2024-01-10"));

    // when
    writer.write(
        meeting("b", "Putin met Kim in Pyongyang on Wednesday.", PUTIN, KIM, PYONGYANG, "2024-06-19", "on Wednesday"));

    // then the trip told in January is another occasion
    assertThat(lines(EVENTS)).containsExactly("MEETING 2024-06-19: b ", "VISIT -: a ");
  }

  @Test
  void shouldBuildTheSameEventsInAnyOrderAndTakeThemBackWithTheirDocuments() {
    // given
    List<DocumentExtraction> documents =
        List.of(
            visit("a", "Putin visited Pyongyang in June.", PUTIN, PYONGYANG, "2024-06"),
            visit("b", "Putin arrived in Pyongyang on Wednesday.", PUTIN, PYONGYANG, "2024-06-19"),
            visit("c", "Putin arrived in North Korea.", PUTIN, NORTH_KOREA, null),
            visit("d", "Shoigu visited Pyongyang in March.", SHOIGU, PYONGYANG, "2024-03"));
    documents.forEach(writer::write);
    List<String> forwards = lines("MATCH (e:Event)<-[:REPORTS]-(d) RETURN e.id + ' ' + d.id AS line ORDER BY line");
    List.of("a", "b", "c", "d").forEach(writer::remove);

    // when
    for (int i = documents.size() - 1; i >= 0; i--) {
      writer.write(documents.get(i));
    }
    documents.forEach(writer::write);

    // then
    assertThat(lines("MATCH (e:Event)<-[:REPORTS]-(d) RETURN e.id + ' ' + d.id AS line ORDER BY line"))
        .isEqualTo(forwards);
    assertThat(lines(EVENTS)).containsExactly("VISIT 2024-03: d ", "VISIT 2024-06-19: a b c ");

    // when
    writer.remove("b");
    writer.remove("d");

    // then
    assertThat(lines(EVENTS)).containsExactly("VISIT 2024-06: a c ");
    assertThat(lines("MATCH (e:Event) RETURN e.id AS line")).hasSize(1);
  }

  @Test
  void shouldKeepAnEventExpectedOnlyWhileNoDocumentTellsItDone() {
    // given
    DocumentExtraction announced =
        visit("a", "Putin visiting Pyongyang in June, the Kremlin says.", PUTIN, PYONGYANG, "2024-06", true);
    DocumentExtraction made = visit("b", "Putin arrived in Pyongyang on Wednesday.", PUTIN, PYONGYANG, "2024-06-19");
    String expected = "MATCH (e:Event) RETURN e.type + ' ' + e.expected AS line";

    // when
    writer.write(announced);

    // then
    assertThat(lines(expected)).containsExactly("VISIT true");
    assertThat(lines("MATCH (:Document {id: 'a'})-[r:REPORTS]->() RETURN toString(r.expected) AS line"))
        .containsExactly("true");

    // when
    writer.write(made);

    // then: one visit, made
    assertThat(lines(EVENTS)).containsExactly("VISIT 2024-06-19: a b ");
    assertThat(lines(expected)).containsExactly("VISIT false");

    // when
    writer.remove("b");

    // then
    assertThat(lines(expected)).containsExactly("VISIT true");
  }

  @Test
  void shouldStoreUnnamedParticipantsOnTheReportAndTheEventAndTakeThemBackWithTheirDocument() {
    // given: one killing by Kask, whose victims two documents tell in words of their own
    DocumentExtraction first = killing("a", "Kask killed 13 people in Riga.", KASK, "13 people");
    DocumentExtraction second = killing("b", "Kask killed a police officer in Riga.", KASK, "a police officer");

    // when
    writer.write(first);
    writer.write(second);

    // then
    assertThat(lines("MATCH (e:Event) RETURN e.summary + ' ' + " + joined("e.unnamedParticipants") + " AS line"))
        .containsExactly(
            "KILLING agent: Arvo Kask; target: 13 people; place: Riga [target: 13 people][target: a police officer]");
    assertThat(lines("MATCH (:Document {id: 'a'})-[r:REPORTS]->() RETURN " + joined("r.unnamed") + " AS line"))
        .containsExactly("[target|13 people|0:12:21]");

    // when
    writer.remove("a");

    // then
    assertThat(lines("MATCH (e:Event) RETURN " + joined("e.unnamedParticipants") + " AS line"))
        .containsExactly("[target: a police officer]");
  }

  @Test
  void shouldNotMakeOneEventOfTwoReportsSharingOnlyTheWordsOfAnUnnamedVictim() {
    // given: two killings in Riga on one day, each of "a man", naming no one
    DocumentExtraction first = killing("a", "Gunmen killed a man in Riga.", null, "a man");
    DocumentExtraction second = killing("b", "Police killed a man in Riga.", null, "a man");

    // when
    writer.write(first);
    writer.write(second);

    // then
    assertThat(lines(EVENTS)).containsExactly("KILLING 2026-03-09: a ", "KILLING 2026-03-09: b ");
  }

  /** A document of one sentence reporting a killing in Riga on 9 March 2026 of {@code victims}, by {@code killer}. */
  private static DocumentExtraction killing(String id, String text, Entity killer, String victims) {
    int trigger = text.indexOf("killed");
    int start = text.indexOf(victims);
    Event event =
        new Event(
            "KILLING",
            "killed",
            killer == null ? List.of() : List.of(new Event.Participant(killer.id(), "agent")),
            List.of(new Event.UnnamedParticipant("target", victims, new Evidence(0, start, start + victims.length()))),
            RIGA.id(),
            "2026-03-09",
            "on Monday",
            "KILLING " + (killer == null ? "" : "agent: " + killer.name() + "; ") + "target: " + victims,
            0.7,
            List.of(new Evidence(0, trigger, trigger + "killed".length())),
            false);
    TestDocuments.Builder document = document(id, text);
    if (killer != null) {
      document.mention(killer, text.substring(0, text.indexOf(' ')));
    }
    return document.mention(RIGA, "Riga").event(event).build();
  }

  private static DocumentExtraction visit(String id, String text, Entity visitor, Entity place, String date) {
    return visit(id, text, visitor, place, date, false);
  }

  /** A visit whose date is written {@code dateText}, such as "last September" where the value is unknown. */
  private static DocumentExtraction visit(
      String id, String text, Entity visitor, Entity place, String date, String dateText) {
    return visit(id, text, visitor, place, date, dateText, false);
  }

  /** "Putin arrived in North Korea.", stating no time, in an article published on {@code published}. */
  private static DocumentExtraction undatedArrival(String id, String published) {
    return visitDocument(id, "Putin arrived in North Korea.", PUTIN, NORTH_KOREA, null, null, false)
        .published(published)
        .build();
  }

  /** "<host> met <guest> ..., <date>": a meeting the host held, where {@code place} says (or nowhere). */
  private static DocumentExtraction meeting(
      String id, String text, Entity host, Entity guest, Entity place, String date) {
    return meeting(id, text, host, guest, place, date, "September 2023");
  }

  private static DocumentExtraction meeting(
      String id, String text, Entity host, Entity guest, Entity place, String date, String dateText) {
    int trigger = text.indexOf(' ') + 1;
    Event event =
        new Event(
            "MEETING",
            "met",
            List.of(new Event.Participant(host.id(), "agent"), new Event.Participant(guest.id(), "participant")),
            List.of(),
            place == null ? null : place.id(),
            date,
            dateText,
            "MEETING agent: " + host.name() + "; participant: " + guest.name(),
            0.8,
            List.of(new Evidence(0, trigger, trigger + 3)),
            false);
    TestDocuments.Builder document = document(id, text)
        .mention(host, text.substring(0, text.indexOf(' ')))
        .mention(guest, guest.aliases().stream().filter(text::contains).findFirst().orElseThrow());
    if (place != null) {
      document.mention(place, place.aliases().stream().filter(text::contains).findFirst().orElseThrow());
    }
    return document.event(event).build();
  }

  private static DocumentExtraction visit(
      String id, String text, Entity visitor, Entity place, String date, boolean expected) {
    return visit(id, text, visitor, place, date, date == null ? null : "in those days", expected);
  }

  private static DocumentExtraction visit(
      String id, String text, Entity visitor, Entity place, String date, String dateText, boolean expected) {
    return visitDocument(id, text, visitor, place, date, dateText, expected).build();
  }

  private static TestDocuments.Builder visitDocument(
      String id, String text, Entity visitor, Entity place, String date, String dateText, boolean expected) {
    int trigger = text.indexOf(' ') + 1;
    Event event =
        new Event(
            "VISIT",
            text.substring(trigger, text.indexOf(' ', trigger)),
            List.of(new Event.Participant(visitor.id(), "agent")),
            List.of(),
            place.id(),
            date,
            dateText,
            "VISIT agent: " + visitor.name() + "; place: " + place.name(),
            0.8,
            List.of(new Evidence(0, trigger, text.indexOf(' ', trigger))),
            expected);
    return document(id, text)
        .mention(visitor, text.substring(0, text.indexOf(' ')))
        .mention(place, place.aliases().stream().filter(text::contains).findFirst().orElseThrow())
        .event(event);
  }

  /** Cypher for a list property's strings, each in brackets: "[target: 13 people][target: a man]". */
  private static String joined(String property) {
    return "reduce(s = '', x IN " + property + " | s + '[' + x + ']')";
  }

  private List<String> lines(String query) {
    try (var session = driver.session()) {
      return session.run(query, Map.of()).list(r -> r.get("line").asString());
    }
  }
}
