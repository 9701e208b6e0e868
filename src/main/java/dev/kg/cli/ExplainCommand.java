package dev.kg.cli;

import dev.kg.graph.CypherRunner;
import dev.kg.graph.QueryLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg explain}: the sentences behind the facts about an entity, or behind one fact.
 *
 * <pre>
 * kg explain "Sergei Shoigu"                                     # every fact about him, and his quotations
 * kg explain "Sergei Shoigu" HOLDS_POSITION "Security Council"   # one fact, sentence by sentence
 * </pre>
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the sentences that support facts: with NAME alone, every relation of that entity (either",
      "direction) and what it said; with NAME TYPE OTHER, the one fact NAME -[TYPE]-> OTHER (or OTHER -> NAME)."
    },
    footer = {
      "",
      "Examples:",
      "  kg explain \"Sergei Shoigu\"",
      "  kg explain \"Sergei Shoigu\" HOLDS_POSITION \"Security Council\"",
      "  kg explain KCNA LOCATED_IN \"North Korea\" --json"
    })
final class ExplainCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Parameters(index = "0", paramLabel = "NAME", description = "An entity: its id, name or alias, or words of one entity's name.")
  String name;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TYPE", description = "A relationship type, e.g. HOLDS_POSITION.")
  String type;

  @Parameters(index = "2", arity = "0..1", paramLabel = "OTHER", description = "The entity at the other end.")
  String other;

  @Option(names = "--json", description = "Print one JSON object: entity, titles, facts (with their evidence), quotes.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (type != null && other == null) {
      throw new UserException("give the entity at the other end too: kg explain NAME " + type + " OTHER");
    }
    QueryLibrary queries = QueryLibrary.load();
    Map<String, Object> entity;
    List<Map<String, Object>> facts;
    List<Map<String, Object>> quotes;
    List<Object> titles;
    try (GraphSession session = graph.open()) {
      CypherRunner cypher = new CypherRunner(session.driver());
      EntityLookup lookup = new EntityLookup(cypher, queries);
      entity = lookup.entity(name);
      Map<String, Object> parameters = Map.of("name", entity.get("id"));
      facts = cypher.run(queries.get("entity-facts").cypher(), parameters).asMaps();
      titles = cypher.run(queries.get("entity-titles").cypher(), parameters).asMaps().stream()
          .flatMap(row -> ((List<?>) row.get("titles")).stream())
          .map(Object.class::cast)
          .toList();
      quotes = type == null ? cypher.run(queries.get("entity-quotes").cypher(), parameters).asMaps() : List.of();
      if (type != null) {
        Object otherId = lookup.entity(other).get("id");
        String wanted = type.toUpperCase(Locale.ROOT);
        facts = facts.stream().filter(f -> f.get("type").equals(wanted) && f.get("otherId").equals(otherId)).toList();
        if (facts.isEmpty()) {
          throw new UserException("no " + wanted + " fact links " + entity.get("name") + " and " + other
              + "; kg explain \"" + name + "\" lists its facts");
        }
      }
    }
    ExplorerOutput out = new ExplorerOutput(spec.commandLine().getOut());
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("entity", entity);
      result.put("titles", titles);
      result.put("facts", facts);
      result.put("quotes", quotes);
      out.json(result);
    } else {
      print(out, entity, titles, facts, quotes);
    }
    out.flush();
    return 0;
  }

  private static void print(
      ExplorerOutput out,
      Map<String, Object> entity,
      List<Object> titles,
      List<Map<String, Object>> facts,
      List<Map<String, Object>> quotes) {
    out.line(entity.get("name") + "  (" + entity.get("id") + ")");
    if (!titles.isEmpty()) {
      out.line("titles: " + String.join(", ", titles.stream().map(String::valueOf).toList()));
    }
    if (facts.isEmpty() && quotes.isEmpty()) {
      out.line("No relation or quotation of it is in the graph.");
    }
    for (Map<String, Object> fact : facts) {
      String arrow = Boolean.TRUE.equals(fact.get("outgoing"))
          ? "-[" + fact.get("type") + "]-> " + fact.get("other")
          : "<-[" + fact.get("type") + "]- " + fact.get("other");
      StringBuilder line = new StringBuilder("\n" + arrow);
      if (fact.get("titles") instanceof List<?> factTitles && !factTitles.isEmpty()) {
        // Each title its own mark: one edge may give a person a former title and a current one.
        List<?> former = fact.get("formerTitles") instanceof List<?> list ? list : List.of();
        line.append("  titles: ").append(String.join(", ", factTitles.stream()
            .map(title -> title + (former.contains(title) ? " (former)" : " (current)")).toList()));
      }
      line.append(String.format(Locale.ROOT, "  confidence %.2f, %s sentence(s) in %s document(s)",
          ((Number) fact.get("confidence")).doubleValue(), fact.get("evidenceCount"), fact.get("documentCount")));
      out.line(line.toString());
      List<?> documents = (List<?>) fact.get("documents");
      List<?> sentences = (List<?>) fact.get("sentences");
      List<?> starts = (List<?>) fact.get("starts");
      List<?> ends = (List<?>) fact.get("ends");
      List<?> methods = (List<?>) fact.get("methods");
      for (int i = 0; i < documents.size(); i++) {
        out.line("  " + documents.get(i) + " [" + starts.get(i) + "-" + ends.get(i) + "] (" + methods.get(i) + "): "
            + oneLine(sentences.get(i)));
      }
    }
    if (!quotes.isEmpty()) {
      out.line("\nSaid (" + quotes.size() + "):");
      for (Map<String, Object> quote : quotes) {
        out.line(String.format(Locale.ROOT, "  \u201c%s\u201d  %s @%s (%s, %.2f)", oneLine(quote.get("quote")),
            quote.get("document"), quote.get("start"), quote.get("method"), ((Number) quote.get("confidence")).doubleValue()));
      }
    }
  }

  private static String oneLine(Object text) {
    return String.valueOf(text).replaceAll("\\s+", " ");
  }
}
