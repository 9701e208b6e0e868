package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.eval.SavedAnnotations;
import dev.kg.nlp.AnnotatedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg eval relations --annotations} replays kg's extraction over annotations saved before,
 * loading no CoreNLP model, and refuses a file saved for other texts.
 */
class EvalRelationsReplayTest {

  private static final String TEXT = "Ms. Anna Berg , a spokeswoman for Acme Corp. , declined to comment .";

  @TempDir Path dir;

  @Test
  void shouldScoreTheSavedAnnotationsWithoutCoreNlp() throws Exception {
    // given
    Path corpus = Files.writeString(dir.resolve("dev.txt"), conll04(TEXT));
    Path annotations = dir.resolve("dev.annotations.jsonl");
    SavedAnnotations.write(annotations, List.of(AnnotatedFixtures.of(TEXT)));

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
    SavedAnnotations.write(annotations, List.of(AnnotatedFixtures.of(TEXT)));

    // when
    KgRun run = kg("eval", "relations", "--conll04", corpus.toString(), "--annotations", annotations.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: " + annotations + " holds 1 annotations for 2 texts: it was written for another"
        + " file, --skip or --limit\n");
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
