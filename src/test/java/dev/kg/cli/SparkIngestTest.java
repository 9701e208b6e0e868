package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg ingest --spark 'local[2]'} against plain {@code kg ingest} on short articles of our own, run
 * through the real CoreNLP pipeline (loaded once for the JVM: local executors share it): the same
 * export, node for node and property for property, in one run and in two, and failed inputs reported
 * as plain ingest reports them while the rest are written.
 */
@UsesNeo4j
@UsesCoreNlp
class SparkIngestTest {

  private static final String MASTER = "local[2]";

  @TempDir Path articles;
  @TempDir Path plain;
  @TempDir Path spark;

  @BeforeAll
  static void quietSpark() {
    // Spark reads spark.* system properties into every context: no web UI or console bar in the suite.
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.ui.showConsoleProgress", "false");
  }

  @Test
  void shouldBuildThePlainIngestGraphInOneRunAndInTwo(@TempDir Path twoRuns) throws Exception {
    // given five articles where a later one names in full whom an earlier one names by surname, in
    // another partition, so one run decides the surname by a document it writes later, and the
    // second of two runs must resolve the first run's documents again
    List<Path> files =
        List.of(
            article("1-talks.txt", "Petrova met Jonas Berg in Riga on Tuesday. She said the talks were useful."),
            article("2-oslo.txt", "Jonas Berg, the foreign minister of Latvia, flew to Oslo on Wednesday."),
            article("3-visit.txt", "Marta Lind welcomed Jonas Berg to Oslo. Berg praised the Nordic Council."),
            article("4-petrova.txt", "Elena Petrova, the president of Latvia, accused the Nordic Council of delays."),
            article("5-deal.txt", "Marta Lind and Elena Petrova signed the trade agreement in Oslo on 12 June 2024."));

    // when
    KgRun plainRun = ingest(plain, files);
    KgRun sparkRun = ingest(spark, files, "--spark", MASTER);
    KgRun first = ingest(twoRuns, files.subList(0, 3), "--spark", MASTER);
    KgRun second = ingest(twoRuns, files.subList(3, 5), "--spark", MASTER);
    KgRun again = ingest(twoRuns, files, "--spark", MASTER);

    // then
    assertThat(List.of(plainRun, sparkRun, first, second, again)).allSatisfy(run -> assertThat(run.exitCode()).as(run.err()).isZero());
    assertThat(sparkRun.out()).contains("Analysed 5 document(s) on 2 core(s)").contains("5 created");
    assertThat(List.of(sparkRun, first, second))
        .allSatisfy(run -> assertThat(run.out()).contains("Checked the batch's identity against the graph in").contains(": they agree."));
    assertThat(second.out()).contains("Analysed 2 document(s)");
    assertThat(again.out()).contains("Analysed 0 document(s)").contains("0 created, 0 replaced, 5 unchanged");
    String expected = export(plain);
    assertThat(expected).contains("person:elena-petrova");
    assertThat(export(spark)).isEqualTo(expected);
    assertThat(export(twoRuns)).isEqualTo(expected);
  }

  @Test
  void shouldReportEachFailedInputAsPlainIngestDoesAndWriteTheRest() throws Exception {
    // given good articles among a missing file, a binary file, a JSONL file with a broken line, and a
    // second a.txt whose id clashes with the first's
    Files.createDirectories(articles.resolve("later"));
    List<Path> inputs =
        List.of(
            article("a.txt", "Jonas Berg met Marta Lind in Oslo on Monday."),
            article("later/a.txt", "Elena Petrova met Jonas Berg in Riga on Friday."),
            articles.resolve("missing.txt"),
            Files.write(articles.resolve("binary.txt"), new byte[] {0, 1, 2, 3}),
            article("feed.jsonl", "{\"id\": \"riga\", \"text\": \"Elena Petrova opened the port of Riga.\"}\n{\"title\": \"no text\"}"),
            article("b.txt", "Marta Lind visited Riga on Friday."));

    // when
    KgRun plainRun = ingest(plain, inputs);
    KgRun sparkRun = ingest(spark, inputs, "--spark", MASTER);

    // then
    assertThat(sparkRun.exitCode()).isEqualTo(Kg.EXIT_INPUT_FAILED);
    assertThat(sparkRun.messages()).hasSize(4).isEqualTo(plainRun.messages());
    assertThat(sparkRun.messages().get(0)).startsWith("kg: " + inputs.get(1) + ": id 'a.txt' is already used by");
    assertThat(sparkRun.messages().get(1)).isEqualTo("kg: " + inputs.get(2) + ": no such file or directory");
    assertThat(sparkRun.out()).contains("3 created").contains("4 input(s) failed");
    assertThat(export(spark)).contains("\"riga\"").isEqualTo(export(plain));
  }

  private Path article(String name, String text) throws Exception {
    return Files.writeString(articles.resolve(name), text + "\n");
  }

  private static KgRun ingest(Path store, List<Path> inputs, String... options) {
    List<String> args = new ArrayList<>(List.of("ingest"));
    inputs.forEach(input -> args.add(input.toString()));
    args.addAll(List.of(options));
    args.addAll(List.of("--store", store.toString()));
    return kg(args.toArray(String[]::new));
  }

  private String export(Path store) throws Exception {
    Path file = articles.resolve("export-" + store.getFileName() + ".json");
    KgRun run = kg("export", "--out", file.toString(), "--store", store.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Files.readString(file);
  }
}
