package dev.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.Neo4jExtension;
import dev.kg.graph.TestNeo4j;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection.Credentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class Neo4jConnectionTest {

  private static final String PASSWORD = "kg-test-password";

  // A server whose user neo4j has a password the test knows, built by hand.
  private static DatabaseManagementService securedServer;
  private static URI securedUri;

  @BeforeAll
  static void startSecuredServer(@TempDir Path store) throws IOException {
    int port = freePort();
    securedServer =
        new DatabaseManagementServiceBuilder(store)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .build();
    securedServer
        .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally("ALTER USER neo4j SET PASSWORD '" + PASSWORD + "' CHANGE NOT REQUIRED");
    securedUri = URI.create("bolt://127.0.0.1:" + port);
  }

  @AfterAll
  static void stopSecuredServer() {
    securedServer.shutdown();
  }

  @Test
  void shouldConnectToARunningServer(TestNeo4j server) {
    // when
    try (Neo4jConnection connection = server.connect()) {
      // then
      assertThat(connection.uri()).isEqualTo(server.neo4j().boltUri());
      assertThat(connection.driver().executableQuery("RETURN 1").execute().records()).hasSize(1);
    }
  }

  @Test
  void shouldConnectWithTheRightPassword() {
    // when
    try (Neo4jConnection connection = Neo4jConnection.open(securedUri, new Credentials("neo4j", PASSWORD))) {
      // then
      assertThat(connection.driver().executableQuery("RETURN 1").execute().records()).hasSize(1);
    }
  }

  @Test
  void shouldExplainAnUnreachableServer() throws IOException {
    // given
    URI nobodyListens = URI.create("bolt://127.0.0.1:" + freePort());

    // then
    assertThatThrownBy(() -> Neo4jConnection.open(nobodyListens))
        .isInstanceOf(GraphUnavailableException.class)
        .hasMessage("cannot reach Neo4j at " + nobodyListens + ": connection refused");
  }

  @Test
  void shouldExplainAWrongPassword() {
    // then
    assertThatThrownBy(() -> Neo4jConnection.open(securedUri, new Credentials("neo4j", "wrong")))
        .isInstanceOf(GraphUnavailableException.class)
        .hasMessage("Neo4j at " + securedUri + " rejected the user 'neo4j': wrong user name or password (user from --user or NEO4J_USERNAME; "
                + "password from --password-file, --password or NEO4J_PASSWORD)");
  }

  @Test
  void shouldExplainMissingCredentials() {
    // then
    assertThatThrownBy(() -> Neo4jConnection.open(securedUri))
        .isInstanceOf(GraphUnavailableException.class)
        .hasMessage("Neo4j at " + securedUri + " requires a user name and password (password from --password-file, --password or NEO4J_PASSWORD)");
  }

  @Test
  void shouldRefuseAnAddressThatIsNotNeo4js() {
    // then
    assertThatThrownBy(() -> Neo4jConnection.open(URI.create("http://localhost:7474")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a Neo4j address: http://localhost:7474 (use bolt://host:port or neo4j://host:port)");
  }

  @Test
  void shouldKeepThePasswordOutOfCredentialsText() {
    // when
    String text = new Credentials("neo4j", PASSWORD).toString();

    // then
    assertThat(text).isEqualTo("Credentials[user=neo4j, password=***]");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
