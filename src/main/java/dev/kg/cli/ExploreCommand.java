package dev.kg.cli;

import dev.kg.extract.EntityType;
import dev.kg.graph.CypherRunner;
import dev.kg.graph.QueryLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg explore NAME}: an entity, the documents that mention it, and the entities it shares
 * sentences with, grouped by type, each with a sentence that shows it.
 *
 * <pre>
 * kg explore "Kaja Lind"
 * kg explore Vries --limit 3 --json
 * </pre>
 */
@Command(
    name = "explore",
    mixinStandardHelpOptions = true,
    description = {
      "Shows an entity: its type, names and counts, the documents that mention it, and the entities that",
      "share sentences with it, grouped by type, strongest first, each with the first sentence naming both."
    },
    footer = {"", "Examples:", "  kg explore \"Kaja Lind\"", "  kg explore Vries --limit 3 --json"})
final class ExploreCommand implements Callable<Integer> {

  private static final List<String> DOCUMENT_COLUMNS =
      List.of("document", "title", "published", "mentions", "names");
  private static final List<String> NEIGHBOUR_COLUMNS =
      List.of("name", "sentences", "documents", "document", "sentence", "evidence");

  @Mixin GraphOptions graph;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "The entity's name, an alias or its id; else words of its name, if they fit one entity only.")
  String name;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "At most N documents, and N neighbours of each type (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object: entity, documents, neighbours by type.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QueryLibrary queries = QueryLibrary.load();
    Map<String, Object> entity;
    List<Map<String, Object>> documents;
    List<Map<String, Object>> neighbours;
    try (GraphSession session = graph.open()) {
      CypherRunner cypher = new CypherRunner(session.driver());
      entity = new EntityLookup(cypher, queries).entity(name);
      Map<String, Object> parameters = Map.of("name", entity.get("id"), "limit", limit);
      documents = cypher.run(queries.get("entity-documents").cypher(), parameters).asMaps();
      neighbours = cypher.run(queries.get("entity-neighbourhood").cypher(), parameters).asMaps();
    }
    Map<EntityType, List<Map<String, Object>>> neighboursByType = byType(neighbours);
    ExplorerOutput out = new ExplorerOutput(spec.commandLine().getOut());
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("entity", entity);
      result.put("documents", documents);
      result.put("neighbours", neighboursByType);
      out.json(result);
    } else {
      print(out, entity, documents, neighboursByType);
    }
    out.flush();
    return 0;
  }

  private static void print(
      ExplorerOutput out,
      Map<String, Object> entity,
      List<Map<String, Object>> documents,
      Map<EntityType, List<Map<String, Object>>> neighboursByType) {
    out.line(entity.get("name") + "  (" + entity.get("id") + ")");
    out.line(
        "type: " + entity.get("type") + (entity.get("kind") == null ? "" : " " + entity.get("kind"))
            + ", mentions: " + entity.get("mentions") + ", documents: " + entity.get("documents")
            + ", names: " + String.join(", ", strings(entity.get("aliases"))));
    String shown = documents.size() + " of " + entity.get("documents");
    out.section("Documents (" + shown + "):", documents, DOCUMENT_COLUMNS);
    neighboursByType.forEach(
        (type, rows) -> out.section(type.label() + " neighbours, by sentences shared:", rows, NEIGHBOUR_COLUMNS));
    if (neighboursByType.isEmpty()) {
      out.line("");
      out.line("No sentence names it together with another entity.");
    }
  }

  /** The rows grouped by their type, in EntityType order. */
  private static Map<EntityType, List<Map<String, Object>>> byType(
      List<Map<String, Object>> neighbours) {
    Map<EntityType, List<Map<String, Object>>> byType = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      List<Map<String, Object>> rows =
          neighbours.stream().filter(row -> type.name().equals(row.get("type"))).toList();
      if (!rows.isEmpty()) {
        byType.put(type, rows);
      }
    }
    return byType;
  }

  private static List<String> strings(Object values) {
    return ((List<?>) values).stream().map(String::valueOf).toList();
  }
}
