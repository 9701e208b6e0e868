package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesNeo4j;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class SchemaTest {

  private final Driver driver;

  SchemaTest(Driver driver) {
    this.driver = driver;
  }

  @Test
  void shouldSplitOnSemicolonsOutsideCommentsStringsAndQuotedNames() {
    // given
    String script =
        """
        // a comment; not a statement
        CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x); /* block; comment */
        CREATE FULLTEXT INDEX `b;c` IF NOT EXISTS FOR (n:B) ON EACH [n.y]
          OPTIONS {indexConfig: {`fulltext.analyzer`: 'semi;colon', other: "it\\"s;"}};
        ;
        """;

    // when
    List<String> statements = Schema.parse(script).statements();

    // then
    assertThat(statements)
        .containsExactly(
            "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
            """
            CREATE FULLTEXT INDEX `b;c` IF NOT EXISTS FOR (n:B) ON EACH [n.y]
              OPTIONS {indexConfig: {`fulltext.analyzer`: 'semi;colon', other: "it\\"s;"}}""");
  }

  @Test
  void shouldShipIdempotentStatements() {
    // when
    List<String> statements = Schema.load().statements();

    // then
    assertThat(statements).hasSize(18).allSatisfy(statement -> assertThat(statement).contains("IF NOT EXISTS"));
  }

  @Test
  void shouldApplyTwiceWithoutChangingAnything() {
    // given
    Schema schema = Schema.load();
    schema.apply(driver);
    List<String> before = schemaNames();

    // when
    schema.apply(driver);

    // then
    assertThat(schemaNames()).isEqualTo(before);
    assertThat(constraintNames()).contains("document_id", "entity_id", "mention_id", "quote_id", "event_id", "name_id", "name_key_id", "curation_rule_id", "write_lock_id", "write_batch_id", "pending_batch_id");
    assertThat(before).contains("document_sha256", "document_published", "entity_name", "entityNames");
  }

  @Test
  void shouldFindEntitiesByAnyAliasThroughTheFullTextIndex() {
    // given
    new GraphWriter(driver)
        .write(
            document("doc-1", "Chairman Kim waved.")
                .mention(person("person:kim-jong-un", "Kim Jong Un", "Chairman Kim"), "Chairman Kim")
                .build());

    // when
    List<String> found =
        driver
            .executableQuery(
                "CALL db.index.fulltext.queryNodes('entityNames', 'chairman') YIELD node RETURN node.id AS id")
            .execute()
            .records()
            .stream()
            .map(record -> record.get("id").asString())
            .toList();

    // then
    assertThat(found).containsExactly("person:kim-jong-un");
  }

  private List<String> schemaNames() {
    return names("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name ORDER BY name");
  }

  private List<String> constraintNames() {
    return names("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
  }

  private List<String> names(String cypher) {
    return driver.executableQuery(cypher).execute().records().stream()
        .map(record -> record.get("name"))
        .map(Value::asString)
        .toList();
  }
}
