package dev.kg.server;

import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.Messages;
import dev.kg.server.browser.BrowserFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;

/**
 * A Neo4j server running inside this JVM on a store directory, reachable over Bolt on 127.0.0.1 and,
 * when asked for, over HTTP, where it serves Neo4j Browser at {@code /browser/} with kg's style and
 * guide (see {@link BrowserFiles}), and any JAX-RS resources its caller adds under {@code /kg}
 * ({@link Options#withKgResources}: {@code kg serve} takes documents at {@code /kg/documents}).
 *
 * <p>Bolt asks every client for a login from the moment it listens, unless authentication is turned
 * off on purpose ({@code kg serve --no-auth}). People log in as the {@link DefaultUser}, whose
 * password {@code kg serve} sets; kg itself connects ({@link #connect()}) as a {@link ProcessUser}
 * with a password made for this run and known only to this process, so a command's random port is
 * no way in for other programs on the machine, and the store's own password is left as it was. Neo4j's
 * initial password for a new store's user, {@code neo4j}, which anyone knows, is replaced on start
 * with one nobody knows, still to be changed, so nobody can claim the user before {@code kg serve}
 * gives it a password.
 *
 * <p>The store directory is Neo4j's home: databases go to {@code data/} and Neo4j's own logs to
 * {@code logs/} under it, never to the console. Only one process can use a store at a time. Start
 * takes several seconds, so start one server per process and share it.
 *
 * <pre>{@code
 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(Path.of("kg-data")));
 *     Neo4jConnection connection = neo4j.connect()) {
 *   new GraphWriter(connection.driver()).write(extraction);
 * }
 * }</pre>
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final String HOST = "127.0.0.1";

  /** The Bolt port {@code kg serve} listens on unless told otherwise, Neo4j's usual one. */
  public static final int SERVE_BOLT_PORT = 7687;
  private static final long PAGE_CACHE_BYTES = 512L * 1024 * 1024;
  private static final Duration SHUTDOWN_WAIT = Duration.ofMillis(200);

  /**
   * How long a Cypher plan is kept before Neo4j may plan its statement again (Neo4j's default is 10
   * s). It plans again whenever a count its plan used has changed enough since, and a graph that an
   * ingest fills from empty changes every count by that much in seconds: ingesting 60 articles into
   * a new store, Neo4j planned kg's statements again 129 times, and planning (first plans included)
   * took about a fifth of the run's CPU samples. kg's statements find their nodes by unique keys, so
   * their plans hardly change with the counts; a statement is still planned afresh on the grown
   * graph every few minutes. The price: in a new store, the plans the first documents make on an
   * almost empty graph serve the whole of a short ingest, so a statement must have no plan that is
   * cheap only on an empty graph (RelationEdges: a MERGE of a relationship with a dynamic type was
   * planned as a scan of every relationship).
   */
  private static final Duration REPLAN_INTERVAL = Duration.ofMinutes(5);

  /**
   * Whether Neo4j keys a plan by the lengths of the lists and strings it was planned with (its
   * default; an internal setting). It then plans a statement again for each bucket of lengths its
   * parameters fall in (0, 1, about 10, about 100, ...), so the statement that writes a document's
   * entities as one list was planned for a document of 3 entities, again for one of 30 and again for
   * one of 300. kg's statements find their nodes by unique keys, so the lengths do not change their
   * plans: keyed by them, Neo4j made 92 plans for the first 40 BBC articles, 60 without, and writing
   * the extractions of 120 into a fresh store took 34.4 CPU-s instead of 40.1 (means of 5 and 7 runs).
   */
  private static final boolean PLAN_BY_PARAMETER_LENGTH = false;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DatabaseManagementService service;
  private final URI boltUri;
  private final URI httpUri;
  private final boolean authentication;
  // Made on the first connect(), dropped on close().
  private ProcessUser processUser;

  private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, URI httpUri, boolean authentication) {
    this.service = service;
    this.boltUri = boltUri;
    this.httpUri = httpUri;
    this.authentication = authentication;
  }

  /**
   * Where and how to run the server.
   *
   * @param store the store directory, created when missing
   * @param boltPort the Bolt port on 127.0.0.1; 0 picks a free one
   * @param httpPort the HTTP port on 127.0.0.1, 0 for a free one; empty for no HTTP
   * @param authentication whether clients must log in
   * @param kgResources packages of JAX-RS resources served under {@code /kg} beside Browser's files
   */
  public record Options(
      Path store, int boltPort, OptionalInt httpPort, boolean authentication, List<String> kgResources) {

    public Options {
      Objects.requireNonNull(store, "store");
      Objects.requireNonNull(httpPort, "httpPort");
      checkPort(boltPort, "Bolt");
      httpPort.ifPresent(port -> checkPort(port, "HTTP"));
      kgResources = List.copyOf(kgResources);
    }

    /** Bolt on a free port, no HTTP, clients must log in. */
    public static Options of(Path store) {
      return new Options(store, 0, OptionalInt.empty(), true, List.of());
    }

    public Options withBoltPort(int port) {
      return new Options(store, port, httpPort, authentication, kgResources);
    }

    /** With the HTTP connector and Neo4j Browser on {@code port}; 0 picks a free one. */
    public Options withHttpPort(int port) {
      return new Options(store, boltPort, OptionalInt.of(port), authentication, kgResources);
    }

    public Options withAuthentication(boolean enabled) {
      return new Options(store, boltPort, httpPort, enabled, kgResources);
    }

    /**
     * Also serves, over HTTP, the JAX-RS resources of the package {@code packageName} under
     * {@code /kg}, as {@code kg serve} does with its document feed; the server takes the caller's
     * classes without knowing them.
     */
    public Options withKgResources(String packageName) {
      List<String> packages = new ArrayList<>(kgResources);
      packages.add(Objects.requireNonNull(packageName, "packageName"));
      return new Options(store, boltPort, httpPort, authentication, packages);
    }

    private static void checkPort(int port, String connector) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException(connector + " port must be between 0 and 65535, got " + port);
      }
    }
  }

  /**
   * Starts a server and waits until it accepts connections.
   *
   * @throws GraphUnavailableException if another process holds the store or a port is taken
   */
  public static EmbeddedNeo4j start(Options options) {
    // Free ports are chosen here rather than left to Neo4j so the advertised Bolt address, which
    // Browser and neo4j:// routing hand to clients, carries the real port instead of 0.
    int boltPort = availablePort(options.boltPort(), "Bolt");
    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(options.store().toAbsolutePath())
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
            .setConfig(GraphDatabaseSettings.auth_enabled, options.authentication())
            .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, REPLAN_INTERVAL)
            .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, PLAN_BY_PARAMETER_LENGTH)
            // Neo4j waits 5 s per Bolt pool for clients to leave on shutdown; kg's own have already left.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, SHUTDOWN_WAIT)
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, SHUTDOWN_WAIT)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
            .setConfig(HttpConnector.enabled, options.httpPort().isPresent());
    URI httpUri = null;
    if (options.httpPort().isPresent()) {
      int httpPort = availablePort(options.httpPort().getAsInt(), "HTTP");
      httpUri = URI.create("http://" + HOST + ":" + httpPort + "/");
      serveBrowser(builder, httpUri, options.kgResources());
    }
    DatabaseManagementService service;
    try {
      service = builder.build();
    } catch (RuntimeException e) {
      throw explain(e, options.store());
    }
    EmbeddedNeo4j neo4j =
        new EmbeddedNeo4j(service, URI.create("bolt://" + HOST + ":" + boltPort), httpUri, options.authentication());
    if (options.authentication()) {
      try {
        neo4j.defaultUser().hideInitialPassword(Password.generate(RANDOM));
        ProcessUser.dropLeftover(neo4j.system());
      } catch (RuntimeException e) {
        service.shutdown();
        throw e;
      }
    }
    return neo4j;
  }

  /**
   * A connection for this process: logged in as its {@link ProcessUser}, made on the first call, or
   * without a login when authentication is off. Each call opens a driver of its own; close them
   * before the server.
   */
  public synchronized Neo4jConnection connect() {
    if (!authentication) {
      return Neo4jConnection.open(boltUri);
    }
    if (processUser == null) {
      processUser = ProcessUser.create(system(), RANDOM);
    }
    return Neo4jConnection.open(boltUri, processUser.credentials());
  }

  /** Where drivers connect, e.g. {@code bolt://127.0.0.1:7687}. */
  public URI boltUri() {
    return boltUri;
  }

  /** The HTTP root, e.g. {@code http://127.0.0.1:7474/}; Browser is at {@code browser/} under it. */
  public Optional<URI> httpUri() {
    return Optional.ofNullable(httpUri);
  }

  /** The user clients log in as when authentication is on. */
  public DefaultUser defaultUser() {
    return new DefaultUser(system());
  }

  /** Stops the server and releases the store, dropping this process's user; open drivers lose their connections. */
  @Override
  public synchronized void close() {
    try {
      if (processUser != null) {
        processUser.drop();
      }
    } finally {
      service.shutdown();
    }
  }

  private GraphDatabaseService system() {
    return service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
  }

  private static void serveBrowser(DatabaseManagementServiceBuilder builder, URI httpUri, List<String> kgResources) {
    SocketAddress address = new SocketAddress(HOST, httpUri.getPort());
    // Browser fetches the style and guide without credentials, and only from allowed hosts. The rest
    // of /kg, the documents kg serve takes, asks for Neo4j's login like the graph itself; its health
    // report, for probes, does not.
    List<String> publicPaths = new ArrayList<>(ServerSettings.http_auth_allowlist.defaultValue());
    publicPaths.add(BrowserFiles.MOUNT_POINT + "/(style\\.grass|guide\\.html|health)");
    List<ThirdPartyJaxRsPackage> packages = new ArrayList<>();
    packages.add(new ThirdPartyJaxRsPackage(BrowserFiles.class.getPackageName(), BrowserFiles.MOUNT_POINT));
    kgResources.forEach(name -> packages.add(new ThirdPartyJaxRsPackage(name, BrowserFiles.MOUNT_POINT)));
    builder
        .setConfig(HttpConnector.listen_address, address)
        .setConfig(HttpConnector.advertised_address, address)
        .setConfig(ServerSettings.allow_telemetry, false)
        .setConfig(ServerSettings.third_party_packages, packages)
        .setConfig(ServerSettings.http_auth_allowlist, publicPaths)
        .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, HOST)
        .setConfig(ServerSettings.browser_post_connect_cmd, BrowserFiles.postConnectCommand(httpUri));
  }

  private static int availablePort(int requested, String connector) {
    try (ServerSocket socket = new ServerSocket(requested, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      if (requested == 0) {
        throw new UncheckedIOException("cannot find a free port on " + HOST, e);
      }
      throw new GraphUnavailableException(
          "cannot start Neo4j: " + connector + " port " + requested + " on " + HOST
              + " is already in use (is `kg serve` or another Neo4j running?)",
          e);
    }
  }

  private static RuntimeException explain(RuntimeException failure, Path store) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FileLockException) {
        // Neo4j reports an unwritable store as a lock it could not take.
        String problem =
            Files.isWritable(store)
                ? "is in use by another kg process (stop it, or reach a `kg serve` through its Bolt address: "
                    + "--uri bolt://" + HOST + ":" + SERVE_BOLT_PORT + " by default)"
                : "is not writable";
        return new GraphUnavailableException("the store at " + store + " " + problem, failure);
      }
      if (cause instanceof BindException) {
        // Only a port taken between choosing it and Neo4j binding it gets here.
        String reason = Messages.firstLine(cause);
        return new GraphUnavailableException(
            "cannot start Neo4j: a port on " + HOST + " is already in use (" + reason + ")", failure);
      }
    }
    return failure;
  }
}
