package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.export.GraphExporter;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.LocationKind;
import dev.kg.layers.UsesNeo4j;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
public class GraphWriterTest {

  private static final Entity KIM = person("person:kim-jong-un", "Kim Jong Un", "Kim");
  private static final Entity PUTIN = person("person:vladimir-putin", "Vladimir Putin", "Putin");
  private static final Entity XI = person("person:xi-jinping", "Xi Jinping");
  private static final Entity KCNA = organization("organization:kcna", "KCNA");
  private static final Entity PYONGYANG = location("location:pyongyang", LocationKind.CITY, "Pyongyang");

  private final Driver driver;
  private final GraphWriter writer;
  private final TestNeo4j server;

  GraphWriterTest(TestNeo4j server) {
    this.server = server;
    this.driver = server.driver();
    this.writer = new GraphWriter(driver);
  }

  @Test
  void shouldCreateDocumentEntitiesMentionsAndEdges() {
    // given
    DocumentExtraction summit =
        document("doc-1", "Kim Jong Un met Vladimir Putin in Pyongyang. Kim smiled, KCNA said.")
            .title("Summit")
            .mention(KIM, "Kim Jong Un")
            .mention(PUTIN, "Vladimir Putin")
            .mention(PYONGYANG, "Pyongyang")
            .mention(KIM, "Kim")
            .mention(KCNA, "KCNA")
            .build();

    // when
    WriteOutcome outcome = writer.write(summit);

    // then
    assertThat(outcome).isEqualTo(WriteOutcome.CREATED);
    Map<String, Object> doc = single("MATCH (d:Document {id: 'doc-1'}) RETURN d").get("d").asMap();
    assertThat(doc)
        .containsEntry("title", "Summit")
        .containsEntry("source", "Test Wire")
        .containsEntry("published", LocalDate.of(2024, 6, 19))
        .containsEntry("path", "doc-1.txt")
        .containsEntry("sha256", summit.document().sha256())
        .containsEntry("text", summit.document().text())
        .containsEntry("sentenceStarts", List.of(0L, 45L))
        .containsEntry("sentenceEnds", List.of(44L, 67L))
        .doesNotContainKey("url");
    Map<String, Object> kim = single("MATCH (e:Person {id: 'person:kim-jong-un'}) RETURN e").get("e").asMap();
    assertThat(kim)
        .containsEntry("name", "Kim Jong Un")
        .containsEntry("type", "PERSON")
        .containsEntry("aliases", List.of("Kim", "Kim Jong Un"))
        .containsEntry("mentionCount", 2L)
        .containsEntry("documentCount", 1L)
        .doesNotContainKey("kind");
    assertThat(single("MATCH (e:Entity:Location) RETURN e.kind").get(0).asString()).isEqualTo("CITY");
    assertThat(single("MATCH (e:Entity:Organization) RETURN e.name").get(0).asString()).isEqualTo("KCNA");
    Record mention =
        single(
            """
            MATCH (:Document {id: 'doc-1'})-[:HAS_MENTION]->(m:Mention {id: 'doc-1#45-48'})
                  -[:REFERS_TO]->(e:Entity)
            RETURN m, e.id AS entity
            """);
    assertThat(mention.get("entity").asString()).isEqualTo("person:kim-jong-un");
    assertThat(mention.get("m").asMap())
        .containsEntry("start", 45L)
        .containsEntry("end", 48L)
        .containsEntry("sentence", 1L)
        .containsEntry("text", "Kim")
        .containsEntry("nerTag", "PERSON");
    Map<String, Object> mentions =
        single("MATCH (:Document {id: 'doc-1'})-[r:MENTIONS]->(:Entity {id: 'person:kim-jong-un'}) RETURN r")
            .get("r")
            .asMap();
    assertThat(mentions)
        .containsEntry("count", 2L)
        .containsEntry("name", "Kim Jong Un")
        .containsEntry("aliases", List.of("Kim", "Kim Jong Un"))
        .doesNotContainKey("kind");
    assertThat(count("MATCH (m:Mention) RETURN count(m)")).isEqualTo(5);
    assertThat(count("MATCH (e:Entity) RETURN count(e)")).isEqualTo(4);
  }

  @Test
  void shouldLeaveTheGraphAsItWasAfterARehearsal() {
    // given
    writer.write(
        document("doc-1", "Kim Jong Un met Vladimir Putin in Pyongyang.")
            .mention(KIM, "Kim Jong Un")
            .mention(PUTIN, "Vladimir Putin")
            .mention(PYONGYANG, "Pyongyang")
            .build());
    byte[] before = export();

    // when: an edited stored document and a new one whose short name resolves through it
    writer.rehearse(
        List.of(
            document("doc-1", "Kim Jong Un met Xi Jinping in Pyongyang.")
                .mention(KIM, "Kim Jong Un")
                .mention(XI, "Xi Jinping")
                .mention(PYONGYANG, "Pyongyang")
                .build(),
            document("doc-2", "Kim smiled, KCNA said.").mention(KIM, "Kim").mention(KCNA, "KCNA").build()));

    // then
    assertThat(new String(export(), StandardCharsets.UTF_8)).isEqualTo(new String(before, StandardCharsets.UTF_8));
    assertThat(writer.write(document("doc-2", "Kim smiled, KCNA said.").mention(KIM, "Kim").mention(KCNA, "KCNA").build()))
        .as("a rehearsed document is not stored")
        .isEqualTo(WriteOutcome.CREATED);
  }

  @Test
  void shouldStoreADocumentThatMentionsNoEntityAndLacksMetadata() {
    // given
    DocumentExtraction empty = document("doc-1", "").title(null).published(null).build();

    // when
    WriteOutcome outcome = writer.write(empty);

    // then
    assertThat(outcome).isEqualTo(WriteOutcome.CREATED);
    assertThat(single("MATCH (d:Document) RETURN d").get("d").asMap())
        .containsOnlyKeys(
            "id", "source", "path", "sha256", "text", "sentenceStarts", "sentenceEnds", "extraction",
            "resolution")
        .containsEntry("sentenceStarts", List.of());
    assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(1);
  }

  @Test
  void shouldLeaveEverythingAsItWasWhenTheHashIsUnchanged() {
    // given
    DocumentExtraction summit = summit();
    writer.write(summit);
    byte[] before = export();

    // when
    WriteOutcome outcome = writer.write(summit);

    // then
    assertThat(outcome).isEqualTo(WriteOutcome.UNCHANGED);
    assertThat(export()).isEqualTo(before);
  }

  @Test
  void shouldRefuseAnEditedDocumentWhenAskedToAndWriteNothing() {
    // given
    writer.write(summit());
    byte[] before = export();
    DocumentExtraction edited = document("doc-1", "Xi Jinping spoke.").mention(XI, "Xi Jinping").build();

    // when / then
    assertThatThrownBy(() -> writer.write(edited, WriteMode.REFUSE_EDITED))
        .isInstanceOf(EditedDocumentException.class)
        .hasMessage("document 'doc-1' is already in the graph with other content");
    assertThat(export()).isEqualTo(before);
    assertThat(writer.write(summit(), WriteMode.REFUSE_EDITED)).isEqualTo(WriteOutcome.UNCHANGED);
    assertThat(writer.write(summit(), WriteMode.REWRITE)).isEqualTo(WriteOutcome.REPLACED);
  }

  @Test
  void shouldReplaceTheContributionsOfAnEditedDocument() {
    // given
    writer.write(summit());
    Entity kimByFullName = person("person:kim-jong-un", "Kim Jong Un");
    writer.write(document("doc-2", "Kim Jong Un toured.").mention(kimByFullName, "Kim Jong Un").build());
    DocumentExtraction edited =
        document("doc-1", "Chairman Kim met Xi Jinping.")
            .mention(person("person:kim-jong-un", "Kim Jong Un", "Chairman Kim"), "Chairman Kim")
            .mention(XI, "Xi Jinping")
            .build();

    // when
    WriteOutcome outcome = writer.write(edited);

    // then
    assertThat(outcome).isEqualTo(WriteOutcome.REPLACED);
    assertThat(entityIds()).containsExactly("person:kim-jong-un", "person:xi-jinping");
    Map<String, Object> kim = entity("person:kim-jong-un");
    assertThat(kim)
        .containsEntry("mentionCount", 2L)
        .containsEntry("documentCount", 2L)
        .containsEntry("aliases", List.of("Chairman Kim", "Kim Jong Un"));
    assertThat(count("MATCH (:Document {id: 'doc-1'})-[:HAS_MENTION]->(m) RETURN count(m)")).isEqualTo(2);
    assertThat(count("MATCH (m:Mention) WHERE m.id STARTS WITH 'doc-1#' RETURN count(m)")).isEqualTo(2);
    assertThat(single("MATCH (d:Document {id: 'doc-1'}) RETURN d.text AS text").get("text").asString())
        .isEqualTo("Chairman Kim met Xi Jinping.");
    assertThat(count("MATCH (d:Document) RETURN count(d)")).isEqualTo(2);
  }

  @Test
  void shouldAggregateAnEntityOverEveryDocumentThatMentionsIt() {
    // given
    DocumentExtraction first =
        document("doc-1", "Kim Jong-un spoke. Kim Jong-un left.")
            .mention(person("person:kim-jong-un", "Kim Jong-un"), "Kim Jong-un")
            .mention(person("person:kim-jong-un", "Kim Jong-un"), "Kim Jong-un")
            .build();
    DocumentExtraction second =
        document("doc-2", "Kim Jong-un arrived; Chairman Kim waved.")
            .mention(person("person:kim-jong-un", "Kim Jong-un", "Chairman Kim"), "Kim Jong-un")
            .mention(person("person:kim-jong-un", "Kim Jong-un", "Chairman Kim"), "Chairman Kim")
            .build();
    DocumentExtraction third =
        document("doc-3", "Kim Jong Un ate.")
            .mention(person("person:kim-jong-un", "Kim Jong Un"), "Kim Jong Un")
            .build();

    // when
    writer.write(first);
    writer.write(second);
    writer.write(third);

    // then
    assertThat(entity("person:kim-jong-un"))
        .containsEntry("documentCount", 3L)
        .containsEntry("mentionCount", 5L)
        .containsEntry("aliases", List.of("Chairman Kim", "Kim Jong Un", "Kim Jong-un"))
        .containsEntry("name", "Kim Jong-un");
  }

  @Test
  void shouldBreakNameTiesByLengthThenAlphabetically() {
    // given
    Entity shortName = person("person:kim-jong-un", "Kim");
    Entity longName = person("person:kim-jong-un", "Kim Jong Un");
    Entity hyphenated = person("person:kim-jong-un", "Kim Jong-un");

    // when
    writer.write(document("doc-1", "Kim said.").mention(shortName, "Kim").build());
    writer.write(document("doc-2", "Kim Jong-un said.").mention(hyphenated, "Kim Jong-un").build());
    writer.write(document("doc-3", "Kim Jong Un said.").mention(longName, "Kim Jong Un").build());

    // then "Kim" is shorter; of the two equally long names, ' ' sorts before '-'
    assertThat(entity("person:kim-jong-un")).containsEntry("name", "Kim Jong Un");
  }

  @Test
  void shouldBuildTheSameGraphWhateverOrderDocumentsArriveIn() {
    // given
    List<DocumentExtraction> documents = new ArrayList<>(corpus());

    // when
    documents.forEach(writer::write);
    byte[] forwards = export();
    server.empty();
    Collections.reverse(documents);
    documents.forEach(writer::write);
    byte[] backwards = export();

    // then
    assertThat(backwards).isEqualTo(forwards);
  }

  @Test
  void shouldChooseALocationKindByMajority() {
    // given
    Entity asCountry = location("location:georgia", LocationKind.COUNTRY, "Georgia");
    Entity asState = location("location:georgia", LocationKind.STATE_OR_PROVINCE, "Georgia");

    // when
    writer.write(document("doc-1", "Georgia voted.").mention(asState, "Georgia").build());
    writer.write(document("doc-2", "Georgia protested.").mention(asCountry, "Georgia").build());
    writer.write(document("doc-3", "Georgia joined.").mention(asCountry, "Georgia").build());

    // then
    assertThat(entity("location:georgia")).containsEntry("kind", "COUNTRY");
  }

  @Test
  void shouldRemoveADocumentAndTheEntitiesOnlyItMentioned() {
    // given
    writer.write(summit());
    writer.write(document("doc-2", "Kim Jong Un toured Pyongyang.").mention(KIM, "Kim Jong Un").build());

    // when
    boolean removed = writer.remove("doc-1");

    // then
    assertThat(removed).isTrue();
    assertThat(entityIds()).containsExactly("person:kim-jong-un");
    assertThat(entity("person:kim-jong-un"))
        .containsEntry("mentionCount", 1L)
        .containsEntry("documentCount", 1L)
        .containsEntry("aliases", List.of("Kim", "Kim Jong Un"));
    assertThat(count("MATCH (d:Document) RETURN count(d)")).isEqualTo(1);
    assertThat(count("MATCH (m:Mention) RETURN count(m)")).isEqualTo(1);
  }

  @Test
  void shouldReportRemovingAnUnknownDocument() {
    // when
    boolean removed = writer.remove("no-such-document");

    // then
    assertThat(removed).isFalse();
    assertThat(count("MATCH (n) RETURN count(n)")).isZero();
  }

  @Test
  void shouldTellWhetherADocumentIsStoredWithAGivenHash() {
    // given
    DocumentExtraction summit = summit();
    writer.write(summit);

    // then
    assertThat(writer.isStored("doc-1", summit.document().sha256())).isTrue();
    assertThat(writer.isStored("doc-1", "another-hash")).isFalse();
    assertThat(writer.isStored("doc-2", summit.document().sha256())).isFalse();
  }

  @Test
  void shouldRefuseAMentionOfAnEntityTheExtractionDoesNotList() {
    // given
    DocumentExtraction summit = summit();
    DocumentExtraction broken =
        new DocumentExtraction(summit.document(), summit.sentences(), List.of(KIM), summit.mentions());

    // then
    assertThatThrownBy(() -> writer.write(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "document 'doc-1': mention 'Vladimir Putin' at [16, 30) refers to entity 'person:vladimir-putin',"
                + " which the extraction does not list");
    assertThat(count("MATCH (n) RETURN count(n)")).isZero();
  }

  @Test
  void shouldRefuseAnEntityListedTwice() {
    // given
    DocumentExtraction summit = summit();
    List<Entity> twice = new ArrayList<>(summit.entities());
    twice.add(KIM);
    DocumentExtraction broken =
        new DocumentExtraction(summit.document(), summit.sentences(), twice, summit.mentions());

    // then
    assertThatThrownBy(() -> writer.write(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document 'doc-1' lists entity 'person:kim-jong-un' twice");
  }

  @Test
  void shouldRefuseAPublicationDateThatIsNotIso() {
    // given
    DocumentExtraction misdated = document("doc-1", "Kim said.").published("19 June 2024").build();

    // then
    assertThatThrownBy(() -> writer.write(misdated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document 'doc-1': publication date '19 June 2024' is not yyyy-MM-dd");
  }

  @Test
  void shouldKeepCountsRightWhenWritersRunConcurrently() throws Exception {
    // given
    int documents = 24;
    ExecutorService threads = Executors.newFixedThreadPool(4);

    // when
    try {
      List<Future<WriteOutcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < documents; i++) {
        DocumentExtraction extraction =
            document("doc-" + i, "Kim Jong Un met Vladimir Putin. Kim left.")
                .mention(KIM, "Kim Jong Un")
                .mention(PUTIN, "Vladimir Putin")
                .mention(KIM, "Kim")
                .build();
        outcomes.add(threads.submit(() -> writer.write(extraction)));
      }
      for (Future<WriteOutcome> outcome : outcomes) {
        assertThat(outcome.get()).isEqualTo(WriteOutcome.CREATED);
      }
    } finally {
      threads.shutdown();
    }

    // then
    assertThat(entity("person:kim-jong-un"))
        .containsEntry("documentCount", (long) documents)
        .containsEntry("mentionCount", 2L * documents);
    assertThat(entity("person:vladimir-putin")).containsEntry("documentCount", (long) documents);
  }

  private static DocumentExtraction summit() {
    return document("doc-1", "Kim Jong Un met Vladimir Putin in Pyongyang. Kim smiled.")
        .mention(KIM, "Kim Jong Un")
        .mention(PUTIN, "Vladimir Putin")
        .mention(PYONGYANG, "Pyongyang")
        .mention(KIM, "Kim")
        .build();
  }

  /** Documents that disagree on names, aliases and kinds, so order would show if it mattered. */
  public static List<DocumentExtraction> corpus() {
    Entity kimHyphen = person("person:kim-jong-un", "Kim Jong-un", "Kim");
    Entity kimSpaced = person("person:kim-jong-un", "Kim Jong Un", "Chairman Kim");
    Entity georgiaCountry = location("location:georgia", LocationKind.COUNTRY, "Georgia");
    Entity georgiaState = location("location:georgia", LocationKind.STATE_OR_PROVINCE, "Georgia");
    return List.of(
        document("a", "Kim Jong-un visited Georgia. Kim left.")
            .mention(kimHyphen, "Kim Jong-un")
            .mention(georgiaState, "Georgia")
            .mention(kimHyphen, "Kim")
            .build(),
        document("b", "Kim Jong Un met Vladimir Putin in Georgia. Chairman Kim smiled.")
            .mention(kimSpaced, "Kim Jong Un")
            .mention(PUTIN, "Vladimir Putin")
            .mention(georgiaCountry, "Georgia")
            .mention(kimSpaced, "Chairman Kim")
            .build(),
        document("c", "KCNA quoted Putin.").mention(KCNA, "KCNA").mention(PUTIN, "Putin").build());
  }

  private byte[] export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(driver).export(out);
    return out.toByteArray();
  }

  private Record single(String cypher) {
    List<Record> records = driver.executableQuery(cypher).execute().records();
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private long count(String cypher) {
    return single(cypher).get(0).asLong();
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
    return single("MATCH (e:Entity) WITH e.id AS id ORDER BY id RETURN collect(id) AS ids")
        .get("ids")
        .asList(Value::asString);
  }
}
