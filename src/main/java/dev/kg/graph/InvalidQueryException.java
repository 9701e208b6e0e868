package dev.kg.graph;

/**
 * Neo4j refused a user's Cypher query: a syntax error, an unknown function, a constraint the query
 * would violate. The message is Neo4j's own explanation, cut to its first line.
 */
public final class InvalidQueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
