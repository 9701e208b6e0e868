package dev.kg.extract;

import static dev.kg.extract.ExtractionLookups.entity;
import static dev.kg.extract.ExtractionLookups.mentionsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedFixtures;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.NamedMention;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The extractor's rules over what CoreNLP made of sentences written for each rule, read from saved
 * annotations ({@link AnnotatedFixtures}) so that no model loads; {@code AnnotatedFixturesTest} checks
 * the saved annotations are still CoreNLP's, and EntityExtractorTest runs the rest on the live models.
 */
class EntityRulesTest {

  @Test
  void shouldMakeSpellingVariantsAndShortFormsOneEntity() {
    // given
    String text =
        "North Korean leader Kim Jong-un met officials in Pyongyang on Monday. "
            + "Later, Kim Jong Un inspected a factory. Kim said the plant would double its output.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    Entity kim = entity(extraction, "person:kim-jong-un");
    assertThat(kim.aliases()).containsExactly("Kim", "Kim Jong Un", "Kim Jong-un");
    assertThat(extraction.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
    assertThat(mentionsOf(extraction, kim)).extracting(Mention::text)
        .contains("Kim Jong-un", "Kim Jong Un", "Kim");
  }

  @Test
  void shouldMakeTheFirstWordOfOneCompanysNameThatCompany() {
    // given
    String text =
        "Norvik Petroleum Ltd. said on Monday it would sell two tankers. Norvik said the sale would bring in 40"
            + " million dollars, and Norvik Petroleum shares rose. Halden Securities said it expected more sales, and so"
            + " did Halden Shipping. Halden will report on Friday.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: "Norvik", which the models read as a person, is the company; "Halden" could be either company
    assertThat(extraction.entities())
        .extracting(Entity::id, Entity::aliases)
        .containsExactly(
            tuple("organization:halden-securities", List.of("Halden Securities")),
            tuple("organization:halden-shipping", List.of("Halden Shipping")),
            tuple("organization:norvik-petroleum", List.of("Norvik", "Norvik Petroleum", "Norvik Petroleum Ltd.")),
            tuple("person:halden", List.of("Halden")));
  }

  @Test
  void shouldMakeAPersonsNameOfSeveralWordsTheCompanyItBeginsWhereItsLegalFormIsWritten() {
    // given "Marlow Stearns", which the models read as a person, after the firm's name with its legal form
    String text = "Marlow Stearns and Co said it was not advising Henwick Group. Traders said Marlow Stearns may be"
        + " helping Henwick buy shares of Santa Clara Bancorp Inc. Santa Clara shares rose two points.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::id, Entity::aliases)
        .containsExactly(
            tuple("organization:henwick-group", List.of("Henwick", "Henwick Group")),
            tuple("organization:marlow-stearns-and", List.of("Marlow Stearns", "Marlow Stearns and Co")),
            tuple("organization:santa-clara", List.of("Santa Clara")),
            tuple("organization:santa-clara-bancorp", List.of("Santa Clara Bancorp Inc")));
  }

  @Test
  void shouldMakeAShortNameThePersonOfTheFullerNamesThatNestInOneAnother() {
    // given a surname after "the", which alone would make it an organisation, and two fuller names that
    // end in it, one inside the other
    String text = "Spiritual leader Sathya Nanda Rao opened a school in Pune on Sunday. Nanda Rao told his followers"
        + " to give more. Critics of the Rao said he had ignored the flood, and the Rao's followers defended him.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    Entity rao = entity(extraction, "person:sathya-nanda-rao");
    assertThat(mentionsOf(extraction, rao)).filteredOn(Mention::isName).extracting(Mention::text)
        .containsExactly("Sathya Nanda Rao", "Nanda Rao", "Rao", "Rao");
    assertThat(extraction.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).isEmpty();
  }

  @Test
  void shouldNotTakeANameBeforeACommaForAPlaceWhereTheCountryAfterItOpensAPhraseOfItsOwn() {
    // given a country that is the next clause's subject, a state that qualifies the noun after it, and a
    // town before its country
    String text = "According to the Halvern Gazette, Portugal is ready to sign the treaty. The governor invited"
        + " Tavish Morrow, Florida governor Ana Ruiz and two senators. The paper is printed in Tolvik, Norway.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("Halvern Gazette", EntityType.ORGANIZATION),
            tuple("Portugal", EntityType.LOCATION),
            tuple("Tavish Morrow", EntityType.PERSON),
            tuple("Florida", EntityType.LOCATION),
            tuple("Ana Ruiz", EntityType.PERSON),
            tuple("Tolvik", EntityType.LOCATION),
            tuple("Norway", EntityType.LOCATION));
  }

  @Test
  void shouldKeepATownBeforeItsStateWhereBothQualifyANoun() {
    // given a town and its state written before the noun they qualify, as US copy writes them, the town
    // read as a person, as the models read an unfamiliar town
    String text = "Harlan Oil said it will sell its Port Arden, Texas refinery to a buyer from Monterrey.";
    AnnotatedText annotated = retyped(AnnotatedFixtures.of(text), text.indexOf("Port Arden"), "PERSON");

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name)
        .contains("Port Arden", "Texas");
  }

  @Test
  void shouldKeepATownApartFromTheDistrictNamedAfterIt() {
    // given a town the models read as a place once and as an organisation after the district's name
    String text = "Voters in Kelso go to the polls on Thursday. The Kelso Riding has two candidates. Both say Kelso"
        + " needs a new hospital.";
    AnnotatedText annotated = retyped(AnnotatedFixtures.of(text), text.indexOf("Kelso"), "LOCATION");

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then "Kelso" is not the district's short name
    assertThat(mentionsOf(extraction, entity(extraction, "organization:kelso-riding")))
        .extracting(Mention::text)
        .containsExactly("Kelso Riding");
  }

  @Test
  void shouldMakeNoOrganisationOfANameEndingAsGamesBillsAccordsAndPrizesDo() {
    // given a bill the models read as an organisation, beside games and a prize they read as MISC
    String text = "Athletes from 40 nations arrived for the Tasman Games on Monday. Senators will vote on the Clean"
        + " Harbours Bill next week, two years after the Halvern Accord ended the strike. Lena Korhonen won the Orsa"
        + " Prize for her reporting. The Tasman Sports Federation runs the games.";
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    assertThat(annotated.entityMentions()).as("the models' organisations")
        .anyMatch(m -> m.text().equals("Clean Harbours Bill") && m.ner().equals("ORGANIZATION"));

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("Lena Korhonen", EntityType.PERSON), tuple("Tasman Sports Federation", EntityType.ORGANIZATION));
  }

  @Test
  void shouldMakeNoOrganisationOfATimeZoneWrittenBesideATime() {
    // given a zone after a time and one before its offset, both read as organisations by the models
    String text = "The Harbor Council voted at 14:00 UTC on Monday, and the count ended at 9pm local time (UTC+3) in"
        + " Tolvik. Council chairman Ana Ruiz said the vote was fair.";
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    assertThat(annotated.entityMentions()).as("the models' organisations")
        .anyMatch(m -> m.text().equals("UTC") && m.ner().equals("ORGANIZATION"));

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(tuple("Harbor Council", EntityType.ORGANIZATION), tuple("Tolvik", EntityType.LOCATION),
            tuple("Ana Ruiz", EntityType.PERSON));
  }

  @Test
  void shouldKeepACountryTheModelsReadAsAnOrganisationAPlace() {
    // given a country that acts, read as an organisation, as the models read one that negotiates or offers
    String text = "According to the Halvern Gazette, Portugal is ready to sign the treaty. The governor invited"
        + " Tavish Morrow, Florida governor Ana Ruiz and two senators. The paper is printed in Tolvik, Norway.";
    AnnotatedText annotated = retyped(AnnotatedFixtures.of(text), text.indexOf("Portugal"), "ORGANIZATION");

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    assertThat(mentionsOf(extraction, entity(extraction, "location:portugal")))
        .extracting(Mention::text)
        .containsExactly("Portugal");
  }

  @Test
  void shouldMakeNoOrganisationOfANameEndingAsPlansAndRulesDo() {
    // given a government's plan and an authority's rule the models read as organisations
    String text = "Finance minister Ana Prado said the Tembo Plan had failed. Brokers said the Market Authority would"
        + " scrap Authority Rule 14 next year, and the Kessler Plan with it.";
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    assertThat(annotated.entityMentions()).as("the models' organisations")
        .anyMatch(m -> m.text().equals("Tembo Plan") && m.ner().equals("ORGANIZATION"));

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("Ana Prado", EntityType.PERSON), tuple("Market Authority", EntityType.ORGANIZATION));
  }

  @Test
  void shouldKeepAnAcronymApartFromTheOneBodyWhoseNameItBegins() {
    // given
    String text = "The UN Security Council met in New York on Monday. The UN said food aid would reach the port of"
        + " Hodeidah within a week.";

    // when
    DocumentExtraction extraction = extract(text);

    // then the UN is not its Security Council
    assertThat(extraction.entities())
        .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
        .extracting(Entity::id, Entity::aliases)
        .containsExactly(
            tuple("organization:un", List.of("UN")),
            tuple("organization:un-security-council", List.of("UN Security Council")));
  }

  @Test
  void shouldMakeCompaniesOfTheFirstWordsOfCompaniesNamedInFull() {
    // given
    String text =
        "The deal lets Magna compete with Wilson Controls Inc. and Brant Corp. Magna, Wilson Controls and Brant have"
            + " been building up their ability to supply complete car interiors.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: the models read "Wilson" and "Brant" alone as people
    assertThat(extraction.entities())
        .extracting(Entity::id, Entity::aliases)
        .containsExactly(
            tuple("organization:brant-corp", List.of("Brant", "Brant Corp")),
            tuple("organization:magna", List.of("Magna")),
            tuple("organization:wilson-controls", List.of("Wilson", "Wilson Controls Inc.")));
  }

  @Test
  void shouldAttachASurnameAndAPronounToTheFullName() {
    // given
    String text =
        "Austrian Transport Minister Lena Hofbauer welcomed the decision. "
            + "Hofbauer said she was pleased.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    Entity hofbauer = entity(extraction, "person:lena-hofbauer");
    assertThat(hofbauer.name()).isEqualTo("Lena Hofbauer");
    assertThat(hofbauer.aliases()).containsExactly("Hofbauer", "Lena Hofbauer");
    assertThat(mentionsOf(extraction, hofbauer))
        .extracting(Mention::text, Mention::nerTag)
        .contains(tuple("she", "PRONOUN"));
  }

  @Test
  void shouldLeaveACourtesyTitleOutOfTheName() {
    // given British style ("Mr Vaile") and American style ("Mrs. Okafor"), where the recogniser took
    // the first "Mr" into the name, as it does in some contexts (not in this short text)
    String text =
        "The outgoing deputy prime minister, Mark Vaile, announced on Monday that he would resign. "
            + "\"They deserve a bit of time,\" said Mr Vaile. Mr Vaile said he accepted some of the responsibility. "
            + "Vaile will stay in parliament. Dr Helen Okafor, a surgeon, chairs the party's council. "
            + "\"I regret his decision,\" said Mrs. Okafor.";
    AnnotatedText annotated = withTitleInName(AnnotatedFixtures.of(text), text.indexOf("Mr Vaile"), "Mr");

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then one person each, named without the title, with every mention of the surname
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::id)
        .containsExactlyInAnyOrder("person:mark-vaile", "person:helen-okafor");
    Entity vaile = entity(extraction, "person:mark-vaile");
    assertThat(vaile.aliases()).containsExactly("Mark Vaile", "Vaile");
    assertThat(mentionsOf(extraction, vaile))
        .extracting(Mention::text)
        .containsSubsequence("Mark Vaile", "Vaile", "Vaile", "Vaile")
        .noneMatch(mention -> mention.startsWith("Mr"));
    assertThat(entity(extraction, "person:helen-okafor").aliases()).containsExactly("Helen Okafor", "Okafor");
  }

  @Test
  void shouldMakeASurnameTheModelsReadAsAnOrganisationThePersonNamedInFull() {
    // given the surname alone read as an organisation, as the CoNLL model reads a name with no title before it
    String text = "Austrian Transport Minister Lena Hofbauer welcomed the decision. Hofbauer said she was pleased.";
    AnnotatedText annotated = retyped(AnnotatedFixtures.of(text), text.lastIndexOf("Hofbauer"), "ORGANIZATION");

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    assertThat(extraction.entities()).extracting(Entity::id).containsExactly("person:lena-hofbauer");
    assertThat(mentionsOf(extraction, entity(extraction, "person:lena-hofbauer")))
        .extracting(Mention::text)
        .containsSubsequence("Lena Hofbauer", "Hofbauer");
  }

  @Test
  void shouldMakeAFullNameTheModelsReadAsAnOrganisationAPersonWhereItsSurnameIsOne() {
    // given the full name read as an organisation, as a headline's name often is, and the surname a person
    String text = "Austrian Transport Minister Lena Hofbauer welcomed the decision. Hofbauer said she was pleased.";
    AnnotatedText annotated = retyped(AnnotatedFixtures.of(text), text.indexOf("Lena Hofbauer"), "ORGANIZATION");

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    assertThat(extraction.entities()).extracting(Entity::id, Entity::type)
        .containsExactly(tuple("person:lena-hofbauer", EntityType.PERSON));
  }

  @Test
  void shouldKeepASurnameAfterATitleAPersonThoughItBeginsAnOrganisationsName() {
    // given "the Vaile Government", an organisation (it takes an article), and "Mr Vaile" a person
    String text = "Mr Vaile said the Vaile Government would cut taxes. Vaile will stay in parliament.";
    AnnotatedText annotated = AnnotatedFixtures.of(text);

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    assertThat(extraction.entities()).extracting(Entity::id)
        .containsExactlyInAnyOrder("person:vaile", "organization:vaile-government");
    assertThat(mentionsOf(extraction, entity(extraction, "person:vaile"))).extracting(Mention::text)
        .containsExactly("Vaile", "Vaile");
  }

  @Test
  void shouldMakeAPlaceOfANameEndingInALandformsHeadNounTheModelsReadAsAnOrganisation() {
    // given hills, a divide, a pass, a beach, a fjord and plains, each read as an organisation
    String text = "Hikers left the Kessel Hills at dawn and crossed the Varden Divide. The Orre Pass was closed, so they"
        + " rested at Lindholm Beach, on the Saltvik Fjord, and reached the Tarva Plains by night.";
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    for (String name : List.of("Kessel Hills", "Varden Divide", "Lindholm Beach", "Saltvik Fjord", "Tarva Plains")) {
      annotated = retyped(annotated, text.indexOf(name), "ORGANIZATION");
    }

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name)
        .containsExactlyInAnyOrder(
            "Kessel Hills", "Varden Divide", "Orre Pass", "Lindholm Beach", "Saltvik Fjord", "Tarva Plains");
    assertThat(extraction.entities()).filteredOn(e -> e.type() != EntityType.LOCATION).isEmpty();
  }

  @Test
  void shouldMakeAnOrganisationOfAnAirlineNamedAfterAPlace() {
    // given two airlines named after places; the models read the second "Air Tonga" as a place, as they read
    // "Air Vanuatu"
    String text = "Air Tonga will fly twice a week from Nuku'alofa to Auckland, Air Tonga said on Monday. Its rival Air"
        + " Moana cut fares.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Air Tonga", "Air Moana");
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name)
        .contains("Auckland")
        .doesNotContain("Air Tonga");
  }

  @Test
  void shouldSpreadAnAcronymTaggedOnceWhereTheParseJoinsItToItsName() {
    // given an acronym that spells no initials of its body's name, its later mentions left untagged
    String text = "The Korvan Broadcasting Group (KTV) opened a studio in March. Viewers watch KTV news each night, and"
        + " KTV staff film in four cities.";
    int first = text.indexOf("KTV");
    AnnotatedText annotated = untaggedAfter(AnnotatedFixtures.of(text), first + 1);

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then: the parenthesis joins it to the group, so one tag among more untagged mentions is enough
    assertThat(extraction.mentions())
        .filteredOn(m -> m.text().equals("KTV"))
        .extracting(Mention::start)
        .containsExactly(first, text.indexOf("KTV", first + 1), text.lastIndexOf("KTV"));
  }

  @Test
  void shouldNotTakeAMakersLettersBeforeAHyphenAndANumberForItsAcronym() {
    // given "HA", the initials of Harwick Aerospace, alone and in the jet's model code "HA-40"
    String text = "Harwick Aerospace said on Monday it had sold 20 HA-40 jets to Norlake Air. HA shares rose 3 percent,"
        + " and the first HA-40 will fly in May.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: the acronym alone is the company, the letters of the model code are no name
    assertThat(extraction.mentions())
        .filteredOn(Mention::isName)
        .extracting(Mention::text, Mention::start, Mention::entityId)
        .containsExactly(
            tuple("Harwick Aerospace", 0, "organization:harwick-aerospace"),
            tuple("Norlake Air", text.indexOf("Norlake"), "organization:norlake-air"),
            tuple("HA", text.indexOf("HA shares"), "organization:harwick-aerospace"));
  }

  @Test
  void shouldNotTakeTheWordOfAnOfficeForTheDepartmentCoreferenceChainsItWith() {
    // given "Defense" of "Secretary of Defense" (a title in CoreNLP's gazetteer) twice, and once in "her Minister
    // of Defense, Pablo Vidal", where the models tag it an organisation and coreference chains the three
    String text = "Secretary of Defense Mark Olsen arrived in Chile on Monday for talks with President Ana Rojas and her"
        + " Minister of Defense, Pablo Vidal. Olsen and Vidal discussed training flights, and the Secretary of Defense"
        + " said the talks went well.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: only the word the models tagged names the department
    assertThat(extraction.mentions())
        .filteredOn(mention -> mention.text().equals("Defense"))
        .extracting(Mention::start, Mention::entityId, Mention::nerTag)
        .containsExactly(tuple(text.indexOf("Defense,"), "organization:defense", "ORGANIZATION"));
  }

  @Test
  void shouldMakeATitleStandingAloneAfterAnArticleTheOnePersonTheDocumentGivesIt() {
    // given "The Pope", which the models tag a person, in a document that names one pope in full
    String text = "The Pope met refugees in Lima on Sunday. Pope Clement XV told them the pope's thoughts were with their"
        + " families, and the Pope later flew back to Rome.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: the article makes no organisation of it, and the title alone is the pope the text names
    Entity pope = entity(extraction, "person:clement-xv");
    assertThat(pope.type()).isEqualTo(EntityType.PERSON);
    assertThat(mentionsOf(extraction, pope)).extracting(Mention::text, Mention::start)
        .containsExactly(tuple("Pope", 4), tuple("Clement XV", text.indexOf("Clement XV")));
    assertThat(extraction.entities()).extracting(Entity::id).doesNotContain("organization:pope", "person:pope");
  }

  @Test
  void shouldKeepATitleStandingAloneAPersonOfItsOwnWhereTheDocumentGivesItToTwo() {
    // given "The Pope" in a document naming two people with that title before their names
    String text = "The Pope thanked pilgrims in Lisbon on Friday. Pope Clement XV had received Pope Leo XV in the"
        + " morning, and the Pope later left for Fatima.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: kg does not guess which of the two it is
    assertThat(extraction.mentions())
        .filteredOn(mention -> mention.text().startsWith("Pope") || mention.text().startsWith("Clement")
            || mention.text().startsWith("Leo"))
        .extracting(Mention::text, Mention::entityId)
        .containsExactly(tuple("Pope", "person:pope"), tuple("Clement", "person:clement"), tuple("Leo XV", "person:leo-xv"));
  }

  @Test
  void shouldNotSpreadAWordTheDocumentWritesInLowerCaseFromItsOneTag() {
    // given a list whose lines start with "Best", which the models tag an organisation once, and "the best season"
    String text = AnnotatedFixtures.read(AnnotatedFixtures.DIRECTORY.resolve("ordinary-word-capitalised-in-a-list.json")).text();
    int tagged = text.indexOf("Best director");
    int town = text.lastIndexOf("Glass Town - Best");
    AnnotatedText annotated = cut(AnnotatedFixtures.of(text), town, town + "Glass Town".length(), "LOCATION");

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then: one tag among two untagged mentions of an ordinary word is the models' guess, not carried
    assertThat(extraction.mentions())
        .filteredOn(m -> m.text().equals("Best"))
        .extracting(Mention::start)
        .containsExactly(tagged);
  }

  /**
   * {@code annotated} with the name mention that holds character {@code start} cut to the words from
   * {@code start} to {@code end}, tagged {@code ner}, its other words untagged, as the models might have read them.
   */
  private static AnnotatedText cut(AnnotatedText annotated, int start, int end, String ner) {
    NamedMention whole = annotated.entityMentions().stream()
        .filter(m -> m.start() <= start && start < m.end())
        .findFirst()
        .orElseThrow();
    List<Token> words = annotated.sentences().get(whole.sentence()).tokens().stream()
        .filter(t -> t.start() >= start && t.end() <= end)
        .toList();
    NamedMention part = new NamedMention(whole.sentence(), words.get(0).index(), words.get(words.size() - 1).index() + 1,
        start, end, words.stream().map(Token::word).collect(Collectors.joining(" ")), ner, null);
    List<NamedMention> mentions = annotated.entityMentions().stream().map(m -> m.equals(whole) ? part : m).toList();
    List<Sentence> sentences = annotated.sentences().stream()
        .map(s -> new Sentence(s.index(), s.start(), s.end(), s.tokens().stream()
            .map(t -> t.start() < whole.start() || t.end() > whole.end() ? t
                : new Token(t.index(), t.word(), t.lemma(), t.pos(), t.start() >= start && t.end() <= end ? ner : "O", t.start(), t.end()))
            .toList(), s.dependencies()))
        .toList();
    return new AnnotatedText(sentences, mentions, annotated.corefChains(), annotated.kbpRelations(), annotated.quotations());
  }

  /** {@code annotated} with every name after character {@code start} untagged, as the models might have left it. */
  private static AnnotatedText untaggedAfter(AnnotatedText annotated, int start) {
    List<NamedMention> mentions = annotated.entityMentions().stream().filter(m -> m.start() < start).toList();
    List<Sentence> sentences = annotated.sentences().stream()
        .map(s -> new Sentence(s.index(), s.start(), s.end(), s.tokens().stream()
            .map(t -> t.start() >= start ? new Token(t.index(), t.word(), t.lemma(), t.pos(), "O", t.start(), t.end()) : t)
            .toList(), s.dependencies()))
        .toList();
    return new AnnotatedText(sentences, mentions, annotated.corefChains(), annotated.kbpRelations(), annotated.quotations());
  }

  /** {@code annotated} with the name mention that starts at {@code start} tagged {@code ner}, as the models might have. */
  private static AnnotatedText retyped(AnnotatedText annotated, int start, String ner) {
    List<NamedMention> mentions = annotated.entityMentions().stream()
        .map(m -> m.start() == start ? new NamedMention(m.sentence(), m.tokenStart(), m.tokenEnd(), m.start(), m.end(), m.text(), ner, m.normalized()) : m)
        .toList();
    assertThat(mentions).as("the mention retyped").anyMatch(m -> m.start() == start && m.ner().equals(ner));
    return new AnnotatedText(annotated.sentences(), mentions, annotated.corefChains(), annotated.kbpRelations(), annotated.quotations());
  }

  /**
   * {@code annotated} with the person mention that starts one word after {@code title} (the offset of
   * {@code word}) taking it in, as the recogniser does in some contexts ("Mr Vaile", "Mayor Mora Main").
   */
  private static AnnotatedText withTitleInName(AnnotatedText annotated, int title, String word) {
    String prefix = word + " ";
    List<NamedMention> mentions = new ArrayList<>();
    for (NamedMention m : annotated.entityMentions()) {
      boolean after = m.start() == title + prefix.length();
      mentions.add(after
          ? new NamedMention(m.sentence(), m.tokenStart() - 1, m.tokenEnd(), title, m.end(), prefix + m.text(), m.ner(), m.normalized())
          : m);
    }
    assertThat(mentions).as("the mention after the title").anyMatch(m -> m.start() == title);
    List<Sentence> sentences = annotated.sentences().stream()
        .map(s -> new Sentence(s.index(), s.start(), s.end(), s.tokens().stream()
            .map(t -> t.start() == title ? new Token(t.index(), t.word(), t.lemma(), t.pos(), "PERSON", t.start(), t.end()) : t)
            .toList(), s.dependencies()))
        .toList();
    return new AnnotatedText(sentences, mentions, annotated.corefChains(), annotated.kbpRelations(), annotated.quotations());
  }

  @Test
  void shouldTakeTheSurnameAfterACourtesyTitleTheModelsLeftUntaggedForThePersonNamedInFull() {
    // given the person named in full, then by courtesy title and surname, which the models leave
    // untagged in some contexts (not in this short text)
    String text = "Tomas Varga was arrested in March. Mr Varga\u2019s lawyer told the court: \u201cMy client has done"
        + " nothing wrong.\u201d His wife said the charges were \u201ca political revenge\u201d.";
    AnnotatedText annotated = untaggedAfter(AnnotatedFixtures.of(text), text.indexOf("Mr Varga"));

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then
    Entity varga = entity(extraction, "person:tomas-varga");
    assertThat(mentionsOf(extraction, varga)).extracting(Mention::text).containsExactly("Tomas Varga", "Varga");
  }

  @Test
  void shouldLeaveATitleTheDocumentUsesElsewhereOutOfTheName() {
    // given "Mayor" run into the name, as the recogniser does in some contexts (not in this short
    // text), and the same title alone in the next sentence
    String text = "\u201cWe will rebuild the bridge,\u201d said Mayor Peter Walsh. Local residents were not convinced by the"
        + " mayor. \u201cNobody believes a word of it any more.\u201d";
    AnnotatedText annotated = withTitleInName(AnnotatedFixtures.of(text), text.indexOf("Mayor"), "Mayor");

    // when
    DocumentExtraction extraction = extract(text, annotated);

    // then the person is named without the title
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::id, Entity::name)
        .containsExactly(tuple("person:peter-walsh", "Peter Walsh"));
    assertThat(extraction.mentions()).extracting(Mention::text).contains("Peter Walsh").doesNotContain("Mayor Peter Walsh");
  }

  @Test
  void shouldNotGlueSiteChromeToAName() {
    // given a page whose first line ran into the article
    String text =
        "Skip to main content Russia's President Vladimir Putin met Kim Jong Un in Pyongyang. "
            + "Putin praised the talks.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Vladimir Putin", "Kim Jong Un");
    assertThat(extraction.entities())
        .flatExtracting(Entity::aliases)
        .noneMatch(alias -> alias.contains("Skip") || alias.contains("content"));
  }

  @Test
  void shouldAttachADemonymToTheCountryTheDocumentNames() {
    // given
    String text =
        "North Korea opened its border. North Korean officials met Russian diplomats in Moscow.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: North Korean refers to North Korea; Russian stays unattached, as the text never names Russia
    Entity northKorea = entity(extraction, "location:north-korea");
    assertThat(mentionsOf(extraction, northKorea))
        .extracting(Mention::text, Mention::nerTag)
        .contains(tuple("North Korean", "NATIONALITY"));
    assertThat(northKorea.aliases()).containsExactly("North Korea");
    assertThat(extraction.mentions()).extracting(Mention::text).doesNotContain("Russian");
  }

  @Test
  void shouldAttachDemonymsThatDoNotShareTheCountrysStem() {
    // given
    String text =
        "Britain and the Netherlands signed a fisheries pact. British ministers said Dutch boats would get"
            + " new quotas.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: CoreNLP's demonym list, the one relations use too, knows what no spelling rule finds
    assertThat(mentionsOf(extraction, entity(extraction, "location:britain")))
        .extracting(Mention::text, Mention::nerTag)
        .contains(tuple("British", "NATIONALITY"));
    assertThat(mentionsOf(extraction, entity(extraction, "location:netherlands")))
        .extracting(Mention::text, Mention::nerTag)
        .contains(tuple("Dutch", "NATIONALITY"));
  }

  @Test
  void shouldMarkAPlaceTheGazetteersTagAsTypedInItsDocument() {
    // given a state named once, as a modifier, where no other signal says it is a place
    String text = "A 76-year-old Texas woman died on Tuesday in a Detroit hospital.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: CoreNLP's gazetteer tag (STATE_OR_PROVINCE) keeps Texas a place against a corpus that
    // mostly names a team "Texas"
    Entity texas = entity(extraction, "location:texas");
    assertThat(texas.typedInContext()).isTrue();
    assertThat(mentionsOf(extraction, texas)).extracting(Mention::nerTag).containsExactly("STATE_OR_PROVINCE");
  }

  @Test
  void shouldKeepAnOrganisationThatActsApartFromThePlaceItsNameMostlyNames() {
    // given a building named twice as a place and once as the subject of a verb, which the models' vote
    // tags an organisation
    String text = "Protesters gathered outside the White House on Monday. Police closed the road to the White House"
        + " at noon. The White House later said the talks would go on.";
    int acting = text.lastIndexOf("White House");

    // when
    DocumentExtraction extraction = extract(text);

    // then: the majority makes the other two a place; the one that acts stays the organisation, in this
    // document whatever the corpus means by the name
    assertThat(extraction.mentions())
        .filteredOn(m -> m.text().equals("White House"))
        .extracting(Mention::start, Mention::entityId)
        .containsExactly(
            tuple(text.indexOf("White House"), "location:white-house"),
            tuple(text.indexOf("White House", text.indexOf("White House") + 1), "location:white-house"),
            tuple(acting, "organization:white-house"));
    assertThat(entity(extraction, "organization:white-house").typedInContext()).isTrue();
    assertThat(entity(extraction, "location:white-house").typedInContext()).isFalse();
  }

  @Test
  void shouldMakeAPlaceOfANameTheTextCallsACapitalWhateverTheModelsTypedIt() {
    // given a town the models read as a club where the text calls it the capital, a person in
    // apposition to a noun that is no place, and one the parse makes the subject of "was in the capital
    // city"
    String text = AnnotatedFixtures.read(AnnotatedFixtures.DIRECTORY.resolve("town-called-capital.json")).text();

    // when
    DocumentExtraction extraction = extract(text);

    // then: only the capital is a place; where someone was says nothing of what he is
    assertThat(extraction.mentions())
        .filteredOn(Mention::isName)
        .extracting(Mention::text, Mention::entityId)
        .containsExactly(
            tuple("Wigan", "location:wigan"),
            tuple("Ann Corley", "person:ann-corley"),
            tuple("Mark Toller", "person:mark-toller"));
    assertThat(entity(extraction, "location:wigan").kind()).isEqualTo(LocationKind.CITY);
    assertThat(entity(extraction, "location:wigan").typedInContext()).isTrue();
  }

  @Test
  void shouldMakeNoPersonOfANameAfterAnArticleAndANounForAThing() {
    // given a magazine the models read as a person, written after "the (weekly) magazine", and a player
    // after "the top seed", a noun CoreNLP's lists also give as a thing, then after "the match" the
    // parse does not join to her name
    String text = AnnotatedFixtures.read(AnnotatedFixtures.DIRECTORY.resolve("magazine-named-like-a-person.json")).text();

    // when
    DocumentExtraction extraction = extract(text);

    // then: the magazine is an organisation; the player, whose name starts with a given name, stays a person
    assertThat(extraction.mentions())
        .filteredOn(Mention::isName)
        .extracting(Mention::text, Mention::entityId)
        .containsExactly(
            tuple("Kerrigan", "organization:kerrigan"),
            tuple("Kerrigan", "organization:kerrigan"),
            tuple("Andrea Molton", "person:andrea-molton"),
            tuple("Molton", "person:andrea-molton"));
  }

  @Test
  void shouldNotTakeAPlaceWordInsideAnotherNameForAPlace() {
    // given
    String text =
        "Sampras opens the defence of his U.S. Open title on Monday. "
            + "Maria Lind was crowned Miss Universe in Las Vegas in May.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: the "U.S." of a tournament and the "Miss" (Mississippi) of a title are no places
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name)
        .containsExactly("Las Vegas");
  }

  @Test
  void shouldKeepTheArticleANameIsWrittenWith() {
    // given
    String text = "Advertising revenue at The Times grew 20 percent, and The Sun sold more copies.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: a capital "The" inside a sentence is the name's own
    assertThat(extraction.mentions()).extracting(Mention::text).contains("The Times", "The Sun");
    assertThat(entity(extraction, "organization:times").name()).isEqualTo("The Times");
  }

  @Test
  void shouldKeepAnApostropheSInACompanysNameButNotAPossessive() {
    // given
    String text = "Ratings agency Moody's said on Friday the bonds were safe, and Google's shares rose.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.mentions()).extracting(Mention::text).contains("Moody's", "Google");
  }

  @Test
  void shouldNotTakeAnAcronymOfALowerCasePhraseForAnOrganisation() {
    // given: CoreNLP tags "ICBM" an organisation, here and where the document repeats it
    String text =
        "North Korea tested an intercontinental ballistic missile (ICBM) on Friday, according to the Korean"
            + " Central News Agency (KCNA). Analysts said the ICBM could reach Guam.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.mentions()).extracting(Mention::text).doesNotContain("ICBM").contains("KCNA");
    assertThat(extraction.entities()).extracting(Entity::name).doesNotContain("ICBM");
  }

  @Test
  void shouldNotTakeAnAcronymInThePluralForAName() {
    // given an acronym in the plural the models tag an organisation twice, and a company
    String text = "Norwest Cable said it would sell PVRs from June. PVRs store television shows on a hard disk, and"
        + " Norwest said sales of PVRs would double.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: "PVRs" counts recorders, so no mention of it is a name, nor carried to the untagged one
    assertThat(extraction.mentions()).extracting(Mention::text).doesNotContain("PVRs");
    assertThat(extraction.entities()).extracting(Entity::id).containsExactly("organization:norwest-cable");
  }

  @Test
  void shouldKindARegionWithAPointOfTheCompassARegion() {
    // given
    String text =
        "The partnership is reshaping the geopolitical landscape in East Asia and Central Europe, officials in"
            + " Seoul said.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.name().equals("East Asia") || e.name().equals("Central Europe"))
        .extracting(Entity::kind)
        .containsExactly(LocationKind.REGION, LocationKind.REGION);
  }

  @Test
  void shouldKeepTheWordsBeforeASeaOrPeninsulaInItsName() {
    // given: CoreNLP tags "Korean" and "Indian" nationalities and "Arabian Sea" an organisation
    String text =
        "The ships sailed through the Arabian Sea towards the Korean Peninsula, a week after leaving the Indian"
            + " Ocean island.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name, Entity::kind)
        .contains(
            tuple("Arabian Sea", LocationKind.REGION),
            tuple("Korean Peninsula", LocationKind.REGION),
            tuple("Indian Ocean", LocationKind.REGION));
    assertThat(extraction.mentions()).extracting(Mention::text).doesNotContain("Peninsula", "Ocean");
  }

  @Test
  void shouldKeepWholeAPlaceWhoseInnerWordsCoreNlpsGazetteerLists() {
    // given: CoreNLP's fine-grained gazetteer would tag "Independent" a religion, "Prince" a title and
    // "Missionary Baptist" a religion inside places its models tagged whole
    String text =
        "No closures of airports in the Commonwealth of Independent States are expected, the Russian Weather"
            + " Service said. The boxcar was opened at Whittier, a port in western Prince William Sound. Mount"
            + " Zion Missionary Baptist Church burned near Turner, Arkansas.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name)
        .contains("Commonwealth of Independent States", "Prince William Sound", "Mount Zion Missionary Baptist Church");
    assertThat(extraction.mentions()).extracting(Mention::text)
        .doesNotContain("Commonwealth of", "States", "William Sound", "Mount Zion", "Church");
  }

  @Test
  void shouldKindAPlaceByWhatItsTextStatesOverWhatTheGazetteerGuessesOfItsBareMentions() {
    // given: CoreNLP tags every "Belgorod" a city
    String text =
        "Shelling hit villages in Russia's Belgorod border region on Sunday, the governor said. Two people were hurt"
            + " in Belgorod, and schools in Belgorod stayed shut.";

    // when
    DocumentExtraction extraction = extract(text);

    // then: the one mention whose text states the kind outweighs the two that do not
    assertThat(entity(extraction, "location:belgorod").kind()).isEqualTo(LocationKind.REGION);
  }

  @Test
  void shouldKindAPlaceByWhatTheTextSaysOfIt() {
    // given: no list of CoreNLP's names Kyiv, Naypyidaw or Dnipro, and it lists Washington as a state only
    String text =
        "Drones struck Kharkiv overnight, and air raid sirens sounded in the Ukrainian capital, Kyiv. Naypyidaw,"
            + " Myanmar's capital, was quiet. Washington warned Moscow on Tuesday. Reports from Dnipro could not be"
            + " verified. The Kremlin said nothing. At the White House, officials said trade across the Asia-Pacific"
            + " would suffer.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name, Entity::kind)
        .contains(
            tuple("Kharkiv", LocationKind.OTHER), // nothing said of it
            tuple("Kyiv", LocationKind.CITY), // the capital, named
            tuple("Naypyidaw", LocationKind.CITY),
            tuple("Washington", LocationKind.CITY), // speaks as a capital does for its government
            tuple("Dnipro", LocationKind.CITY), // the source of reports
            tuple("White House", LocationKind.FACILITY), // a building's name
            tuple("Asia-Pacific", LocationKind.REGION));
    assertThat(extraction.entities())
        .filteredOn(e -> e.name().equals("Kremlin"))
        .extracting(Entity::type)
        .containsExactly(EntityType.ORGANIZATION); // "the Kremlin said": the government acting, not the place
  }

  @Test
  void shouldKindAPlaceTheParseCallsACityOrTownACity() {
    // given: no list of CoreNLP's names Erbil, Kandahar or Basra
    String text = "Police arrested 40 men in Erbil, the region's largest city, on Tuesday. Kandahar is a city of half"
        + " a million people. Officials in Basra said the port would reopen.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::name, Entity::type, Entity::kind)
        .containsExactlyInAnyOrder(
            tuple("Erbil", EntityType.LOCATION, LocationKind.CITY), // a city in apposition
            tuple("Kandahar", EntityType.LOCATION, LocationKind.CITY), // a city after a copula
            tuple("Basra", EntityType.LOCATION, LocationKind.OTHER)); // nothing said of it
  }

  @Test
  void shouldReadACreditLinesCityAndOutletAsAPlaceAndAnOrganisation() {
    // given (NER reads each line as one organisation; CoreNLP's gazetteer lists Tallinn as a city, not "Baltic")
    String withLanguage = "XY0305121095 Lisbon Radio Mondial Network in Portuguese 1400 GMT 3 Mar 95";
    String ownLine = "Lima EL COMERCIO";
    String cityLine = "Tallinn Radio Kuku Network";
    String noCityLine = "Baltic Radio Kuku Network";

    // when
    DocumentExtraction monitored = extract(withLanguage);
    DocumentExtraction alone = extract(ownLine);
    DocumentExtraction city = extract(cityLine);
    DocumentExtraction noCity = extract(noCityLine);

    // then
    assertThat(monitored.entities()).extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("Lisbon", EntityType.LOCATION), tuple("Radio Mondial Network", EntityType.ORGANIZATION));
    assertThat(alone.entities()).extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(tuple("Lima", EntityType.LOCATION), tuple("EL COMERCIO", EntityType.ORGANIZATION));
    assertThat(city.entities()).extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(tuple("Tallinn", EntityType.LOCATION), tuple("Radio Kuku Network", EntityType.ORGANIZATION));
    assertThat(noCity.entities()).extracting(Entity::name, Entity::type)
        .containsExactly(tuple("Baltic Radio Kuku Network", EntityType.ORGANIZATION));
  }

  @Test
  void shouldTakeTheWholeOutletInCapitalsAfterACreditLinesCityWhereNerTaggedOnlyPartOfIt() {
    // given (NER tags "KANSAI" an organisation and leaves "SHIMBUN" untagged; "MORNING" a time, "COURIER" a title)
    String taggedInPart = "Osaka KANSAI SHIMBUN";
    String afterArticle = "Lisbon THE MORNING COURIER in English 1200 GMT 3 Mar 95";

    // when
    DocumentExtraction partly = extract(taggedInPart);
    DocumentExtraction article = extract(afterArticle);

    // then
    assertThat(partly.entities()).extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(tuple("Osaka", EntityType.LOCATION), tuple("KANSAI SHIMBUN", EntityType.ORGANIZATION));
    assertThat(article.entities()).extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("Lisbon", EntityType.LOCATION), tuple("THE MORNING COURIER", EntityType.ORGANIZATION));
  }

  @Test
  void shouldTypeEverySideOfAResultsTableAsMostOfItsSidesAreTyped() {
    // given results lines whose clubs the models read as clubs, a person ("Selby") and nothing ("Reading", "Bath")
    String text = "Results of English rugby union matches on Saturday:\n\nWells 24 Harlow 10\n\nSelby 17 Kendal 31\n\n"
        + "London Welsh 12 Exeter 9\n\nReading 21 Bath 40\n\nHarlow, who led at half-time, lost to Wells in the second half.";

    // when
    DocumentExtraction extraction = extract(text);

    // then every side is a club
    assertThat(namesAndTypes(extraction)).containsExactlyInAnyOrder(
        "Wells ORGANIZATION", "Harlow ORGANIZATION", "Selby ORGANIZATION", "Kendal ORGANIZATION",
        "London Welsh ORGANIZATION", "Exeter ORGANIZATION", "Reading ORGANIZATION", "Bath ORGANIZATION");
  }

  @Test
  void shouldTypeTheClubOfAStandingsRowAsTheTableTypesItsOtherClubs() {
    // given standings rows whose third club the models read as a person
    String text = "Final standings of the Nordic handball league:\n\nVestfold 12 9 2 1 30\n\nBergen 12 8 1 3 25\n\n"
        + "Halden 12 5 0 7 15\n\nNarvik 12 2 1 9 7\n\nVestfold won the title on Sunday.";

    // when
    DocumentExtraction extraction = extract(text);

    // then
    assertThat(namesAndTypes(extraction))
        .containsExactlyInAnyOrder("Vestfold ORGANIZATION", "Bergen ORGANIZATION", "Halden ORGANIZATION", "Narvik ORGANIZATION");
  }

  /** Each entity as its name and type, "Bath ORGANIZATION". */
  private static List<String> namesAndTypes(DocumentExtraction extraction) {
    return extraction.entities().stream().map(e -> e.name() + " " + e.type()).toList();
  }

  private static DocumentExtraction extract(String text) {
    return extract(text, AnnotatedFixtures.of(text));
  }

  private static DocumentExtraction extract(String text, AnnotatedText annotated) {
    return new EntityExtractor().extract(new SourceDocument("test", null, null, null, null, "test.txt", text, "0"), annotated);
  }
}
