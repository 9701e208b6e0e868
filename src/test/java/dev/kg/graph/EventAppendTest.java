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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class EventAppendTest {

  private static final Entity PUTIN = person("person:vladimir-putin", "Vladimir Putin", "Putin");
  private static final Entity KIM = person("person:kim-jong-un", "Kim Jong Un", "Kim");
  private static final Entity SHOIGU = person("person:sergei-shoigu", "Sergei Shoigu", "Shoigu");
  private static final Entity PYONGYANG = location("location:pyongyang", LocationKind.CITY, "Pyongyang");
  private static final Entity KOREA = location("location:north-korea", LocationKind.COUNTRY, "North Korea");

  // Every event with every property, report, participant and place.
  private static final String EVENTS =
      """
      MATCH (e:Event)
      RETURN e.id AS id, properties(e) AS properties,
             COLLECT { MATCH (d)-[r:REPORTS]->(e) RETURN [d.id, properties(r)] ORDER BY d.id } AS reports,
             COLLECT { MATCH (x)-[p:PARTICIPATED_IN]->(e) RETURN [x.id, p.role, p.documents] ORDER BY x.id } AS participants,
             COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(l) RETURN l.id } AS place
      ORDER BY id
      """;

  private final Driver driver;
  private final GraphWriter writer;

  EventAppendTest(Driver driver) {
    this.driver = driver;
    this.writer = new GraphWriter(driver);
  }

  @Test
  void shouldMakeTheSameEventsWhenEachDocumentComesLastAsWhenAllAreGroupedAgain() {
    // given: visits dated to the day, the month, the year and not at all, some with an agent, and
    // meetings whose reports name different agents
    List<DocumentExtraction> documents = new ArrayList<>();
    String[] dates = {"2024-06-19", "2024-06", null, "2024", null, "2024-06-19", null, "2024-03"};
    for (int i = 0; i < 16; i++) {
      String id = "doc-" + (char) ('a' + i);
      Entity visitor = i % 5 == 4 ? SHOIGU : PUTIN;
      Entity place = i % 3 == 0 ? KOREA : PYONGYANG;
      String role = i % 4 == 2 ? "participant" : "agent";
      documents.add(report(id, visitor, role, place, dates[i % dates.length]));
    }

    // when: in id order, every document comes last
    documents.forEach(writer::write);
    List<Map<String, Object>> appended = events();
    documents.forEach(document -> writer.remove(document.document().id()));

    // and when: backwards, every document is grouped again with what it may join
    for (int i = documents.size() - 1; i >= 0; i--) {
      writer.write(documents.get(i));
    }

    // then
    assertThat(appended).hasSizeGreaterThan(3);
    assertThat(events()).isEqualTo(appended);
  }

  @Test
  void shouldMakeTheSameEventsWhateverOrderTheDocumentsComeIn() {
    // given the same kind of reports, dated and undated, by agents and not
    List<DocumentExtraction> documents = new ArrayList<>();
    String[] dates = {"2024-06-19", null, "2024-06", "2024", "2024-03", null, "2024-06-19", "2024-03-02"};
    for (int i = 0; i < 16; i++) {
      Entity visitor = i % 5 == 4 ? SHOIGU : PUTIN;
      Entity place = i % 3 == 0 ? KOREA : PYONGYANG;
      String role = i % 4 == 2 ? "participant" : "agent";
      documents.add(report("doc-" + (char) ('a' + i), visitor, role, place, dates[i % dates.length]));
    }
    // and copies of one account, as a story told alike by many articles, which join without
    // changing what the event admits
    for (int i = 0; i < 6; i++) {
      documents.add(report("doc-copy-" + i, PUTIN, "agent", PYONGYANG, "2024-06-19"));
      documents.add(report("doc-year-" + i, PUTIN, "agent", PYONGYANG, "2024"));
    }
    documents.forEach(writer::write);
    List<Map<String, Object>> inOrder = events();

    // when they come in shuffled orders, most documents before some stored one, so that each report
    // is added to the events it joins when it comes after their members, and grouped again otherwise
    List<List<Map<String, Object>>> shuffled = inShuffledOrders(documents, 19);

    // then the events are those of the documents in id order, grouping included
    assertThat(shuffled).allSatisfy(events -> assertThat(events).isEqualTo(inOrder));
  }

  @Test
  void shouldAddAReportToItsEventWhenAnotherEventHasALaterDocument() {
    // given a visit on a day reported once, and a later document about another person's visit
    writer.write(report("doc-a", PUTIN, "agent", PYONGYANG, "2024-06-19"));
    writer.write(report("doc-z", SHOIGU, "agent", KOREA, "2024-03"));
    DocumentExtraction later = report("doc-b", PUTIN, "agent", PYONGYANG, "2024-06-19");

    // when a document that does not come last reports the same visit
    boolean appended = tryAppend(later);

    // then its report joins the visit without grouping the stored reports again
    assertThat(appended).isTrue();
    Record visit = driver.session()
        .run("MATCH (e:Event)<-[:REPORTS]-(d:Document) WITH e, collect(d.id) AS documents WHERE size(documents) = 2 "
            + "RETURN e.documentCount AS count, documents")
        .single();
    assertThat(visit.get("count").asInt()).isEqualTo(2);
    assertThat(visit.get("documents").asList()).containsExactlyInAnyOrder("doc-a", "doc-b");
  }

  @Test
  void shouldGroupAgainAReportThatComesBeforeAMemberOfItsEvent() {
    // given a visit reported by a document that comes after the new one
    writer.write(report("doc-c", PUTIN, "agent", PYONGYANG, "2024-06-19"));
    DocumentExtraction later = report("doc-b", PUTIN, "agent", PYONGYANG, "2024-06-19");

    // when the earlier document reports it too
    boolean appended = tryAppend(later);

    // then its report would lead the event, which only grouping again can say
    assertThat(appended).isFalse();
  }

  @Test
  void shouldMakeTheSameVisitsAndMeetingsWhateverOrderTheDocumentsComeIn() {
    // given visits by Putin and Shoigu and meetings Kim held with Putin, on dates and in places
    // that make some one occasion and keep others apart
    List<DocumentExtraction> documents = new ArrayList<>();
    String[] dates = {"2024-06-19", null, "2024-06", "2024", "2024-03", "2024-06-19"};
    for (int i = 0; i < 12; i++) {
      String id = "doc-" + (char) ('a' + i);
      Entity place = i % 3 == 0 ? KOREA : PYONGYANG;
      String date = dates[i % dates.length];
      documents.add(i % 2 == 0 ? report(id, i % 4 == 2 ? SHOIGU : PUTIN, "agent", place, date) : meeting(id, place, date));
    }
    documents.forEach(writer::write);
    List<Map<String, Object>> inOrder = events();

    // when they come in shuffled orders
    List<List<Map<String, Object>>> shuffled = inShuffledOrders(documents, 30);

    // then the events are those of the documents in id order, some a visit and a meeting
    assertThat(shuffled).allSatisfy(events -> assertThat(events).isEqualTo(inOrder));
    assertThat(inOrder).anyMatch(event -> ((List<?>) event.get("reports")).toString().contains("type=VISIT")
        && ((Map<?, ?>) event.get("properties")).get("type").equals("MEETING"));
  }

  @Test
  void shouldGroupAgainAnEventAnEarlierBuildStored() {
    // given an event whose grouping an earlier build wrote, without the terms of its dated reports
    writer.write(report("doc-a", PUTIN, "agent", PYONGYANG, "2024-06-19"));
    driver.session().run("MATCH (e:Event) SET e.grouping = '{\"leader\": \"doc-a#0\", \"places\": []}'").consume();
    DocumentExtraction later = report("doc-b", PUTIN, "agent", PYONGYANG, "2024-06-19");

    // when a later document reports the same visit
    boolean appended = tryAppend(later);

    // then only grouping again can say what the event is, and it then holds both reports
    assertThat(appended).isFalse();
    writer.write(report("doc-b", PUTIN, "agent", PYONGYANG, "2024-06-19"));
    assertThat(driver.session().run("MATCH (e:Event) RETURN e.documentCount AS count").single().get("count").asInt())
        .isEqualTo(2);
  }

  private static DocumentExtraction report(String id, Entity visitor, String role, Entity place, String date) {
    String text = visitor.aliases().get(0) + " visited " + place.aliases().get(0) + " and met Kim.";
    Event visit =
        new Event(
            "VISIT",
            "visited",
            List.of(new Event.Participant(visitor.id(), role), new Event.Participant(KIM.id(), "participant")),
            List.of(),
            place.id(),
            date,
            date == null ? null : "in those days",
            "VISIT " + role + ": " + visitor.name(),
            0.6,
            List.of(new Evidence(0, text.indexOf("visited"), text.indexOf("visited") + 7)),
            false);
    return document(id, text)
        .mention(visitor, visitor.aliases().get(0))
        .mention(place, place.aliases().get(0))
        .mention(KIM, "Kim")
        .event(visit)
        .build();
  }

  /** The events after each of three rounds that remove {@code documents} and write them in a shuffled order. */
  private List<List<Map<String, Object>>> inShuffledOrders(List<DocumentExtraction> documents, long seed) {
    Random random = new Random(seed);
    List<List<Map<String, Object>>> rounds = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      documents.forEach(document -> writer.remove(document.document().id()));
      List<DocumentExtraction> shuffled = new ArrayList<>(documents);
      Collections.shuffle(shuffled, random);
      shuffled.forEach(writer::write);
      rounds.add(events());
    }
    return rounds;
  }

  /** Kim meeting Putin in {@code place}. */
  private static DocumentExtraction meeting(String id, Entity place, String date) {
    String text = "Kim met Putin in " + place.aliases().get(0) + ".";
    Event meeting =
        new Event(
            "MEETING",
            "met",
            List.of(new Event.Participant(KIM.id(), "agent"), new Event.Participant(PUTIN.id(), "participant")),
            List.of(),
            place.id(),
            date,
            date == null ? null : "in those days",
            "MEETING agent: Kim Jong Un; participant: Vladimir Putin",
            0.6,
            List.of(new Evidence(0, 4, 7)),
            false);
    return document(id, text).mention(KIM, "Kim").mention(PUTIN, "Putin").mention(place, place.aliases().get(0))
        .event(meeting).build();
  }

  /**
   * Whether {@code extraction}'s reports join the stored events without grouping them again, in a
   * transaction that first creates its document, as a write does.
   */
  private boolean tryAppend(DocumentExtraction extraction) {
    List<EventReport> reports = EventNodes.reports(extraction);
    try (var session = driver.session()) {
      return session.executeWrite(tx -> {
        tx.run("CREATE (:Document {id: $id})", Map.of("id", extraction.document().id())).consume();
        return EventAppend.tryAppend(tx, reports);
      });
    }
  }

  private List<Map<String, Object>> events() {
    try (var session = driver.session()) {
      return session.run(EVENTS, Map.of()).list(Record::asMap);
    }
  }
}
