package dev.kg.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.curate.CurationRule.Target;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.Evidence;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.extract.Relation;
import dev.kg.ingest.SourceDocument;
import dev.kg.name.CanonicalName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurationRulesTest {

  private static final String TEXT = "KCNA said Kim Jong Un left. Kim waved. He smiled. The Korean Central News Agency agreed.";
  private static final Entity KCNA = org("organization:kcna", "KCNA");
  private static final Entity AGENCY = org("organization:korean-central-news-agency", "Korean Central News Agency");
  private static final Entity KIM = new Entity("person:kim-jong-un", EntityType.PERSON, null, "Kim Jong Un", List.of("Kim", "Kim Jong Un"));
  private static final Target AGENCY_TARGET = new Target(AGENCY.id(), EntityType.ORGANIZATION, null, AGENCY.name());

  @Test
  void shouldLeaveAnExtractionNoRuleConcernsAsItIs() {
    // given
    DocumentExtraction extraction = extraction("doc-1");
    CurationRules rules =
        new CurationRules(List.of(CurationRule.merge(1, "person:someone-else", AGENCY_TARGET)));

    // when
    DocumentExtraction curated = rules.apply(extraction);

    // then
    assertThat(curated).isSameAs(extraction);
  }

  @Test
  void shouldMoveEveryMentionAndFactOfAMergedEntityToItsTarget() {
    // given
    CurationRules rules = new CurationRules(List.of(CurationRule.merge(1, KCNA.id(), AGENCY_TARGET)));

    // when
    DocumentExtraction curated = rules.apply(extraction("doc-1"));

    // then
    assertThat(curated.entities()).extracting(Entity::id).containsExactly(AGENCY.id(), KIM.id());
    assertThat(entity(curated, AGENCY.id()).aliases()).containsExactly("KCNA", "Korean Central News Agency");
    assertThat(entity(curated, AGENCY.id()).name()).isEqualTo("Korean Central News Agency");
    assertThat(curated.mentions()).filteredOn(m -> m.text().equals("KCNA")).extracting(Mention::entityId).containsExactly(AGENCY.id());
    assertThat(curated.relations()).extracting(Relation::subjectId).containsExactly(AGENCY.id());
  }

  @Test
  void shouldGiveAMergeTargetTheDocumentDoesNotNameTheTargetsTypeAndName() {
    // given a document that only says "KCNA"
    DocumentExtraction only = new DocumentExtraction(
        document("doc-2", "KCNA said so."), List.of(new Span(0, 13)), List.of(KCNA),
        List.of(new Mention(KCNA.id(), 0, 4, 0, "KCNA", "ORGANIZATION")));

    // when
    DocumentExtraction curated = new CurationRules(List.of(CurationRule.merge(1, KCNA.id(), AGENCY_TARGET))).apply(only);

    // then
    assertThat(curated.entities())
        .containsExactly(new Entity(AGENCY.id(), EntityType.ORGANIZATION, null, "Korean Central News Agency",
            List.of("KCNA", "Korean Central News Agency")));
  }

  @Test
  void shouldMoveMentionsNamedByAnAliasWhateverEntityTheyHad() {
    // given "Kim" declared a name of someone else
    Target yoJong = new Target("person:kim-yo-jong", EntityType.PERSON, null, "Kim Yo Jong");

    // when
    DocumentExtraction curated = new CurationRules(List.of(CurationRule.alias(1, "KIM", yoJong))).apply(extraction("doc-1"));

    // then the full name and the pronoun stay; "Kim" moves
    assertThat(mentionsOf(curated, "person:kim-yo-jong")).containsExactly("Kim");
    assertThat(mentionsOf(curated, KIM.id())).containsExactly("Kim Jong Un", "He");
    assertThat(entity(curated, KIM.id()).aliases()).containsExactly("Kim Jong Un");
    assertThat(entity(curated, "person:kim-yo-jong").aliases()).containsExactly("Kim", "Kim Yo Jong");
  }

  @Test
  void shouldMoveTheLeftoverPronounsOfAnEntityWhoseEveryNameMoved() {
    // given
    Target someone = new Target("person:someone", EntityType.PERSON, null, "Someone");
    CurationRules rules = new CurationRules(List.of(
        CurationRule.alias(1, "Kim", someone), CurationRule.alias(2, "Kim Jong-un", someone)));

    // when
    DocumentExtraction curated = rules.apply(extraction("doc-1"));

    // then
    assertThat(mentionsOf(curated, "person:someone")).containsExactly("Kim Jong Un", "Kim", "He");
    assertThat(curated.entities()).extracting(Entity::id).doesNotContain(KIM.id());
  }

  @Test
  void shouldSplitOffTheMentionsOfTheListedDocumentsOnly() {
    // given
    Target other = new Target("person:kim-jong-un-2", EntityType.PERSON, null, "Kim Jong Un (2)");
    CurationRules rules = new CurationRules(List.of(CurationRule.splitDocuments(1, KIM.id(), List.of("doc-2"), other)));

    // when
    DocumentExtraction first = rules.apply(extraction("doc-1"));
    DocumentExtraction second = rules.apply(extraction("doc-2"));

    // then
    assertThat(mentionsOf(first, KIM.id())).containsExactly("Kim Jong Un", "Kim", "He");
    assertThat(mentionsOf(second, other.id())).containsExactly("Kim Jong Un", "Kim", "He");
    assertThat(entity(second, other.id()).name()).isEqualTo("Kim Jong Un (2)");
  }

  @Test
  void shouldSplitOffAnAliasOnlyFromTheEntityNamed() {
    // given
    Target kim = new Target("person:kim", EntityType.PERSON, null, "Kim");
    CurationRules rules = new CurationRules(List.of(
        CurationRule.splitAlias(1, KIM.id(), "Kim", kim), CurationRule.splitAlias(2, AGENCY.id(), "Kim", kim)));

    // when
    DocumentExtraction curated = rules.apply(extraction("doc-1"));

    // then
    assertThat(mentionsOf(curated, "person:kim")).containsExactly("Kim");
    assertThat(mentionsOf(curated, KIM.id())).containsExactly("Kim Jong Un", "He");
  }

  @Test
  void shouldNameAnEntityWhoseNameWasSplitOffByTheCanonicalNameOfTheNamesItKept() {
    // given a document writing "Zelensky" twice and "Zelenskyy" once besides the full name split off
    String text = "Volodymyr Zelensky spoke. Zelensky left. Zelensky waved. Zelenskyy smiled.";
    Entity zelensky = new Entity("person:volodymyr-zelensky", EntityType.PERSON, null, "Volodymyr Zelensky",
        List.of("Volodymyr Zelensky", "Zelensky", "Zelenskyy"));
    List<Mention> mentions = List.of(
        new Mention(zelensky.id(), 0, 18, 0, "Volodymyr Zelensky", "PERSON"),
        new Mention(zelensky.id(), 26, 34, 1, "Zelensky", "PERSON"),
        new Mention(zelensky.id(), 41, 49, 2, "Zelensky", "PERSON"),
        new Mention(zelensky.id(), 57, 66, 3, "Zelenskyy", "PERSON"));
    DocumentExtraction extraction = new DocumentExtraction(
        document("doc-1", text), List.of(new Span(0, 25), new Span(26, 40), new Span(41, 56), new Span(57, 74)),
        List.of(zelensky), mentions);
    Target other = new Target("person:volodymyr-zelensky-2", EntityType.PERSON, null, "Volodymyr Zelensky (2)");

    // when
    DocumentExtraction curated =
        new CurationRules(List.of(CurationRule.splitAlias(1, zelensky.id(), "Volodymyr Zelensky", other))).apply(extraction);

    // then the name written most wins, as extraction would have chosen among these names, not the longest
    assertThat(entity(curated, zelensky.id()).name())
        .isEqualTo("Zelensky")
        .isEqualTo(CanonicalName.of(Map.of("Zelensky", 2L, "Zelenskyy", 1L)));
    assertThat(entity(curated, other.id()).name()).isEqualTo("Volodymyr Zelensky (2)");
  }

  @Test
  void shouldApplyRulesInTheirOrderWhateverOrderTheyAreGivenIn() {
    // given: KCNA into the agency, then the agency renamed
    CurationRule merge = CurationRule.merge(1, KCNA.id(), AGENCY_TARGET);
    CurationRule rename = CurationRule.rename(2, AGENCY.id(), "KCNA (agency)");

    // when
    DocumentExtraction curated = new CurationRules(List.of(rename, merge)).apply(extraction("doc-1"));

    // then
    Entity agency = entity(curated, AGENCY.id());
    assertThat(agency.name()).isEqualTo("KCNA (agency)");
    assertThat(agency.aliases()).containsExactly("KCNA", "KCNA (agency)", "Korean Central News Agency");
  }

  @Test
  void shouldRefuseARuleThatMakesNoSense() {
    assertThatThrownBy(() -> CurationRule.merge(1, AGENCY.id(), AGENCY_TARGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different entities");
    assertThatThrownBy(() -> CurationRule.alias(1, "--", AGENCY_TARGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("letter or digit");
    assertThatThrownBy(() -> CurationRule.splitDocuments(1, KIM.id(), List.of(), AGENCY_TARGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }

  @Test
  void shouldDescribeEachRuleInOneLine() {
    assertThat(CurationRule.merge(1, KCNA.id(), AGENCY_TARGET).describe())
        .isEqualTo("merge organization:kcna into organization:korean-central-news-agency");
    assertThat(CurationRule.Target.named(EntityType.LOCATION, null, "North Korea"))
        .isEqualTo(new Target("location:north-korea", EntityType.LOCATION, dev.kg.extract.LocationKind.OTHER, "North Korea"));
  }

  private static DocumentExtraction extraction(String documentId) {
    List<Mention> mentions = new ArrayList<>();
    mentions.add(mention(KCNA, "KCNA", 0, "ORGANIZATION"));
    mentions.add(mention(KIM, "Kim Jong Un", 0, "PERSON"));
    mentions.add(mention(KIM, "Kim", TEXT.indexOf("Kim waved"), "PERSON"));
    mentions.add(mention(KIM, "He", 0, "PRONOUN"));
    mentions.add(mention(AGENCY, "Korean Central News Agency", 0, "ORGANIZATION"));
    return new DocumentExtraction(
        document(documentId, TEXT),
        List.of(new Span(0, 27), new Span(28, 38), new Span(39, 49), new Span(50, TEXT.length())),
        List.of(KCNA, AGENCY, KIM),
        mentions,
        List.of(new Relation(
            "AFFILIATED_WITH", KCNA.id(), KIM.id(), 0.5, new Evidence(0, 0, 27),
            new Span(0, 4), new Span(10, 21), null, "test")),
        List.of(),
        List.of());
  }

  private static Mention mention(Entity entity, String words, int from, String tag) {
    int start = TEXT.indexOf(words, from);
    int sentence = start < 27 ? 0 : start < 38 ? 1 : start < 49 ? 2 : 3;
    return new Mention(entity.id(), start, start + words.length(), sentence, words, tag);
  }

  private static SourceDocument document(String id, String text) {
    return new SourceDocument(id, null, null, null, null, id + ".txt", text, "sha-" + id);
  }

  private static Entity org(String id, String name) {
    return new Entity(id, EntityType.ORGANIZATION, null, name, List.of(name));
  }

  private static Entity entity(DocumentExtraction extraction, String id) {
    return extraction.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> mentionsOf(DocumentExtraction extraction, String id) {
    return extraction.mentions().stream().filter(m -> m.entityId().equals(id)).map(Mention::text).toList();
  }
}
