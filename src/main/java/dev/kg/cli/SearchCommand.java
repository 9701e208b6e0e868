package dev.kg.cli;

import dev.kg.graph.CypherRunner;
import dev.kg.graph.InvalidQueryException;
import dev.kg.graph.QueryLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.queryparser.classic.QueryParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg search TEXT}: entities whose names or aliases match, from the full-text index.
 *
 * <pre>
 * kg search vries
 * kg search 'Hofbaur~' --json
 * </pre>
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the names and aliases of entities (full-text index entityNames), best match first.",
      "TEXT is a Lucene query: words, \"a phrase\", a prefix (Hof*), a fuzzy match (Hofbaur~), AND, OR."
    },
    footer = {"", "Examples:", "  kg search vries", "  kg search 'Hofbaur~' --json"})
final class SearchCommand implements Callable<Integer> {

  private static final String LUCENE_QUERY_PARSER = "org.apache.lucene.queryparser";
  private static final List<String> HIT_COLUMNS = List.of("score", "type", "name", "id", "aliases", "documents");

  @Mixin GraphOptions graph;

  @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for, in Lucene query syntax.")
  String text;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Show at most N entities (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object: the query and its hits.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String cypher = QueryLibrary.load().get("search-names").cypher();
    List<Map<String, Object>> hits;
    try (GraphSession session = graph.open()) {
      hits = new CypherRunner(session.driver()).run(cypher, Map.of("query", text, "limit", limit)).asMaps();
    } catch (InvalidQueryException e) {
      // Neo4j hands on Lucene's parser error, a class name and a grammar dump; say what to do instead.
      if (e.getMessage().contains(LUCENE_QUERY_PARSER)) {
        throw new UserException(
            "'" + text + "' is not valid search syntax; quote a phrase (\"Kaja Lind\") or escape special"
                + " characters with \\ (" + QueryParser.escape(text) + ")");
      }
      throw e;
    }
    ExplorerOutput out = new ExplorerOutput(spec.commandLine().getOut());
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("query", text);
      result.put("hits", hits);
      out.json(result);
    } else {
      out.table(hits, HIT_COLUMNS);
    }
    out.flush();
    return 0;
  }
}
