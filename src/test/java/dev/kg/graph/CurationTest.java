package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.curate.CurationRule;
import dev.kg.export.GraphExporter;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.Event;
import dev.kg.extract.Evidence;
import dev.kg.extract.LocationKind;
import dev.kg.layers.UsesNeo4j;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    // when the rule is made (re-writing what it concerns), and another document arrives
    Curation.Applied merge =
        curation.record(seq -> CurationRule.merge(seq, KCNA.id(), curation.entity(AGENCY.id()).orElseThrow()));
    writer.write(second());

    // then
    assertThat(merge.rule().id()).isEqualTo("rule:1");
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
    Curation.Applied rename = curation.record(seq -> CurationRule.rename(seq, KIM.id(), "Kim Jong-un (leader)"));
    assertThat(rename.documents()).containsExactly("first");
    assertThat(entity(KIM.id())).containsEntry("name", "Kim Jong-un (leader)");

    // when more documents call him otherwise
    writer.write(second());
    writer.write(document("third", "Kim Jong Un spoke.").mention(KIM, "Kim Jong Un").build());

    // then
    assertThat(entity(KIM.id())).containsEntry("name", "Kim Jong-un (leader)");
  }

  @Test
  void shouldNameARenamedEntityByItsNewNameInTheSummariesOfItsEventsUntilTheRuleIsUndone() {
    // given a meeting Kim held in Pyongyang
    Entity pyongyang = location("location:pyongyang", LocationKind.CITY, "Pyongyang");
    String text = "Kim Jong Un held talks in Pyongyang.";
    writer.write(
        document("summit", text)
            .mention(KIM, "Kim Jong Un")
            .mention(pyongyang, "Pyongyang")
            .event(new Event("MEETING", "talks", List.of(new Event.Participant(KIM.id(), "agent")), List.of(),
                pyongyang.id(), null, null, "MEETING agent: Kim Jong Un; place: Pyongyang", 0.8,
                List.of(new Evidence(0, 17, 22)), false))
            .build());

    // when an analyst renames him
    curation.record(seq -> CurationRule.rename(seq, KIM.id(), "Kim Jong-un (leader)"));

    // then
    assertThat(summaries())
        .containsExactly("MEETING agent: Kim Jong-un (leader); place: Pyongyang");

    // when the rule is undone
    curation.undo(1);

    // then
    assertThat(summaries())
        .containsExactly("MEETING agent: Kim Jong Un; place: Pyongyang");
  }

  @Test
  void shouldUndoARuleAndRewriteWhatItConcernedAsIfItHadNeverBeen() {
    // given
    writer.write(first());
    writer.write(second());
    String uncurated = export();
    recordRules();

    // when
    Optional<Curation.Applied> undone = curation.undo(1);

    // then the merge is gone from the graph, the rename after it still holds
    assertThat(undone).map(Curation.Applied::rule).contains(CurationRule.merge(1, KCNA.id(), agencyTarget()));
    assertThat(undone.orElseThrow().documents()).containsExactly("first", "second");
    assertThat(curation.undo(1)).isEmpty();
    assertThat(curation.rules()).containsExactly(CurationRule.rename(2, KIM.id(), "Kim Jong-un (leader)"));
    assertThat(entity(KIM.id())).containsEntry("name", "Kim Jong-un (leader)");

    // and undoing the rename too gives back the graph as ingested
    curation.undo(2);
    assertThat(export()).isEqualTo(uncurated);
  }

  @Test
  void shouldRewriteTheDocumentsThatNameAnAliasRuleWhateverEntityTheyGaveIt() {
    // given
    writer.write(first());
    writer.write(document("third", "Kim Jong Un spoke.").mention(KIM, "Kim Jong Un").build());

    // when
    Curation.Applied alias = curation.record(seq -> CurationRule.alias(seq, "kcna", agencyTarget()));

    // then
    assertThat(alias.documents()).containsExactly("first");
    assertThat(entityIds()).doesNotContain(KCNA.id());
  }

  private static CurationRule.Target agencyTarget() {
    return new CurationRule.Target(AGENCY.id(), AGENCY.type(), null, AGENCY.name());
  }

  private void recordRules() {
    curation.record(seq -> CurationRule.merge(seq, KCNA.id(), agencyTarget()));
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

  private List<String> summaries() {
    return driver.executableQuery("MATCH (e:Event) RETURN e.summary AS summary ORDER BY summary").execute().records()
        .stream()
        .map(r -> r.get("summary").asString())
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
