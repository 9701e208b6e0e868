package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.layers.UsesNeo4j;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class CypherRunnerTest {

  private final CypherRunner runner;

  CypherRunnerTest(Driver driver) {
    this.runner = new CypherRunner(driver);
  }

  @Test
  void shouldReturnColumnsAndPlainScalarRows() {
    // when
    QueryResult result =
        runner.run(
            "UNWIND [1, 2] AS i RETURN i, i * 0.5 AS half, 'n' + i AS name, i = 1 AS first, null AS nothing");

    // then
    assertThat(result.columns()).containsExactly("i", "half", "name", "first", "nothing");
    assertThat(result.rows())
        .containsExactly(Arrays.asList(1L, 0.5, "n1", true, null), Arrays.asList(2L, 1.0, "n2", false, null));
  }

  @Test
  void shouldPassParametersAndRunWrites() {
    // given
    runner.run("CREATE (:Entity:Person {id: $id, name: $name})", Map.of("id", "person:kim", "name", "Kim"));

    // when
    QueryResult result =
        runner.run("MATCH (e:Entity {id: $id}) RETURN e.name AS name", Map.of("id", "person:kim"));

    // then
    assertThat(result.asMaps()).containsExactly(Map.of("name", "Kim"));
  }

  @Test
  void shouldConvertNodesRelationshipsAndPaths() {
    // given
    runner.run(
        """
        CREATE (:Document {id: 'doc-1', title: 'T'})-[:MENTIONS {count: 2}]->(:Entity:Person {id: 'person:kim'})
        """);

    // when
    List<Object> row =
        runner.run("MATCH p = (d:Document)-[r:MENTIONS]->(e) RETURN d, r, p, [e.id, {n: e.id}] AS nested")
            .rows()
            .get(0);

    // then
    Map<String, Object> document =
        Map.of("id", "doc-1", "labels", List.of("Document"), "properties", Map.of("id", "doc-1", "title", "T"));
    Map<String, Object> entity =
        Map.of(
            "id", "person:kim",
            "labels", List.of("Entity", "Person"),
            "properties", Map.of("id", "person:kim"));
    Map<String, Object> mentions = Map.of("type", "MENTIONS", "properties", Map.of("count", 2L));
    assertThat(row.get(0)).isEqualTo(document);
    assertThat(row.get(1)).isEqualTo(mentions);
    assertThat(row.get(2)).isEqualTo(List.of(document, mentions, entity));
    assertThat(row.get(3)).isEqualTo(List.of("person:kim", Map.of("n", "person:kim")));
  }

  @Test
  void shouldTurnTemporalValuesIntoIsoStrings() {
    // when
    List<Object> row =
        runner
            .run("RETURN date('2024-06-19'), datetime('2024-06-19T10:15:30Z'), duration('P2D')")
            .rows()
            .get(0);

    // then
    assertThat(row).containsExactly("2024-06-19", "2024-06-19T10:15:30Z", "P0M2DT0S");
  }

  @Test
  void shouldReportASyntaxErrorOnOneLine() {
    // then
    assertThatThrownBy(() -> runner.run("MATC (n) RETURN n"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("Invalid input 'MATC'")
        .hasMessageEndingWith("(line 1, column 1 (offset: 0))")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
