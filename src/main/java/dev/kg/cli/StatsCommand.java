package dev.kg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kg.export.GraphStats;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Counts nodes per label and relationships per type.")
final class StatsCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    GraphStats.Stats stats;
    try (GraphSession session = graph.open()) {
      stats = new GraphStats(session.driver()).stats();
    }
    if (json) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stats));
    } else {
      print(out, "Nodes", stats.labels());
      print(out, "Relationships", stats.relationshipTypes());
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String heading, Map<String, Long> counts) {
    out.println(heading + ":");
    int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
    counts.forEach((name, count) -> out.printf("  %-" + width + "s  %d%n", name, count));
  }
}
