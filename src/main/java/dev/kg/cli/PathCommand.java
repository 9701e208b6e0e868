package dev.kg.cli;

import dev.kg.graph.CypherRunner;
import dev.kg.graph.QueryLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg path A B}: how two entities connect through shared sentences, hop by hop, with the
 * sentence behind each hop.
 *
 * <pre>
 * kg path "Andris Ozols" "Tomas Novak"
 * kg path Ozols Novak --max-hops 2 --json
 * </pre>
 */
@Command(
    name = "path",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the shortest chains of co-occurrence between two entities: A shares a sentence with X, X with",
      "Y, ... and Z with B. Each hop comes with the first sentence that names both its ends, and its document."
    },
    footer = {
      "", "Examples:", "  kg path \"Andris Ozols\" \"Tomas Novak\"", "  kg path Ozols Novak --max-hops 2 --json"
    })
final class PathCommand implements Callable<Integer> {

  private static final List<String> HOP_COLUMNS =
      List.of("hop", "from", "to", "sentences", "documents", "document", "sentence", "evidence");

  @Mixin GraphOptions graph;

  @Parameters(index = "0", paramLabel = "A", description = "Where the paths start: a name, an alias or an id.")
  String from;

  @Parameters(index = "1", paramLabel = "B", description = "Where they end: a name, an alias or an id.")
  String to;

  @Option(
      names = "--max-hops",
      paramLabel = "N",
      defaultValue = "4",
      description = "Show no path longer than N hops (default: ${DEFAULT-VALUE}).")
  int maxHops;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "5",
      description = "Show at most N paths, when several are equally short (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object: from, to, maxHops, and paths of hops.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (maxHops < 1) {
      throw new UserException("--max-hops must be at least 1, got " + maxHops);
    }
    QueryLibrary queries = QueryLibrary.load();
    Map<String, Object> start;
    Map<String, Object> end;
    List<Map<String, Object>> hops;
    try (GraphSession session = graph.open()) {
      CypherRunner cypher = new CypherRunner(session.driver());
      EntityLookup entities = new EntityLookup(cypher, queries);
      start = entities.entity(from);
      end = entities.entity(to);
      if (start.get("id").equals(end.get("id"))) {
        throw new UserException("'" + from + "' and '" + to + "' are the same entity, " + start.get("id"));
      }
      Map<String, Object> parameters =
          Map.of("from", start.get("id"), "to", end.get("id"), "maxHops", maxHops, "limit", limit);
      hops = cypher.run(queries.get("shortest-paths").cypher(), parameters).asMaps();
    }
    List<List<Map<String, Object>>> paths = new ArrayList<>(byPath(hops).values());
    ExplorerOutput out = new ExplorerOutput(spec.commandLine().getOut());
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("from", start);
      result.put("to", end);
      result.put("maxHops", maxHops);
      result.put("paths", paths.stream().map(path -> Map.of("hops", path)).toList());
      out.json(result);
    } else if (paths.isEmpty()) {
      out.line(
          "No path of at most " + maxHops + " hops links " + start.get("name") + " and " + end.get("name") + ".");
    } else {
      out.line(
          paths.size() + " shortest path(s) of " + paths.get(0).size() + " hop(s) from " + start.get("name")
              + " to " + end.get("name") + ":");
      for (int i = 0; i < paths.size(); i++) {
        out.section("Path " + (i + 1) + ": " + route(paths.get(i)), paths.get(i), HOP_COLUMNS);
      }
    }
    out.flush();
    return 0;
  }

  /** The hops of each path, by path number. */
  private static Map<Long, List<Map<String, Object>>> byPath(List<Map<String, Object>> hops) {
    Map<Long, List<Map<String, Object>>> paths = new TreeMap<>();
    for (Map<String, Object> hop : hops) {
      paths.computeIfAbsent((Long) hop.get("path"), path -> new ArrayList<>()).add(hop);
    }
    return paths;
  }

  /** "A - X - B" */
  private static String route(List<Map<String, Object>> hops) {
    return hops.get(0).get("from")
        + hops.stream().map(hop -> " - " + hop.get("to")).collect(Collectors.joining());
  }
}
