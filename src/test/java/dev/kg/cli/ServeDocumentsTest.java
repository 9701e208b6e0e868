package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection;
import dev.kg.server.Neo4jConnection.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents posted to a running {@code kg serve}: login, outcomes, the graph they make, bad input. */
@UsesCoreNlp
@UsesNeo4j
class ServeDocumentsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "feed-the-graph";
  private static final String SUMMIT =
      "Kim Jong Un met Russia's President Vladimir Putin in Pyongyang on Tuesday. The Russian president said the talks went well.";
  private static final String EDITED_SUMMIT =
      "Kim Jong Un met Vladimir Putin in Vladivostok on Tuesday. The Russian president said the talks went well.";

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void shouldAskForTheStoresLoginButLetHealthProbesIn(@TempDir Path store) throws Exception {
    try (ServeRun serve = serve(store, "--password", PASSWORD)) {
      // when
      HttpResponse<String> anonymous = post(serve, "", "{\"text\": \"Kim met Putin.\"}", null);
      HttpResponse<String> wrong = post(serve, "", "{\"text\": \"Kim met Putin.\"}", "not-the-password");
      HttpResponse<String> health = get(serve, "kg/health");

      // then
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(health.body()).get("pipeline").asText()).isEqualTo("cold");
      assertThat(serve.out()).contains("  Documents      POST " + serve.browser().resolve("/kg/documents"));
    }
  }

  @Test
  void shouldRefuseBadInputWithOneLineAndNothingWritten(@TempDir Path store) throws Exception {
    try (ServeRun serve = serve(store, "--password", PASSWORD, "--max-request-bytes", "2000")) {
      // when / then
      assertError(post(serve, "", "{\"text\": ", PASSWORD), 400, "request body: invalid JSON: ");
      assertError(post(serve, "", "{\"id\": \"a\"}", PASSWORD), 400, "request body: missing \"text\"");
      assertError(
          post(serve, "", "[{\"text\": \"Kim met Putin.\"}, {\"text\": \"  \"}]", PASSWORD),
          400,
          "request body[1]: empty \"text\"");
      assertError(
          post(
              serve,
              "?replace=true",
              "[{\"id\": \"r\", \"text\": \"Kim met Putin in Hamburg.\"}, {\"id\": \"r\", \"text\": \"Kim met Putin in Bremen.\"}]",
              PASSWORD),
          400,
          "request body[1]: id 'r' is already used by request body[0] in this run; give each document its own \"id\"");
      assertError(post(serve, "", "[]", PASSWORD), 400, "request body: empty array, expected at least one document");
      assertError(post(serve, "", "\"text\"", PASSWORD), 400, "request body: expected a JSON object or an array of objects, got string");
      assertError(
          post(serve, "", "{\"text\": \"Kim met Putin.\", \"date\": \"someday\"}", PASSWORD),
          400,
          "request body: unrecognised date \"someday\"");
      assertError(post(serve, "?replace=yes", "{\"text\": \"Kim met Putin.\"}", PASSWORD), 400, "replace must be true or false, got 'yes'");
      assertError(
          post(serve, "", "{\"text\": \"" + "word ".repeat(500) + "\"}", PASSWORD),
          413,
          "request body over the limit of 2000 bytes");
      assertThat(JSON.readTree(get(serve, "kg/health").body()).get("pipeline").asText()).isEqualTo("cold");
    }
    try (ServeRun again = serve(store, "--password", PASSWORD);
        Neo4jConnection connection = Neo4jConnection.open(again.bolt(), new Credentials("neo4j", PASSWORD))) {
      assertThat(connection.driver().executableQuery("MATCH (d:Document) RETURN d").execute().records()).isEmpty();
    }
  }

  @Test
  void shouldIngestPostedDocumentsAsIngestDoes(@TempDir Path store) throws Exception {
    try (ServeRun serve = serve(store, "--password", PASSWORD, "--warm")) {
      // when two requests arrive at once
      CompletableFuture<HttpResponse<String>> first =
          postAsync(serve, "", "{\"id\": \"summit\", \"title\": \"Summit\", \"date\": \"2024-06-19\", \"text\": \"" + SUMMIT + "\"}");
      CompletableFuture<HttpResponse<String>> second =
          postAsync(
              serve,
              "",
              "[{\"id\": \"visit\", \"text\": \"Sergei Shoigu visited Pyongyang.\"}, {\"text\": \"Kim Yo Jong criticised Seoul.\"}]");
      JsonNode created = ok(first.get());
      JsonNode batch = ok(second.get());

      // then both are ingested, each answered in its own shape
      assertThat(created.get("id").asText()).isEqualTo("summit");
      assertThat(created.get("outcome").asText()).isEqualTo("CREATED");
      assertThat(entities(created)).contains("person:kim-jong-un", "person:vladimir-putin", "location:pyongyang");
      // Putin is Russia's president and a Russian citizen.
      assertThat(created.get("relations").asInt()).isEqualTo(2);
      assertThat(created.get("quotes").asInt()).isZero();
      assertThat(created.get("events").asInt()).isPositive();
      assertThat(batch.isArray()).isTrue();
      assertThat(batch.get(0).get("outcome").asText()).isEqualTo("CREATED");
      assertThat(batch.get(1).get("id").asText()).matches("posted-[0-9a-f]{12}");
      assertThat(JSON.readTree(get(serve, "kg/health").body()).get("pipeline").asText()).isEqualTo("warm");

      // when the same document comes again, then edited, then edited with replace
      JsonNode unchanged = ok(post(serve, "", "{\"id\": \"summit\", \"title\": \"Summit\", \"date\": \"2024-06-19\", \"text\": \"" + SUMMIT + "\"}", PASSWORD));
      JsonNode refused = ok(post(serve, "", "{\"id\": \"summit\", \"text\": \"" + EDITED_SUMMIT + "\"}", PASSWORD));
      JsonNode replaced = ok(post(serve, "?replace=true", "{\"id\": \"summit\", \"text\": \"" + EDITED_SUMMIT + "\"}", PASSWORD));

      // then
      assertThat(unchanged.get("outcome").asText()).isEqualTo("UNCHANGED");
      assertThat(entities(unchanged)).isEqualTo(entities(created));
      assertThat(refused.get("outcome").asText()).isEqualTo("FAILED");
      assertThat(refused.get("reason").asText())
          .isEqualTo("document 'summit' is already in the graph with other content; ?replace=true replaces it");
      assertThat(refused.has("entities")).isFalse();
      assertThat(replaced.get("outcome").asText()).isEqualTo("REPLACED");
      assertThat(entities(replaced)).contains("location:vladivostok").doesNotContain("location:pyongyang");

      // and the graph holds what the answers said
      try (Neo4jConnection connection = Neo4jConnection.open(serve.bolt(), new Credentials("neo4j", PASSWORD))) {
        List<Map<String, Object>> documents =
            connection.driver()
                .executableQuery("MATCH (d:Document) RETURN d.id AS id, d.text AS text ORDER BY id")
                .execute()
                .records()
                .stream()
                .map(record -> record.asMap())
                .toList();
        assertThat(documents).hasSize(3);
        assertThat(documents).contains(Map.of("id", "summit", "text", EDITED_SUMMIT));
        assertThat(
                connection.driver()
                    .executableQuery("MATCH (:Document {id: 'summit'})-[:MENTIONS]->(e:Entity) RETURN e.id AS id ORDER BY id")
                    .execute()
                    .records()
                    .stream()
                    .map(record -> record.get("id").asString())
                    .toList())
            .isEqualTo(entities(replaced));
      }
    }
  }

  @Test
  void shouldRehearseOnTheSampleArticlesWithoutKeepingThem(@TempDir Path store) throws Exception {
    try (ServeRun serve = serve(store, "--password", PASSWORD, "--warm")) {
      // when the pipeline has loaded and rehearsed
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      String state = "cold";
      while (!state.equals("warm") && System.nanoTime() < deadline) {
        Thread.sleep(200);
        state = JSON.readTree(get(serve, "kg/health").body()).get("pipeline").asText();
      }

      // then it is warm and the graph holds nothing of the rehearsal
      assertThat(state).isEqualTo("warm");
      try (Neo4jConnection connection = Neo4jConnection.open(serve.bolt(), new Credentials("neo4j", PASSWORD))) {
        assertThat(
                connection.driver()
                    .executableQuery("MATCH (n) RETURN count(n) AS nodes")
                    .execute()
                    .records()
                    .get(0)
                    .get("nodes")
                    .asLong())
            .isZero();
      }
      assertThat(ok(post(serve, "", "{\"id\": \"summit\", \"text\": \"" + SUMMIT + "\"}", PASSWORD)).get("outcome").asText())
          .isEqualTo("CREATED");
    }
  }

  private static List<String> entities(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.get("entities").forEach(entity -> ids.add(entity.get("id").asText()));
    return ids;
  }

  private static JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static void assertError(HttpResponse<String> response, int status, String reason) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(JSON.readTree(response.body()).get("error").asText()).startsWith(reason).doesNotContain("\n");
  }

  private HttpResponse<String> get(ServeRun serve, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(serve.browser().resolve("/" + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(ServeRun serve, String query, String body, String password) throws Exception {
    return client.send(request(serve, query, body, password), HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> postAsync(ServeRun serve, String query, String body) {
    return client.sendAsync(request(serve, query, body, PASSWORD), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(ServeRun serve, String query, String body, String password) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(serve.browser().resolve("/kg/documents") + query))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (password != null) {
      String login = Base64.getEncoder().encodeToString(("neo4j:" + password).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + login);
    }
    return request.build();
  }

  private static ServeRun serve(Path store, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("serve", "--store", store.toString(), "--bolt-port", "0", "--http-port", "0"));
    args.addAll(List.of(options));
    return ServeRun.start(args.toArray(String[]::new));
  }
}
