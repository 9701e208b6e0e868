package dev.kg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Quote;
import dev.kg.nlp.AnnotatedFixtures;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.CorefChain;
import dev.kg.nlp.AnnotatedText.CorefMention;
import dev.kg.nlp.AnnotatedText.Quotation;
import dev.kg.nlp.AnnotatedText.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who said a quotation, over what CoreNLP made of sentences written for each attribution route, read
 * from saved annotations ({@link AnnotatedFixtures}) so that no model loads; RelationExtractorTest
 * runs the other routes on the live models.
 */
class QuoteRulesTest {

  @Test
  void shouldGiveAQuotationEveryCoordinatedSpeaker() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "South Korea and Japan echoed that concern on Monday, warning of \u201cescalating provocations\u201d in the region.");

    // then: one quote per speaker, which the graph writes as one Quote node said by both
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(
            tuple("escalating provocations", "location:south-korea", "speech-verb"),
            tuple("escalating provocations", "location:japan", "speech-verb"));
  }

  @Test
  void shouldGiveAQuotationTwoPersonsSaidTogetherToEach() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cThe plan is a reckless gamble,\u201d Maria Lopez and Daniel Brooks said in a joint statement.");

    // then: persons take the same route as the countries above, one quote per conjunct
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(
            tuple("The plan is a reckless gamble,", "person:maria-lopez", "speech-verb"),
            tuple("The plan is a reckless gamble,", "person:daniel-brooks", "speech-verb"));
  }

  @Test
  void shouldGiveATermAfterSoCalledNoSpeaker() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Helen Marsh said the so-called \u201cgreen levy\u201d would be dropped next year.");

    // then: "so-called" marks a name others use, not Marsh's words
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("green levy", null, "none"));
  }

  @Test
  void shouldGiveATermInAppositionToTheNounBeforeItNoSpeaker() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Helen Marsh said the phrase \u201cgreen growth\u201d had confused voters.");

    // then: the phrase is mentioned, not said
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("green growth", null, "none"));
  }

  @Test
  void shouldKeepWhatAVerbOfCallingCallsSomethingItsSubjectsWords() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Walter Grant called the inquiry \u201ca witch hunt\u201d on Monday.");

    // then: the parser hangs the quotation on "inquiry", the object of "called", which calls it so
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("a witch hunt", "person:walter-grant", "speech-verb"));
  }

  @Test
  void shouldPreferTheVerbOfSayingWhoseClauseHoldsTheQuotation() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Maria Lopez said the treaty was a \u201cbreakthrough document\u201d, while Anna Berg warned of new sanctions.");

    // then: "warned" is nearer the quotation, but the quotation is part of what "said" says
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("breakthrough document", "person:maria-lopez"));
  }

  @Test
  void shouldTakeThePassiveAgentAsSpeakerAndNotTheOneDescribed() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "The war was described by Maria Lopez as a \u201csacred struggle\u201d. Kim Jong Un arrived in Moscow on Monday,"
            + " described as a \u201ctrusted ally\u201d.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("sacred struggle", "person:maria-lopez"), tuple("trusted ally", null));
  }

  @Test
  void shouldAttributeAReportedQuotationToTheSourceTheReportCites() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "The talks covered \u201cissues on the international agenda\u201d, according to reports from Russian media"
            + " citing the Security Council's press team.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("issues on the international agenda", "organization:security-council", "according-to"));
  }

  @Test
  void shouldAttributeASpokesmansWordsToTheOrganisationHeSpeaksFor() {
    // when
    DocumentExtraction extraction = SavedExtraction.of("A spokesman for Greenpeace said the ship was \u201cready to sail\u201d.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("ready to sail", "organization:greenpeace"));
  }

  @Test
  void shouldAttributeAPartialQuotationInAReportedClauseToThePronounsPerson() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Foreign Minister Maria Lopez, during a recent visit to Madrid, described the talks as \u201cfrank and useful\u201d."
            + " She declared that Spain would \u201cstand firmly by our allies until the end.\u201d");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(
            tuple("frank and useful", "person:maria-lopez", "speech-verb"),
            tuple("stand firmly by our allies until the end.", "person:maria-lopez", "speech-verb"));
  }

  @Test
  void shouldGiveTheWordsAParticipleOfSayingQuotesToTheSpeakerOfItsClause() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Sports minister Dana Whitfield said: \u201cWe have to bring the clubs back into schools.\u201d She said more"
            + " weight should go to team games, saying that a \u201cculture of caution\u201d had held schools back for years.");

    // then: "saying" has no subject; its clause's verb has "She", who is the minister
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(
            tuple("We have to bring the clubs back into schools.", "person:dana-whitfield"),
            tuple("culture of caution", "person:dana-whitfield"));
  }

  @Test
  void shouldTakeAPronounSpeakerForThePersonQuotedInTheSentenceBefore() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "But the opposition warned of rising fares. Shadow spokesman for transport Owen Markham said: \"I suspect the"
            + " right way to fix it is to start at the other end of the line and let the operators - which is where the"
            + " real money is - run the trains.\" He said more emphasis should be put on branch lines, saying that an"
            + " \"anti-rural rail agenda\" had been pursued in recent years.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(
            tuple("I suspect the right way to fix it is to start at the other end of the line and let the operators"
                + " - which is where the real money is - run the trains.", "person:owen-markham"),
            tuple("anti-rural rail agenda", "person:owen-markham"));
  }

  @Test
  void shouldNotGiveAPersonTheWordsOfTheirLawyerOrWife() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Tomas Varga was arrested in March. Mr Varga\u2019s lawyer told the court: \u201cMy client has done nothing"
            + " wrong.\u201d His wife said the charges were \u201ca political revenge\u201d.");

    // then: a being's words are their own; only an organisation or a country speaks through its people
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("My client has done nothing wrong.", null), tuple("a political revenge", null));
  }

  @Test
  void shouldTakeTheNameInAppositionToTheSpeakersRole() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cWe expect the talks to resume next week,\u201d said Foreign Ministry spokeswoman, Helena Korhonen.");

    // then: the spokeswoman is named, so she is the speaker, not the ministry her role is compounded with
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("We expect the talks to resume next week,", "person:helena-korhonen", "speech-verb"));
  }

  @Test
  void shouldGiveAQuotationToTheNameAfterARoleNotToTheNameQualifyingTheRole() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "In an attack on his convoy in the north of Tarsk, \"[The driver] did not stop and drove into the middle of the"
            + " convoy,\" said Lund spokesman Peter Berg. In a statement on Monday, the NLF leader Sheikh Omar Nasser said"
            + " \u201cWe will not negotiate with the council.\u201d The Vestland government spokesman Carl Moss said,"
            + " \u201cThe talks will resume in May.\u201d");

    // then: each named person spoke, not the one, front or government their role is compounded with
    assertThat(extraction.quotes())
        .extracting(Quote::speakerId, Quote::method)
        .containsExactly(
            tuple("person:peter-berg", "speech-verb"),
            tuple("person:omar-nasser", "speech-verb"),
            tuple("person:carl-moss", "speech-verb"));
  }

  @Test
  void shouldGiveAQuotedFragmentOfAReportedClauseToTheReporter() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cThe conditions for talks do not exist,\u201d the Northern Front said, adding that the government of Prime"
            + " Minister Anton Reyes had responded to its truce \u201cwith raids and arrests.\u201d");

    // then: the fragment is the Front's words about the government's response, not the Prime Minister's
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(
            tuple("The conditions for talks do not exist,", "organization:northern-front"),
            tuple("with raids and arrests.", "organization:northern-front"));
  }

  @Test
  void shouldGiveAQuotedPhraseWithoutAVerbNoSpeakerWhereNoVerbOfSayingReportsIt() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "The senators used a \"standing division\" to pass the bill. Senator Tom Hale could still have requested the"
            + " \"yeas and nays\" on Friday.");

    // then: a term the writer marks is nobody's words
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("standing division", null), tuple("yeas and nays", null));
  }

  @Test
  void shouldTakeTheSpeakerOfAQuotationOfSeveralSentencesFromTheVerbAfterItsLast() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Mayor Anna Berg said: \"We are ready for the storm.\" Her aides spoke to reporters after the meeting. \"The plan"
            + " is sound. We will build the wall next year,\" said engineer Tom Hale.");

    // then: not Anna Berg's words continued
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(
            tuple("We are ready for the storm.", "person:anna-berg", "speech-verb"),
            tuple("The plan is sound. We will build the wall next year,", "person:tom-hale", "speech-verb"));
  }

  @Test
  void shouldGiveTheWordsToThePersonInAppositionAfterTheOrganisationARoleSpeaksFor() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cThe convoy will not pass,\u201d said spokesman for the Red Cross, Maria Lopez.");

    // then: the parser hung the name on "the Red Cross", but no organisation is a person
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("The convoy will not pass,", "person:maria-lopez"));
  }

  @Test
  void shouldGiveTheWordsToThePersonWhoseNameLettersAfterItNerReadAsAPlace() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Ms Berg was asked by Peter Walsh SC (counsel assisting the board), \u201cDid you sign the letter?\u201d She"
            + " replied, \u201cNo.\u201d");

    // then: "SC" (senior counsel) is no speaker, and "She" is the one the passive was about
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("Did you sign the letter?", "person:peter-walsh"), tuple("No.", "person:berg"));
  }

  @Test
  void shouldGiveWordsQuotedAsSomeonesSayingToThatOneAndNotToTheQuotingPaper() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "The Daily Mail quoted Anna Berg as saying that \u201cthe vote was rigged\u201d.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("the vote was rigged", "person:anna-berg", "speech-verb"));
  }

  @Test
  void shouldGiveWordsSomeoneWasQuotedAsSayingToThemAndNotToTheQuotingPaper() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Anna Berg was quoted by the Daily Mail as saying that she would \u201cnever resign\u201d.");

    // then: of the passive the one quoted is its subject, not its agent
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("never resign", "person:anna-berg", "speech-verb"));
  }

  @Test
  void shouldGiveWordsAPaperQuotedAnUnnamedOfficialAsSayingNoSpeaker() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cIt is a question of pride,\u201d the Daily Courier quoted a senior bank official as saying.");

    // then: the paper reports the words and the official it quotes is named nowhere
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("It is a question of pride,", null, "none"));
  }

  @Test
  void shouldGiveWordsSomeoneWasQuotedAsSayingWithoutAnAgentToThem() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cWe need numbers as well as words,\u201d Peter Walsh was quoted as saying.");

    // then: the parser hangs "as saying" on "quoted" as an oblique here, not as a clause
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("We need numbers as well as words,", "person:peter-walsh", "speech-verb"));
  }

  @Test
  void shouldTakeAnUnresolvedPronounForTheLastPersonNamedWithNoOneNamedSince() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Traffic doubled in March, said the firm's chief engineer Peter Walsh. Providers are now making their"
            + " networks smarter. It could become common to charge gamers for bandwidth. \u201cThe surge should be"
            + " seen as a warning,\u201d he said.");

    // then: coreference leaves "he" alone, the sentence before has no person, and the two sentences
    // between name no one after Walsh
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("The surge should be seen as a warning,", "person:peter-walsh", "speech-verb"));
  }

  @Test
  void shouldNotContinueAQuotationAcrossASentenceOfTheWritersOwn() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cWe will rebuild the bridge,\u201d said Mayor Peter Walsh. Local residents were not convinced by the"
            + " mayor. \u201cNobody believes a word of it any more.\u201d");

    // then: the second quotation is the residents' voice, not the mayor's words going on
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(
            tuple("We will rebuild the bridge,", "person:peter-walsh"),
            tuple("Nobody believes a word of it any more.", null));
  }

  @Test
  void shouldLeaveWordsGoingOnInAnUnnamedVoiceWithoutCoreNlpsGuess() {
    // given CoreNLP's quotations, the second attributed to Anna Berg as CoreNLP may guess
    String text = "The envoy spoke to Anna Berg on Monday. \u201cThe plan has failed,\u201d he said. \u201cWe need a new"
        + " one, and we will write it.\u201d";
    List<Quotation> quotations = AnnotatedFixtures.of(text).quotations();
    int berg = text.indexOf("Anna Berg");
    Span guess = new Span(berg, berg + "Anna Berg".length(), "Anna Berg");
    Quotation second = quotations.get(1);

    // when
    DocumentExtraction extraction = SavedExtraction.withQuotations(text, List.of(quotations.get(0),
        new Quotation(second.start(), second.end(), second.text(), second.sentence(), guess, guess)));

    // then: "he" is the envoy, whom the text does not name, for both
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("The plan has failed,", null), tuple("We need a new one, and we will write it.", null));
  }

  @Test
  void shouldGiveAQuestionToTheBareReportAfterItRatherThanToThePreviousSpeaker() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cWe have done our part,\u201d said Mayor Peter Walsh. \u201cWhy did the council wait so long?\u201d Anna"
            + " Berg asked at the meeting.");

    // then: the splitter ended the second sentence at the question mark
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(
            tuple("We have done our part,", "person:peter-walsh", "speech-verb"),
            tuple("Why did the council wait so long?", "person:anna-berg", "next-sentence"));
  }

  @Test
  void shouldGiveAQuestionNoSpeakerWhenTheBareReportAfterItNamesNone() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cWe will cut taxes,\u201d said Anna Berg. \u201cWhere will the money come from?\u201d the party asked in"
            + " its reply.");

    // then: the party asks, not Anna Berg going on
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("We will cut taxes,", "person:anna-berg"), tuple("Where will the money come from?", null));
  }

  @Test
  void shouldNotGiveAQuotationToSomeoneItNamesThroughThePronounThatReportsIt() {
    // when: coreference took the first "he" for Peter Walsh, whom the quotation names
    DocumentExtraction extraction = SavedExtraction.of(
        "Tom Hale will speak in Leeds on Monday. \"Voters know that Peter Walsh has broken every promise he made,\""
            + " he will say. Peter Walsh was in York on Sunday. \"We have kept our word,\" he said.");

    // then: the first is the speaker of the sentence before's, the second stays with the one "he" stands for
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(
            tuple("Voters know that Peter Walsh has broken every promise he made,", "person:tom-hale", "speech-verb"),
            tuple("We have kept our word,", "person:peter-walsh", "speech-verb"));
  }

  @Test
  void shouldNotGiveAQuotationToThePersonNamedInWhatThePronounSpeakerReports() {
    // given coreference that took "He" for Carl Hobbs, whom what "He" says names
    String text = "Press secretary Mark Dean briefed reporters on Monday. He said the speech would be short and that"
        + " President Carl Hobbs would \"look ahead to a stronger economy.\"";
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    int hobbs = text.indexOf("Carl Hobbs");
    CorefMention he = annotated.corefChains().get(0).mentions().get(1);
    CorefChain wrong = new CorefChain(1, List.of(
        new CorefMention(1, 10, 12, 11, hobbs, hobbs + "Carl Hobbs".length(), "Carl Hobbs", "PROPER"), he));

    // when
    DocumentExtraction extraction = SavedExtraction.withCorefChains(text, List.of(wrong));

    // then: one who speaks of Hobbs by name is not Hobbs, so "He" is read as unresolved: the subject before
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("look ahead to a stronger economy.", "person:mark-dean", "speech-verb"));
  }

  @Test
  void shouldTakeTheCompanyADescriptionSpeakerRefersToThroughCoreference() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Harbor Freight Lines Inc said its board approved a new dividend.\n\n\"This shows our confidence in the"
            + " business,\" the company said.");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("This shows our confidence in the business,", "organization:harbor-freight-lines", "speech-verb"));
  }

  @Test
  void shouldTakeTheAuthorOfAStatementMadeByThemAsItsSpeaker() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "A statement issued by Maria Lopez said the plan was \"a serious mistake.\"");

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("a serious mistake.", "person:maria-lopez", "speech-verb"));
  }

  @Test
  void shouldNotGiveTheWordsOfABeingToWhoeverActedOnThem() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "The boy, rescued by Tom Becker, told reporters that the water was \"very cold.\"");

    // then: the boy speaks, and the text does not name him
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("very cold.", null));
  }

  @Test
  void shouldTakeThePronounOfAnUnnamedSpokesmanForTheOrganisationHeSpeaksFor() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "A Finance Ministry spokesman said taxes would not rise. He said the government would use \"every tool it has.\"");

    // then: coreference links "he" to "a Finance Ministry spokesman", whose words are the ministry's
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("every tool it has.", "organization:finance-ministry"));
  }

  @Test
  void shouldGiveNoSpeakerWhereTheSentenceLeavesItsSubjectOut() {
    // given CoreNLP's quotations, the second attributed to the speaker before as CoreNLP may guess; the
    // names before "addressed" were lost, as where a source strips its links
    String text = "Speaking at the memorial, council chairman John Smith said, \"We remember them all.\" , , addressed"
        + " the crowd at the harbour service saying \"Today we grieve for our sailors who were lost at sea.\"";
    List<Quotation> quotations = AnnotatedFixtures.of(text).quotations();
    int smith = text.indexOf("John Smith");
    Span guess = new Span(smith, smith + "John Smith".length(), "John Smith");
    Quotation second = quotations.get(1);

    // when
    DocumentExtraction extraction = SavedExtraction.withQuotations(text, List.of(quotations.get(0),
        new Quotation(second.start(), second.end(), second.text(), second.sentence(), guess, guess)));

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(
            tuple("We remember them all.", "person:john-smith"),
            tuple("Today we grieve for our sailors who were lost at sea.", null));
  }

  @Test
  void shouldNotTakeTheValuesOfMarkupAttributesForQuotations() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Delegates met in Oslo on Monday. {| border=\"2\" style=\"float:right;\" |} The talks ended without a deal.");

    // then
    assertThat(extraction.quotes()).isEmpty();
  }

  @Test
  void shouldNotGiveWordsToThePlaceBeforeThePersonsDescription() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Ohio lost 20,000 factory jobs last year. \"There is no way to cut the deficit without new revenue,\" the Ohio"
            + " Democrat told reporters in Columbus.");

    // then: Ohio is where the Democrat is from (coreference joined the two as well); the text does not
    // name the Democrat
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("There is no way to cut the deficit without new revenue,", null));
  }

  @Test
  void shouldReadAnUnresolvedHeFromTheSentenceBeforeTheQuotationInThePreviousParagraph() {
    // given coreference that left "he" unresolved, in a quotation of two sentences opening a paragraph
    String text = "Tom Becker said the bridge would open in May.\n\n\"The work is done. We only wait for the paint,\" he said.";

    // when
    DocumentExtraction extraction = SavedExtraction.withCorefChains(text, List.of());

    // then: the sentence before the quotation's first, ending the paragraph before, has Becker for subject
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("The work is done. We only wait for the paint,", "person:tom-becker", "speech-verb"));
  }

  @Test
  void shouldReadAnUnresolvedItFromTheOrganisationTheSentenceBeforeHasForSubject() {
    // given coreference that left "it" unresolved
    String text = "Norlake Holdings said sales rose in March.\n\nIt said new orders \"continue to arrive at a strong pace.\"";

    // when
    DocumentExtraction extraction = SavedExtraction.withCorefChains(text, List.of());

    // then
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId)
        .containsExactly(tuple("continue to arrive at a strong pace.", "organization:norlake-holdings"));
  }

  @Test
  void shouldNotTakeTheNameInTheWritersNextSentenceForTheOneAfterAVerbOfSaying() {
    // given CoreNLP's quotation without the speaker CoreNLP guessed, so that only kg's rules attribute it
    String text = "\u201cThe fire started in the kitchen,\u201d said the inquest. Tom Becker, the fire chief, says the"
        + " cause is unknown.";
    Quotation quotation = AnnotatedFixtures.of(text).quotations().get(0);

    // when
    DocumentExtraction extraction = SavedExtraction.withQuotations(text, List.of(
        new Quotation(quotation.start(), quotation.end(), quotation.text(), quotation.sentence(), null, null)));

    // then: the parse gave "said" no subject, and the name after it is in a sentence with a verb of its own
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("The fire started in the kitchen,", null, "none"));
  }

  @Test
  void shouldGiveTheNameAndNotTheRolesOrganisationWhereTheParserMadeBothSubjects() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "\u201cThe law is clear,\u201d Oslo University law teacher, Tom Becker says.");

    // then: "teacher" and "Becker" are two subjects of "says", with no "and" between them
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("The law is clear,", "person:tom-becker", "speech-verb"));
  }

  @Test
  void shouldGiveTheWordsOfAParticipleOfSayingOnAThingToTheSubjectOfTheVerbItHangsFrom() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "The Nordic Council released a statement condemning the arrests, and \u201cdecided to impose new"
            + " sanctions\u201d.");

    // then: "condemning" hangs on the statement, which the Council released
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("decided to impose new sanctions", "organization:nordic-council", "speech-verb"));
  }

  @Test
  void shouldGiveAQuotedFragmentReportedThroughAClauseThatIsNoSayingToTheReportingVerbsSubject() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Harbor Lines plans to announce \u201cat least ten\u201d new routes next year, its president Anna Berg said.");

    // then: "announce" hangs from "plans", which is what Berg said, so the words are hers
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("at least ten", "person:anna-berg", "speech-verb"));
  }

  @Test
  void shouldKeepTheCompanyADescriptionSpeakerRefersToWhenTheQuotationNamesIt() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Norlake Holdings said its sales rose in March. The company said it expects \u201cthe market for Norlake"
            + " Holdings to improve.\u201d");

    // then: coreference joins "The company" to "its" before; a company names itself in its own statements
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("the market for Norlake Holdings to improve.", "organization:norlake-holdings", "speech-verb"));
  }

  @Test
  void shouldGiveAQuotedNameInAReportedClauseNoSpeaker() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Maria Lopez said the coalition had sent \u201cHarbour Watch\u201d volunteers to the port.");

    // then: the marks set off the name of a group, not words of Lopez's
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("Harbour Watch", null, "none"));
  }

  @Test
  void shouldKeepTheSpeakerOfACapitalisedWordAVerbOfSayingSays() {
    // when
    DocumentExtraction extraction = SavedExtraction.of("Maria Lopez said \u201cYes\u201d to the offer on Monday.");

    // then: what "said" says is speech, capitalised or not
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("Yes", "person:maria-lopez", "speech-verb"));
  }

  @Test
  void shouldGiveWordsSaidByADemonymThePersonTheSentenceBeforeIsAbout() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Lena Hart was left frustrated after losing the final in Madrid. \u201cI had my chances and did not take them,\u201d"
            + " said the Canadian.");

    // then: "the Canadian" is a person, Hart, not Canada
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("I had my chances and did not take them,", "person:lena-hart", "speech-verb"));
  }

  @Test
  void shouldGiveWordsSaidByADescriptionAfterTheVerbThePersonTheSentenceBeforeIsAbout() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Tom Reyes praised his players after the win in Leeds. \u201cWe had to show real character today,\u201d"
            + " said the head coach.");

    // then: the parser takes "the head coach" for the object of "said"; coreference joins it to no one
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("We had to show real character today,", "person:tom-reyes", "speech-verb"));
  }

  @Test
  void shouldGiveWordsInTheFirstPersonAfterASentenceAboutSomeoneToThem() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Maria Lopez still regrets missing the final in Oslo. \u201cThat was hard, but I learned a lot from it.\u201d");

    // then: no verb of saying, but the sentence before sets up who speaks
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(tuple("That was hard, but I learned a lot from it.", "person:maria-lopez", "previous-sentence"));
  }

  @Test
  void shouldNotContinueAQuotationPastASentenceAboutSomeoneElse() {
    // when
    DocumentExtraction extraction = SavedExtraction.of(
        "Carl Stone said: \"We played well and we were sharp. We deserved the win.\" Striker Ben Wells was keen to talk"
            + " about the next match. \"We have a hard game in Rome next week.\"");

    // then: the splitter leaves the closing mark on the sentence about Wells, which is still the writer's
    assertThat(extraction.quotes())
        .extracting(Quote::text, Quote::speakerId, Quote::method)
        .containsExactly(
            tuple("We played well and we were sharp. We deserved the win.", "person:carl-stone", "speech-verb"),
            tuple("We have a hard game in Rome next week.", "person:ben-wells", "previous-sentence"));
  }
}
