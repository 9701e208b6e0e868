package dev.kg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Relation;
import dev.kg.nlp.AnnotatedFixtures;
import org.junit.jupiter.api.Test;

/**
 * Relation patterns over what CoreNLP made of sentences written for each, read from saved annotations
 * ({@link AnnotatedFixtures}) so that no model loads; RelationExtractorTest runs the other patterns on
 * the live models.
 */
class RelationRulesTest {

  @Test
  void shouldTakeTheNameBeforeACommaAsTheKillerANounDescribesWhereTheParserMissedTheApposition() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "On Sunday, bar owner Tom Hale shot and mortally wounded Peter Lund, the accused assassin of Governor Anna Berg.");

    // then
    assertThat(extraction.relations())
        .filteredOn(r -> r.type().equals("KILLED"))
        .extracting(Relation::subjectId, Relation::objectId)
        .containsExactlyInAnyOrder(
            tuple("person:tom-hale", "person:peter-lund"), tuple("person:peter-lund", "person:anna-berg"));
  }

  @Test
  void shouldPlaceAPersonInTheNativePlaceTheirPossessiveQualifies() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "After the war, Anna Berg went back to her native Ohio. Peter Lund returned to his native Norway last year.");

    // then
    assertThat(extraction.relations())
        .filteredOn(r -> r.method().equals("native-place"))
        .extracting(Relation::type, Relation::subjectId, Relation::objectId)
        .containsExactlyInAnyOrder(
            tuple("LIVES_IN", "person:anna-berg", "location:ohio"),
            tuple("CITIZEN_OF", "person:peter-lund", "location:norway"));
  }

  @Test
  void shouldPlaceAnOrganisationInTheCountryOfANationalityOnlyWhereThePhraseNamesIt() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "The Eritrean ambassador to the UN, Araya Desta, said Eritrea wanted peace. "
            + "Russia's Security Council Secretary Nikolai Patrushev met him in Moscow.");

    // then the ambassador is Eritrea's, sent to the UN, which is not in Eritrea
    assertThat(extraction.relations())
        .filteredOn(r -> r.type().equals("LOCATED_IN"))
        .extracting(Relation::subjectId, Relation::objectId)
        .containsExactly(tuple("organization:security-council", "location:russia"));
    assertThat(extraction.relations())
        .filteredOn(r -> r.subjectId().equals("person:araya-desta"))
        .extracting(Relation::type, Relation::objectId)
        .contains(tuple("HOLDS_POSITION", "organization:un"), tuple("CITIZEN_OF", "location:eritrea"));
  }
}
