package dev.kg.cli;

import dev.kg.feed.DocumentFeed;
import dev.kg.feed.DocumentsResource;
import dev.kg.graph.HeldGraphException;
import dev.kg.server.EmbeddedNeo4j;
import dev.kg.server.Password;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * How {@code kg serve} and {@code kg demo} serve the embedded store: ports, login, for how long, and
 * the documents they take over HTTP.
 */
final class ServeOptions {

  @Option(
      names = "--bolt-port",
      defaultValue = "" + EmbeddedNeo4j.SERVE_BOLT_PORT,
      description = "Bolt port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int boltPort;

  @Option(
      names = "--http-port",
      defaultValue = "7474",
      description = "HTTP port for Neo4j Browser (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int httpPort;

  @Option(
      names = "--no-auth",
      description =
          "Let clients in without logging in: any program on this machine can then read and change the graph. "
              + "Without it, clients log in as neo4j with the password from --password, --password-file or NEO4J_PASSWORD, the one "
              + "set before, or, on a store's first serve, one kg generates and prints once.")
  boolean noAuth;

  @Option(
      names = "--warm",
      description =
          "Load the annotation pipeline at start (about 40 s and 4 GB) instead of with the first document "
              + "posted to /kg/documents, and rehearse on kg's sample articles (no write is kept) before "
              + "/kg/health says warm.")
  boolean warm;

  @Option(
      names = "--max-request-bytes",
      paramLabel = "N",
      defaultValue = "10485760",
      description = "Refuse (413) documents posted in a request body over N bytes (default: ${DEFAULT-VALUE}).")
  int maxRequestBytes;

  /** How long to serve; tests stop the server with their own instead of ending the JVM. */
  Supplier<Lifetime> lifetime = UntilShutdown::new;

  /** Serves {@code graph}'s embedded store until the lifetime ends, printing how to connect. */
  void serve(GraphOptions graph, PrintWriter out, PrintWriter err) throws InterruptedException {
    // Checked before anything starts, so a mistyped number neither creates a store nor prints a stack trace.
    EmbeddedNeo4j.Options options = options(graph);
    if (maxRequestBytes < 1) {
      throw new UserException("--max-request-bytes must be at least 1, got " + maxRequestBytes);
    }
    if (noAuth) {
      err.println("kg: WARNING: authentication is off (--no-auth): any program on this machine can read and change the graph");
      err.flush();
    }
    try (Lifetime until = lifetime.get();
        ServedStore served = start(options, graph);
        DocumentFeed feed = served.takeDocuments(maxRequestBytes)) {
      if (warm) {
        feed.warmInBackground(served::connect);
      }
      served.describe(out);
      served.heldBy().ifPresent(batch -> {
        err.println("kg: " + HeldGraphException.heldBy(batch).getMessage() + "; until then posted documents are refused");
        err.flush();
      });
      until.await();
    }
  }

  private EmbeddedNeo4j.Options options(GraphOptions graph) {
    try {
      return EmbeddedNeo4j.Options.of(graph.store)
          .withBoltPort(boltPort)
          .withHttpPort(httpPort)
          .withKgResources(DocumentsResource.class.getPackageName());
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  private ServedStore start(EmbeddedNeo4j.Options options, GraphOptions graph) {
    if (noAuth) {
      return ServedStore.withoutAuthentication(options);
    }
    return ServedStore.withAuthentication(options, password(graph.password()), new SecureRandom());
  }

  private static Optional<Password> password(Optional<String> value) {
    try {
      return value.map(Password::of);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage() + " (from --password, --password-file or NEO4J_PASSWORD)");
    }
  }
}
