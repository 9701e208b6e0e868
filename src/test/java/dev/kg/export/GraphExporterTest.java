package dev.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.graph.GraphWriter;
import dev.kg.graph.GraphWriterTest;
import dev.kg.graph.Neo4jExtension;
import dev.kg.layers.UsesNeo4j;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class GraphExporterTest {

  private final Driver driver;
  private final GraphExporter exporter;

  GraphExporterTest(Driver driver) {
    this.driver = driver;
    this.exporter = new GraphExporter(driver);
  }

  @Test
  void shouldExportEveryNodeAndRelationshipInTheDocumentedFormat() throws IOException {
    // given
    GraphWriter writer = new GraphWriter(driver);
    GraphWriterTest.corpus().forEach(writer::write);

    // when
    JsonNode graph = new ObjectMapper().readTree(export());

    // then
    assertThat(fieldNames(graph)).containsExactly("nodes", "relationships");
    JsonNode nodes = graph.get("nodes");
    // documents, entities, mentions, and resolution's names and name keys
    assertThat(nodes).hasSize(3 + 4 + 9 + 4 + 7);
    List<String> nodeIds = new ArrayList<>();
    nodes.forEach(node -> nodeIds.add(node.get("id").asText()));
    assertThat(nodeIds).isSorted().contains("a", "b", "c", "person:kim-jong-un", "a#0-11");
    JsonNode document = nodes.get(nodeIds.indexOf("a"));
    assertThat(fieldNames(document)).containsExactly("id", "labels", "properties");
    assertThat(document.get("labels").toString()).isEqualTo("[\"Document\"]");
    JsonNode properties = document.get("properties");
    assertThat(fieldNames(properties))
        .isSorted()
        .containsExactly(
            "extraction", "id", "path", "published", "resolution", "sentenceEnds", "sentenceStarts", "sha256",
            "source", "text", "title");
    assertThat(properties.get("published").asText()).isEqualTo("2024-06-19");
    assertThat(properties.get("sentenceStarts").toString()).isEqualTo("[0,29]");
    JsonNode kim = nodes.get(nodeIds.indexOf("person:kim-jong-un"));
    assertThat(kim.get("labels").toString()).isEqualTo("[\"Entity\",\"Person\"]");
    assertThat(kim.get("properties").get("aliases").toString())
        .isEqualTo("[\"Chairman Kim\",\"Kim\",\"Kim Jong Un\",\"Kim Jong-un\"]");
    assertThat(kim.get("properties").get("mentionCount").asLong()).isEqualTo(4);

    JsonNode relationships = graph.get("relationships");
    assertThat(relationships).hasSize(9 + 7 + 9 + 4 + 7 + 7);
    List<String> relationshipIds = new ArrayList<>();
    relationships.forEach(relationship -> relationshipIds.add(relationship.get("id").asText()));
    assertThat(relationshipIds)
        .contains("a|MENTIONS|person:kim-jong-un", "a#0-11|REFERS_TO|person:kim-jong-un");
    JsonNode mentions = relationships.get(relationshipIds.indexOf("a|MENTIONS|person:kim-jong-un"));
    assertThat(fieldNames(mentions)).containsExactly("id", "type", "start", "end", "properties");
    assertThat(mentions.get("type").asText()).isEqualTo("MENTIONS");
    assertThat(mentions.get("start").asText()).isEqualTo("a");
    assertThat(mentions.get("end").asText()).isEqualTo("person:kim-jong-un");
    assertThat(mentions.get("properties").toString())
        .isEqualTo("{\"aliases\":[\"Kim\",\"Kim Jong-un\"],\"count\":2,\"name\":\"Kim Jong-un\"}");
    JsonNode coOccurrence = relationships.get(relationshipIds.indexOf("location:georgia|CO_OCCURS_WITH|person:kim-jong-un"));
    assertThat(coOccurrence.get("properties").toString())
        .isEqualTo("{\"documents\":2,\"evidence\":[\"a#0\",\"b#0\"],\"sentences\":2}");
    relationships.forEach(relationship -> {
      assertThat(nodeIds).contains(relationship.get("start").asText(), relationship.get("end").asText());
    });
  }

  @Test
  void shouldExportTheSameBytesEveryTime() {
    // given
    GraphWriter writer = new GraphWriter(driver);
    GraphWriterTest.corpus().forEach(writer::write);

    // when
    byte[] first = export();
    byte[] second = export();

    // then
    assertThat(second).isEqualTo(first);
  }

  @Test
  void shouldFallBackToElementIdsAndStringifyValuesJsonCannotHold() throws IOException {
    // given
    String elementId =
        driver
            .executableQuery(
                """
                CREATE (n:Note {at: datetime('2024-06-19T10:15:30Z'), tags: ['a', 'b'], ratio: 0.5})
                       -[:ON]->(:Day {id: 'd'})
                RETURN elementId(n) AS id
                """)
            .execute()
            .records()
            .get(0)
            .get("id")
            .asString();

    // when
    JsonNode graph = new ObjectMapper().readTree(export());

    // then
    JsonNode note = graph.get("nodes").get(elementId.compareTo("d") < 0 ? 0 : 1);
    assertThat(note.get("id").asText()).isEqualTo(elementId);
    assertThat(note.get("properties").toString())
        .isEqualTo("{\"at\":\"2024-06-19T10:15:30Z\",\"ratio\":0.5,\"tags\":[\"a\",\"b\"]}");
    assertThat(graph.get("relationships").get(0).get("id").asText()).isEqualTo(elementId + "|ON|d");
  }

  @Test
  void shouldExportAnEmptyGraph() {
    // when
    String json = new String(export());

    // then
    assertThat(json).isEqualTo("{\"nodes\":[],\"relationships\":[]}\n");
  }

  private byte[] export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.export(out);
    return out.toByteArray();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
