package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.curate.CurationRule;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.layers.UsesNeo4j;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Curation rules stored in the graph hold for every write: documents re-written under a new rule,
 * documents ingested after it, edited documents, in any order.
 */
@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class CurationTest {

  private static final Entity KCNA = organization("organization:kcna", "KCNA");
  private static final Entity AGENCY =
      organization("organization:korean-central-news-agency", "Korean Central News Agency");
  private static final Entity KIM = person("person:kim-jong-un", "Kim Jong Un", "Kim");

  private final TestNeo4j server;
  private final Driver driver;
  private final GraphWriter writer;
  private final Curation curation;

  CurationTest(TestNeo4j server) {
    this.server = server;
    this.driver = server.driver();
    this.writer = new GraphWriter(driver);
    this.curation = new Curation(driver);
  }

  @Test
  void shouldMakeARuleHoldForDocumentsBeforeAndAfterIt() {
    // given
    writer.write(first());
    CurationRule merge = curation.record(seq -> CurationRule.merge(seq, KCNA.id(), curation.entity(AGENCY.id()).orElseThrow()));

    // when the documents it concerns are re-written, and another document arrives
    curation.documentsMentioning(List.of(KCNA.id())).forEach(id -> writer.rewrite(first()));
    writer.write(second());

    // then
    assertThat(merge.id()).isEqualTo("rule:1");
    assertThat(entityIds()).containsExactly("organization:korean-central-news-agency", "person:kim-jong-un");
    Map<String, Object> agency = entity(AGENCY.id());
    assertThat(agency)
        .containsEntry("name", "Korean Central News Agency")
        .containsEntry("aliases", List.of("KCNA", "Korean Central News Agency"))
        .containsEntry("mentionCount", 3L)
        .containsEntry("documentCount", 2L);
  }

  @Test
  void shouldBuildTheSameGraphWhetherRulesCameBeforeOrAfterTheDocuments() {
    // given a graph curated after ingest
    writer.write(first());
    writer.write(second());
    recordRules();
    for (String id : curation.documentsMentioning(List.of(KCNA.id(), KIM.id()))) {
      writer.rewrite(id.equals("first") ? first() : second());
    }
    String curatedAfter = export();

    // when the rules exist before the same documents are ingested, in the other order
    server.empty();
    recordRules();
    writer.write(second());
    writer.write(first());

    // then
    assertThat(export()).isEqualTo(curatedAfter).contains("rule:1", "rule:2", "Kim Jong-un (leader)");
  }

  @Test
  void shouldKeepARenamedEntitysNameWhenDocumentsVoteOtherwise() {
    // given
    writer.write(first());
    curation.record(seq -> CurationRule.rename(seq, KIM.id(), "Kim Jong-un (leader)"));
    writer.rewrite(first());

    // when more documents call him otherwise
    writer.write(second());
    writer.write(document("third", "Kim Jong Un spoke.").mention(KIM, "Kim Jong Un").build());

    // then
    assertThat(entity(KIM.id())).containsEntry("name", "Kim Jong-un (leader)");
  }

  @Test
  void shouldListUndoAndReadBackRules() {
    // given
    recordRules();

    // when
    boolean deleted = curation.delete(1);

    // then
    assertThat(deleted).isTrue();
    assertThat(curation.delete(1)).isFalse();
    assertThat(curation.rules()).containsExactly(CurationRule.rename(2, KIM.id(), "Kim Jong-un (leader)"));
  }

  @Test
  void shouldReadAStoredDocumentBackAsItWasRead() {
    // given
    DocumentExtraction first = first();
    writer.write(first);

    // then
    assertThat(curation.document("first")).contains(first.document());
    assertThat(curation.documentsNaming("kcna")).containsExactly("first");
  }

  private void recordRules() {
    CurationRule.Target agency = new CurationRule.Target(AGENCY.id(), AGENCY.type(), null, AGENCY.name());
    curation.record(seq -> CurationRule.merge(seq, KCNA.id(), agency));
    curation.record(seq -> CurationRule.rename(seq, KIM.id(), "Kim Jong-un (leader)"));
  }

  private static DocumentExtraction first() {
    return document("first", "KCNA said Kim Jong Un left. The Korean Central News Agency agreed.")
        .mention(KCNA, "KCNA").mention(KIM, "Kim Jong Un").mention(AGENCY, "Korean Central News Agency").build();
  }

  private static DocumentExtraction second() {
    return document("second", "Kim smiled, KCNA said.").mention(KIM, "Kim").mention(KCNA, "KCNA").build();
  }

  private List<String> entityIds() {
    return driver.executableQuery("MATCH (e:Entity) RETURN e.id AS id ORDER BY id").execute().records().stream()
        .map(r -> r.get("id").asString())
        .toList();
  }

  private Map<String, Object> entity(String id) {
    return driver.executableQuery("MATCH (e:Entity {id: $id}) RETURN e").withParameters(Map.of("id", id))
        .execute().records().get(0).get("e").asMap();
  }

  private String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(driver).export(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
