package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg eval ingest} end to end: CoNLL and Re-DocRED documents through the normal pipeline into a
 * temporary store.
 */
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

  @Test
  void shouldScoreTheReDocRedDocumentsLeftAfterThoseSkipped(@TempDir Path directory) throws Exception {
    // given two documents, of which the second is scored: a person, a place, a nationality and a
    // day its gold calls an organisation, which kg will miss
    Path redocred = directory.resolve("two.json");
    Files.writeString(
        redocred,
        """
        [{"title": "Oslo", "sents": [["Oslo", "is", "a", "city", "."]],
          "vertexSet": [[{"name": "Oslo", "sent_id": 0, "pos": [0, 1], "type": "LOC"}]], "labels": []},
         {"title": "Angela Merkel", "sents": [["The", "German", "Angela", "Merkel", "visited", "Paris", "on", "Monday", "."]],
          "vertexSet": [[{"name": "German", "sent_id": 0, "pos": [1, 2], "type": "LOC"}],
                        [{"name": "Angela Merkel", "sent_id": 0, "pos": [2, 4], "type": "PER"}],
                        [{"name": "Paris", "sent_id": 0, "pos": [5, 6], "type": "LOC"}],
                        [{"name": "Monday", "sent_id": 0, "pos": [7, 8], "type": "ORG"}]], "labels": []}]
        """);

    // when
    Path errors = directory.resolve("errors.tsv");
    KgRun run = kg("eval", "ingest", "--redocred", redocred.toString(), "--skip", "1", "--threads", "1",
        "--errors", errors.toString());

    // then: only the second document's names are counted, the nationality not among them
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^LOCATION +1 ")
        .containsPattern("(?m)^PERSON +1 ")
        .containsPattern("(?m)^ORGANIZATION +1 ");
    assertThat(Files.readAllLines(errors))
        .containsExactly("redocred-1\tMISSED\tMonday\t-\tORGANIZATION\tThe German Angela Merkel visited Paris on Monday.");
  }
}
