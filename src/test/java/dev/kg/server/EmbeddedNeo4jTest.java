package dev.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.Neo4jExtension;
import dev.kg.graph.TestNeo4j;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection.Credentials;
import dev.kg.server.browser.BrowserFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class EmbeddedNeo4jTest {

  private final TestNeo4j server;

  EmbeddedNeo4jTest(TestNeo4j server) {
    this.server = server;
  }

  @Test
  void shouldServeBoltOnTheLoopbackAddressItReports() {
    // when
    URI bolt = server.neo4j().boltUri();

    // then
    assertThat(bolt.getScheme()).isEqualTo("bolt");
    assertThat(bolt.getHost()).isEqualTo("127.0.0.1");
    assertThat(bolt.getPort()).isPositive();
    assertThat(server.driver().executableQuery("RETURN 1").execute().records()).hasSize(1);
  }

  @Test
  void shouldServeBrowserAndAdvertiseTheRealBoltPort() throws IOException, InterruptedException {
    // given
    URI http = server.neo4j().httpUri().orElseThrow();
    HttpClient client = HttpClient.newHttpClient();

    // when
    HttpResponse<String> browser =
        client.send(HttpRequest.newBuilder(http.resolve("browser/")).build(), body());
    HttpResponse<String> discovery =
        client.send(HttpRequest.newBuilder(http).header("Accept", "application/json").build(), body());

    // then
    assertThat(browser.statusCode()).isEqualTo(200);
    assertThat(browser.body()).contains("Neo4j Browser");
    JsonNode endpoints = new ObjectMapper().readTree(discovery.body());
    assertThat(endpoints.get("bolt_direct").asText()).isEqualTo(server.neo4j().boltUri().toString());
  }

  @Test
  void shouldServeKgsStyleAndGuideBesideBrowser() throws IOException, InterruptedException {
    // given
    URI http = server.neo4j().httpUri().orElseThrow();
    HttpClient client = HttpClient.newHttpClient();

    // when
    HttpResponse<String> style = client.send(HttpRequest.newBuilder(http.resolve("kg/style.grass")).build(), body());
    HttpResponse<String> guide = client.send(HttpRequest.newBuilder(http.resolve("kg/guide.html")).build(), body());

    // then
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.body()).isEqualTo(Files.readString(Path.of("cypher", "style.grass")));
    assertThat(guide.statusCode()).isEqualTo(200);
    assertThat(guide.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(guide.body()).isEqualTo(Files.readString(Path.of("cypher", "guide.html")));
  }

  @Test
  void shouldTellBrowserToFetchKgsStyleAndGuideOnConnect() {
    // given
    URI http = server.neo4j().httpUri().orElseThrow();

    // when
    Map<String, String> settings = new HashMap<>();
    server.driver()
        .executableQuery("CALL dbms.clientConfig() YIELD name, value WHERE name STARTS WITH 'browser.' RETURN name, value")
        .execute()
        .records()
        .forEach(setting -> settings.put(setting.get("name").asString(), setting.get("value").asString()));

    // then
    assertThat(settings)
        .containsEntry("browser.post_connect_cmd", BrowserFiles.postConnectCommand(http))
        .containsEntry("browser.remote_content_hostname_whitelist", "127.0.0.1");
  }

  @Test
  void shouldAskEveryClientButThisProcessForALogin() {
    // given
    URI bolt = server.neo4j().boltUri();

    // then: kg's own driver is in, nobody else without a password, nor with Neo4j's initial one
    assertThat(server.driver().executableQuery("RETURN 1").execute().records()).hasSize(1);
    assertThatThrownBy(() -> Neo4jConnection.open(bolt))
        .isInstanceOf(GraphUnavailableException.class)
        .hasMessage("Neo4j at " + bolt + " requires a user name and password (password from --password-file, --password or NEO4J_PASSWORD)");
    assertThatThrownBy(() -> Neo4jConnection.open(bolt, new Credentials(DefaultUser.NAME, "neo4j")))
        .isInstanceOf(GraphUnavailableException.class)
        .hasMessage("Neo4j at " + bolt + " rejected the user 'neo4j': wrong user name or password (user from --user or NEO4J_USERNAME; "
                + "password from --password-file, --password or NEO4J_PASSWORD)");
    assertThat(server.neo4j().defaultUser().hasPassword()).isFalse();
  }

  @Test
  void shouldKeepTheStoresPasswordAndLeaveNoUserOfItsOwn(@TempDir Path store) {
    // given a store whose user has a password, and a process user a killed kg left behind
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store))) {
      neo4j.defaultUser().setPassword(Password.of("people-password"));
      try (Neo4jConnection person = Neo4jConnection.open(neo4j.boltUri(), PEOPLE)) {
        run(person, "CREATE USER " + ProcessUser.NAME + " SET PASSWORD 'left-behind' CHANGE NOT REQUIRED");
      }
    }

    // when a kg command opens the store, connects, and closes it
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store));
        Neo4jConnection kg = neo4j.connect()) {
      assertThat(users(neo4j)).containsExactlyInAnyOrder(DefaultUser.NAME, ProcessUser.NAME);
      assertThatThrownBy(() -> Neo4jConnection.open(neo4j.boltUri(), new Credentials(ProcessUser.NAME, "left-behind")))
          .isInstanceOf(GraphUnavailableException.class);
    }

    // then the store's user has its password, and is the only one
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store))) {
      assertThat(users(neo4j)).containsExactly(DefaultUser.NAME);
    }
  }

  @Test
  void shouldOfferNoHttpUnlessAsked(@TempDir Path store) {
    // when
    EmbeddedNeo4j.Options options = EmbeddedNeo4j.Options.of(store);

    // then
    assertThat(options.httpPort()).isEmpty();
    assertThat(options.boltPort()).isZero();
  }

  @Test
  void shouldPlanAStatementOnceWhateverTheLengthsOfItsLists() {
    // given
    String statement = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id";
    try (Session session = server.driver().session()) {
      session.run("CALL db.clearQueryCaches()").consume();

      // when
      for (int length : new int[] {1, 5, 50, 500}) {
        session.run(statement, Map.of("ids", Collections.nCopies(length, "article-1"))).consume();
      }

      // then
      assertThat(session.run("CALL db.clearQueryCaches()").single().get("value").asString())
          .isEqualTo("Query caches successfully cleared of 1 queries.");
    }
  }

  @Test
  void shouldKeepNeo4jsLogsInTheStore() {
    // then
    assertThat(server.store().resolve("logs/debug.log")).isRegularFile();
  }

  @Test
  void shouldRefuseAStoreAnotherServerHolds() {
    // then
    assertThatThrownBy(() -> EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(server.store())))
        .isInstanceOf(GraphUnavailableException.class)
        .hasMessage(
            "the store at " + server.store() + " is in use by another kg process (stop it, or reach a `kg serve` through its Bolt address: "
                + "--uri bolt://127.0.0.1:7687 by default)");
  }

  @Test
  void shouldRefuseAPortThatIsTaken(@TempDir Path store) {
    // given
    int taken = server.neo4j().boltUri().getPort();

    // then
    assertThatThrownBy(() -> EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store).withBoltPort(taken)))
        .isInstanceOf(GraphUnavailableException.class)
        .hasMessage(
            "cannot start Neo4j: Bolt port " + taken
                + " on 127.0.0.1 is already in use (is `kg serve` or another Neo4j running?)");
  }

  @Test
  void shouldRejectAPortOutOfRange(@TempDir Path store) {
    // then
    assertThatThrownBy(() -> EmbeddedNeo4j.Options.of(store).withHttpPort(70_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HTTP port must be between 0 and 65535, got 70000");
  }

  private static final Credentials PEOPLE = new Credentials(DefaultUser.NAME, "people-password");

  /** The store's users, as its own user sees them. */
  private static List<String> users(EmbeddedNeo4j neo4j) {
    try (Neo4jConnection person = Neo4jConnection.open(neo4j.boltUri(), PEOPLE);
        Session system = person.driver().session(SessionConfig.forDatabase("system"))) {
      return system.run("SHOW USERS YIELD user RETURN user ORDER BY user").list(row -> row.get("user").asString());
    }
  }

  private static void run(Neo4jConnection connection, String statement) {
    try (Session system = connection.driver().session(SessionConfig.forDatabase("system"))) {
      system.run(statement).consume();
    }
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
