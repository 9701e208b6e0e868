package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg eval ner} end to end on a one-sentence CoNLL-2003 file. */
@UsesCoreNlp
class EvalNerCommandTest {

  @Test
  void shouldReplayTheAnnotationsItSavedWithoutLoadingCoreNlp(@TempDir Path directory) throws Exception {
    // given a document whose kg and plain CoreNLP annotations were saved on a first run
    Path conll = Files.writeString(directory.resolve("small.txt"), """
        -DOCSTART- -X- -X- O

        Angela NNP B-NP B-PER
        Merkel NNP I-NP I-PER
        visited VBD B-VP O
        Lisbon NNP B-NP B-LOC
        . . O O
        """);
    Path annotations = directory.resolve("small.annotations.jsonl");
    KgRun annotated = kg("eval", "ner", "--conll", conll.toString(), "--out", directory.resolve("first.txt").toString(),
        "--annotations", annotations.toString());
    assertThat(annotated.exitCode()).as(annotated.err()).isZero();

    // when
    Path predictions = directory.resolve("again.txt");
    KgRun replayed = kg("eval", "ner", "--conll", conll.toString(), "--out", predictions.toString(),
        "--annotations", annotations.toString());

    // then the same scores and tags, with no word of loading CoreNLP, from both saved files
    assertThat(annotated.err()).contains("Loading CoreNLP...");
    assertThat(directory.resolve("small.annotations.jsonl.corenlp")).exists();
    assertThat(replayed.exitCode()).as(replayed.err()).isZero();
    assertThat(replayed.err()).doesNotContain("Loading CoreNLP").doesNotContain("loads its models");
    assertThat(replayed.out()).isEqualTo(annotated.out());
    assertThat(Files.readAllLines(predictions))
        .isEqualTo(Files.readAllLines(directory.resolve("first.txt")))
        .contains("Angela NNP B-NP B-PER B-PER", "Lisbon NNP B-NP B-LOC B-LOC");
  }
}
