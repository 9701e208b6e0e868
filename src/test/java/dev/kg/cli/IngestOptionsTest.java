package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers kg ingest cannot work with are refused in one line before anything is opened or read. */
class IngestOptionsTest {

  @TempDir Path dir;

  @Test
  void shouldRefuseZeroAnnotationThreadsWithoutCreatingTheStore() {
    // given
    Path store = dir.resolve("store");

    // when
    KgRun run = kg("ingest", "--threads", "0", "--store", store.toString(), dir.resolve("summit.txt").toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: --threads must be at least 1, got 0\n");
    assertThat(run.out()).isEmpty();
    assertThat(store).doesNotExist();
  }

  @Test
  void shouldRefuseANegativeDocumentLimitWithoutCreatingTheStore() {
    // given
    Path store = dir.resolve("store");

    // when
    KgRun run = kg("ingest", "--max-chars", "-5", "--store", store.toString(), dir.resolve("summit.txt").toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).isEqualTo("kg: --max-chars must be at least 1, got -5\n");
    assertThat(store).doesNotExist();
  }
}
