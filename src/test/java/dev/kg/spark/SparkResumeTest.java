package dev.kg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.export.GraphExporter;
import dev.kg.graph.BatchStage;
import dev.kg.graph.BatchWriter;
import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.GraphWriter;
import dev.kg.graph.HeldGraphException;
import dev.kg.graph.PendingBatch;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spark run ({@code local[2]}, the real CoreNLP pipeline) that loses the graph part way, and the
 * same run again: it analyses the batch's documents again though the graph holds them, reads back
 * the batch's decisions, and ends with the export of a run that never failed, property for property.
 */
@UsesNeo4j
@UsesCoreNlp
class SparkResumeTest {

  private static LocalSpark local;

  @TempDir Path articles;

  @BeforeAll
  static void start() {
    local = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  @Test
  void shouldFinishABatchWhoseRunLostTheGraphWhenTheSameInputsComeAgain() throws Exception {
    // given three articles where the last names in full whom the first names by surname, and the
    // graph a Spark run that never fails makes of them
    List<String> inputs =
        List.of(
            article("1-talks.txt", "Petrova met Jonas Berg in Riga on Tuesday. She said the talks were useful."),
            article("2-oslo.txt", "Jonas Berg, the foreign minister of Latvia, flew to Oslo on Wednesday."),
            article("3-petrova.txt", "Elena Petrova, the president of Latvia, met Jonas Berg in Oslo on 12 June 2024."));
    run(inputs, UnaryOperator.identity()).close();
    String expected = export();
    local.server().empty();

    // when a run loses the graph after the entity tallies were written
    assertThatThrownBy(() -> run(inputs, new LostAfter(BatchStage.ENTITIES)))
        .isInstanceOf(GraphUnavailableException.class)
        .hasMessageEndingWith(": run the same kg ingest --spark command again to finish it");
    PendingBatch pending = new BatchWriter(local.server().driver()).pending().orElseThrow();
    assertThatThrownBy(() -> run(inputs.subList(0, 2), UnaryOperator.identity()))
        .isInstanceOf(HeldGraphException.class)
        .hasMessageContaining(pending.id() + " (3 document(s), started ")
        .hasMessageContaining("of other documents than this run's 2");

    // then the same inputs again finish the batch, analysing the documents the graph holds unfinished
    try (AnalysedInputs again = run(inputs, UnaryOperator.identity())) {
      assertThat(again.analysedDocuments()).isEqualTo(3);
      // the stage that failed runs again, writing nothing new; the stages before it are done
      assertThat(again.writes()).startsWith("finishing the batch an earlier run left unfinished: entities ");
    }
    assertThat(new BatchWriter(local.server().driver()).pending()).isEmpty();
    assertThat(export()).isEqualTo(expected).contains("person:elena-petrova");
  }

  private AnalysedInputs run(List<String> inputs, UnaryOperator<BatchWriter.Stages> stages) {
    try (Neo4jConnection connection = local.server().connect()) {
      GraphWriter graph = new GraphWriter(connection.driver());
      return new SparkIngest(local.spark(), stages).analyse(inputs, 200_000, (id, sha256) -> !graph.isStored(id, sha256), connection);
    }
  }

  private String article(String name, String text) throws Exception {
    return Files.writeString(articles.resolve(name), text + "\n").toString();
  }

  private static String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(local.server().driver()).export(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
