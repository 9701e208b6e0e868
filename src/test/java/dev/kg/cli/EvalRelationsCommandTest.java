package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg eval relations} refuses what it cannot score in one line, before loading CoreNLP. In the
 * CoreNLP layer because a run its checks let through loads the models.
 */
@UsesCoreNlp
class EvalRelationsCommandTest {

  @TempDir Path dir;

  @Test
  void shouldNameAReDocRedFileThatCannotBeRead() {
    // given
    Path missing = dir.resolve("dev_revised.json");

    // when
    KgRun run = kg("eval", "relations", "--redocred", missing.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: cannot read " + missing + "\n");
  }

  @Test
  void shouldSayWhyAFileIsNoReDocRedFile() throws Exception {
    // given
    Path file = Files.writeString(dir.resolve("dev.json"), "{\"title\": \"one document, not a list\"}");

    // when
    KgRun run = kg("eval", "relations", "--redocred", file.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: " + file + ": not a DocRED file (expected a JSON array of documents)\n");
  }

  @Test
  void shouldRefuseALimitBelowOne() throws Exception {
    // given
    Path file = Files.writeString(dir.resolve("dev.json"), "[]");

    // when
    KgRun run = kg("eval", "relations", "--redocred", file.toString(), "--limit", "0");

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: --limit must be at least 1, got 0\n");
  }

  @Test
  void shouldRefuseASkipPastTheLastDocument() throws Exception {
    // given: a file of one Re-DocRED document
    Path file = Files.writeString(dir.resolve("dev.json"), """
        [{"title": "Oslo", "sents": [["Oslo", "is", "cold", "."]],
          "vertexSet": [[{"name": "Oslo", "sent_id": 0, "pos": [0, 1], "type": "LOC"}]], "labels": []}]
        """);

    // when
    KgRun run = kg("eval", "relations", "--redocred", file.toString(), "--skip", "1");

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: --skip 1 leaves no document: the file has 1\n");
  }

  @Test
  void shouldTakeOneCorpusAtATime() throws Exception {
    // given
    Path file = Files.writeString(dir.resolve("dev.json"), "[]");

    // when
    KgRun run = kg("eval", "relations", "--redocred", file.toString(), "--conll04", file.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void shouldWriteErrorsForConll04Only() throws Exception {
    // given
    Path file = Files.writeString(dir.resolve("dev.json"), "[]");

    // when
    KgRun run = kg("eval", "relations", "--redocred", file.toString(), "--errors", dir.resolve("errors.txt").toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: --errors works with --conll04 only\n");
  }
}
