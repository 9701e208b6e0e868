package dev.kg.cli;

import dev.kg.graph.EmbeddedNeo4j;
import dev.kg.graph.Neo4jConnection;
import dev.kg.graph.Neo4jConnection.Credentials;
import dev.kg.graph.Schema;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the graph lives: the embedded store (default) or a Neo4j server given by URI. */
final class GraphOptions {

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
   * Opens the graph, starting the embedded server when no URI is given, and applies the schema. On
   * the embedded server's free port kg logs in as a user made for this run, whose password only this
   * process knows (see {@link EmbeddedNeo4j}).
   */
  GraphSession open() {
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
        session = new GraphSession(neo4j, neo4j.connect(), "embedded store " + store);
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
