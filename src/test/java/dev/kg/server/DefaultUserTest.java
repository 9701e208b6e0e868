package dev.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.graph.GraphUnavailableException;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection.Credentials;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@UsesNeo4j
class DefaultUserTest {

  @Test
  void shouldLetTheUserInWithThePasswordSetAndNoOther(@TempDir Path store) {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store).withAuthentication(true))) {
      // given a new store, whose user still has Neo4j's initial password
      DefaultUser user = neo4j.defaultUser();
      assertThat(user.hasPassword()).isFalse();

      // when
      user.setPassword(Password.of("first-password"));
      user.setPassword(Password.of("second-password"));
      user.setPassword(Password.of("second-password"));

      // then
      assertThat(user.hasPassword()).isTrue();
      try (Neo4jConnection connection =
          Neo4jConnection.open(neo4j.boltUri(), new Credentials(DefaultUser.NAME, "second-password"))) {
        assertThat(connection.driver().executableQuery("RETURN 1 AS one").execute().records()).hasSize(1);
      }
      assertThatThrownBy(() -> Neo4jConnection.open(neo4j.boltUri(), new Credentials(DefaultUser.NAME, "first-password")))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessage("Neo4j at " + neo4j.boltUri() + " rejected the user 'neo4j': wrong user name or password (user from --user or NEO4J_USERNAME; "
                + "password from --password-file, --password or NEO4J_PASSWORD)");
      assertThatThrownBy(() -> Neo4jConnection.open(neo4j.boltUri()))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessage("Neo4j at " + neo4j.boltUri() + " requires a user name and password (password from --password-file, --password or NEO4J_PASSWORD)");
    }
  }
}
