package dev.kg.cli;

import dev.kg.graph.CypherRunner;
import dev.kg.graph.QueryResult;
import dev.kg.ingest.SampleArticles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the sample articles that ship with kg (one each of .txt, .md, .jsonl and .html)",
      "into the graph, prints what it found, and serves it to Neo4j Browser until Ctrl-C (as kg serve does)."
    })
final class DemoCommand implements Callable<Integer> {

  private static final String TOP_ENTITIES =
      """
      MATCH (e:Entity)
      RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name,
             e.documentCount AS documents, e.mentionCount AS mentions, e.aliases AS aliases
      ORDER BY type, documents DESC, mentions DESC, name
      """;

  @Mixin GraphOptions graph;

  @Mixin ServeOptions serve;

  @Option(names = "--no-serve", description = "End after ingesting, instead of serving the graph to Neo4j Browser.")
  boolean noServe;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int status = ingestSamples();
    if (serves()) {
      serve.serve(graph, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    return status;
  }

  /**
   * The options the commands shown need to reach the graph just made: none for the default store, the
   * store or server given otherwise (the commands alone would open ./kg-data, and refuse it as no store).
   */
  private String where() {
    if (!graph.isEmbedded()) {
      return " --uri " + graph.uri;
    }
    if (!spec.commandLine().getParseResult().hasMatchedOption("--store")) {
      return "";
    }
    String store = graph.store.toString();
    return " --store " + (store.matches("[\\w./,:@%+=-]+") ? store : "'" + store.replace("'", "'\\''") + "'");
  }

  // A server given by --uri serves Browser itself.
  private boolean serves() {
    return !noServe && graph.isEmbedded();
  }

  private int ingestSamples() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path samples = SampleArticles.copyTo(Files.createTempDirectory("kg-demo-"));
    try (GraphSession session = graph.openOrCreate()) {
      int threads = Runtime.getRuntime().availableProcessors();
      int status =
          new Ingestion(spec.commandLine(), threads, Integer.MAX_VALUE, true)
                  .run(session, List.of(samples.toString()))
                  .problems()
                  .isEmpty()
              ? 0
              : Kg.EXIT_INPUT_FAILED;
      QueryResult entities = new CypherRunner(session.driver()).run(TOP_ENTITIES, Map.of());
      out.println();
      out.println("Entities found:");
      new Table(entities.columns(), entities.rows()).print(out);
      out.println();
      out.println(serves() ? "Explore the graph in Neo4j Browser below; after Ctrl-C, also with:" : "Explore the graph:");
      String where = where();
      out.println("  ./kg explore \"Kaja Lind\"" + where + "          # facts, neighbours and sources of one entity");
      out.println("  ./kg path \"Kaja Lind\" \"Tomas Novak\"" + where + "  # how two entities connect, with evidence");
      out.println("  ./kg search rotterdam" + where + "               # full-text over names and aliases");
      out.println("  ./kg query" + where + " \"MATCH (p:Person)<-[m:MENTIONS]-(d:Document) RETURN p.name, d.title, m.count\"");
      out.println("  ./kg stats" + where);
      out.println("  ./kg export" + where + " --out graph.json");
      if (!serves()) {
        out.println("  ./kg serve" + where + "        # Neo4j Browser at http://127.0.0.1:7474/browser/");
      }
      out.println();
      out.flush();
      return status;
    } finally {
      Directories.deleteRecursively(samples);
    }
  }
}
