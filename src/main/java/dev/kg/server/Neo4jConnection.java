package dev.kg.server;

import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.Messages;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * A verified connection to a Neo4j server: a {@link Driver} that has reached the server and been
 * accepted by it. Failing that, opening throws a {@link GraphUnavailableException} whose one-line
 * message says what went wrong, e.g. {@code cannot reach Neo4j at bolt://localhost:7999: connection
 * refused}.
 *
 * <pre>{@code
 * try (Neo4jConnection connection =
 *     Neo4jConnection.open(URI.create("bolt://localhost:7687"), new Credentials("neo4j", password))) {
 *   GraphStats.Stats stats = new GraphStats(connection.driver()).stats();
 * }
 * }</pre>
 */
public final class Neo4jConnection implements AutoCloseable {

  // A server that does not answer within this is as good as gone for a command-line tool. A managed
  // transaction (executeRead/executeWrite) that fails on a transient error, a lost connection among
  // them, is run again from its start for up to the retry time: long enough for a deadlock victim or
  // a server that restarts, short enough that a server gone for good is reported while the user waits.
  private static final Config CONFIG =
      Config.builder()
          .withConnectionTimeout(10, TimeUnit.SECONDS)
          .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
          .build();

  // Where kg's commands read a login from (GraphOptions), in the order they are tried.
  private static final String USER_SOURCES = "user from --user or NEO4J_USERNAME";
  private static final String PASSWORD_SOURCES = "password from --password-file, --password or NEO4J_PASSWORD";

  private final URI uri;
  private final Credentials credentials;
  private final Driver driver;

  private Neo4jConnection(URI uri, Credentials credentials, Driver driver) {
    this.uri = uri;
    this.credentials = credentials;
    this.driver = driver;
  }

  /** A user name and password for Neo4j's basic authentication. */
  public record Credentials(String user, String password) {

    public Credentials {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      if (user.isBlank()) {
        throw new IllegalArgumentException("Neo4j user name must not be blank");
      }
    }

    /** Leaves the password out, so credentials can be logged. */
    @Override
    public String toString() {
      return "Credentials[user=" + user + ", password=***]";
    }
  }

  /** Connects to a server that does not ask for authentication, such as {@link EmbeddedNeo4j}. */
  public static Neo4jConnection open(URI uri) {
    return connect(uri, AuthTokens.none(), null);
  }

  /** Connects as {@code credentials.user()}. */
  public static Neo4jConnection open(URI uri, Credentials credentials) {
    return connect(uri, AuthTokens.basic(credentials.user(), credentials.password()), credentials);
  }

  /** The server's address as given to {@link #open}. */
  public URI uri() {
    return uri;
  }

  /**
   * The login this connection uses, for other processes to connect as it does (Spark's executors);
   * empty for a server that asks for none.
   */
  public Optional<Credentials> credentials() {
    return Optional.ofNullable(credentials);
  }

  /** The driver; it stays valid until {@link #close()}. */
  public Driver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.close();
  }

  private static Neo4jConnection connect(URI uri, AuthToken token, Credentials credentials) {
    String user = credentials == null ? null : credentials.user();
    Objects.requireNonNull(uri, "uri");
    Driver driver;
    try {
      driver = GraphDatabase.driver(uri, token, CONFIG);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a Neo4j address: " + uri + " (use bolt://host:port or neo4j://host:port)", e);
    }
    try {
      driver.verifyConnectivity();
      return new Neo4jConnection(uri, credentials, driver);
    } catch (Neo4jException e) {
      driver.close();
      throw unavailable(uri, user, e);
    }
  }

  private static GraphUnavailableException unavailable(URI uri, String user, Neo4jException failure) {
    String message;
    if (failure instanceof AuthenticationException) {
      // Say where kg took the login from, so the user knows what to correct without the manual.
      message =
          user == null
              ? "Neo4j at " + uri + " requires a user name and password (" + PASSWORD_SOURCES + ")"
              : "Neo4j at " + uri + " rejected the user '" + user + "': wrong user name or password ("
                  + USER_SOURCES + "; " + PASSWORD_SOURCES + ")";
    } else if (failure instanceof ServiceUnavailableException) {
      message = "cannot reach Neo4j at " + uri + ": " + unreachableReason(failure);
    } else {
      message = "cannot use Neo4j at " + uri + ": " + Messages.firstLine(failure);
    }
    return new GraphUnavailableException(message, failure);
  }

  private static String unreachableReason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException) {
        return "unknown host";
      }
      // Netty reports refusals and connect timeouts alike as ConnectExceptions, told apart by message.
      if (cause instanceof ConnectException) {
        String text = Messages.firstLine(cause).toLowerCase(Locale.ROOT);
        if (text.contains("refused")) {
          return "connection refused";
        }
        return text.contains("timed out") ? "connection timed out" : text;
      }
    }
    return Messages.firstLine(failure);
  }
}
