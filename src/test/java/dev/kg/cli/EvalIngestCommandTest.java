package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg eval ingest} end to end: CoNLL documents through the normal pipeline into a temporary store. */
@UsesNeo4j
@UsesCoreNlp
class EvalIngestCommandTest {

  @Test
  void shouldScoreTheNamesReadBackFromTheGraphBesidePlainCoreNlp(@TempDir Path directory) throws Exception {
    // given one CoNLL document: a headline, then a sentence naming a person and a place, and a
    // day its gold calls an organisation, which kg will miss
    Path conll = directory.resolve("one.txt");
    Files.writeString(
        conll,
        """
        -DOCSTART- -X- -X- O

        MERKEL NNP B-NP B-PER
        VISITS VBZ B-VP O
        PARIS NNP B-NP B-LOC

        Angela NNP B-NP B-PER
        Merkel NNP I-NP I-PER
        visited VBD B-VP O
        Paris NNP B-NP B-LOC
        on IN B-PP O
        Monday NNP B-NP B-ORG
        . . O O
        """);

    // when
    Path errors = directory.resolve("errors.tsv");
    KgRun run = kg("eval", "ingest", "--conll", conll.toString(), "--threads", "1", "--errors", errors.toString());

    // then: both names of the body are found in the graph, as plain CoreNLP finds them
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("kg: mentions in the graph after ingest")
        .containsPattern("(?m)^LOCATION +2 ")
        .containsPattern("(?m)^PERSON +2 ");
    assertThat(Files.readAllLines(errors))
        .contains("conll-1\tMISSED\tMonday\t-\tORGANIZATION\tAngela Merkel visited Paris on Monday .");
  }
}
