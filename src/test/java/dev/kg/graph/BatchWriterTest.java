package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.curate.CurationRule;
import dev.kg.export.GraphExporter;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.Event;
import dev.kg.extract.Evidence;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import dev.kg.extract.Relation.Role;
import dev.kg.layers.UsesNeo4j;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * A batch written in stages by several writers ({@link BatchWriter}, as Spark's executors write it)
 * against the same documents written one at a time by {@link GraphWriter}: the same export, property
 * for property, with every kind of fact, over a graph that already holds documents, when it replaces
 * one, when every transaction runs twice, and when concurrent writers share a popular entity.
 */
@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class BatchWriterTest {

  private static final Entity VLADIMIR_PUTIN = person("person:vladimir-putin", "Vladimir Putin", "Putin");
  private static final Entity PUTIN = person("person:putin", "Putin");
  private static final Entity KIM = person("person:kim-jong-un", "Kim Jong Un");
  private static final Entity PYONGYANG = location("location:pyongyang", LocationKind.CITY, "Pyongyang");
  private static final Entity RUSSIA = location("location:russia", LocationKind.COUNTRY, "Russia");

  private static final DocumentExtraction TALKS =
      document("a-talks", "Vladimir Putin met Kim Jong Un in Pyongyang. \"We are friends,\" said Putin.")
          .mention(VLADIMIR_PUTIN, "Vladimir Putin")
          .mention(KIM, "Kim Jong Un")
          .mention(PYONGYANG, "Pyongyang")
          .mention(VLADIMIR_PUTIN, "Putin")
          .quote(new Quote("We are friends,", VLADIMIR_PUTIN.id(), new Evidence(1, 47, 62), 0.9, "speech-verb"))
          .event(meeting("met", 0, 15, 18, PYONGYANG.id(), "2024-06-19"))
          .build();
  private static final DocumentExtraction THANKS =
      document("b-thanks", "President Vladimir Putin of Russia met Kim Jong Un and his aides in June.")
          .mention(VLADIMIR_PUTIN, "Vladimir Putin")
          .mention(RUSSIA, "Russia")
          .mention(KIM, "Kim Jong Un")
          .relation(new Relation(Relation.HOLDS_POSITION, VLADIMIR_PUTIN.id(), RUSSIA.id(), 0.9, new Evidence(0, 0, 34),
              new Span(10, 24), new Span(28, 34), new Role("President", "president", false), "title-of-place"))
          .event(meeting("met", 0, 35, 38, null, "2024-06",
              new Event.UnnamedParticipant("participant", "his aides", new Evidence(0, 55, 64))))
          .build();
  private static final DocumentExtraction THANKS_EDITED =
      document("b-thanks", "President Vladimir Putin of Russia thanked Kim Jong Un.")
          .mention(VLADIMIR_PUTIN, "Vladimir Putin")
          .mention(RUSSIA, "Russia")
          .mention(KIM, "Kim Jong Un")
          .build();
  private static final DocumentExtraction SHORT =
      document("c-short", "Putin spoke to Kim Jong Un.").mention(PUTIN, "Putin").mention(KIM, "Kim Jong Un").build();

  private final TestNeo4j server;
  private final Driver driver;
  private final GraphWriter writer;

  BatchWriterTest(TestNeo4j server) {
    this.server = server;
    this.driver = server.driver();
    this.writer = new GraphWriter(driver);
  }

  @Test
  void shouldBuildTheGraphTheWriterBuildsDocumentByDocument() {
    // given the graph the writer builds
    String expected = writtenOneByOne(TALKS, THANKS, SHORT);

    // when the same documents are written as one batch
    BatchWriter.Report report = TestBatches.write(driver, List.of(TALKS, THANKS, SHORT));

    // then
    assertThat(export()).isEqualTo(expected).contains("person:vladimir-putin", "\"MEETING\"", "HOLDS_POSITION", "We are friends,")
        .contains("\"unnamedParticipants\":[\"participant: his aides\"]", "\"unnamed\":[\"participant|his aides|0:55:64\"]");
    assertThat(report.replaced()).isEmpty();
    assertThat(report.stages()).containsOnlyKeys(BatchStage.values());
  }

  @Test
  void shouldCallFormerOnlyTheTitleTheTextGivesAsFormerInABatch() {
    // given an article where Putin is Russia's former prime minister and its current president, and
    // the graph the writer builds of it
    String text = "Vladimir Putin, formerly Russia's Prime Minister, is its President.";
    Relation prime = new Relation(Relation.HOLDS_POSITION, VLADIMIR_PUTIN.id(), RUSSIA.id(), 0.9, new Evidence(0, 0, 48),
        new Span(0, 14), new Span(25, 31), new Role("Prime Minister", "prime minister", true), "appositive-title");
    Relation president = new Relation(Relation.HOLDS_POSITION, VLADIMIR_PUTIN.id(), RUSSIA.id(), 0.9,
        new Evidence(0, 0, 66), new Span(0, 14), new Span(25, 31), new Role("President", "president", false),
        "copula-title");
    DocumentExtraction article = document("d-terms", text)
        .mention(VLADIMIR_PUTIN, "Vladimir Putin").mention(RUSSIA, "Russia").relation(prime).relation(president).build();
    String expected = writtenOneByOne(article);

    // when it is written as a batch, whose relation stage adds its sentences to the edge's tally
    TestBatches.write(driver, List.of(article));

    // then
    assertThat(export()).isEqualTo(expected);
    Map<String, Object> edge = driver.session()
        .run("MATCH (:Person)-[r:HOLDS_POSITION]->(:Location) RETURN r").single().get("r").asMap();
    assertThat(edge)
        .containsEntry("titles", List.of("President", "Prime Minister"))
        .containsEntry("formerTitles", List.of("Prime Minister"))
        .containsEntry("normalizedTitles", List.of("president", "prime minister"))
        .containsEntry("formerNormalizedTitles", List.of("prime minister"))
        .containsEntry("current", true)
        .containsEntry("tallyTitleSentences", List.of(1L, 1L))
        .containsEntry("tallyTitleFormerSentences", List.of(0L, 1L));
  }

  @Test
  void shouldResolveTheStoredDocumentsABatchDecidesOtherwise() {
    // given the writer's graph, and one holding the short name alone
    String expected = writtenOneByOne(TALKS, THANKS, SHORT);
    writer.write(SHORT);

    // when the full names come in a batch
    BatchWriter.Report report = TestBatches.write(driver, List.of(TALKS, THANKS));

    // then the stored document's Putin is Vladimir Putin
    assertThat(report.resolvedAgain()).containsExactly("c-short");
    assertThat(export()).isEqualTo(expected);
  }

  @Test
  void shouldNameAStoredEventsParticipantByTheNameABatchGivesHim() {
    // given the writer's graph, and one holding the talks alone, where the meeting gives the only
    // spelling of Kim's name, "Kim Jong-un"
    Entity hyphenated = person(KIM.id(), "Kim Jong-un");
    DocumentExtraction talks =
        document("a-talks", "Vladimir Putin met Kim Jong-un in Pyongyang.")
            .mention(VLADIMIR_PUTIN, "Vladimir Putin")
            .mention(hyphenated, "Kim Jong-un")
            .mention(PYONGYANG, "Pyongyang")
            .event(meeting("met", 0, 15, 18, PYONGYANG.id(), "2024-06-19"))
            .build();
    String expected = writtenOneByOne(talks, SHORT);
    writer.write(talks);

    // when a batch spells it "Kim Jong Un" in a document of its own, which makes that his corpus name
    TestBatches.write(driver, List.of(SHORT));

    // then the stored meeting names him by it
    assertThat(export())
        .isEqualTo(expected)
        .contains("\"summary\":\"MEETING agent: Vladimir Putin; participant: Kim Jong Un; place: Pyongyang\"")
        .doesNotContain("participant: Kim Jong-un");
  }

  @Test
  void shouldReplaceTheStoredDocumentsOfABatch() {
    // given the writer's graph where a document is edited, and one holding its first version
    String expected = writtenOneByOne(TALKS, THANKS, THANKS_EDITED, SHORT);
    writer.write(TALKS);
    writer.write(THANKS);

    // when a batch brings the edited version
    BatchWriter.Report report = TestBatches.write(driver, List.of(THANKS_EDITED, SHORT));

    // then
    assertThat(report.replaced()).containsExactly("b-thanks");
    assertThat(export()).isEqualTo(expected);
  }

  @Test
  void shouldWriteNothingNewWhenEachTransactionRunsTwice() {
    // given
    String expected = writtenOneByOne(TALKS, THANKS, SHORT);
    List<DocumentExtraction> batch = List.of(TALKS, THANKS, SHORT);

    // when every transaction of every stage is run again after it committed, as a retried task runs it
    TestBatches.write(driver, batch, (rows, partitions) -> twice(new LocalStages(driver, rows, partitions, 2, false)));

    // then counts, tallies and co-occurrences are counted once
    assertThat(export()).isEqualTo(expected);
  }

  @Test
  void shouldWriteConcurrentPartitionsThatShareAPopularEntity() {
    // given forty documents that all name Vladimir Putin, each with two of six others in varying order
    List<Entity> others = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      others.add(person("person:envoy-" + (char) ('a' + i), "Envoy " + (char) ('A' + i)));
    }
    List<DocumentExtraction> batch = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Entity first = others.get(i % 6);
      Entity second = others.get((i * 5 + 1) % 6 == i % 6 ? (i + 1) % 6 : (i * 5 + 1) % 6);
      String text = first.name() + " and " + second.name() + " met Vladimir Putin.";
      batch.add(document(String.format("doc-%02d", i), text)
          .mention(first, first.name())
          .mention(second, second.name())
          .mention(VLADIMIR_PUTIN, "Vladimir Putin")
          .build());
    }
    String expected = writtenOneByOne(batch.toArray(DocumentExtraction[]::new));

    // when four writers write it at once, three documents or keys a transaction
    TestBatches.write(driver, batch, (rows, partitions) -> new LocalStages(driver, rows, 4, 3, true));

    // then no writer waited forever on another, and the graph is the writer's
    assertThat(export()).isEqualTo(expected).contains("\"mentionCount\":40");
  }

  @Test
  void shouldFinishABatchThatFailedPartWayWhenTheSameDocumentsComeAgain() {
    // given the graph a batch makes uninterrupted over stored documents it replaces and resolves again,
    // and how many transactions it takes
    List<DocumentExtraction> batch = List.of(TALKS, THANKS_EDITED);
    storeBeforeBatch();
    List<LocalStages> counted = new ArrayList<>();
    TestBatches.write(driver, batch, (rows, partitions) -> add(counted, new LocalStages(driver, rows, partitions, 2, false)));
    String expected = export();
    int steps = counted.get(0).steps();
    assertThat(steps).isGreaterThan(BatchStage.values().length);

    for (int failAt = 0; failAt < steps; failAt++) {
      server.empty();
      storeBeforeBatch();
      int at = failAt;

      // when the graph goes away at that transaction
      assertThatThrownBy(
              () -> TestBatches.write(driver, batch, (rows, partitions) -> LocalStages.failingAfter(driver, rows, partitions, at)))
          .as("failing at transaction %d of %d", at, steps)
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessageStartingWith(LocalStages.LOST + "; the graph holds the unfinished Spark batch batch-")
          .hasMessageEndingWith(": run the same kg ingest --spark command again to finish it");

      // then the graph holds the unfinished batch, refuses a plain writer, and the same batch run again finishes it
      PendingBatch pending = new BatchWriter(driver).pending().orElseThrow();
      assertThat(pending.documents()).isEqualTo(2);
      assertThatThrownBy(() -> writer.write(TALKS))
          .isInstanceOf(HeldGraphException.class)
          .hasMessage("the graph is held by Spark batch " + pending.id() + " (2 document(s), started " + pending.started()
              + "): wait for it to end, or, if its run died, run the same kg ingest --spark command again to finish it");
      BatchWriter.Report report = TestBatches.write(driver, batch);
      assertThat(report.replaced()).as("failing at transaction %d", at).containsExactly("b-thanks");
      assertThat(export()).as("failing at transaction %d of %d", at, steps).isEqualTo(expected);
    }
  }

  @Test
  void shouldRefuseEveryOtherWriterWhileABatchIsUnfinished() {
    // given a batch that failed part way
    List<DocumentExtraction> batch = List.of(TALKS, THANKS);
    assertThatThrownBy(() -> TestBatches.write(driver, batch, (rows, partitions) -> LocalStages.failingAfter(driver, rows, partitions, 3)))
        .isInstanceOf(GraphUnavailableException.class);
    PendingBatch pending = new BatchWriter(driver).pending().orElseThrow();
    String held = "the graph is held by Spark batch " + pending.id() + " (2 document(s), started " + pending.started() + ")";

    // when other writers come, then each is refused with the batch's name and how to finish it
    assertThatThrownBy(() -> TestBatches.write(driver, List.of(SHORT)))
        .isInstanceOf(HeldGraphException.class)
        .hasMessage(held + " of other documents than this run's 1: run the command that started it again, with the same inputs, to finish it first");
    String howToFinish = held + ": wait for it to end, or, if its run died, run the same kg ingest --spark command again to finish it";
    assertThatThrownBy(writer::requireFree).isInstanceOf(HeldGraphException.class).hasMessage(howToFinish);
    assertThatThrownBy(() -> writer.remove("a-talks")).isInstanceOf(HeldGraphException.class).hasMessage(howToFinish);
    assertThatThrownBy(() -> new Curation(driver).record(seq -> CurationRule.rename(seq, VLADIMIR_PUTIN.id(), "Volodya")))
        .isInstanceOf(HeldGraphException.class)
        .hasMessage(howToFinish);
    assertThat(export()).contains("PendingBatch");

    // and once the batch is finished, the graph is free and holds no record of it
    TestBatches.write(driver, batch);
    writer.requireFree();
    assertThat(export()).doesNotContain("PendingBatch", "WriteBatch");
  }

  @Test
  void shouldRefuseToFinishABatchWhoseDocumentsThisRunAnalysedOtherwise() {
    // given a batch of two documents, both analysed, that failed part way
    List<DocumentExtraction> batch = List.of(TALKS, THANKS);
    assertThatThrownBy(() -> TestBatches.write(driver, batch, (rows, partitions) -> LocalStages.failingAfter(driver, rows, partitions, 3)))
        .isInstanceOf(GraphUnavailableException.class);
    PendingBatch pending = new BatchWriter(driver).pending().orElseThrow();

    // when a run of the same documents could analyse only one of them, then it is refused before writing
    SortedMap<String, String> documents = new TreeMap<>(Map.of("a-talks", TALKS.document().sha256(), "b-thanks", THANKS.document().sha256()));
    assertThatThrownBy(() -> new BatchWriter(driver).open(documents, List.of("a-talks"), 2, Map::of))
        .isInstanceOf(HeldGraphException.class)
        .hasMessage("the graph is held by Spark batch " + pending.id() + " (2 document(s), started " + pending.started()
            + "), whose documents this run analysed otherwise: b-thanks (then) failed in one run and not the other: "
            + "run the same command again, with the executors' memory it needs");
  }

  private void storeBeforeBatch() {
    writer.write(SHORT);
    writer.write(THANKS);
  }

  private static <T> T add(List<T> list, T element) {
    list.add(element);
    return element;
  }

  private static Event meeting(
      String trigger, int sentence, int start, int end, String placeId, String date, Event.UnnamedParticipant... unnamed) {
    return new Event(
        "MEETING",
        trigger,
        List.of(new Event.Participant(VLADIMIR_PUTIN.id(), "agent"), new Event.Participant(KIM.id(), "participant")),
        List.of(unnamed),
        placeId,
        date,
        date,
        "MEETING agent: Vladimir Putin; participant: Kim Jong Un",
        0.8,
        List.of(new Evidence(sentence, start, end)),
        false);
  }

  /** {@code stages} with every transaction of every stage run a second time after it committed. */
  private static BatchWriter.Stages twice(BatchWriter.Stages stages) {
    return new BatchWriter.Stages() {
      @Override
      public void run(BatchStage stage, String batchIds) {
        stages.run(stage, batchIds);
        stages.run(stage, batchIds);
      }

      @Override
      public Collection<BatchPart> eventReports() {
        return stages.eventReports();
      }
    };
  }

  /** The export of the graph {@link GraphWriter} makes of {@code documents}, in that order; the graph is emptied after. */
  private String writtenOneByOne(DocumentExtraction... documents) {
    for (DocumentExtraction document : documents) {
      writer.write(document);
    }
    String export = export();
    server.empty();
    return export;
  }

  private String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(driver).export(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
