package dev.kg.cli;

import dev.kg.graph.EmbeddedNeo4j;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps the embedded Neo4j running for Neo4j Browser, cypher-shell and other clients until Ctrl-C.",
      "Both connectors listen on 127.0.0.1 only."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Option(names = "--bolt-port", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
  int boltPort;

  @Option(names = "--http-port", defaultValue = "7474", description = "HTTP port for Neo4j Browser (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (!graph.isEmbedded()) {
      throw new UserException("serve runs the embedded database; a server given by --uri or NEO4J_URI is already served");
    }
    PrintWriter out = spec.commandLine().getOut();
    GraphSession session =
        graph.open(EmbeddedNeo4j.Options.of(graph.store).withBoltPort(boltPort).withHttpPort(httpPort));
    CountDownLatch stopped = new CountDownLatch(1);
    // The JVM waits for shutdown hooks, so closing here lets Neo4j flush its store on Ctrl-C.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  session.close();
                  stopped.countDown();
                },
                "kg-serve-stop"));
    EmbeddedNeo4j neo4j = session.embedded().orElseThrow();
    out.println("Serving " + session.description());
    neo4j.httpUri().ifPresent(http -> out.println("  Neo4j Browser: " + http.resolve("browser/")));
    out.println("  Bolt:          " + neo4j.boltUri() + "  (authentication: none; localhost only)");
    out.println("In Browser, connect to " + neo4j.boltUri() + " with 'No authentication'. Ctrl-C stops the server.");
    out.flush();
    stopped.await();
    return 0;
  }
}
