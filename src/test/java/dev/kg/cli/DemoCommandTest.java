package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection;
import dev.kg.server.Neo4jConnection.Credentials;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg demo}: the sample articles ingested, what was found printed, and the graph served. */
@UsesNeo4j
@UsesCoreNlp
class DemoCommandTest {

  // Shared, so whichever test runs second finds the samples already ingested and skips the NLP.
  @TempDir static Path store;

  @Test
  void shouldIngestTheSamplesThenServeThemUntilStopped() throws Exception {
    // when
    try (ServeRun demo = ServeRun.start("demo", "--store", store.toString(), "--bolt-port", "0", "--http-port", "0")) {

      // then
      assertThat(demo.serving()).as(demo.err()).isTrue();
      assertThat(demo.out())
          .contains("Entities found:", "Kaja Lind", "Explore the graph in Neo4j Browser below; after Ctrl-C, also with:")
          .contains("Serving the embedded store " + store + " until Ctrl-C.")
          .doesNotContain("./kg serve");
      assertThat(demo.browser().toString()).matches("http://127\\.0\\.0\\.1:\\d+/browser/");
      try (Neo4jConnection connection =
          Neo4jConnection.open(demo.bolt(), new Credentials("neo4j", demo.generatedPassword()))) {
        assertThat(connection.driver().executableQuery("MATCH (d:Document) RETURN d").execute().records()).hasSize(4);
      }
      assertThat(demo.exitCode()).isZero();
    }
  }

  @Test
  void shouldEndAfterIngestingWithNoServe() throws Exception {
    // when
    ServeRun demo = ServeRun.start("demo", "--store", store.toString(), "--no-serve");

    // then
    assertThat(demo.serving()).isFalse();
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("Entities found:", "Explore the graph:")
        .doesNotContain("Serving");
    // and the commands it suggests name the store it made, which they would otherwise miss
    assertThat(demo.out().lines())
        .contains("  ./kg stats --store " + store, "  ./kg export --store " + store + " --out graph.json",
            "  ./kg serve --store " + store + "        # Neo4j Browser at http://127.0.0.1:7474/browser/");
  }
}
