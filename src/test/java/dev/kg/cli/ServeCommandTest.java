package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.net.http.HttpRequest.BodyPublishers.noBody;
import static java.net.http.HttpResponse.BodyHandlers.discarding;

import dev.kg.graph.GraphUnavailableException;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection;
import dev.kg.server.Neo4jConnection.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code kg serve}'s login: generated once, kept with the store, set on request, off only on request. */
@UsesNeo4j
class ServeCommandTest {

  @Test
  void shouldGenerateAPasswordOnTheFirstServeAndShowItOnlyThen(@TempDir Path store) throws Exception {
    // given a store served once
    String password;
    try (ServeRun first = serve(store)) {
      password = first.generatedPassword();
      assertThat(first.out())
          .contains("  User           neo4j\n", "(generated for this store and shown only now: keep it; --password sets another)");
      assertThat(password).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
    }

    // when it is served again
    try (ServeRun second = serve(store)) {

      // then the password is the same, and not printed
      assertThat(second.out())
          .doesNotContain(password)
          .contains("  Password       the one set for this store before; kg does not keep it (--password sets a new one)");
      assertLogsIn(second.bolt(), password);
      assertThatThrownBy(() -> Neo4jConnection.open(second.bolt()))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessage("Neo4j at " + second.bolt() + " requires a user name and password (password from --password-file, --password or NEO4J_PASSWORD)");
    }
  }

  @Test
  void shouldSetThePasswordGivenAndReplaceItWhenAnotherIsGiven(@TempDir Path store) throws Exception {
    // given
    try (ServeRun first = serve(store, "--password", "first-choice")) {
      assertThat(first.out()).contains("  Password       the one given by --password, --password-file or NEO4J_PASSWORD");
      assertLogsIn(first.bolt(), "first-choice");
    }

    // when
    try (ServeRun second = serve(store, "--password", "second-choice")) {

      // then
      assertLogsIn(second.bolt(), "second-choice");
      assertThatThrownBy(() -> Neo4jConnection.open(second.bolt(), new Credentials("neo4j", "first-choice")))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessage("Neo4j at " + second.bolt() + " rejected the user 'neo4j': wrong user name or password (user from --user or NEO4J_USERNAME; "
                + "password from --password-file, --password or NEO4J_PASSWORD)");
    }
  }

  @Test
  void shouldSetThePasswordFromAFileWithoutWarning(@TempDir Path store, @TempDir Path secrets) throws Exception {
    // given
    Path file = Files.writeString(secrets.resolve("password"), "from-a-file\n");

    // when
    try (ServeRun serve = serve(store, "--password-file", file.toString())) {

      // then
      assertThat(serve.err()).isEmpty();
      assertLogsIn(serve.bolt(), "from-a-file");
    }
  }

  @Test
  void shouldSetThePasswordTypedOnTheTerminalWithoutWarning(@TempDir Path store) throws Exception {
    // when
    List<String> args = new ArrayList<>(List.of("serve", "--store", store.toString(), "--bolt-port", "0", "--http-port", "0"));
    args.add("--password");
    try (ServeRun serve = ServeRun.start(prompt -> Optional.of("typed-password"), args.toArray(String[]::new))) {

      // then
      assertThat(serve.err()).isEmpty();
      assertLogsIn(serve.bolt(), "typed-password");
    }
  }

  @Test
  void shouldKeepThePasswordWhenOtherCommandsOpenTheStore(@TempDir Path store) throws Exception {
    // given
    try (ServeRun first = serve(store, "--password", "first-choice")) {
      assertLogsIn(first.bolt(), "first-choice");
    }

    // when another command opens the store on its own
    KgRun stats = KgRun.kg("stats", "--store", store.toString());

    // then
    assertThat(stats.exitCode()).isZero();
    try (ServeRun second = serve(store)) {
      assertThat(second.out()).contains("  Password       the one set for this store before");
      assertLogsIn(second.bolt(), "first-choice");
    }
  }

  @Test
  void shouldLetEveryClientInWithNoAuthAndSaySoLoudly(@TempDir Path store) throws Exception {
    // when
    try (ServeRun serve = serve(store, "--no-auth")) {

      // then
      assertThat(serve.err())
          .startsWith("kg: WARNING: authentication is off (--no-auth): any program on this machine can read and change the graph");
      assertThat(serve.out()).contains("  Login          none (--no-auth): choose \"No authentication\" in Browser");
      try (Neo4jConnection connection = Neo4jConnection.open(serve.bolt())) {
        assertThat(connection.driver().executableQuery("RETURN 1").execute().records()).hasSize(1);
      }
    }
  }

  @Test
  void shouldApplyTheSchemaToAStoreServedBeforeAnyIngest(@TempDir Path store) throws Exception {
    // when a store nothing was ingested into is served
    try (ServeRun serve = serve(store, "--no-auth");
        Neo4jConnection connection = Neo4jConnection.open(serve.bolt())) {

      // then kg's full-text search answers (empty) instead of failing on a missing index
      assertThat(
              connection.driver()
                  .executableQuery("CALL db.index.fulltext.queryNodes('entityNames', 'kim~') YIELD node RETURN node")
                  .execute()
                  .records())
          .isEmpty();
    }
  }

  @Test
  void shouldServeKgsStyleAndGuideWithoutLoginButNotTheGraph(@TempDir Path store) throws Exception {
    // given
    HttpClient client = HttpClient.newHttpClient();
    try (ServeRun serve = serve(store)) {
      URI http = serve.browser().resolve("/");

      // when
      int style = client.send(HttpRequest.newBuilder(http.resolve("kg/style.grass")).build(), discarding()).statusCode();
      int guide = client.send(HttpRequest.newBuilder(http.resolve("kg/guide.html")).build(), discarding()).statusCode();
      int graph =
          client
              .send(HttpRequest.newBuilder(http.resolve("db/neo4j/tx/commit")).POST(noBody()).build(), discarding())
              .statusCode();

      // then
      assertThat(style).isEqualTo(200);
      assertThat(guide).isEqualTo(200);
      assertThat(graph).isEqualTo(401);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "neo4j    | kg: the password must not be 'neo4j': it is the first one anyone tries (from --password, --password-file or NEO4J_PASSWORD)",
        "Password | kg: the password must not be 'Password': it is the first one anyone tries (from --password, --password-file or NEO4J_PASSWORD)",
        "secret   | kg: the password must have at least 8 characters, got 6 (from --password, --password-file or NEO4J_PASSWORD)",
        "'  '     | kg: the password must not be blank (from --password, --password-file or NEO4J_PASSWORD)"
      })
  void shouldRefuseAWeakPasswordBeforeStarting(String password, String message, @TempDir Path store)
      throws Exception {
    // when
    ServeRun serve = serve(store, "--password", password);

    // then
    assertThat(serve.serving()).isFalse();
    assertThat(serve.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(serve.err().lines()).containsExactly(GraphOptionsTest.COMMAND_LINE_WARNING, message);
  }

  @Test
  void shouldRefuseToServeAServerGivenByUri() throws Exception {
    // when
    ServeRun serve = ServeRun.start("serve", "--uri", "bolt://127.0.0.1:1");

    // then
    assertThat(serve.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(serve.err().strip())
        .isEqualTo("kg: serve runs the embedded database; a server given by --uri or NEO4J_URI is already served");
  }

  private static ServeRun serve(Path store, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("serve", "--store", store.toString(), "--bolt-port", "0", "--http-port", "0"));
    args.addAll(List.of(options));
    return ServeRun.start(args.toArray(String[]::new));
  }

  private static void assertLogsIn(URI bolt, String password) {
    try (Neo4jConnection connection = Neo4jConnection.open(bolt, new Credentials("neo4j", password))) {
      assertThat(connection.driver().executableQuery("RETURN 1").execute().records()).hasSize(1);
    }
  }
}
