package dev.kg.server;

import java.util.Map;
import java.util.Optional;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Neo4j's built-in user {@code neo4j} on an {@link EmbeddedNeo4j}. Its password lives in the store's
 * system database, so it stays with the store whatever kg process opens it.
 *
 * <pre>{@code
 * DefaultUser user = neo4j.defaultUser();
 * if (!user.hasPassword()) {
 *   user.setPassword(Password.generate(new SecureRandom()));
 * }
 * }</pre>
 */
public final class DefaultUser {

  public static final String NAME = "neo4j";

  private static final String PASSWORD_CHANGE_REQUIRED =
      "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired";
  private static final String SET_PASSWORD = "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED";
  private static final String HIDE_INITIAL_PASSWORD = "ALTER USER $user SET PASSWORD $password CHANGE REQUIRED";
  private static final String SAME_PASSWORD = "Old password and new password cannot be the same";

  // Transactions through the embedded API run with full rights whether or not Bolt asks for a login.
  private final GraphDatabaseService system;

  DefaultUser(GraphDatabaseService system) {
    this.system = system;
  }

  /**
   * Whether someone has set a password: a new store's user has Neo4j's initial password, which
   * must be changed before the user can do anything.
   */
  public boolean hasPassword() {
    return !passwordChangeRequired()
        .orElseThrow(() -> new IllegalStateException("the store has no user '" + NAME + "' any more; kg cannot set its password"));
  }

  /**
   * Replaces Neo4j's initial password, {@code neo4j}, which anyone knows, with {@code unknown} when
   * nobody has set one yet; the password must still be changed before the user can do anything, so
   * {@link #hasPassword()} stays false. Without this, whoever logs in first while the store listens
   * could choose the password for everyone.
   */
  void hideInitialPassword(Password unknown) {
    // A store whose user was dropped has no initial password to hide.
    if (passwordChangeRequired().orElse(false)) {
      system.executeTransactionally(HIDE_INITIAL_PASSWORD, Map.of("user", NAME, "password", unknown.value()));
    }
  }

  private Optional<Boolean> passwordChangeRequired() {
    return system.executeTransactionally(
        PASSWORD_CHANGE_REQUIRED,
        Map.of("user", NAME),
        result -> result.hasNext() ? Optional.of((Boolean) result.next().get("passwordChangeRequired")) : Optional.empty());
  }

  /** Sets the password, replacing whatever it was. */
  public void setPassword(Password password) {
    try {
      system.executeTransactionally(SET_PASSWORD, Map.of("user", NAME, "password", password.value()));
    } catch (QueryExecutionException e) {
      // Neo4j refuses to change a password to itself, which leaves it as asked for.
      if (!e.getMessage().contains(SAME_PASSWORD)) {
        throw e;
      }
    }
  }
}
