package dev.kg.cli;

import dev.kg.graph.EmbeddedNeo4j;
import dev.kg.graph.Neo4jConnection;
import dev.kg.graph.Neo4jConnection.Credentials;
import dev.kg.graph.Schema;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the graph lives: the embedded store (default) or a Neo4j server given by URI. */
final class GraphOptions {

  // Where Neo4j keeps the default database below its home, the store directory: there once a store exists.
  private static final Path STORE_DATABASE = Path.of("data", "databases", "neo4j");

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "kg-data",
      description = "Embedded Neo4j store directory (default: ${DEFAULT-VALUE}). Ignored with --uri.")
  Path store;

  @Option(
      names = "--uri",
      paramLabel = "URI",
      defaultValue = "${env:NEO4J_URI}",
      description = "Use the Neo4j server at URI (e.g. bolt://localhost:7687) instead of the embedded store. Env: NEO4J_URI.")
  URI uri;

  @Option(
      names = "--user",
      defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
      description = "Neo4j user with --uri (default: neo4j). Env: NEO4J_USERNAME.")
  String user;

  @Option(
      names = "--password",
      defaultValue = "${env:NEO4J_PASSWORD}",
      description =
          "Neo4j password with --uri. With serve and demo, the password to set for the embedded store's user "
              + "neo4j (at least 8 characters). Env: NEO4J_PASSWORD.")
  String password;

  /**
   * Opens the graph of a command that reads or curates it: an embedded store that does not exist is an
   * error, not created, so a mistyped {@code --store} does not quietly leave an empty store behind.
   *
   * @throws UserException if the embedded store does not exist
   */
  GraphSession open() {
    if (uri == null && !Files.isDirectory(store.resolve(STORE_DATABASE))) {
      throw new UserException("no kg store at " + store + " (kg ingest creates one; --store names another)");
    }
    return openOrCreate();
  }

  /**
   * Opens the graph, starting the embedded server when no URI is given, and applies the schema; the
   * embedded store is created when it does not exist yet. The embedded server lets kg in without a
   * login, on a free port only this process knows about.
   */
  GraphSession openOrCreate() {
    GraphSession session;
    if (uri != null) {
      Neo4jConnection connection =
          password == null
              ? Neo4jConnection.open(uri)
              : Neo4jConnection.open(uri, new Credentials(user, password));
      session = new GraphSession(null, connection, uri.toString());
    } else {
      EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store));
      try {
        session =
            new GraphSession(neo4j, Neo4jConnection.open(neo4j.boltUri()), "embedded store " + store);
      } catch (RuntimeException e) {
        neo4j.close();
        throw e;
      }
    }
    try {
      Schema.load().apply(session.driver());
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    return session;
  }

  boolean isEmbedded() {
    return uri == null;
  }
}
