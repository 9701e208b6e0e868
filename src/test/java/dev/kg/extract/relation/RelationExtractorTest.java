package dev.kg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.DocumentAnalyzer;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import dev.kg.ingest.SourceDocument;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import java.util.List;
import org.assertj.core.groups.Tuple;
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
  void shouldGiveAPossessivePronounsTitleToThePartyNamedBeforeItNotOneCoreferenceChainedLater() {
    // when
    DocumentExtraction extraction =
        analyze("The Tasman Greens party lost two of its seats in the election. However, its leader, Mary Oakes, "
            + "said the party would recover. The Coastal Party, which won the most seats, welcomed the result.");

    // then
    Relation position = only(extraction, "HOLDS_POSITION", "person:mary-oakes");
    assertThat(position.objectId()).isEqualTo("organization:tasman-greens");
    assertThat(position.role().normalized()).isEqualTo("leader");
  }

  @Test
  void shouldHoldNoPositionInAPerson() {
    // when
    DocumentExtraction extraction =
        analyze("The delegation met Pak Jong-chon, a key advisor to leader Kim Jong-un, in Pyongyang on Monday.");

    // then: "advisor" is no title CoreNLP knows, so without an organisation or place the phrase gives none
    assertThat(extraction.relations())
        .filteredOn(r -> r.subjectId().equals("person:pak-jong-chon"))
        .extracting(Relation::objectId)
        .doesNotContain("person:kim-jong-un");
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

  @Test
  void shouldReadAPositionFromARelativeClauseWithAVerbOfLeading() {
    // when
    DocumentExtraction extraction = analyze("Anna Berg, who heads the Nordic Institute, spoke on Monday.");

    // then
    Relation position = only(extraction, "HOLDS_POSITION", "person:anna-berg");
    assertThat(position.objectId()).isEqualTo("organization:nordic-institute");
    assertThat(position.role().normalized()).isEqualTo("head");
  }

  @Test
  void shouldReadMembershipFromAVerbOfWorking() {
    // when
    DocumentExtraction extraction = analyze("Tom Olsen works for Statoil in Stavanger.");

    // then
    assertThat(only(extraction, "MEMBER_OF", "person:tom-olsen").objectId()).isEqualTo("organization:statoil");
  }

  @Test
  void shouldReadResidenceFromANativeOfAPlaceAndFromLiving() {
    // when
    DocumentExtraction extraction =
        analyze("Tom Olsen, a native of Bergen, met reporters. His sister Kari Olsen lives in Oslo.");

    // then
    assertThat(extraction.relations())
        .filteredOn(r -> r.type().equals("LIVES_IN"))
        .extracting(Relation::subjectId, Relation::objectId)
        .containsExactlyInAnyOrder(
            tuple("person:tom-olsen", "location:bergen"), tuple("person:kari-olsen", "location:oslo"));
  }

  @Test
  void shouldPlaceACityDescribedAsTheCapitalOfACountry() {
    // when
    DocumentExtraction extraction = analyze("Troops reached Vilnius, the capital of Lithuania, on Friday.");

    // then
    assertThat(only(extraction, "LOCATED_IN", "location:vilnius").objectId()).isEqualTo("location:lithuania");
  }

  @Test
  void shouldFindTheKillerAsTheOneWhoFiredTheWeapon() {
    // when
    DocumentExtraction extraction = analyze("Mark Jensen fired the shot that killed Tom Olsen.");

    // then
    assertThat(only(extraction, "KILLED", "person:mark-jensen").objectId()).isEqualTo("person:tom-olsen");
  }

  @Test
  void shouldTakeTheKillerOfAKillingHeWasSentencedFor() {
    // when
    DocumentExtraction extraction = analyze("Peter Hall was sentenced to life for the murder of Anna Berg.");

    // then
    assertThat(only(extraction, "KILLED", "person:peter-hall").objectId()).isEqualTo("person:anna-berg");
  }

  @Test
  void shouldTakeTheKillerFromTheClauseWhenTheKillingGerundReadsAsAnAdjective() {
    // when
    DocumentExtraction extraction = analyze("In 1969, Tom Walsh was convicted of assassinating Senator Mark Hollis.");

    // then
    assertThat(pairs(extraction, "KILLED")).containsExactly(tuple("person:tom-walsh", "person:mark-hollis"));
    assertThat(extraction.relations()).filteredOn(r -> r.role() != null)
        .allSatisfy(r -> assertThat(r.role().title()).doesNotContain("assassinating"));
  }

  @Test
  void shouldTakeTheKillerFromAPredicateNounAndTheVictimFromAnAppositive() {
    // when
    DocumentExtraction gunman = analyze("Brian Cole was the gunman who killed Officer Dan Price.");
    DocumentExtraction assassin =
        analyze("Kennedy's assassin, Lee Harvey Oswald, who had just been shot by Jack Ruby, died.");

    // then
    assertThat(pairs(gunman, "KILLED")).containsExactly(tuple("person:brian-cole", "person:dan-price"));
    assertThat(pairs(assassin, "KILLED")).containsExactlyInAnyOrder(
        tuple("person:lee-harvey-oswald", "person:kennedy"), tuple("person:jack-ruby", "person:lee-harvey-oswald"));
  }

  @Test
  void shouldReadTheVictimNamedBeforeAssassinInOneName() {
    // when
    DocumentExtraction extraction = analyze("Historians still study Lincoln assassin John Wilkes Booth.");

    // then
    assertThat(pairs(extraction, "KILLED")).containsExactly(tuple("person:john-wilkes-booth", "person:lincoln"));
    assertThat(pairs(extraction, "HOLDS_POSITION")).isEmpty();
  }

  @Test
  void shouldAttributeAQuoteToTheSourceAfterAccordingTo() {
    // when
    DocumentExtraction extraction = analyze(
        "The talks in Oslo were \u201cfrank and useful\u201d, according to Greenpeace.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("frank and useful", "organization:greenpeace", "according-to"));
  }

  @Test
  void shouldAttributeAQuoteToTheIssuerOfTheStatementThatSaidIt() {
    // when
    DocumentExtraction extraction = analyze(
        "A statement from Greenpeace said the ship was \u201cready to sail\u201d.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("ready to sail", "organization:greenpeace"));
  }

  @Test
  void shouldAttributeAQuoteToTheSpeakerOfThePreviousSentence() {
    // when
    DocumentExtraction extraction = analyze(
        "Maria Lopez spoke to reporters in Madrid on Monday and said the talks would go on."
            + " \u201cWe are not leaving.\u201d");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("We are not leaving.", "person:maria-lopez", "previous-sentence"));
  }

  @Test
  void shouldAttributeAQuoteToTheSpeakerOfTheNextSentence() {
    // when
    DocumentExtraction extraction = analyze(
        "\u201cThe harbour is closed.\u201d Maria Lopez said so on Monday after the talks in Madrid.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("The harbour is closed.", "person:maria-lopez", "next-sentence"));
  }

  @Test
  void shouldCarryTheSpeakerIntoAQuotationThatOpensTheNextParagraph() {
    // when
    DocumentExtraction extraction = analyze(
        "\u201cWe will not back down,\u201d said Maria Lopez, a campaigner in Madrid.\n\n"
            + "\u201cThe ship stays here until the talks end.\u201d\n\n"
            + "Rain fell on the harbour. \u201cNothing else matters.\u201d");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(
            tuple("We will not back down,", "person:maria-lopez"),
            tuple("The ship stays here until the talks end.", "person:maria-lopez"),
            tuple("Nothing else matters.", null));
  }

  @Test
  void shouldLetAStateNewsAgencyBeTheSpeaker() {
    // when
    DocumentExtraction extraction = analyze(
        "The Korean Central News Agency called the drills \u201ca rehearsal for invasion\u201d.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("a rehearsal for invasion", "organization:korean-central-news-agency"));
  }

  @Test
  void shouldReadAPlaceWrittenThroughACommonNounOfPlace() {
    // when
    DocumentExtraction extraction = analyze("Rain flooded Stavanger, a port in the southern part of Norway.");

    // then
    assertThat(pairs(extraction, "LOCATED_IN")).containsExactly(tuple("location:stavanger", "location:norway"));
  }

  @Test
  void shouldPlaceEachPlaceOfACommaChainInThoseAfterIt() {
    // when
    DocumentExtraction extraction = analyze("Firefighters reached Millbrook, Brooklyn, N.Y., on Sunday.");

    // then
    assertThat(pairs(extraction, "LOCATED_IN")).containsExactlyInAnyOrder(
        tuple("location:millbrook", "location:brooklyn"),
        tuple("location:millbrook", "location:ny"),
        tuple("location:brooklyn", "location:ny"));
  }

  @Test
  void shouldPlaceAnOrganisationWrittenAsAnAddress() {
    // when
    DocumentExtraction extraction = analyze("The Hartwell Mining Center, Carterville, Ill., closed on Monday.");

    // then
    assertThat(pairs(extraction, "LOCATED_IN")).containsExactlyInAnyOrder(
        tuple("organization:hartwell-mining-center", "location:carterville"),
        tuple("organization:hartwell-mining-center", "location:ill"),
        tuple("location:carterville", "location:ill"));
  }

  @Test
  void shouldGiveCoordinatedPlacesTheStateWrittenAfterTheLast() {
    // when
    DocumentExtraction extraction = analyze("Snow fell on Burlington and Montpelier, Vt., overnight.");

    // then
    assertThat(pairs(extraction, "LOCATED_IN")).contains(
        tuple("location:burlington", "location:vt"),
        tuple("location:montpelier", "location:vt"));
  }

  @Test
  void shouldReadAPlacePossessiveBeforeAPersonsName() {
    // when
    DocumentExtraction extraction =
        analyze("Oregon's Mark Hatfield voted against the bill. Norway's Ingrid Dahl won the race.");

    // then
    assertThat(only(extraction, "LIVES_IN", "person:mark-hatfield").objectId()).isEqualTo("location:oregon");
    assertThat(only(extraction, "CITIZEN_OF", "person:ingrid-dahl").objectId()).isEqualTo("location:norway");
  }

  @Test
  void shouldReadResidenceFromAPersonsHomeAndQuoteThePersonByName() {
    // given
    String text = "Police found Alice Brandt at her Germantown home on Friday.";

    // when
    DocumentExtraction extraction = analyze(text + " Thomas Harper died on Monday at his home in Larchmont.");

    // then
    Relation home = only(extraction, "LIVES_IN", "person:alice-brandt");
    assertThat(home.objectId()).isEqualTo("location:germantown");
    assertThat(home.method()).isEqualTo("home");
    assertThat(text.substring(home.subject().start(), home.subject().end())).isEqualTo("Alice Brandt");
    assertThat(only(extraction, "LIVES_IN", "person:thomas-harper").objectId()).isEqualTo("location:larchmont");
  }

  @Test
  void shouldReadAPositionFromAPassiveVerbOfLeading() {
    // when
    DocumentExtraction extraction = analyze(
        "The Aldridge Foundation, headed by Marcus Webb, published the study. "
            + "The Ferrand Institute was founded in 1977 by Helen Ferrand.");

    // then
    Relation head = only(extraction, "HOLDS_POSITION", "person:marcus-webb");
    assertThat(head.objectId()).isEqualTo("organization:aldridge-foundation");
    assertThat(head.role().normalized()).isEqualTo("head");
    Relation founder = only(extraction, "HOLDS_POSITION", "person:helen-ferrand");
    assertThat(founder.objectId()).isEqualTo("organization:ferrand-institute");
    assertThat(founder.role().normalized()).isEqualTo("founder");
  }

  @Test
  void shouldPlaceAPlaceTheCopulaDescribesInThePlaceItsNounNames() {
    // when
    DocumentExtraction extraction = analyze("Bergen is a port in the west of Norway.");

    // then
    assertThat(pairs(extraction, "LOCATED_IN")).containsExactly(tuple("location:bergen", "location:norway"));
  }

  @Test
  void shouldPlaceANameInThePlaceNamedRightAfterInWhereverTheParseHangsIt() {
    // when
    DocumentExtraction court = analyze("The dispute was taken to the International Court of Justice in The Hague last July.");
    DocumentExtraction county = analyze("Rainfall was heavy in St. Louis County in northeastern Minnesota.");

    // then
    assertThat(pairs(court, "LOCATED_IN"))
        .containsExactly(tuple("organization:international-court-of-justice", "location:hague"));
    assertThat(pairs(county, "LOCATED_IN")).containsExactly(tuple("location:st-louis-county", "location:minnesota"));
  }

  @Test
  void shouldMakeAPersonDescribedAsFromAPlaceLiveThere() {
    // when
    DocumentExtraction extraction = analyze("Edward Derwinski, a Republican from Chicago, denied the allegations.");

    // then
    assertThat(pairs(extraction, "LIVES_IN")).containsExactly(tuple("person:edward-derwinski", "location:chicago"));
  }

  @Test
  void shouldGiveAMinisterTheCountryThePreviousSentenceIsAbout() {
    // when
    DocumentExtraction named = analyze("North Korea has been vocal in its support of Russia's war. "
        + "Foreign Minister Choe Son Hui praised the army on Monday.");
    DocumentExtraction demonym = analyze("Senior Russian defense officials traveled to Pyongyang this month. "
        + "The delegation, led by Deputy Defense Minister Alexander Fomin, met generals. Russia denied it.");

    // then
    Relation choe = only(named, "HOLDS_POSITION", "person:choe-son-hui");
    assertThat(choe.objectId()).isEqualTo("location:north-korea");
    assertThat(choe.role().normalized()).isEqualTo("foreign minister");
    assertThat(choe.evidence().sentence()).isEqualTo(1);
    assertThat(only(demonym, "HOLDS_POSITION", "person:alexander-fomin").objectId()).isEqualTo("location:russia");
  }

  @Test
  void shouldNotReachAcrossAParagraphForAMinistersCountry() {
    // when
    DocumentExtraction extraction = analyze("North Korea has been vocal in its support of Russia's war.\n\n"
        + "Foreign Minister Choe Son Hui praised the army on Monday.");

    // then
    assertThat(extraction.relations())
        .filteredOn(r -> r.type().equals("HOLDS_POSITION") && r.subjectId().equals("person:choe-son-hui"))
        .extracting(Relation::objectId)
        .containsExactly((String) null);
  }

  @Test
  void shouldGiveTheOfficeAVerbConfersToItsObjectNotItsSubject() {
    // when
    DocumentExtraction extraction = analyze(
        "Governor Ana Costa appointed Paulo Mendes as chairman of the Lisbon Stock Exchange on Friday.");

    // then
    Relation position = only(extraction, "HOLDS_POSITION", "person:paulo-mendes");
    assertThat(position.objectId()).isEqualTo("organization:lisbon-stock-exchange");
    assertThat(position.role().normalized()).isEqualTo("chairman");
    assertThat(pairs(extraction, "HOLDS_POSITION"))
        .doesNotContain(tuple("person:ana-costa", "organization:lisbon-stock-exchange"));
  }

  @Test
  void shouldGiveNoOfficeToANominee() {
    // when
    DocumentExtraction extraction = analyze(
        "Governor Ana Costa nominated Paulo Mendes as chairman of the Lisbon Stock Exchange on Friday.");

    // then
    assertThat(pairs(extraction, "HOLDS_POSITION"))
        .doesNotContain(tuple("person:paulo-mendes", "organization:lisbon-stock-exchange"),
            tuple("person:ana-costa", "organization:lisbon-stock-exchange"));
  }

  @Test
  void shouldNotPlaceACountrysEmbassyInThatCountry() {
    // when
    DocumentExtraction extraction =
        analyze("Hundreds of students marched to the Chinese Embassy in Oslo, and China protested to Norway.");

    // then
    assertThat(pairs(extraction, "LOCATED_IN"))
        .doesNotContain(tuple("organization:chinese-embassy", "location:china"));
  }

  private DocumentExtraction analyze(String text) {
    return analyzer.analyze(new SourceDocument("test", null, null, null, null, "test.txt", text, "0"));
  }

  private static List<Tuple> pairs(DocumentExtraction extraction, String type) {
    return extraction.relations().stream()
        .filter(r -> r.type().equals(type))
        .map(r -> tuple(r.subjectId(), r.objectId()))
        .toList();
  }

  private static Relation only(DocumentExtraction extraction, String type, String subjectId) {
    List<Relation> found = extraction.relations().stream()
        .filter(r -> r.type().equals(type) && r.subjectId().equals(subjectId) && r.objectId() != null)
        .toList();
    assertThat(found).as(type + " of " + subjectId + " in " + extraction.relations()).hasSize(1);
    return found.get(0);
  }
}
