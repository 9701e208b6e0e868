package dev.kg.pipeline;

import static dev.kg.testing.Latches.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.extract.DocumentAnalyzer;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.graph.BatchWriter;
import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.GraphWriter;
import dev.kg.graph.Neo4jExtension;
import dev.kg.graph.Schema;
import dev.kg.graph.WriteOutcome;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.EmbeddedNeo4j;
import dev.kg.server.Neo4jConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** The pipeline's orchestration, with a stand-in analyzer so no CoreNLP model is needed. */
@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class IngestPipelineTest {

  private final Driver driver;
  private final AtomicInteger analyzed = new AtomicInteger();
  private final List<String> events = new ArrayList<>();

  IngestPipelineTest(Driver driver) {
    this.driver = driver;
  }

  @Test
  void shouldWriteEveryGoodDocumentInInputOrderAndReportTheRest() {
    // given
    Stream<ReadResult> inputs =
        Stream.of(
            read("a", "Anna Berg spoke."),
            new ReadResult.Failed(new InputProblem("b.txt", "empty document")),
            read("c", "FAIL here: Carl Dahl spoke."),
            read("d", "Dora Eng spoke."));

    // when
    IngestReport report = pipeline(2).run(inputs);

    // then
    assertThat(report.count(WriteOutcome.CREATED)).isEqualTo(2);
    assertThat(report.problems())
        .extracting(InputProblem::toString)
        .containsExactly("b.txt: empty document", "c.txt: annotation failed: analyzer refused c");
    assertThat(events).containsExactly("a CREATED", "problem b.txt", "problem c.txt", "d CREATED");
    assertThat(count("MATCH (d:Document) RETURN count(d)")).isEqualTo(2);
    assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
  }

  @Test
  void shouldRefuseAnEditedDocumentAnotherWriterStoredWhileItWasAnalysed() {
    // given a pipeline that refuses edited documents, and another writer that stores "a" with other
    // content after the pipeline's reading found no "a" in the graph
    DocumentAnalyzer racing =
        document -> {
          DocumentExtraction extraction = analyze(document);
          new GraphWriter(driver).write(analyze(((ReadResult.Read) read("a", "Anna Berg wrote.")).document()));
          return extraction;
        };
    IngestPipeline pipeline =
        new IngestPipeline(racing, new GraphWriter(driver), 1, IngestListener.SILENT, System::nanoTime)
            .refusingEdited(new EditedDocuments(driver, "--replace replaces it"));

    // when
    IngestReport report = pipeline.run(Stream.of(read("a", "Anna Berg spoke.")));

    // then the write decided under the graph's lock: the other writer's version stands
    assertThat(report.count(WriteOutcome.CREATED)).isZero();
    assertThat(report.problems())
        .extracting(InputProblem::toString)
        .containsExactly("a.txt: document 'a' is already in the graph with other content; --replace replaces it");
    assertThat(count("MATCH (d:Document {id: 'a'}) WHERE d.text = 'Anna Berg wrote.' RETURN count(d)")).isEqualTo(1);
  }

  @Test
  void shouldNotAnnotateDocumentsTheGraphAlreadyHolds() {
    // given
    pipeline(2).run(Stream.of(read("a", "Anna Berg spoke."), read("d", "Dora Eng spoke.")));
    int analyzedBefore = analyzed.get();

    // when
    IngestReport again = pipeline(2).run(Stream.of(read("a", "Anna Berg spoke."), read("d", "Dora Eng spoke.")));

    // then
    assertThat(analyzed.get()).isEqualTo(analyzedBefore);
    assertThat(again.count(WriteOutcome.UNCHANGED)).isEqualTo(2);
    assertThat(again.words()).isZero();
  }

  @Test
  void shouldCountTheWordsItAnnotated() {
    IngestReport report = pipeline(1).run(Stream.of(read("a", "Anna Berg spoke today.")));

    assertThat(report.words()).isEqualTo(4);
    assertThat(report.documents()).isEqualTo(1);
  }

  @Test
  void shouldEndTheRunInOneLineWhenTheServerGoesAwayAndLeaveNoDocumentInPart(@TempDir Path store) {
    // given a server of its own that stops once b is written, while c is being annotated
    CountDownLatch bWritten = new CountDownLatch(1);
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store));
    IngestPipeline pipeline;
    try (Neo4jConnection connection = neo4j.connect()) {
      Schema.load().apply(connection.driver());
      IngestListener listener = written("b", bWritten);
      DocumentAnalyzer stopsTheServer =
          document -> {
            if (document.id().equals("c")) {
              await(bWritten);
              neo4j.close();
            }
            return analyze(document);
          };
      pipeline = new IngestPipeline(stopsTheServer, new GraphWriter(connection.driver()), 1, listener, System::nanoTime);

      // when
      Stream<ReadResult> inputs =
          Stream.of(read("a", "Anna Berg spoke."), read("b", "Bo Carlsson spoke."), read("c", "Carl Dahl spoke."));

      // then
      assertThatThrownBy(() -> pipeline.run(inputs))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessageStartingWith("lost the connection to Neo4j: ")
          .hasMessageEndingWith(
              "; the 2 document(s) settled before it are complete and none was written in part: "
                  + "run the same command again to write the rest")
          .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
    }
    try (EmbeddedNeo4j again = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store));
        Neo4jConnection connection = again.connect();
        Session session = connection.driver().session()) {
      assertThat(session.run("MATCH (d:Document) RETURN d.id AS id ORDER BY id").list(row -> row.get("id").asString()))
          .containsExactly("a", "b");
      assertThat(session.run("MATCH (n) WHERE n.id STARTS WITH 'c' OR n.name = 'Carl Dahl' RETURN count(n)").single().get(0).asLong())
          .isZero();
    }
  }

  @Test
  void shouldStopWithOneLineWhenASparkBatchBeginsToHoldTheGraph() {
    // given an analyzer during whose third document, once the second is written, a Spark batch
    // opens, which then holds the graph
    CountDownLatch bWritten = new CountDownLatch(1);
    IngestListener listener = written("b", bWritten);
    DocumentAnalyzer batchOpens =
        document -> {
          if (document.id().equals("c")) {
            await(bWritten);
            new BatchWriter(driver).open(new TreeMap<>(Map.of("x", "sha-x")), List.of("x"), 2, Map::of);
          }
          return analyze(document);
        };
    IngestPipeline pipeline = new IngestPipeline(batchOpens, new GraphWriter(driver), 1, listener, System::nanoTime);

    // when / then
    assertThatThrownBy(() -> pipeline.run(Stream.of(read("a", "Anna Berg spoke."), read("b", "Bo Carlsson spoke."),
            read("c", "Carl Dahl spoke."), read("d", "Dora Eng spoke."))))
        .isInstanceOf(GraphUnavailableException.class)
        .hasMessageStartingWith("the graph is held by Spark batch batch-")
        .hasMessageEndingWith(
            "run the same kg ingest --spark command again to finish it; the 2 document(s) settled before it are "
                + "complete and none was written in part: run the same command again to write the rest");
  }

  @Test
  void shouldRefuseToRunWithoutAThread() {
    assertThatThrownBy(() -> pipeline(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need at least one annotation thread, got 0");
  }

  /** A listener that counts {@code latch} down once the document {@code id} is written. */
  private static IngestListener written(String id, CountDownLatch latch) {
    return new IngestListener() {
      @Override
      public void documentDone(SourceDocument document, WriteOutcome outcome) {
        if (document.id().equals(id)) {
          latch.countDown();
        }
      }

      @Override
      public void problem(InputProblem problem) {}
    };
  }

  private IngestPipeline pipeline(int threads) {
    IngestListener listener =
        new IngestListener() {
          @Override
          public void documentDone(SourceDocument document, WriteOutcome outcome) {
            events.add(document.id() + " " + outcome);
          }

          @Override
          public void problem(InputProblem problem) {
            events.add("problem " + problem.origin());
          }
        };
    return new IngestPipeline(this::analyze, new GraphWriter(driver), threads, listener, System::nanoTime);
  }

  /** Stands in for CoreNLP: the first two words of the text are a person's name. */
  private DocumentExtraction analyze(SourceDocument document) {
    analyzed.incrementAndGet();
    if (document.text().startsWith("FAIL")) {
      throw new IllegalStateException("analyzer refused " + document.id());
    }
    String[] words = document.text().split(" ");
    String name = words[0] + " " + words[1];
    String id = "person:" + name.toLowerCase().replace(' ', '-');
    return new DocumentExtraction(
        document,
        List.of(new Span(0, document.text().length())),
        List.of(new Entity(id, EntityType.PERSON, null, name, List.of(name))),
        List.of(new Mention(id, 0, name.length(), 0, name, "PERSON")));
  }

  private static ReadResult read(String id, String text) {
    return new ReadResult.Read(
        new SourceDocument(id, null, null, null, null, id + ".txt", text, Integer.toHexString(text.hashCode())));
  }

  private long count(String cypher) {
    try (Session session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }
}
