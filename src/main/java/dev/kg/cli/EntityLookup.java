package dev.kg.cli;

import dev.kg.graph.CypherRunner;
import dev.kg.graph.QueryLibrary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * Finds the one entity a user means by a name: the entity with that id, or that name or alias up to
 * case; failing that, the one entity whose names contain it as a phrase ("Vries", "maritime
 * organization"), from the full-text index.
 */
final class EntityLookup {

  private static final int CANDIDATES_SHOWN = 5;

  private final CypherRunner cypher;
  private final QueryLibrary queries;

  EntityLookup(CypherRunner cypher, QueryLibrary queries) {
    this.cypher = cypher;
    this.queries = queries;
  }

  /**
   * The entity, as a {@code find-entity} row: {@code id, type, kind, name, aliases, mentions,
   * documents}.
   *
   * @throws UserException if no entity or several go by {@code name}
   */
  Map<String, Object> entity(String name) {
    List<Map<String, Object>> exact = find(name);
    if (exact.size() == 1) {
      return exact.get(0);
    }
    List<Map<String, Object>> candidates = exact.isEmpty() ? search(name) : exact;
    if (candidates.isEmpty()) {
      throw new UserException(
          "no entity is called '" + name + "'; kg search '" + name + "~' finds similar names");
    }
    if (candidates.size() > 1) {
      throw new UserException(
          "'" + name + "' could be " + list(candidates) + "; give the full name or the id");
    }
    return find((String) candidates.get(0).get("id")).get(0);
  }

  private List<Map<String, Object>> find(String name) {
    return cypher.run(queries.get("find-entity").cypher(), Map.of("name", name)).asMaps();
  }

  private List<Map<String, Object>> search(String name) {
    // A phrase of the name's words, with any character Lucene reads as syntax escaped.
    String phrase = "\"" + QueryParser.escape(name) + "\"";
    Map<String, Object> parameters = Map.of("query", phrase, "limit", CANDIDATES_SHOWN + 1);
    return cypher.run(queries.get("search-names").cypher(), parameters).asMaps();
  }

  private static String list(List<Map<String, Object>> candidates) {
    String shown =
        candidates.stream()
            .limit(CANDIDATES_SHOWN)
            .map(candidate -> candidate.get("name") + " (" + candidate.get("id") + ")")
            .collect(Collectors.joining(", "));
    return candidates.size() > CANDIDATES_SHOWN ? shown + " or others" : shown;
  }
}
