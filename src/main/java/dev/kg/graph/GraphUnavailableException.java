package dev.kg.graph;

/**
 * kg cannot use the graph: Neo4j is unreachable, rejected the credentials, or could not be started.
 * The message is one line meant for the user, e.g. {@code cannot reach Neo4j at bolt://localhost:7687:
 * connection refused}.
 */
public final class GraphUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GraphUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The server went away during a transaction and stayed away through the driver's retries. */
  static GraphUnavailableException lost(RuntimeException failure) {
    return new GraphUnavailableException("lost the connection to Neo4j: " + Messages.firstLine(failure), failure);
  }
}
