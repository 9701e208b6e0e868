package dev.kg.cli;

import dev.kg.graph.CypherRunner;
import dev.kg.graph.GraphWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg remove DOCUMENT...}: takes documents out of the graph with everything only they supported.
 *
 * <pre>
 * kg remove article-17
 * kg remove articles/harbour-summit.txt
 * </pre>
 */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = {
      "Removes documents, given by id or by the path they were read from, with their mentions and every fact",
      "only they supported; counts, names and evidence of what other documents share are recomputed, and an",
      "entity no document mentions any more is deleted. The graph is as if the documents had never been ingested."
    })
final class RemoveCommand implements Callable<Integer> {

  private static final String FIND_DOCUMENTS =
      "MATCH (d:Document) WHERE d.id = $reference OR d.path = $reference RETURN d.id AS id ORDER BY id";

  @Mixin GraphOptions graph;

  @Parameters(arity = "1..*", paramLabel = "DOCUMENT", description = "A document id, or the path it was read from.")
  List<String> references;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (GraphSession session = graph.open()) {
      GraphWriter writer = new GraphWriter(session.driver());
      writer.requireFree();
      CypherRunner cypher = new CypherRunner(session.driver());
      Set<String> ids = new LinkedHashSet<>();
      for (String reference : references) {
        List<Map<String, Object>> found = cypher.run(FIND_DOCUMENTS, Map.of("reference", reference)).asMaps();
        if (found.isEmpty()) {
          throw new UserException("no document '" + reference + "' in the graph (give its id or the path it was read from)");
        }
        found.forEach(row -> ids.add((String) row.get("id")));
      }
      for (String id : ids) {
        writer.remove(id);
        spec.commandLine().getOut().println("Removed " + id);
      }
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
