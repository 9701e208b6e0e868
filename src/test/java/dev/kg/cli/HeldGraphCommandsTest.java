package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.graph.BatchWriter;
import dev.kg.graph.PendingBatch;
import dev.kg.graph.Schema;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.EmbeddedNeo4j;
import dev.kg.server.Neo4jConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's writers into a store that an unfinished Spark batch holds: each stops at once
 * with one line naming the batch and saying how to finish it, before any analysis; {@code kg serve}
 * serves the store, says so, and refuses posted documents with the same line.
 */
@UsesNeo4j
class HeldGraphCommandsTest {

  @TempDir Path store;
  @TempDir Path inputs;

  @Test
  void shouldRefuseToWriteIntoAGraphAnUnfinishedBatchHoldsWithOneLine() throws Exception {
    // given a store held by a batch of two documents whose run died once it was opened
    PendingBatch batch = holdStore();
    Path article = Files.writeString(inputs.resolve("a.txt"), "Jonas Berg met Marta Lind in Oslo.\n");

    // when plain writers come
    KgRun ingest = kg("ingest", article.toString(), "--store", store.toString());
    KgRun remove = kg("remove", "doc-1", "--store", store.toString());

    // then each stops with the same line, and the graph still holds the batch
    String line = "kg: the graph is held by Spark batch " + batch.id() + " (2 document(s), started " + batch.started()
        + "): wait for it to end, or, if its run died, run the same kg ingest --spark command again to finish it";
    assertThat(List.of(ingest, remove)).allSatisfy(run -> {
      assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
      assertThat(run.messages()).containsExactly(line);
    });
    assertThat(ingest.out()).doesNotContain("Ingesting");
    assertThat(kg("stats", "--store", store.toString()).exitCode()).isZero();
  }

  @Test
  void shouldServeAGraphAnUnfinishedBatchHoldsButRefusePostedDocuments() throws Exception {
    // given a store held by a batch whose run died
    PendingBatch batch = holdStore();
    String held = "the graph is held by Spark batch " + batch.id() + " (2 document(s), started " + batch.started()
        + "): wait for it to end, or, if its run died, run the same kg ingest --spark command again to finish it";

    // when it is served and a document is posted
    try (ServeRun serve = ServeRun.start("serve", "--store", store.toString(), "--no-auth", "--bolt-port", "0", "--http-port", "0")) {
      HttpResponse<String> posted =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(serve.browser().resolve("/kg/documents"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Jonas Berg met Marta Lind in Oslo.\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      // then the server says so as it starts, and the post gets the same line, nothing written
      assertThat(serve.err()).contains("kg: " + held + "; until then posted documents are refused");
      assertThat(posted.statusCode()).isEqualTo(409);
      assertThat(posted.body()).contains(held);
    }
  }

  private PendingBatch holdStore() {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store));
        Neo4jConnection connection = neo4j.connect()) {
      Schema.load().apply(connection.driver());
      BatchWriter batches = new BatchWriter(connection.driver());
      batches.open(new TreeMap<>(Map.of("doc-1", "sha-1", "doc-2", "sha-2")), List.of("doc-1", "doc-2"), 2, Map::of);
      return batches.pending().orElseThrow();
    }
  }
}
