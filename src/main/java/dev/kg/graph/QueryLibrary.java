package dev.kg.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The named queries of {@code cypher/queries.cypher}, which analysts run by hand and kg's explorer
 * commands run for them. In the file, each query follows a comment block that names it, says what it
 * answers, and gives example parameters:
 *
 * <pre>
 * // name: entity-documents
 * // The documents that mention an entity, oldest first.
 * // params: {"name": "Kaja Lind", "limit": 20}
 * MATCH (e:Entity)&lt;-[m:MENTIONS]-(d:Document) ... ;
 * </pre>
 *
 * <pre>{@code
 * NamedQuery documents = QueryLibrary.load().get("entity-documents");
 * QueryResult rows =
 *     new CypherRunner(driver).run(documents.cypher(), Map.of("name", "Kaja Lind", "limit", 20));
 * }</pre>
 */
public final class QueryLibrary {

  private static final String RESOURCE = "/cypher/queries.cypher";
  private static final String NAME_LINE = "// name:";
  private static final Pattern NAME = Pattern.compile("(?m)^" + NAME_LINE);
  private static final Pattern PARAMS = Pattern.compile("(?m)^// params: *(.*)$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> PARAMETERS =
      new TypeReference<>() {};

  private final Map<String, NamedQuery> queries;

  private QueryLibrary(Map<String, NamedQuery> queries) {
    this.queries = Collections.unmodifiableMap(queries);
  }

  /** The queries kg ships, read from the classpath. */
  public static QueryLibrary load() {
    return parse(CypherResources.read(RESOURCE));
  }

  /**
   * The queries of a script in the format above; text before the first {@code // name:} line is its
   * preamble, and comments after a query's statement are not part of it.
   *
   * @throws IllegalArgumentException if a query has no name, no parameters line, parameters that are
   *     not a JSON object, not exactly one statement, or a name an earlier query has
   */
  static QueryLibrary parse(String script) {
    Map<String, NamedQuery> queries = new LinkedHashMap<>();
    Matcher names = NAME.matcher(script);
    List<Integer> starts = new ArrayList<>();
    while (names.find()) {
      starts.add(names.start());
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : script.length();
      NamedQuery query = query(script.substring(starts.get(i), end));
      if (queries.put(query.name(), query) != null) {
        throw new IllegalArgumentException("two queries are named '" + query.name() + "'");
      }
    }
    return new QueryLibrary(queries);
  }

  /** Every query, in file order. */
  public List<NamedQuery> queries() {
    return List.copyOf(queries.values());
  }

  /**
   * The query named {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public NamedQuery get(String name) {
    NamedQuery query = queries.get(name);
    if (query == null) {
      throw new IllegalArgumentException(
          "no query is named '" + name + "'; there are " + queries.keySet());
    }
    return query;
  }

  private static NamedQuery query(String block) {
    List<String> lines = block.lines().toList();
    String queryName = lines.get(0).substring(NAME_LINE.length()).strip();
    if (queryName.isEmpty()) {
      throw new IllegalArgumentException("a query has an empty name line: " + lines.get(0));
    }
    List<String> header = lines.stream().skip(1).takeWhile(line -> line.startsWith("//")).toList();
    Matcher params = PARAMS.matcher(String.join("\n", header));
    if (!params.find()) {
      throw new IllegalArgumentException("query '" + queryName + "' has no '// params: {...}' line");
    }
    String description =
        header.stream()
            .filter(line -> !PARAMS.matcher(line).matches())
            .map(line -> line.substring(2).strip())
            .collect(Collectors.joining(" "));
    List<String> statements = Schema.parse(block).statements();
    if (statements.size() != 1) {
      throw new IllegalArgumentException(
          "query '" + queryName + "' must be one statement ending in ';', found " + statements.size());
    }
    return new NamedQuery(
        queryName, description, parameters(queryName, params.group(1)), statements.get(0));
  }

  private static Map<String, Object> parameters(String queryName, String json) {
    try {
      return JSON.readValue(json, PARAMETERS);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "query '" + queryName + "' has parameters that are not a JSON object: " + json, e);
    }
  }
}
