package dev.kg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Relation;
import org.junit.jupiter.api.Test;

/** Descriptions of a person that the parser hung away from the name, read from saved annotations. */
class StrayDescriptionsTest {

  @Test
  void shouldReadANationalityQualifiedNounTheParserJoinedToTheNameByDepAsItsTitle() {
    // when: the parser made "Nasser" a dep of "preacher"
    DocumentExtraction extraction = SavedExtraction.withoutKbp(
        "Norway sent an envoy. The council issued a decree against the Norwegian preacher Omar Nasser, for whom it"
            + " urged exile.");

    // then
    assertThat(extraction.relations())
        .filteredOn(r -> r.objectId() != null)
        .extracting(Relation::type, Relation::subjectId, Relation::objectId, Relation::method)
        .containsExactlyInAnyOrder(
            tuple("CITIZEN_OF", "person:omar-nasser", "location:norway", "title-before-name"),
            tuple(Relation.HOLDS_POSITION, "person:omar-nasser", "location:norway", "title-before-name"));
  }

  @Test
  void shouldHoldTheTitleOfANameTheParserSetInAppositionToTheOrganisationClosingIt() {
    // when: the parser made "Anna Berg" an appositive of "Ministry"
    DocumentExtraction extraction = SavedExtraction.withoutKbp(
        "The plan was praised by a spokeswoman for the Norwegian Foreign Ministry, Anna Berg.");

    // then
    assertThat(extraction.relations())
        .filteredOn(r -> r.objectId() != null)
        .extracting(Relation::type, Relation::subjectId, Relation::objectId, r -> r.role().normalized())
        .containsExactly(
            tuple(Relation.HOLDS_POSITION, "person:anna-berg", "organization:norwegian-foreign-ministry", "spokeswoman"));
  }

  @Test
  void shouldHoldTheTitleTheParserCoordinatedWithTheNameAfterIt() {
    // when: the parser made "Carl Moss" a conjunct of "chairman"
    DocumentExtraction extraction = SavedExtraction.withoutKbp(
        "Tom Hale, the brother of Acme's chairman, Carl Moss and Acme's largest shareholder, sold his shares.");

    // then
    assertThat(extraction.relations())
        .filteredOn(r -> r.subjectId().equals("person:carl-moss"))
        .extracting(Relation::type, Relation::objectId, r -> r.role().normalized())
        .containsExactly(tuple(Relation.HOLDS_POSITION, "organization:acme", "chairman"));
  }
}
