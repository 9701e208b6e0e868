package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers kg ingest cannot work with are refused in one line before anything is opened or read. */
class IngestOptionsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "--threads, 0, '--threads must be at least 1, got 0'",
    "--max-chars, -5, '--max-chars must be at least 1, got -5'"
  })
  void shouldRefuseANumberBelowOneWithoutCreatingTheStore(String option, String value, String message) {
    // given
    Path store = dir.resolve("store");

    // when
    KgRun run = kg("ingest", option, value, "--store", store.toString(), dir.resolve("summit.txt").toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: " + message + "\n");
    assertThat(run.out()).isEmpty();
    assertThat(store).doesNotExist();
  }
}
