package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryLibraryTest {

  @Test
  void shouldReadNamedDescribedParameterisedQueriesAndSkipThePreambleAndTrailingNotes() {
    // given
    String script =
        """
        // Queries for testing.

        // name: entity-documents
        // The documents that mention an entity,
        // oldest first.
        // params: {"name": "Kaja Lind", "limit": 20}
        MATCH (e:Entity)<-[:MENTIONS]-(d:Document)
        WHERE $name IN e.aliases // an alias; names are aliases too
        RETURN d.id AS document LIMIT $limit;

        // name: search-names
        // Names like a text; the query may hold a ';' in a string.
        // params: {"query": "Hof*"}
        CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node RETURN node.name AS name, ';' AS sep;

        // Questions that wait for relations: roles; meetings.
        """;

    // when
    QueryLibrary library = QueryLibrary.parse(script);

    // then
    assertThat(library.queries()).extracting(NamedQuery::name).containsExactly("entity-documents", "search-names");
    NamedQuery documents = library.get("entity-documents");
    assertThat(documents.description()).isEqualTo("The documents that mention an entity, oldest first.");
    assertThat(documents.exampleParameters()).containsExactly(Map.entry("name", "Kaja Lind"), Map.entry("limit", 20));
    assertThat(documents.cypher())
        .startsWith("MATCH (e:Entity)<-[:MENTIONS]-(d:Document)")
        .endsWith("RETURN d.id AS document LIMIT $limit")
        .doesNotContain("//");
    assertThat(library.get("search-names").cypher()).endsWith("';' AS sep");
  }

  @Test
  void shouldLoadTheQueriesKgShips() {
    // when
    List<NamedQuery> queries = QueryLibrary.load().queries();

    // then
    assertThat(queries)
        .extracting(NamedQuery::name)
        .contains("find-entity", "search-names", "entity-documents", "entity-neighbourhood", "shortest-paths");
  }

  @Test
  void shouldRefuseAnEmptyName() {
    assertThatThrownBy(() -> QueryLibrary.parse("// name:\n// params: {}\nRETURN 1;"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a query has an empty name line: // name:");
  }

  @Test
  void shouldRefuseAQueryWithoutParameters() {
    assertThatThrownBy(() -> QueryLibrary.parse("// name: lonely\n// Nothing to give.\nRETURN 1;"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query 'lonely' has no '// params: {...}' line");
  }

  @Test
  void shouldRefuseParametersThatAreNotAJsonObject() {
    assertThatThrownBy(() -> QueryLibrary.parse("// name: broken\n// params: {name: 'x'}\nRETURN $name;"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query 'broken' has parameters that are not a JSON object: {name: 'x'}");
  }

  @Test
  void shouldRefuseANameWithTwoStatements() {
    assertThatThrownBy(() -> QueryLibrary.parse("// name: twice\n// params: {}\nRETURN 1;\nRETURN 2;"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query 'twice' must be one statement ending in ';', found 2");
  }

  @Test
  void shouldRefuseTwoQueriesOfOneName() {
    assertThatThrownBy(() -> QueryLibrary.parse("// name: same\n// params: {}\nRETURN 1;\n// name: same\n// params: {}\nRETURN 2;"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two queries are named 'same'");
  }

  @Test
  void shouldNameTheQueriesThereAreWhenAskedForAnUnknownOne() {
    // given
    QueryLibrary library = QueryLibrary.parse("// name: one\n// params: {}\nRETURN 1;");

    // then
    assertThatThrownBy(() -> library.get("two"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no query is named 'two'; there are [one]");
  }
}
