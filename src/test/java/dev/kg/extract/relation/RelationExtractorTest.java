package dev.kg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.DocumentAnalyzer;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.NlpDocumentAnalyzer;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import dev.kg.ingest.SourceDocument;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.CoreNlpAnnotator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the real CoreNLP pipeline (loaded once per JVM) on sentences written for each pattern family. */
@UsesCoreNlp
class RelationExtractorTest {

  private final DocumentAnalyzer analyzer = new NlpDocumentAnalyzer(CoreNlpAnnotator::shared);

  @Test
  void shouldReadATitleWrittenBeforeTheNameWithTheCountryOfItsNationality() {
    // when
    DocumentExtraction extraction =
        analyze("Norway hosted the talks. Norwegian Foreign Minister Ingrid Dahl opened them on Monday.");

    // then
    Relation position = only(extraction, "HOLDS_POSITION", "person:ingrid-dahl");
    assertThat(position.objectId()).isEqualTo("location:norway");
    assertThat(position.role().title()).isEqualTo("Foreign Minister");
    assertThat(position.role().normalized()).isEqualTo("foreign minister");
    assertThat(position.role().former()).isFalse();
    assertThat(only(extraction, "CITIZEN_OF", "person:ingrid-dahl").objectId()).isEqualTo("location:norway");
  }

  @Test
  void shouldTakeAnOrganisationBeforeTheTitleAsWhereItIsHeld() {
    // when
    DocumentExtraction extraction = analyze("Greenpeace spokesperson Maria Lopez said the ship had left the harbour.");

    // then
    Relation position = only(extraction, "HOLDS_POSITION", "person:maria-lopez");
    assertThat(position.objectId()).isEqualTo("organization:greenpeace");
    assertThat(position.role().title()).isEqualTo("spokesperson");
  }

  @Test
  void shouldReadAnAppositiveWithTheOrganisationAfterOf() {
    // when
    DocumentExtraction extraction =
        analyze("Thomas Baker, director of the Brookings Institution, spoke at the conference on Tuesday.");

    // then
    Relation position = only(extraction, "HOLDS_POSITION", "person:thomas-baker");
    assertThat(position.objectId()).isEqualTo("organization:brookings-institution");
    assertThat(position.role().normalized()).isEqualTo("director");
  }

  @Test
  void shouldMarkAPositionServedInThePastAsFormer() {
    // when
    DocumentExtraction extraction = analyze(
        "Poland sent a delegation. Anna Kowalski, who previously served as Poland's finance minister, led it.");

    // then
    Relation position = only(extraction, "HOLDS_POSITION", "person:anna-kowalski");
    assertThat(position.objectId()).isEqualTo("location:poland");
    assertThat(position.role().normalized()).isEqualTo("finance minister");
    assertThat(position.role().former()).isTrue();
  }

  @Test
  void shouldReadACopula() {
    // when
    DocumentExtraction extraction = analyze("Peter Lindqvist is the chairman of Volvo.");

    // then
    Relation position = only(extraction, "HOLDS_POSITION", "person:peter-lindqvist");
    assertThat(position.objectId()).isEqualTo("organization:volvo");
    assertThat(position.role().title()).isEqualTo("chairman");
  }

  @Test
  void shouldPlaceACityInItsCountryAndAnOrganisationInItsCity() {
    // when
    DocumentExtraction extraction =
        analyze("The factory stands in Gothenburg, Sweden. Volvo, based in Gothenburg, builds trucks there.");

    // then
    assertThat(extraction.relations())
        .filteredOn(r -> r.type().equals("LOCATED_IN"))
        .extracting(Relation::subjectId, Relation::objectId)
        .contains(
            tuple("location:gothenburg", "location:sweden"),
            tuple("organization:volvo", "location:gothenburg"));
  }

  @Test
  void shouldAffiliateANewspaperWithThePartyItBelongsTo() {
    // when
    DocumentExtraction extraction =
        analyze("He wrote for the Daily Courier, the official newspaper of the Liberal Party.");

    // then
    assertThat(extraction.relations())
        .filteredOn(r -> r.type().equals("AFFILIATED_WITH"))
        .extracting(Relation::subjectId, Relation::objectId)
        .containsExactly(tuple("organization:daily-courier", "organization:liberal-party"));
  }

  @Test
  void shouldFindWhoKilledWhom() {
    // when
    DocumentExtraction extraction = analyze("Police said John Miller shot Robert Brown in Dallas on Sunday.");

    // then
    Relation killing = only(extraction, "KILLED", "person:john-miller");
    assertThat(killing.objectId()).isEqualTo("person:robert-brown");
  }

  @Test
  void shouldGiveEveryRelationItsSentenceAndASpanCoveringBothEnds() {
    // given
    String text = "Rain fell in Oslo. Greenpeace spokesperson Maria Lopez said the ship had left.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    Relation position = only(extraction, "HOLDS_POSITION", "person:maria-lopez");
    assertThat(position.evidence().sentence()).isEqualTo(1);
    assertThat(text.substring(position.evidence().start(), position.evidence().end()))
        .isEqualTo("Greenpeace spokesperson Maria Lopez");
    assertThat(text.substring(position.subject().start(), position.subject().end())).isEqualTo("Maria Lopez");
    assertThat(text.substring(position.object().start(), position.object().end())).isEqualTo("Greenpeace");
    assertThat(position.confidence()).isBetween(0.0, 1.0);
    assertThat(position.method()).isEqualTo("title-before-name");
  }

  @Test
  void shouldAttributeQuotesToTheSubjectOfTheVerbOfSayingAndItsContinuation() {
    // when
    DocumentExtraction extraction = analyze(
        "\u201cWe will not back down,\u201d said Maria Lopez, a campaigner in Madrid. \u201cThe ship stays here.\u201d\n\n"
            + "A joint statement praised the \u201cconstructive atmosphere\u201d of the talks.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(
            tuple("We will not back down,", "person:maria-lopez"),
            tuple("The ship stays here.", "person:maria-lopez"),
            tuple("constructive atmosphere", null));
  }

  @Test
  void shouldAttributeAQuoteToThePersonAPronounStandsFor() {
    // when
    DocumentExtraction extraction = analyze(
        "Maria Lopez arrived in Madrid on Monday. She said the talks had been \u201cvery difficult\u201d.");

    // then
    Quote quote = extraction.quotes().get(0);
    assertThat(quote.text()).isEqualTo("very difficult");
    assertThat(quote.speakerId()).isEqualTo("person:maria-lopez");
    assertThat(quote.evidence().sentence()).isEqualTo(1);
  }

  private DocumentExtraction analyze(String text) {
    return analyzer.analyze(new SourceDocument("test", null, null, null, null, "test.txt", text, "0"));
  }

  private static Relation only(DocumentExtraction extraction, String type, String subjectId) {
    List<Relation> found = extraction.relations().stream()
        .filter(r -> r.type().equals(type) && r.subjectId().equals(subjectId) && r.objectId() != null)
        .toList();
    assertThat(found).as(type + " of " + subjectId + " in " + extraction.relations()).hasSize(1);
    return found.get(0);
  }
}
