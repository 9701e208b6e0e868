package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.export.GraphExporter;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.LocationKind;
import dev.kg.layers.UsesNeo4j;
import dev.kg.resolve.Resolver.Decision;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class GraphWriterResolutionTest {

  private static final Entity PUTIN = person("person:putin", "Putin");
  private static final Entity VLADIMIR_PUTIN = person("person:vladimir-putin", "Vladimir Putin");
  private static final Entity KCNA = organization("organization:kcna", "KCNA");
  private static final Entity AGENCY =
      organization("organization:korean-central-news-agency", "Korean Central News Agency");
  private static final Entity PYONGYANG_ORGANIZATION = organization("organization:pyongyang", "Pyongyang");
  private static final Entity PYONGYANG = location("location:pyongyang", LocationKind.CITY, "Pyongyang");

  private static final DocumentExtraction SHORT_NAMES =
      document("short", "Putin thanked Pyongyang, KCNA said.")
          .mention(PUTIN, "Putin")
          .mention(PYONGYANG_ORGANIZATION, "Pyongyang")
          .mention(KCNA, "KCNA")
          .build();
  private static final DocumentExtraction FULL_NAMES =
      document("full", "Vladimir Putin flew to Pyongyang. The Korean Central News Agency reported it.")
          .mention(VLADIMIR_PUTIN, "Vladimir Putin")
          .mention(PYONGYANG, "Pyongyang")
          .mention(AGENCY, "Korean Central News Agency")
          .build();
  private static final DocumentExtraction MORE_PYONGYANG =
      document("more", "Pyongyang was quiet.").mention(PYONGYANG, "Pyongyang").build();
  private static final DocumentExtraction FULL_EDITED =
      document("full", "Kim Jong Un flew to Pyongyang.")
          .mention(person("person:kim-jong-un", "Kim Jong Un"), "Kim Jong Un")
          .mention(PYONGYANG, "Pyongyang")
          .build();
  private static final DocumentExtraction MORE_PUTIN =
      document("putin", "Putin was quiet.").mention(PUTIN, "Putin").build();

  private final TestNeo4j server;
  private final Driver driver;
  private final GraphWriter writer;

  GraphWriterResolutionTest(TestNeo4j server) {
    this.server = server;
    this.driver = server.driver();
    this.writer = new GraphWriter(driver);
  }

  @Test
  void shouldGiveShortNamesTheEntityAnotherDocumentNamesInFull() {
    // given / when: the short names arrive first
    write(SHORT_NAMES, FULL_NAMES, MORE_PYONGYANG);

    // then
    assertThat(entityIds())
        .containsExactly(
            "location:pyongyang", "organization:korean-central-news-agency", "person:vladimir-putin");
    assertThat(entity("person:vladimir-putin"))
        .containsEntry("aliases", List.of("Putin", "Vladimir Putin"))
        .containsEntry("documentCount", 2L);
    assertThat(entity("organization:korean-central-news-agency"))
        .containsEntry("aliases", List.of("KCNA", "Korean Central News Agency"));
  }

  @Test
  void shouldTypeAnEntityByMostOfItsMentionsAndKeepEachMentionsTag() {
    // given / when
    write(SHORT_NAMES, FULL_NAMES, MORE_PYONGYANG);

    // then: one place, although one document tagged it an organisation
    assertThat(entity("location:pyongyang"))
        .containsEntry("kind", "CITY")
        .containsEntry("documentCount", 3L);
    assertThat(
            driver.executableQuery(
                    "MATCH (:Document {id: 'short'})-[:HAS_MENTION]->(m)-[:REFERS_TO]->(:Location) RETURN m.nerTag AS tag")
                .execute()
                .records()
                .get(0)
                .get("tag")
                .asString())
        .isEqualTo("ORGANIZATION");
  }

  @Test
  void shouldBuildTheSameGraphWhateverTheOrder() {
    // given
    write(SHORT_NAMES, FULL_NAMES, MORE_PYONGYANG);
    String forwards = export();
    server.empty();

    // when
    write(MORE_PYONGYANG, FULL_NAMES, SHORT_NAMES);

    // then
    assertThat(export()).isEqualTo(forwards);
  }

  @Test
  void shouldUndoTheDecisionsOfARemovedDocument() {
    // given
    write(SHORT_NAMES);
    String withoutFullNames = export();
    write(FULL_NAMES);

    // when
    writer.remove("full");

    // then: Putin, KCNA and Pyongyang are again what the short document alone makes of them
    assertThat(export()).isEqualTo(withoutFullNames);
    assertThat(entityIds()).containsExactly("organization:kcna", "organization:pyongyang", "person:putin");
  }

  @Test
  void shouldWriteABatchWithItsOwnDecisionsAsTheWriterDecidesItDocumentByDocument() {
    // given the graph the writer builds deciding each document, short names first
    write(SHORT_NAMES, FULL_NAMES, MORE_PUTIN);
    String expected = export();
    server.empty();

    // when the batch is decided at once and written in stages with its mappings
    Map<String, Decision> decisions = decide(SHORT_NAMES, FULL_NAMES, MORE_PUTIN);
    writeWith(decisions, SHORT_NAMES, FULL_NAMES, MORE_PUTIN);

    // then the short names were written as the batch decided them, and the whole batch agrees
    assertThat(resolution("short"))
        .contains("person:putin=person:vladimir-putin", "organization:kcna=organization:korean-central-news-agency");
    assertThat(export()).isEqualTo(expected);
    assertThat(writer.settle(decisions)).isEmpty();
  }

  @Test
  void shouldDecideASecondBatchOverWhatTheGraphHolds() {
    // given the plain writer's graph of all three, and a graph holding the first
    write(SHORT_NAMES, FULL_NAMES, MORE_PUTIN);
    String expected = export();
    server.empty();
    write(SHORT_NAMES);

    // when the rest is decided over the graph and written with its mappings
    Map<String, Decision> decisions = decide(FULL_NAMES, MORE_PUTIN);
    writeWith(decisions, FULL_NAMES, MORE_PUTIN);

    // then
    assertThat(resolution("putin")).containsExactly("person:putin=person:vladimir-putin");
    assertThat(export()).isEqualTo(expected);
    assertThat(writer.settle(decisions)).isEmpty();
  }

  @Test
  void shouldTakeBackTheNamesOfTheDocumentsABatchReplaces() {
    // given the plain writer's graph of the full names edited to name someone else, then a short one
    write(FULL_NAMES, FULL_EDITED, MORE_PUTIN);
    String expected = export();
    server.empty();
    write(FULL_NAMES);

    // when a batch replaces the full names and adds the short one
    writeWith(decide(FULL_EDITED, MORE_PUTIN), FULL_EDITED, MORE_PUTIN);

    // then Putin is nobody else any more
    assertThat(resolution("putin")).containsExactly("person:putin=person:putin");
    assertThat(export()).isEqualTo(expected);
  }

  @Test
  void shouldSettleWhatADocumentThatNeverCameLeftWrong() {
    // given the graph of the short names alone
    write(SHORT_NAMES, MORE_PUTIN);
    String expected = export();
    server.empty();

    // when a batch decided with the full names writes the others, and the full names never come
    Map<String, Decision> decisions = decide(SHORT_NAMES, FULL_NAMES, MORE_PUTIN);
    writeWith(decisions, SHORT_NAMES, MORE_PUTIN);
    String unsettled = export();
    List<String> settled = writer.settle(decisions);

    // then the batch's decisions and the writer's disagreed, and settling made them agree
    assertThat(unsettled).isNotEqualTo(expected);
    assertThat(settled).containsExactly("putin", "short");
    assertThat(export()).isEqualTo(expected);
  }

  /** The batch's decisions, as a Spark run makes them: uses summed, names decided over the graph's. */
  private Map<String, Decision> decide(DocumentExtraction... batch) {
    return TestBatches.decide(driver, List.of(batch));
  }

  /** Writes the documents as a Spark run writes its batch: in stages, each with the batch's mapping. */
  private void writeWith(Map<String, Decision> decisions, DocumentExtraction... documents) {
    TestBatches.write(driver, () -> decisions, List.of(documents), (rows, partitions) -> new LocalStages(driver, rows, partitions, 2, false));
  }

  private List<String> resolution(String documentId) {
    return driver.executableQuery("MATCH (d:Document {id: $id}) RETURN d.resolution AS resolution")
        .withParameters(Map.of("id", documentId))
        .execute()
        .records()
        .get(0)
        .get("resolution")
        .asList(Value::asString);
  }

  private void write(DocumentExtraction... documents) {
    for (DocumentExtraction document : documents) {
      writer.write(document);
    }
  }

  private String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(driver).export(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private Map<String, Object> entity(String id) {
    return driver.executableQuery("MATCH (e:Entity {id: $id}) RETURN e")
        .withParameters(Map.of("id", id))
        .execute()
        .records()
        .get(0)
        .get("e")
        .asMap();
  }

  private List<String> entityIds() {
    return driver.executableQuery("MATCH (e:Entity) WITH e.id AS id ORDER BY id RETURN collect(id) AS ids")
        .execute()
        .records()
        .get(0)
        .get("ids")
        .asList(Value::asString);
  }
}
