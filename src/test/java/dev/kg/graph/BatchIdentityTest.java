package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.LocationKind;
import dev.kg.layers.UsesNeo4j;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.EntityMapping;
import dev.kg.resolve.NameTable;
import dev.kg.resolve.NameUse;
import dev.kg.resolve.Resolver;
import dev.kg.resolve.Resolver.Decision;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * A batch decided at once ({@link BatchIdentity}) and written with those mappings, against the same
 * documents written by the writer deciding each one: the same graph, and {@link GraphWriter#settle}
 * finding nothing to repair, or repairing what a document that never arrived leaves wrong.
 */
@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class BatchIdentityTest {

  private static final Entity PUTIN = person("person:putin", "Putin");
  private static final Entity VLADIMIR_PUTIN = person("person:vladimir-putin", "Vladimir Putin");
  private static final Entity KIM_JONG_UN = person("person:kim-jong-un", "Kim Jong Un");
  private static final Entity KCNA = organization("organization:kcna", "KCNA");
  private static final Entity AGENCY =
      organization("organization:korean-central-news-agency", "Korean Central News Agency");
  private static final Entity PYONGYANG = location("location:pyongyang", LocationKind.CITY, "Pyongyang");

  // The short names come first, so deciding one document at a time changes decisions on the way.
  private static final DocumentExtraction SHORT_NAMES =
      document("short", "Putin thanked Pyongyang, KCNA said.")
          .mention(PUTIN, "Putin")
          .mention(PYONGYANG, "Pyongyang")
          .mention(KCNA, "KCNA")
          .build();
  private static final DocumentExtraction FULL_NAMES =
      document("full", "Vladimir Putin flew to Pyongyang. The Korean Central News Agency reported it.")
          .mention(VLADIMIR_PUTIN, "Vladimir Putin")
          .mention(PYONGYANG, "Pyongyang")
          .mention(AGENCY, "Korean Central News Agency")
          .build();
  private static final DocumentExtraction FULL_EDITED =
      document("full", "Kim Jong Un flew to Pyongyang.").mention(KIM_JONG_UN, "Kim Jong Un").mention(PYONGYANG, "Pyongyang").build();
  private static final DocumentExtraction MORE_PUTIN =
      document("more", "Putin was quiet.").mention(PUTIN, "Putin").build();

  private final TestNeo4j server;
  private final Driver driver;
  private final GraphWriter writer;

  BatchIdentityTest(TestNeo4j server) {
    this.server = server;
    this.driver = server.driver();
    this.writer = new GraphWriter(driver);
  }

  @Test
  void shouldWriteABatchWithItsOwnDecisionsAsTheWriterDecidesItDocumentByDocument() {
    // given the graph the writer builds deciding each document
    List<DocumentExtraction> batch = List.of(SHORT_NAMES, FULL_NAMES, MORE_PUTIN);
    batch.forEach(writer::write);
    String expected = export();
    server.empty();

    // when the batch is decided at once and written with its mappings
    Map<String, Decision> decisions = decide(batch);
    GraphWriter presetWriter = writer.withPresetMappings(local -> Optional.of(mapping(local, decisions)));
    presetWriter.write(SHORT_NAMES);

    // then the first document is already resolved as the batch will leave it, and the whole agrees
    assertThat(resolution("short")).contains("person:putin=person:vladimir-putin", "organization:kcna=organization:korean-central-news-agency");
    presetWriter.write(FULL_NAMES);
    presetWriter.write(MORE_PUTIN);
    assertThat(export()).isEqualTo(expected);
    assertThat(writer.settle(decisions)).isEmpty();
  }

  @Test
  void shouldDecideASecondBatchOverWhatTheGraphHolds() {
    // given the plain writer's graph of all three, and a graph holding the first batch
    writer.write(SHORT_NAMES);
    writer.write(FULL_NAMES);
    writer.write(MORE_PUTIN);
    String expected = export();
    server.empty();
    writer.write(SHORT_NAMES);

    // when the rest is decided over the graph and written with its mappings
    List<DocumentExtraction> batch = List.of(FULL_NAMES, MORE_PUTIN);
    Map<String, Decision> decisions = decide(batch);
    GraphWriter presetWriter = writer.withPresetMappings(local -> Optional.of(mapping(local, decisions)));
    batch.forEach(presetWriter::write);

    // then
    assertThat(mapping(MORE_PUTIN, decisions).pairs()).containsExactly("person:putin=person:vladimir-putin");
    assertThat(export()).isEqualTo(expected);
    assertThat(writer.settle(decisions)).isEmpty();
  }

  @Test
  void shouldTakeBackTheNamesOfTheDocumentsABatchReplaces() {
    // given the plain writer's graph of the full names edited to name someone else, then a short one
    writer.write(FULL_NAMES);
    writer.write(FULL_EDITED);
    writer.write(MORE_PUTIN);
    String expected = export();
    server.empty();
    writer.write(FULL_NAMES);

    // when a batch replaces the full names and adds the short one
    List<DocumentExtraction> batch = List.of(FULL_EDITED, MORE_PUTIN);
    Map<String, Decision> decisions = decide(batch);
    GraphWriter presetWriter = writer.withPresetMappings(local -> Optional.of(mapping(local, decisions)));
    batch.forEach(presetWriter::write);

    // then Putin is nobody else any more
    assertThat(resolution("more")).containsExactly("person:putin=person:putin");
    assertThat(export()).isEqualTo(expected);
  }

  @Test
  void shouldSettleWhatADocumentThatNeverCameLeftWrong() {
    // given the graph of the short names alone
    writer.write(SHORT_NAMES);
    writer.write(MORE_PUTIN);
    String expected = export();
    server.empty();

    // when a batch decided with the full names writes the others, and the full names never come
    Map<String, Decision> decisions = decide(List.of(SHORT_NAMES, FULL_NAMES, MORE_PUTIN));
    GraphWriter presetWriter = writer.withPresetMappings(local -> Optional.of(mapping(local, decisions)));
    presetWriter.write(SHORT_NAMES);
    presetWriter.write(MORE_PUTIN);
    String unsettled = export();
    List<String> settled = writer.settle(decisions);

    // then the batch's decisions and the writer's disagreed, and settling made them agree
    assertThat(unsettled).isNotEqualTo(expected);
    assertThat(settled).containsExactly("more", "short");
    assertThat(export()).isEqualTo(expected);
    assertThat(writer.settle(decisions)).containsExactly("more", "short");
    assertThat(export()).isEqualTo(expected);
  }

  private Map<String, Decision> decide(List<DocumentExtraction> batch) {
    List<NameUse> uses = new ArrayList<>();
    batch.forEach(local -> uses.addAll(DocumentNames.of(local).uses().values()));
    return new BatchIdentity(driver)
        .decide(NameTable.of(uses), batch.stream().map(local -> local.document().id()).toList());
  }

  private static EntityMapping mapping(DocumentExtraction local, Map<String, Decision> decisions) {
    return new EntityMapping(Resolver.targets(DocumentNames.of(local), decisions));
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

  private String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(driver).export(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
