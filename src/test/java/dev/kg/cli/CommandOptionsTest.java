package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesNeo4j;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers kg ingest and kg serve cannot work with are refused in one line before anything is opened or
 * read. In the Neo4j layer as it runs kg's command line, which would open a store were a check missing.
 */
@UsesNeo4j
class CommandOptionsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @Timeout(60)
  @CsvSource(
      delimiter = '|',
      value = {
        "ingest --threads 0 summit.txt      | --threads must be at least 1, got 0",
        "ingest --max-chars -5 summit.txt   | --max-chars must be at least 1, got -5",
        "serve --no-auth --max-request-bytes 0 | --max-request-bytes must be at least 1, got 0",
        "serve --no-auth --bolt-port 99999  | Bolt port must be between 0 and 65535, got 99999",
        "serve --no-auth --http-port -1     | HTTP port must be between 0 and 65535, got -1"
      })
  void shouldRefuseANumberOutOfRangeWithoutCreatingTheStore(String command, String message) {
    // given
    Path store = dir.resolve("store");
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--store", store.toString()));

    // when
    KgRun run = kg(args.toArray(String[]::new));

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: " + message + "\n");
    assertThat(run.out()).isEmpty();
    assertThat(store).doesNotExist();
  }
}
