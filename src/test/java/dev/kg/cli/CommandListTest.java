package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesNeo4j;
import org.junit.jupiter.api.Test;

/** {@code kg --help} lists each command with a whole sentence, not a description's first line cut mid-sentence. */
// In the Neo4j layer, as every test that runs kg's command line is (LayersTest).
@UsesNeo4j
class CommandListTest {

  @Test
  void shouldListEachCommandWithTheFirstSentenceOfItsDescription() {
    // when
    KgRun kg = kg("--help");
    KgRun eval = kg("eval", "--help");

    // then
    assertThat(kg.out()).contains(
        "  stats               Counts nodes per label and relationships per type.\n",
        "  rename              Gives ENTITY the display name NAME; its id stays.\n",
        "  path                Shows the shortest chains of co-occurrence between two\n"
            + "                        entities: A shares a sentence with X, X with Y, ... and\n"
            + "                        Z with B.\n",
        "  help                Display help information about the specified command.\n");
    assertThat(eval.out()).contains(
        "  relations  Scores relation extraction on a CoNLL04 file (Work_For, Live_In,\n"
            + "               OrgBased_In, Located_In, Kill) or a Re-DocRED (DocRED JSON) file.\n");
  }
}
