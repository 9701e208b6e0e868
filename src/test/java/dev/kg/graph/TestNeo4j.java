package dev.kg.graph;

import dev.kg.server.EmbeddedNeo4j;
import dev.kg.server.Neo4jConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** An embedded Neo4j with kg's schema on a temporary store, Browser included, for tests. */
public final class TestNeo4j implements AutoCloseable {

  private final Path store;
  private final EmbeddedNeo4j neo4j;
  private final Neo4jConnection connection;

  private TestNeo4j(Path store, EmbeddedNeo4j neo4j, Neo4jConnection connection) {
    this.store = store;
    this.neo4j = neo4j;
    this.connection = connection;
  }

  public static TestNeo4j start() {
    try {
      Path store = Files.createTempDirectory("kg-graph-test");
      EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store).withHttpPort(0));
      Neo4jConnection connection = neo4j.connect();
      Schema.load().apply(connection.driver());
      return new TestNeo4j(store, neo4j, connection);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path store() {
    return store;
  }

  public EmbeddedNeo4j neo4j() {
    return neo4j;
  }

  public Driver driver() {
    return connection.driver();
  }

  /** Another connection of its own, as a second process would have; the caller closes it. */
  public Neo4jConnection connect() {
    return neo4j.connect();
  }

  public void empty() {
    try (Session session = driver().session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
  }

  @Override
  public void close() throws IOException {
    connection.close();
    neo4j.close();
    try (Stream<Path> files = Files.walk(store)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
