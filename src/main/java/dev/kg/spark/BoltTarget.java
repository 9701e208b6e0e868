package dev.kg.spark;

import dev.kg.server.Neo4jConnection;
import dev.kg.server.Neo4jConnection.Credentials;
import java.io.Serializable;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Driver;

/**
 * The Neo4j server an executor writes to, as the driver process reaches it: its Bolt address and the
 * login, if it asks for one. Each executor JVM opens one connection per target, shared by its tasks,
 * and keeps it until the JVM ends or the driver closes them ({@link #closeAll}, which in {@code
 * local[N]} runs in the same JVM).
 *
 * <pre>{@code
 * BoltTarget target = BoltTarget.of(connection);   // on the driver
 * Driver driver = target.driver();                  // on an executor
 * }</pre>
 *
 * @param user {@code null} when the server asks for no login
 * @param password {@code null} when the server asks for no login
 */
record BoltTarget(String uri, String user, String password) implements Serializable {

  private static final Map<BoltTarget, Neo4jConnection> OPEN = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(BoltTarget::closeAll, "kg-close-bolt"));
  }

  /** Where {@code connection} connects, as whom. */
  static BoltTarget of(Neo4jConnection connection) {
    return connection
        .credentials()
        .map(login -> new BoltTarget(connection.uri().toString(), login.user(), login.password()))
        .orElseGet(() -> new BoltTarget(connection.uri().toString(), null, null));
  }

  /** This JVM's driver for the target, connected on first use. */
  Driver driver() {
    return OPEN.computeIfAbsent(this, BoltTarget::connect).driver();
  }

  /** Closes every connection this JVM opened. */
  static void closeAll() {
    OPEN.values().forEach(Neo4jConnection::close);
    OPEN.clear();
  }

  private Neo4jConnection connect() {
    URI address = URI.create(uri);
    return user == null ? Neo4jConnection.open(address) : Neo4jConnection.open(address, new Credentials(user, password));
  }

  /** Leaves the password out, so targets can be logged. */
  @Override
  public String toString() {
    return "BoltTarget[uri=" + uri + ", user=" + user + ", password=***]";
  }
}
