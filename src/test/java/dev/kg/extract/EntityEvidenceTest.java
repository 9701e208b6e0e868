package dev.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.ingest.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * The extractor's rules over what a recogniser tagged, with hand-written tags so that each rule is
 * tested apart from what CoreNLP happens to tag (EntityExtractorTest runs the real models).
 */
class EntityEvidenceTest {

  @Test
  void shouldKindPlacesFromDatelinesShapesListsAndCoordination() {
    // given
    DocumentExtraction extraction =
        extract(
            "PYONGYANG/LOCATION , June/DATE 19/DATE - leaders in Asia/CITY watched .",
            "The rocket flew from the Vostochny/ORGANIZATION Cosmodrome/ORGANIZATION in the Amur/CITY region .",
            "Ties between Moscow/CITY and Pyongyang/LOCATION grew , as did trade with Texas/STATE_OR_PROVINCE .");

    // then
    assertThat(extraction.entities())
        .extracting(Entity::id, Entity::type, Entity::kind)
        .contains(
            tuple("location:pyongyang", EntityType.LOCATION, LocationKind.CITY),
            tuple("location:asia", EntityType.LOCATION, LocationKind.REGION),
            tuple("location:vostochny-cosmodrome", EntityType.LOCATION, LocationKind.FACILITY),
            tuple("location:amur", EntityType.LOCATION, LocationKind.REGION),
            tuple("location:moscow", EntityType.LOCATION, LocationKind.CITY),
            tuple("location:texas", EntityType.LOCATION, LocationKind.STATE_OR_PROVINCE));
  }

  @Test
  void shouldRunAPersonsNameOnOverItsParticles() {
    // given names the recogniser stopped at a particle, or split into a person and a place
    DocumentExtraction extraction =
        extract("Ludwig/PERSON van Aalst/CITY met Pedro/PERSON de la Fuente/PERSON and 38/ORGANIZATION North/ORGANIZATION .");

    // then
    assertThat(extraction.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("Ludwig van Aalst", EntityType.PERSON),
            tuple("Pedro de la Fuente", EntityType.PERSON),
            tuple("38 North", EntityType.ORGANIZATION));
  }

  @Test
  void shouldTakeNoOpeningAcronymForADateline() {
    // given
    DocumentExtraction extraction = extract("NATO/ORGANIZATION , the alliance , said it would stay .");

    // then
    assertThat(extraction.entities()).extracting(Entity::id, Entity::type)
        .containsExactly(tuple("organization:nato", EntityType.ORGANIZATION));
  }

  @Test
  void shouldTakeUntaggedRepeatsAndAcronymsAsTheNameTaggedElsewhere() {
    // given
    DocumentExtraction extraction =
        extract(
            "Reuters/ORGANIZATION said the Workers/ORGANIZATION '/ORGANIZATION Party/ORGANIZATION of/ORGANIZATION"
                + " Korea/ORGANIZATION met .",
            "Reuters and WPK officials met , as Reuters Television filmed .");

    // then: a repeat running on into another name is left alone
    assertThat(extraction.mentions())
        .extracting(Mention::text, Mention::entityId)
        .containsExactly(
            tuple("Reuters", "organization:reuters"),
            tuple("Workers ' Party of Korea", "organization:workers-party-of-korea"),
            tuple("Reuters", "organization:reuters"),
            tuple("WPK", "organization:workers-party-of-korea"));
  }

  @Test
  void shouldSplitAHyphenatedPersonOnlyWhenBothPartsArePeopleNamedApart() {
    // given
    DocumentExtraction extraction =
        extract(
            "Nikolai/PERSON Patrushev/PERSON met Kim/PERSON Jong/PERSON Un/PERSON and Maria/PERSON Lopez-Ortega/PERSON .",
            "The Patrushev-Kim/PERSON meeting went well , Lopez-Ortega/PERSON said .");

    // then
    assertThat(extraction.entities())
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Nikolai Patrushev", "Kim Jong Un", "Maria Lopez-Ortega");
    assertThat(extraction.mentions())
        .extracting(Mention::text)
        .contains("Patrushev", "Kim", "Lopez-Ortega")
        .doesNotContain("Patrushev-Kim");
  }

  private static DocumentExtraction extract(String... sentences) {
    String tagged = String.join("\n", sentences);
    String text = StandInAnnotations.text(tagged);
    return new EntityExtractor()
        .extract(new SourceDocument("t", null, null, null, null, "t", text, "0"), StandInAnnotations.annotate(tagged));
  }
}
