package dev.kg.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kg.graph.CypherRunner;
import dev.kg.graph.QueryResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Runs a Cypher statement and prints its rows.",
    footer = {
      "",
      "Example:",
      "  kg query \"MATCH (p:Person)<-[m:MENTIONS]-(:Document) RETURN p.name, sum(m.count) AS mentions ORDER BY mentions DESC\"",
      "  kg query --param name=Putin \"MATCH (e:Entity) WHERE \\$name IN e.aliases RETURN e.id, e.name\""
    })
final class QueryCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin GraphOptions graph;

  @Parameters(index = "0", paramLabel = "CYPHER", description = "The Cypher statement.")
  String cypher;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description = "A query parameter; VALUE is read as JSON when it parses (numbers, lists, quoted strings), else as text.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--json", description = "Print the rows as JSON objects, one per line.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    QueryResult result;
    try (GraphSession session = graph.open()) {
      result = new CypherRunner(session.driver()).run(cypher, parameters());
    }
    if (json) {
      for (Map<String, Object> row : result.asMaps()) {
        out.println(JSON.writeValueAsString(row));
      }
    } else {
      new Table(result.columns(), result.rows()).print(out);
    }
    out.flush();
    return 0;
  }

  private Map<String, Object> parameters() {
    Map<String, Object> values = new LinkedHashMap<>();
    params.forEach((name, text) -> values.put(name, parse(text)));
    return values;
  }

  private static Object parse(String text) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (JsonProcessingException notJson) {
      return text;
    }
  }
}
