package dev.kg.cli;

import dev.kg.graph.CypherRunner;
import dev.kg.graph.QueryLibrary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg timeline}: the events in the graph in date order, with participants (named, and those
 * the text does not name, as its words), whether they are only expected, place and sources.
 *
 * <pre>
 * kg timeline
 * kg timeline --entity "Kim Jong Un"
 * </pre>
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Prints events in date order (undated last) with their participants, those the text does not",
      "name (as \"<role>: <words>\"), whether the text tells them only as still to come (expected),",
      "place and the documents that report them, each as <document id>#<sentence index>."
    })
final class TimelineCommand implements Callable<Integer> {

  private static final List<String> COLUMNS =
      List.of("date", "dateText", "type", "expected", "participants", "unnamed", "place", "sources");

  @Mixin GraphOptions graph;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only events this entity (id, name or alias) took part in.")
  String entity;

  @Option(names = "--json", description = "Print the events as a JSON array, with the first reporting sentence of each.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QueryLibrary queries = QueryLibrary.load();
    List<Map<String, Object>> events;
    try (GraphSession session = graph.open()) {
      CypherRunner cypher = new CypherRunner(session.driver());
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("name", entity == null ? null : new EntityLookup(cypher, queries).entity(entity).get("id"));
      events = cypher.run(queries.get("event-timeline").cypher(), parameters).asMaps();
    }
    ExplorerOutput out = new ExplorerOutput(spec.commandLine().getOut());
    if (json) {
      out.json(events);
    } else if (events.isEmpty()) {
      out.line(entity == null ? "The graph holds no events." : "No event names " + entity + ".");
    } else {
      out.table(events, COLUMNS);
    }
    out.flush();
    return 0;
  }
}
