package dev.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.CorefChain;
import dev.kg.nlp.AnnotatedText.CorefMention;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.StandInAnnotations;
import java.util.List;
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
  void shouldMarkThePlacesWhoseTypeTheTextShows() {
    // given a dateline's city and state, "in" before a place, a place the gazetteers tag, and names
    // with no such sign
    DocumentExtraction extraction =
        extract(
            "CARLSBAD/ORGANIZATION , California/STATE_OR_PROVINCE 1996-08-21/DATE",
            "In Detroit/LOCATION , the Tigers won .",
            "Boston/CITY and Springfield/LOCATION fans cheered in Toronto/ORGANIZATION .");

    // then
    assertThat(extraction.entities())
        .extracting(Entity::id, Entity::typedInContext)
        .containsExactlyInAnyOrder(
            tuple("location:carlsbad", true),
            tuple("location:california", true),
            tuple("location:detroit", true),
            tuple("location:boston", true),
            tuple("location:springfield", false),
            tuple("organization:toronto", false));
  }

  @Test
  void shouldKeepADatelinesCityApartFromTheTeamNamedAfterItInTheSameDocument() {
    // given a dateline city whose name the results below use twice for its team
    DocumentExtraction extraction =
        extract(
            "NEW/ORGANIZATION YORK/ORGANIZATION 1996-08-22/DATE",
            "New/ORGANIZATION York/ORGANIZATION beat Boston/ORGANIZATION 5-3 .",
            "New/ORGANIZATION York/ORGANIZATION lead the league .");

    // then
    assertThat(extraction.mentions())
        .extracting(Mention::text, Mention::entityId)
        .containsExactly(
            tuple("NEW YORK", "location:new-york"),
            tuple("New York", "organization:new-york"),
            tuple("Boston", "organization:boston"),
            tuple("New York", "organization:new-york"));
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
  void shouldNotSpreadAnAcronymTaggedOnceAmongMoreUntaggedMentionsUnlessTheDocumentSpellsItOut() {
    // given: the models tagged each acronym once and left it untagged twice
    DocumentExtraction unexplained =
        extract(
            "Sales of laptops with HDMI/ORGANIZATION ports rose .",
            "Most televisions have HDMI sockets , and buyers expect HDMI on every laptop .");
    DocumentExtraction spelledOut =
        extract(
            "The Tasman/ORGANIZATION Retail/ORGANIZATION Council/ORGANIZATION and TRC/ORGANIZATION staff met .",
            "TRC said sales rose , and TRC will report again in May .");

    // then: one tag among more untagged mentions is the models' guess; a spelled-out acronym is a name
    assertThat(unexplained.mentions()).extracting(Mention::text).containsExactly("HDMI");
    assertThat(spelledOut.mentions())
        .extracting(Mention::text, Mention::entityId)
        .containsExactly(
            tuple("Tasman Retail Council", "organization:tasman-retail-council"),
            tuple("TRC", "organization:tasman-retail-council"),
            tuple("TRC", "organization:tasman-retail-council"),
            tuple("TRC", "organization:tasman-retail-council"));
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

  @Test
  void shouldTakeAPersonAfterAnArticleForAnOrganisationUnlessTheNameQualifiesANoun() {
    // given
    DocumentExtraction extraction =
        extract("Officials of the Turabi/PERSON front and the Clinton/PERSON administration wrote in the Rodong/PERSON Sinmun/PERSON .");

    // then
    assertThat(extraction.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("Rodong Sinmun", EntityType.ORGANIZATION),
            tuple("Turabi", EntityType.PERSON),
            tuple("Clinton", EntityType.PERSON));
  }

  @Test
  void shouldStartAPersonsNameAfterTheOfficeThePortfolioOfWhichRanIntoIt() {
    // given
    DocumentExtraction extraction =
        extract(
            "Russian/NATIONALITY Minister/TITLE of Natural/ORGANIZATION Resources/ORGANIZATION and Ecology/PERSON"
                + " Alexander/PERSON Kozlov/PERSON met the Minister/TITLE of Foreign/ORGANIZATION Affairs/ORGANIZATION"
                + " Choe/PERSON Son/PERSON Hui/PERSON .");

    // then: a portfolio ending in "and" goes on to the given name; "Affairs" ends one
    assertThat(extraction.entities())
        .filteredOn(entity -> entity.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Alexander Kozlov", "Choe Son Hui");
  }

  @Test
  void shouldReadATitleCaseHeadlineByTheNamesTheRestOfTheDocumentGives() {
    // given a headline the models read as one organisation, and one in sentence case
    String headline = "Russia and North Korea Strengthen Strategic Ties in Pyongyang Talks";
    DocumentExtraction titleCase =
        extractTitled(
            headline,
            "Russia/COUNTRY and North/ORGANIZATION Korea/ORGANIZATION Strengthen/ORGANIZATION Strategic/ORGANIZATION"
                + " Ties/ORGANIZATION in Pyongyang/ORGANIZATION Talks/ORGANIZATION",
            "",
            "Sergei/PERSON Shoigu/PERSON visited North/COUNTRY Korea/COUNTRY on Wednesday/DATE .");
    DocumentExtraction sentenceCase =
        extractTitled(
            "Shoigu visits Pyongyang",
            "Shoigu/PERSON visits Pyongyang/CITY",
            "",
            "Sergei/PERSON Shoigu/PERSON arrived on Wednesday/DATE .");

    // then: a name the body gives, or a country, is kept; the models' guesses are not
    assertThat(titleCase.mentions())
        .extracting(Mention::text, Mention::entityId)
        .containsExactly(
            tuple("Russia", "location:russia"),
            tuple("North Korea", "location:north-korea"),
            tuple("Sergei Shoigu", "person:sergei-shoigu"),
            tuple("North Korea", "location:north-korea"));
    assertThat(sentenceCase.entities())
        .extracting(Entity::id)
        .containsExactlyInAnyOrder("person:sergei-shoigu", "location:pyongyang");
  }

  @Test
  void shouldTakeNoMentionFromAWireSignOff() {
    // given wire copy that ends with the wire's one-word sign-off on a line of its own
    DocumentExtraction extraction =
        extract(
            "Talks/O between Varnholt/ORGANIZATION and its lenders resumed in Oslo/CITY .",
            "",
            "Reuter/PERSON");

    // then
    assertThat(extraction.mentions()).extracting(Mention::text).containsExactly("Varnholt", "Oslo");
  }

  @Test
  void shouldAttachNoMentionToANameInAWireSignOffByCoreference() {
    // given a story that names the wire, whose sign-off coreference joins to that name
    String tagged = "A Reuter/ORGANIZATION survey found prices fell in Oslo/CITY .\n\nReuter";
    AnnotatedText tags = StandInAnnotations.annotate(tagged);
    Token named = tags.sentences().get(0).tokens().get(1);
    Token signOff = tags.sentences().get(1).tokens().get(0);

    // when
    DocumentExtraction extraction =
        extractWithChain(tagged, tags, List.of(
            new CorefMention(0, 1, 2, 1, named.start(), named.end(), "Reuter", "PROPER"),
            new CorefMention(1, 0, 1, 0, signOff.start(), signOff.end(), "Reuter", "PROPER")));

    // then
    assertThat(extraction.mentions())
        .extracting(Mention::text, Mention::start)
        .containsExactly(tuple("Reuter", 2), tuple("Oslo", 37));
  }

  @Test
  void shouldAttachAPossessivePronounToTheOrganisationNamedBeforeItWhenCoreferenceMergesTwo() {
    // given "the Tasman Greens party ... its ... its leader" and a later "Coastal Party" that
    // coreference put in the same chain, the party before the pronouns named only before "party"
    String tagged = "The Tasman/ORGANIZATION Greens/ORGANIZATION party lost its seats .\n"
        + "However its leader said Coastal/ORGANIZATION Party/ORGANIZATION won .";
    AnnotatedText tags = StandInAnnotations.annotate(tagged);
    List<Token> first = tags.sentences().get(0).tokens();
    List<Token> second = tags.sentences().get(1).tokens();

    // when
    DocumentExtraction extraction =
        extractWithChain(tagged, tags, List.of(
            new CorefMention(0, 0, 4, 3, first.get(0).start(), first.get(3).end(), "The Tasman Greens party", "NOMINAL"),
            new CorefMention(0, 5, 6, 5, first.get(5).start(), first.get(5).end(), "its", "PRONOMINAL"),
            new CorefMention(1, 1, 2, 1, second.get(1).start(), second.get(1).end(), "its", "PRONOMINAL"),
            new CorefMention(1, 4, 6, 5, second.get(4).start(), second.get(5).end(), "Coastal Party", "PROPER")));

    // then both pronouns are the Tasman Greens', not the party named after them
    assertThat(extraction.mentions())
        .extracting(Mention::text, Mention::entityId)
        .containsExactly(
            tuple("Tasman Greens", "organization:tasman-greens"),
            tuple("its", "organization:tasman-greens"),
            tuple("its", "organization:tasman-greens"),
            tuple("Coastal Party", "organization:coastal-party"));
  }

  @Test
  void shouldKeepANameOnTheLastLineWhenItIsASentence() {
    // given a story whose last line is a sentence that names someone
    DocumentExtraction extraction =
        extract("Shares/O rose in Oslo/CITY .", "", "Varnholt/ORGANIZATION declined/O to/O comment/O .");

    // then
    assertThat(extraction.entities()).extracting(Entity::id).contains("organization:varnholt");
  }

  @Test
  void shouldTakeNoOrganisationFromTheNameOfABattleATreatyAnActOrAList() {
    // given names of an event, a law and a list the models took for organisations, and a bank
    DocumentExtraction extraction =
        extract(
            "He fought in the Battle/ORGANIZATION of/ORGANIZATION Velmar/ORGANIZATION Ridge/ORGANIZATION ,",
            "signed under the Act/ORGANIZATION of/ORGANIZATION Union/ORGANIZATION , and the",
            "Bank/ORGANIZATION of/ORGANIZATION Norvale/ORGANIZATION kept the List/ORGANIZATION of/ORGANIZATION Norvale/ORGANIZATION Ships/ORGANIZATION .");

    // then
    assertThat(extraction.entities()).extracting(Entity::id).containsExactly("organization:bank-of-norvale");
  }

  @Test
  void shouldTypeANameTheModelsSplitEvenlyBetweenPersonAndOrganisationAPersonOnlyWithEvidenceOfOne() {
    // given four names each tagged a person once and an organisation once ("Marta" is a given name, a
    // title stands before "Orvik", and "Velden" ends the name of a person the document gives in full),
    // and one tagged a person once and a place once
    DocumentExtraction extraction =
        extract(
            "Korvexa/PERSON opened a plant in Oslo/CITY .",
            "Analysts said Korvexa/ORGANIZATION would hire staff .",
            "Marta/PERSON spoke first .",
            "Then Marta/ORGANIZATION left .",
            "The vote went to President/TITLE Orvik/PERSON .",
            "Orvik/ORGANIZATION won .",
            "The plan came from Halvard/PERSON Velden/PERSON .",
            "Velden/PERSON said it would work , and Velden/ORGANIZATION agreed .",
            "Joukava/PERSON sang first , and Joukava/LOCATION answered .");

    // then: a person as often as a place stays a person
    assertThat(extraction.entities())
        .extracting(Entity::id)
        .contains("organization:korvexa", "person:marta", "person:orvik", "person:halvard-velden", "person:joukava")
        .doesNotContain("person:korvexa", "organization:marta", "organization:orvik", "organization:velden",
            "location:joukava");
  }

  private static DocumentExtraction extract(String... sentences) {
    return extractTitled(null, sentences);
  }

  /** Extracts from hand-tagged sentences whose coreference is the one chain {@code chain}. */
  private static DocumentExtraction extractWithChain(String tagged, AnnotatedText tags, List<CorefMention> chain) {
    AnnotatedText annotated = new AnnotatedText(tags.sentences(), tags.entityMentions(), List.of(new CorefChain(1, chain)));
    return new EntityExtractor()
        .extract(new SourceDocument("t", null, null, null, null, "t", StandInAnnotations.text(tagged), "0"), annotated);
  }

  /** Extracts from a document with title {@code title}, or none when it is null. */
  private static DocumentExtraction extractTitled(String title, String... sentences) {
    String tagged = String.join("\n", sentences);
    String text = StandInAnnotations.text(tagged);
    return new EntityExtractor()
        .extract(new SourceDocument("t", title, null, null, null, "t", text, "0"), StandInAnnotations.annotate(tagged));
  }
}
