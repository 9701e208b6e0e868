package dev.kg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.graph.BatchWriter;
import dev.kg.graph.DocumentWriter;
import dev.kg.graph.WriteMode;
import dev.kg.graph.WriteOutcome;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** What the driver makes of the inputs executors send back, without Spark running. */
class AnalysedInputsTest {

  @Test
  void shouldHandOutInputsInOrderAndTheExtractionAnExecutorMade() {
    // given an extraction as an executor ships it, between a failed input and a document not analysed
    DocumentExtraction extraction = extraction("oslo", "Jonas Berg flew to Oslo. He met Marta Lind.");
    SourceDocument unchanged = extraction("riga", "Marta Lind visited Riga.").document();
    AnalysedInputs analysed =
        inputs(
            new Shipped.Failed("missing.txt", "no such file or directory"),
            Shipped.Analysed.of(extraction, 5),
            Shipped.of(new ReadResult.Read(unchanged)));

    // when
    List<ReadResult> results = analysed.results().toList();

    // then
    assertThat(results)
        .containsExactly(
            new ReadResult.Failed(new InputProblem("missing.txt", "no such file or directory")),
            new ReadResult.Read(extraction.document()),
            new ReadResult.Read(unchanged));
    assertThat(analysed.analyze(((ReadResult.Read) results.get(1)).document())).isEqualTo(extraction);
    assertThatThrownBy(() -> analysed.analyze(((ReadResult.Read) results.get(2)).document()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("not analysed on Spark");
  }

  @Test
  void shouldReportTheDocumentsTheExecutorsWroteAndAskTheGraphAboutTheRest() {
    // given a batch whose executors wrote "oslo", which replaced a stored version, and "bergen"
    DocumentExtraction oslo = extraction("oslo", "Jonas Berg flew to Oslo.");
    DocumentExtraction bergen = extraction("bergen", "Jonas Berg flew to Bergen.");
    DocumentExtraction riga = extraction("riga", "Jonas Berg flew to Riga.");
    List<String> asked = new ArrayList<>();
    DocumentWriter graph =
        new DocumentWriter() {
          @Override
          public boolean isStored(String documentId, String sha256) {
            asked.add(documentId);
            return true;
          }

          @Override
          public WriteOutcome write(DocumentExtraction extraction, WriteMode mode) {
            asked.add(extraction.document().id());
            return WriteOutcome.UNCHANGED;
          }
        };
    BatchWriter.Report report =
        new BatchWriter.Report(List.of("oslo"), Map.of(), Duration.ofSeconds(1), List.of());
    DocumentWriter writer =
        inputs(new ExecutorWrites.Written(Set.of("oslo", "bergen"), report, false)).writer(graph);

    // when / then
    assertThat(writer.isStored("oslo", oslo.document().sha256())).isFalse();
    assertThat(writer.write(oslo, WriteMode.REFUSE_EDITED)).isEqualTo(WriteOutcome.REPLACED);
    assertThat(writer.write(bergen, WriteMode.REFUSE_EDITED)).isEqualTo(WriteOutcome.CREATED);
    assertThat(writer.isStored("riga", riga.document().sha256())).isTrue();
    assertThat(writer.write(riga, WriteMode.REFUSE_EDITED)).isEqualTo(WriteOutcome.UNCHANGED);
    assertThat(asked).containsExactly("riga", "riga");
  }

  @Test
  void shouldRaiseAgainWhatTheExecutorsAnalysisMet() {
    // given
    SourceDocument failing = extraction("a", "Jonas Berg flew to Oslo.").document();
    SourceDocument tooLarge = extraction("b", "Marta Lind visited Riga.").document();
    AnalysedInputs analysed =
        inputs(
            new Shipped.AnalysisFailed(json(failing), "parser gave up\nat line 2", false, 3),
            new Shipped.AnalysisFailed(json(tooLarge), "Java heap space", true, 4));
    List<SourceDocument> documents =
        analysed.results().map(result -> ((ReadResult.Read) result).document()).toList();

    // then
    assertThat(documents).containsExactly(failing, tooLarge);
    assertThatThrownBy(() -> analysed.analyze(documents.get(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("parser gave up\nat line 2");
    assertThatThrownBy(() -> analysed.analyze(documents.get(1))).isInstanceOf(OutOfMemoryError.class);
  }

  private static AnalysedInputs inputs(Shipped... shipped) {
    return inputs(ExecutorWrites.Written.NONE, shipped);
  }

  private static AnalysedInputs inputs(ExecutorWrites.Written written, Shipped... shipped) {
    List<Tuple2<Long, Shipped>> ordered =
        IntStream.range(0, shipped.length).mapToObj(i -> new Tuple2<>((long) i, shipped[i])).toList();
    AnalysisPlan plan = new AnalysisPlan(new long[] {1}, Map.of());
    return new AnalysedInputs(
        ordered.iterator(), plan, shipped.length, Duration.ZERO, Duration.ZERO, 2, Map.of(), Duration.ZERO, written,
        () -> {});
  }

  private static String json(SourceDocument document) {
    return ((Shipped.Read) Shipped.of(new ReadResult.Read(document))).document();
  }

  private static DocumentExtraction extraction(String id, String text) {
    SourceDocument document = new SourceDocument(id, "A title", null, "2024-06-19", null, id + ".txt", text, "ab" + id);
    Entity berg = new Entity("person:jonas-berg", EntityType.PERSON, null, "Jonas Berg", List.of("Jonas Berg"));
    Entity oslo = new Entity("location:oslo", EntityType.LOCATION, LocationKind.CITY, "Oslo", List.of("Oslo"));
    return new DocumentExtraction(
        document,
        List.of(new Span(0, text.length())),
        List.of(berg, oslo),
        List.of(new Mention(berg.id(), 0, 10, 0, "Jonas Berg", "PERSON"), new Mention(oslo.id(), 19, 23, 0, "Oslo", "CITY")));
  }
}
