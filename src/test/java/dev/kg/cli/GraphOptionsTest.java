package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.Neo4jConnection;
import dev.kg.graph.Neo4jConnection.Credentials;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a command's graph is, and how it logs in to it. */
class GraphOptionsTest {

  @Test
  void shouldLetNoClientButTheCommandIntoItsEmbeddedStore(@TempDir Path store) {
    // given
    GraphOptions options = new GraphOptions();
    options.store = store;

    // when a command has its embedded store open
    try (GraphSession session = options.open()) {
      URI bolt = boltUri(session);

      // then its port refuses a connection without a login, and with Neo4j's initial one
      assertThat(bolt.getHost()).isEqualTo("127.0.0.1");
      assertThatThrownBy(() -> Neo4jConnection.open(bolt))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessage("Neo4j at " + bolt + " requires a user name and password");
      assertThatThrownBy(() -> Neo4jConnection.open(bolt, new Credentials("neo4j", "neo4j")))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessage("Neo4j at " + bolt + " rejected the user 'neo4j': wrong user name or password");
    }
  }

  /** Where the command's embedded server listens, as the server itself reports it. */
  private static URI boltUri(GraphSession session) {
    String address =
        session
            .driver()
            .executableQuery("CALL dbms.listConfig('server.bolt.listen_address') YIELD value RETURN value")
            .execute()
            .records()
            .get(0)
            .get("value")
            .asString();
    return URI.create("bolt://" + address);
  }
}
