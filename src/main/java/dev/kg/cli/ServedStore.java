package dev.kg.cli;

import dev.kg.feed.DocumentFeed;
import dev.kg.graph.BatchWriter;
import dev.kg.graph.PendingBatch;
import dev.kg.graph.Schema;
import dev.kg.ingest.DocumentReader;
import dev.kg.server.DefaultUser;
import dev.kg.server.EmbeddedNeo4j;
import dev.kg.server.Neo4jConnection;
import dev.kg.server.Password;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The embedded store served to Neo4j Browser, drivers and cypher-shell, and what a user needs to log
 * in: with authentication, the {@code neo4j} user and a password that is given, set earlier, or
 * generated now and shown only once.
 */
final class ServedStore implements AutoCloseable {

  private final Path store;
  private final EmbeddedNeo4j neo4j;
  private final Optional<String> password;

  /** {@code password} says what the password is, and is empty when clients need none. */
  private ServedStore(Path store, EmbeddedNeo4j neo4j, Optional<String> password) {
    this.store = store;
    this.neo4j = neo4j;
    this.password = password;
    applySchema(neo4j);
  }

  // A store served before anything was ingested into it still answers kg's queries (the full-text
  // search needs its index) and takes writes under the same constraints as one kg ingest made.
  private static void applySchema(EmbeddedNeo4j neo4j) {
    try (Neo4jConnection connection = neo4j.connect()) {
      Schema.load().apply(connection.driver());
    }
  }

  /**
   * Starts the server with authentication on, setting the password to {@code password} when given,
   * or to a new one from {@code random} when the store has never had one.
   */
  static ServedStore withAuthentication(
      EmbeddedNeo4j.Options options, Optional<Password> password, RandomGenerator random) {
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(options.withAuthentication(true));
    try {
      return new ServedStore(options.store(), neo4j, Optional.of(login(neo4j.defaultUser(), password, random)));
    } catch (RuntimeException e) {
      neo4j.close();
      throw e;
    }
  }

  /** Starts the server letting every client in; the store's password is left as it is. */
  static ServedStore withoutAuthentication(EmbeddedNeo4j.Options options) {
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(options.withAuthentication(false));
    try {
      return new ServedStore(options.store(), neo4j, Optional.empty());
    } catch (RuntimeException e) {
      neo4j.close();
      throw e;
    }
  }

  /**
   * Takes documents posted to {@code /kg/documents} into this store until the feed is closed, with the
   * same login as Browser's.
   */
  DocumentFeed takeDocuments(int maxRequestBytes) {
    return DocumentFeed.open(
        neo4j.boltUri(),
        neo4j.httpUri().orElseThrow(),
        new DocumentFeed.Settings(
            password.isPresent(),
            maxRequestBytes,
            DocumentReader.DEFAULT_MAX_CHARS,
            Runtime.getRuntime().availableProcessors()));
  }

  /** A connection to the store as kg itself, whatever clients log in with. */
  Neo4jConnection connect() {
    return neo4j.connect();
  }

  /** The batch holding the store, if any: one whose run died, to be finished before anything else writes. */
  Optional<PendingBatch> heldBy() {
    try (Neo4jConnection connection = neo4j.connect()) {
      return new BatchWriter(connection.driver()).pending();
    }
  }

  /** Prints where to connect and how to log in. */
  void describe(PrintWriter out) {
    out.println("Serving the embedded store " + store + " until Ctrl-C.");
    neo4j.httpUri().ifPresent(http -> row(out, "Neo4j Browser", http.resolve("browser/").toString()));
    row(out, "Bolt", neo4j.boltUri().toString());
    neo4j.httpUri().ifPresent(http -> row(out, "Documents", "POST " + http.resolve(DocumentFeed.DOCUMENTS_PATH)));
    if (password.isPresent()) {
      row(out, "User", DefaultUser.NAME);
      row(out, "Password", password.get());
    } else {
      row(out, "Login", "none (--no-auth): choose \"No authentication\" in Browser");
    }
    out.println("Both listen on 127.0.0.1 only. On connect, Browser applies kg's style and opens kg's guide.");
    out.flush();
  }

  @Override
  public void close() {
    neo4j.close();
  }

  private static String login(DefaultUser user, Optional<Password> password, RandomGenerator random) {
    if (password.isPresent()) {
      user.setPassword(password.get());
      return "the one given by --password, --password-file or NEO4J_PASSWORD";
    }
    if (user.hasPassword()) {
      return "the one set for this store before; kg does not keep it (--password sets a new one)";
    }
    Password generated = Password.generate(random);
    user.setPassword(generated);
    return generated.value() + "  (generated for this store and shown only now: keep it; --password sets another)";
  }

  private static void row(PrintWriter out, String name, String value) {
    out.printf("  %-14s %s%n", name, value);
  }
}
