package dev.kg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.export.GraphExporter;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Event;
import dev.kg.extract.Evidence;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.graph.BatchIdentity;
import dev.kg.graph.BatchStage;
import dev.kg.graph.BatchWriter;
import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.GraphWriter;
import dev.kg.graph.PendingBatch;
import dev.kg.graph.TestNeo4j;
import dev.kg.ingest.SourceDocument;
import dev.kg.layers.UsesNeo4j;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.NameTable;
import dev.kg.resolve.NameUse;
import dev.kg.resolve.Resolver.Decision;
import dev.kg.server.Neo4jConnection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spark's executors writing a batch ({@code local[2]}, hand-built extractions, no CoreNLP) against
 * kg's writer writing the same documents one at a time: the same export, with the executors
 * connected over Bolt as the driver is, two partitions of documents sharing a popular entity.
 */
@UsesNeo4j
class ExecutorWritesTest {

  private static final Entity PUTIN = person("person:vladimir-putin", "Vladimir Putin");
  private static final Entity SHORT_PUTIN = person("person:putin", "Putin");
  private static final Entity RIGA = new Entity("location:riga", EntityType.LOCATION, LocationKind.CITY, "Riga", List.of("Riga"));

  private static LocalSpark local;
  private static TestNeo4j server;
  private static JavaSparkContext spark;

  @BeforeAll
  static void start() {
    local = LocalSpark.start();
    server = local.server();
    spark = local.spark();
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  @BeforeEach
  void empty() {
    server.empty();
  }

  @Test
  void shouldWriteFromTheExecutorsTheGraphTheWriterWritesDocumentByDocument() {
    // given twelve documents that all name Vladimir Putin, the first by surname alone, and the
    // graph kg's writer makes of them
    List<DocumentExtraction> batch = batch();
    String expected = writtenOneByOne(batch);

    // when the executors write the batch, decided at once
    try (Neo4jConnection connection = server.connect()) {
      ExecutorWrites.Written written = write(connection, batch, UnaryOperator.identity());

      // then
      assertThat(written.ids()).hasSize(12);
      assertThat(written.report().replaced()).isEmpty();
      assertThat(written.resumed()).isFalse();
    }
    assertThat(export()).isEqualTo(expected).contains("\"documentCount\":12").contains("MEETING")
        .contains("\"unnamedParticipants\":[\"agent: his aides\"]");
  }

  @Test
  void shouldFinishABatchWhoseRunFailedAfterAStageWroteItsCounts() {
    // given the writer's graph of the twelve documents
    List<DocumentExtraction> batch = batch();
    String expected = writtenOneByOne(batch);

    try (Neo4jConnection connection = server.connect()) {
      // when a run loses the graph after the executors wrote the entity tallies, before the driver noted the stage done
      assertThatThrownBy(() -> write(connection, batch, new LostAfter(BatchStage.ENTITIES)))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessageStartingWith("lost the connection to Neo4j: injected after ENTITIES; the graph holds the unfinished Spark batch ");
      PendingBatch pending = new BatchWriter(connection.driver()).pending().orElseThrow();
      assertThat(pending.done()).containsExactly("OPENED", "REPLACED", "ENTITY_NODES", "NAME_NODES", "DOCUMENTS", "NAMES");

      // then the same documents written again finish the batch, counting no tally twice
      ExecutorWrites.Written written = write(connection, batch, UnaryOperator.identity());
      assertThat(written.resumed()).isTrue();
      assertThat(written.report().stages()).doesNotContainKeys(BatchStage.ENTITY_NODES, BatchStage.DOCUMENTS);
    }
    assertThat(export()).isEqualTo(expected);
  }

  @Test
  void shouldFinishABatchWhoseExecutorsCouldNotReachTheGraph() {
    // given the writer's graph of the twelve documents
    List<DocumentExtraction> batch = batch();
    String expected = writtenOneByOne(batch);

    try (Neo4jConnection connection = server.connect()) {
      // when the executors find no server where the driver's is, and their tasks fail
      BoltTarget nowhere = new BoltTarget("bolt://127.0.0.1:1", null, null);
      assertThatThrownBy(() -> write(connection, batch, nowhere, UnaryOperator.identity()))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessageStartingWith("cannot reach Neo4j at bolt://127.0.0.1:1")
          .hasMessageContaining("; the graph holds the unfinished Spark batch ")
          .hasMessageEndingWith(": run the same kg ingest --spark command again to finish it");

      // then the same documents written again, the server in reach, finish the batch
      assertThat(write(connection, batch, UnaryOperator.identity()).resumed()).isTrue();
    }
    assertThat(export()).isEqualTo(expected);
  }

  /** Twelve documents that all name Vladimir Putin, the first by surname alone. */
  private static List<DocumentExtraction> batch() {
    List<DocumentExtraction> batch = new ArrayList<>();
    batch.add(document("doc-00", "Putin and his aides visited Riga in June 2024.", SHORT_PUTIN, "Putin"));
    for (int i = 1; i < 12; i++) {
      Entity envoy = person("person:envoy-" + (char) ('a' + i % 4), "Envoy " + (char) ('A' + i % 4));
      batch.add(document(String.format("doc-%02d", i), envoy.name() + " met Vladimir Putin in Riga in June 2024.", envoy, envoy.name()));
    }
    return batch;
  }

  /** The export of the graph kg's writer makes of {@code batch}; the graph is emptied after. */
  private static String writtenOneByOne(List<DocumentExtraction> batch) {
    GraphWriter writer = new GraphWriter(server.driver());
    batch.forEach(writer::write);
    String expected = export();
    server.empty();
    return expected;
  }

  /** Opens the batch (or finds it unfinished), maps each document by its decisions, and writes it from the executors. */
  private static ExecutorWrites.Written write(
      Neo4jConnection connection, List<DocumentExtraction> batch, UnaryOperator<BatchWriter.Stages> stages) {
    return write(connection, batch, BoltTarget.of(connection), stages);
  }

  /** As {@link #write(Neo4jConnection, List, UnaryOperator)}, the executors connecting to {@code target}. */
  private static ExecutorWrites.Written write(
      Neo4jConnection connection, List<DocumentExtraction> batch, BoltTarget target, UnaryOperator<BatchWriter.Stages> stages) {
    SortedMap<String, String> documents = new TreeMap<>();
    batch.forEach(local -> documents.put(local.document().id(), local.document().sha256()));
    BatchWriter.Batch opened =
        new BatchWriter(connection.driver()).open(documents, documents.keySet(), spark.defaultParallelism(), () -> decide(connection, batch));
    List<Shipped.Analysed> shipped = batch.stream().map(local -> Shipped.Analysed.of(local, 0).resolved(opened.decisions())).toList();
    return new ExecutorWrites(connection.driver(), target, stages).write(spark, spark.parallelize(shipped, 2), opened);
  }

  private static Map<String, Decision> decide(Neo4jConnection connection, List<DocumentExtraction> batch) {
    List<NameUse> uses = new ArrayList<>();
    batch.forEach(local -> uses.addAll(DocumentNames.of(local).uses().values()));
    return new BatchIdentity(connection.driver())
        .decide(NameTable.of(uses), batch.stream().map(local -> local.document().id()).toList());
  }

  /**
   * A one-sentence document: {@code first} named at the start, then Vladimir Putin if named, then Riga, and a
   * meeting or visit, with "his aides" as unnamed agents where the text says so.
   */
  private static DocumentExtraction document(String id, String text, Entity first, String firstWords) {
    SourceDocument source = new SourceDocument(id, "A title", null, "2024-06-19", null, id + ".txt", text, "sha-" + id + text.length());
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>(List.of(first, RIGA));
    mentions.add(new Mention(first.id(), 0, firstWords.length(), 0, firstWords, "PERSON"));
    int putin = text.indexOf("Vladimir Putin");
    List<Event.Participant> participants = new ArrayList<>(List.of(new Event.Participant(first.id(), "agent")));
    if (putin >= 0) {
      entities.add(PUTIN);
      mentions.add(new Mention(PUTIN.id(), putin, putin + 14, 0, "Vladimir Putin", "PERSON"));
      participants.add(new Event.Participant(PUTIN.id(), "participant"));
    }
    int riga = text.indexOf("Riga");
    mentions.add(new Mention(RIGA.id(), riga, riga + 4, 0, "Riga", "CITY"));
    int trigger = text.indexOf(putin >= 0 ? "met" : "visited");
    int aides = text.indexOf("his aides");
    List<Event.UnnamedParticipant> unnamed = aides < 0
        ? List.of()
        : List.of(new Event.UnnamedParticipant("agent", "his aides", new Evidence(0, aides, aides + 9)));
    Event event =
        new Event(
            putin >= 0 ? "MEETING" : "VISIT",
            putin >= 0 ? "met" : "visited",
            participants,
            unnamed,
            RIGA.id(),
            "2024-06",
            "June 2024",
            "an event in Riga",
            0.8,
            List.of(new Evidence(0, trigger, trigger + 3)),
            false);
    return new DocumentExtraction(source, List.of(new Span(0, text.length())), entities, mentions, List.of(), List.of(), List.of(event));
  }

  private static Entity person(String id, String name) {
    return new Entity(id, EntityType.PERSON, null, name, List.of(name));
  }

  private static String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(server.driver()).export(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
