package dev.kg.cli;

import dev.kg.server.EmbeddedNeo4j;
import dev.kg.server.Neo4jConnection;
import org.neo4j.driver.Driver;

/** An open graph for one command: a driver, and the embedded server behind it when there is one. */
final class GraphSession implements AutoCloseable {

  private final EmbeddedNeo4j embedded;
  private final Neo4jConnection connection;
  private final String description;

  GraphSession(EmbeddedNeo4j embedded, Neo4jConnection connection, String description) {
    this.embedded = embedded;
    this.connection = connection;
    this.description = description;
  }

  Driver driver() {
    return connection.driver();
  }

  /** The connection behind {@link #driver}, with its address and login. */
  Neo4jConnection connection() {
    return connection;
  }

  /** Where the graph is, for messages: "embedded store kg-data" or the server URI. */
  String description() {
    return description;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
