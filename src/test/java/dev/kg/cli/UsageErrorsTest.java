package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesNeo4j;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A command line kg cannot parse is refused in one line that says where the usage is, before anything is opened. */
// In the Neo4j layer, as every test that runs kg's command line is (LayersTest).
@UsesNeo4j
class UsageErrorsTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      value = {
        "ingest --foo summit.txt => kg: Unknown option: '--foo' (see `kg ingest --help`)",
        "stats --stor x => kg: Unknown options: '--stor', 'x'; did you mean --store? (see `kg stats --help`)",
        "frobnicate => kg: Unmatched argument at index 0: 'frobnicate'; did you mean path, stats, corenlp-properties? (see `kg --help`)",
        "query => kg: Missing required parameter: 'CYPHER' (see `kg query --help`)",
        "ingest --threads two a => kg: Invalid value for option '--threads': 'two' is not an int (see `kg ingest --help`)",
        "eval relations => kg: Missing required argument (specify one of these): (--conll04=FILE | --redocred=FILE) (see `kg eval relations --help`)"
      })
  void shouldRefuseACommandLineItCannotParseInOneLine(String command, String message) {
    // when
    KgRun run = kg(command.split(" "));

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(message + "\n");
    assertThat(run.out()).isEmpty();
  }
}
