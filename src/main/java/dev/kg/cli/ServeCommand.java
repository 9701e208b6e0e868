package dev.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps the embedded Neo4j running for Neo4j Browser, cypher-shell and other clients until Ctrl-C.",
      "Both connectors listen on 127.0.0.1 only; clients log in as neo4j unless --no-auth is given.",
      "Browser applies kg's style (cypher/style.grass) and opens kg's guide (cypher/guide.html) on connect.",
      "Takes articles posted to /kg/documents (JSON like a JSONL line, or an array), ingested as kg ingest does."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Mixin ServeOptions serve;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (!graph.isEmbedded()) {
      throw new UserException("serve runs the embedded database; a server given by --uri or NEO4J_URI is already served");
    }
    serve.serve(graph, spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }
}
