package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.eval.SavedAnnotations;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.AnnotatedFixtures;
import dev.kg.nlp.AnnotatedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg eval relations} refuses what it cannot score in one line, before loading CoreNLP, and
 * replays annotations saved with {@code --annotations} without loading it. In the CoreNLP layer because
 * a run its checks let through loads the models.
 */
@UsesCoreNlp
class EvalRelationsCommandTest {

  private static final String TEXT = "Ms. Anna Berg , a spokeswoman for Acme Corp. , declined to comment .";

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

  @Test
  void shouldScoreTheSavedAnnotationsWithoutCoreNlp() throws Exception {
    // given
    Path corpus = Files.writeString(dir.resolve("dev.txt"), conll04(TEXT));
    Path annotations = dir.resolve("dev.annotations.jsonl");
    save(annotations, AnnotatedFixtures.of(TEXT));

    // when
    KgRun run = kg("eval", "relations", "--conll04", corpus.toString(), "--annotations", annotations.toString());

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("1 sentences, 1 gold relations, 1 predicted")
        .contains("micro               1     1     1  1.000  1.000  1.000")
        .contains("Work_For        appositive+kbp                               1     1  1.000")
        .contains("not run: annotations replayed from " + annotations);
  }

  @Test
  void shouldRefuseAnnotationsSavedForOtherTexts() throws Exception {
    // given
    Path corpus = Files.writeString(dir.resolve("dev.txt"), conll04(TEXT) + "\n" + conll04(TEXT).replace("#doc 7", "#doc 8"));
    Path annotations = dir.resolve("dev.annotations.jsonl");
    save(annotations, AnnotatedFixtures.of(TEXT));

    // when
    KgRun run = kg("eval", "relations", "--conll04", corpus.toString(), "--annotations", annotations.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: " + annotations + " holds 1 annotations for 2 texts: it was written for another"
        + " file, --skip or --limit\n");
  }

  private static void save(Path file, AnnotatedText annotation) throws IOException {
    try (SavedAnnotations.Writer saved = SavedAnnotations.writer(file)) {
      saved.add(annotation);
      saved.commit();
    }
  }

  /** The sentence in CoNLL04's format, "Ms. Anna Berg" working for "Acme Corp.". */
  private static String conll04(String text) {
    String[] tokens = text.split(" ");
    StringBuilder lines = new StringBuilder("#doc 7\n");
    for (int i = 0; i < tokens.length; i++) {
      String tag = i == 0 ? "B-Peop" : i <= 2 ? "I-Peop" : i == 7 ? "B-Org" : i == 8 ? "I-Org" : "O";
      String relation = i == 2 ? "['Work_For']\t[8]" : "['N']\t[" + i + "]";
      lines.append(i).append('\t').append(tokens[i]).append('\t').append(tag).append('\t').append(relation).append('\n');
    }
    return lines.toString();
  }
}
