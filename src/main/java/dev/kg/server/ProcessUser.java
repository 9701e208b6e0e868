package dev.kg.server;

import dev.kg.server.Neo4jConnection.Credentials;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The user a kg process logs in as on an embedded store it opened itself: created with a password
 * generated for this run, which lives only in this process's memory (never printed, logged or
 * written down), and dropped when the store closes. So the store's Bolt port asks every client for a
 * login from the moment it listens, kg included, while the {@link DefaultUser}'s password, which
 * {@code kg serve} sets for people, is never touched. A user left behind by a process that was
 * killed has a password nobody knows, and the next start drops it ({@link #dropLeftover}).
 *
 * <pre>{@code
 * ProcessUser user = ProcessUser.create(system, new SecureRandom());
 * Neo4jConnection connection = Neo4jConnection.open(boltUri, user.credentials());
 * user.drop();
 * }</pre>
 */
final class ProcessUser {

  /** Neo4j user names may hold letters, digits and underscores; kg's own are spelt so nobody picks them. */
  static final String NAME = "kg_process";

  private static final String CREATE = "CREATE OR REPLACE USER $user SET PASSWORD $password CHANGE NOT REQUIRED";
  private static final String DROP = "DROP USER $user IF EXISTS";

  // Transactions through the embedded API run with full rights whether or not Bolt asks for a login.
  private final GraphDatabaseService system;
  private final Credentials credentials;

  private ProcessUser(GraphDatabaseService system, Credentials credentials) {
    this.system = system;
    this.credentials = credentials;
  }

  /** Creates the user, replacing any left behind, with a new password from {@code random}. */
  static ProcessUser create(GraphDatabaseService system, RandomGenerator random) {
    Password password = Password.generate(random);
    system.executeTransactionally(CREATE, Map.of("user", NAME, "password", password.value()));
    return new ProcessUser(system, new Credentials(NAME, password.value()));
  }

  /** Drops a user a killed process left behind, if there is one. */
  static void dropLeftover(GraphDatabaseService system) {
    system.executeTransactionally(DROP, Map.of("user", NAME));
  }

  Credentials credentials() {
    return credentials;
  }

  void drop() {
    dropLeftover(system);
  }
}
