package dev.kg.extract;

import static dev.kg.extract.ExtractionLookups.entity;
import static dev.kg.extract.ExtractionLookups.mentionsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the real CoreNLP pipeline (loaded once per JVM) on sentences written for each rule. */
@UsesCoreNlp
class EntityExtractorTest {

  private final DocumentAnalyzer analyzer = new NlpDocumentAnalyzer(CoreNlpAnnotator::shared);

  @Test
  void shouldTreatTheArticleAsPartOfNoName() {
    // given
    String text =
        "The Kremlin said on Friday that talks would continue. "
            + "A spokesman for the Kremlin declined to give details.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then: one entity, whichever type the models give the seat of government
    assertThat(extraction.entities()).extracting(Entity::name).containsOnlyOnce("Kremlin");
    assertThat(extraction.entities())
        .filteredOn(e -> e.name().equals("Kremlin"))
        .singleElement()
        .satisfies(kremlin -> assertThat(kremlin.aliases()).containsExactly("Kremlin"));
  }

  @Test
  void shouldKeepLookAlikeNamesApart() {
    // given
    String text =
        "The UN Security Council met in New York. The National Security Council in Washington "
            + "issued a statement, and Russia's Security Council held its own session. "
            + "North Korea and South Korea sent envoys. The Moscow Times reported from Moscow.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::id)
        .contains(
            "organization:un-security-council",
            "organization:national-security-council",
            "organization:security-council",
            "location:north-korea",
            "location:south-korea",
            "location:moscow")
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldJoinAnAcronymToItsExpansion() {
    // given
    String text =
        "Ministers asked the North Atlantic Treaty Organization (NATO) for help. "
            + "NATO said it would send ships.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    Entity nato = entity(extraction, "organization:north-atlantic-treaty-organization");
    assertThat(nato.name()).isEqualTo("North Atlantic Treaty Organization");
    assertThat(nato.aliases()).contains("NATO");
  }

  @Test
  void shouldTypeLocationsWithTheirKind() {
    // given
    String text = "The minister flew from Paris to Germany and then to Texas.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::id, Entity::kind)
        .contains(
            tuple("location:paris", LocationKind.CITY),
            tuple("location:germany", LocationKind.COUNTRY),
            tuple("location:texas", LocationKind.STATE_OR_PROVINCE));
  }

  @Test
  void shouldPointEveryMentionAtItsTextAndSentence() {
    // given
    String text = "Anna Berg works in Oslo.\n\nBerg met Lars Dahl in Bergen.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.sentences()).hasSize(2);
    for (Mention mention : extraction.mentions()) {
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
      DocumentExtraction.Span sentence = extraction.sentences().get(mention.sentence());
      assertThat(mention.start()).isBetween(sentence.start(), sentence.end());
    }
    assertThat(extraction.mentions()).extracting(Mention::entityId)
        .contains("person:anna-berg", "location:oslo", "person:lars-dahl", "location:bergen");
  }

  @Test
  void shouldKeepHyphenatedNamesAndNamesWithParticlesWhole() {
    // given
    String text =
        "French engineer Jean-Luc Marchand met Maria Lopez-Ortega in Madrid. Spanish minister Pedro de la"
            + " Fuente met Dutch envoy Ludwig van Aalst and Khalid bin Rashid of the Emirates. Marchand said"
            + " Lopez-Ortega agreed.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactlyInAnyOrder(
            "Jean-Luc Marchand", "Maria Lopez-Ortega", "Pedro de la Fuente", "Ludwig van Aalst", "Khalid bin Rashid");
    assertThat(entity(extraction, "person:maria-lopez-ortega").aliases()).contains("Lopez-Ortega");
  }

  @Test
  void shouldKeepANicknameInQuotesInsideThePersonsName() {
    // given two people written with a nickname in quotes between given name and surname, the second
    // time at the start of a sentence, where the models take "Antonio" for a place
    String text =
        "The label was founded by Antonio 'LA' Reid and Kenneth \"Babyface\" Edmonds in Atlanta. Reid later"
            + " ran the company. Antonio \"LA\" Reid, its chairman, said so.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::id)
        .containsExactlyInAnyOrder("person:antonio-la-reid", "person:kenneth-babyface-edmonds");
    assertThat(entity(extraction, "person:antonio-la-reid").aliases())
        .containsExactlyInAnyOrder("Antonio 'LA' Reid", "Antonio \"LA\" Reid", "Reid");
    assertThat(entity(extraction, "person:kenneth-babyface-edmonds").name()).isEqualTo("Kenneth \"Babyface\" Edmonds");
    assertThat(extraction.entities()).filteredOn(e -> e.type() != EntityType.PERSON).extracting(Entity::id)
        .containsExactly("location:atlanta");
  }

  @Test
  void shouldSplitTwoPeopleAHyphenJoins() {
    // given
    String text =
        "Nikolai Patrushev met Kim Jong Un on Tuesday. The Patrushev-Kim meeting followed closer"
            + " Russia-North Korea ties.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .containsExactlyInAnyOrder("Nikolai Patrushev", "Kim Jong Un");
    assertThat(extraction.entities()).extracting(Entity::id).contains("location:russia", "location:north-korea");
  }

  @Test
  void shouldKindPlacesFromTheTextAndCoreNlpsGazetteers() {
    // given
    String text =
        "PYONGYANG, June 19 (Reuters) - Vladimir Putin arrived on Wednesday, as leaders in Asia watched.\n\n"
            + "He last met Kim Jong Un at the Vostochny Cosmodrome in the Amur region. Ties between Moscow and"
            + " Pyongyang have grown.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::id, Entity::kind)
        .contains(
            tuple("location:pyongyang", LocationKind.CITY),
            tuple("location:asia", LocationKind.REGION),
            tuple("location:vostochny-cosmodrome", LocationKind.FACILITY),
            tuple("location:amur", LocationKind.REGION),
            tuple("location:moscow", LocationKind.CITY));
  }

  @Test
  void shouldFindOrganisationsByTheShapeOfTheirNames() {
    // given
    String text =
        "Jenny Town, director of 38 North, said the talks mattered. Elena Petrov studied at King's College"
            + " London. The Workers' Party of Korea rejected a ruling of the International Criminal Court.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .extracting(Entity::name)
        .contains("38 North", "King's College London", "Workers' Party of Korea", "International Criminal Court");
  }

  @Test
  void shouldTagARepeatedNameAndAnAcronymAsTheNameTaggedElsewhere() {
    // given
    String text =
        "The International Atomic Energy Agency sent inspectors. The IAEA said its team would stay.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    Entity agency = entity(extraction, "organization:international-atomic-energy-agency");
    assertThat(agency.aliases()).contains("IAEA");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\": \"a\", \"title\": \"Kaja Lind named head of port authority\", \"text\": \"%s\"}",
        "<html><head><meta property=\"og:title\" content=\"Kaja Lind named head of port authority\"></head>"
            + "<body><article><p>%s</p></article></body></html>"
      })
  void shouldAnnotateTheHeadlineOfEveryFormat(String input) throws IOException {
    // given an article that names its new head only in the headline
    String body =
        "The port authority announced the appointment on Monday, after a search that lasted more than a year.";
    Path file = Files.createTempFile("headline", input.startsWith("{") ? ".jsonl" : ".html");
    Files.writeString(file, input.formatted(body));

    // when
    SourceDocument document;
    try (var results = new DocumentReader().read(List.of(file.toString()))) {
      document = ((ReadResult.Read) results.findFirst().orElseThrow()).document();
    } finally {
      Files.delete(file);
    }
    DocumentExtraction extraction = analyzer.analyze(document);

    // then: the headline is the first sentence, and its name an entity mentioned there
    assertThat(document.text()).startsWith("Kaja Lind named head of port authority\n\n");
    Entity lind = entity(extraction, "person:kaja-lind");
    assertThat(mentionsOf(extraction, lind))
        .extracting(Mention::text, Mention::start, Mention::sentence)
        .containsExactly(tuple("Kaja Lind", 0, 0));
  }

  @Test
  void shouldMakeAPlaceOfANameWrittenBeforeACommaAndAStateOrCountry() {
    // given two towns the models know little of, each written as "town, state", and a person
    // before a country in a results line, whose given name keeps her a person
    String text =
        "The bus line runs south to Stockton, California, and east to Reno, Nevada. "
            + "The race was won by Anna Berg, Norway, ahead of two Swiss skiers.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(entity(extraction, "location:stockton").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entity(extraction, "location:reno").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entity(extraction, "person:anna-berg").type()).isEqualTo(EntityType.PERSON);
    assertThat(extraction.entities())
        .extracting(Entity::id)
        .doesNotContain("person:stockton", "person:reno", "organization:stockton", "organization:reno");
  }

  @Test
  void shouldKeepASurnameBeforeACommaAndACountryThePersonItShortens() {
    // given a surname before ", Austria", and the person the document names in full
    String text =
        "The prize went to Hartmann, Austria, after a long debate. Peter Hartmann thanked the jury in Vienna.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then: one person, named twice, and no town called Hartmann
    assertThat(extraction.entities())
        .extracting(Entity::id)
        .containsExactlyInAnyOrder("person:peter-hartmann", "location:austria", "location:vienna");
    assertThat(mentionsOf(extraction, entity(extraction, "person:peter-hartmann")))
        .extracting(Mention::text)
        .containsExactly("Hartmann", "Peter Hartmann");
  }

  @Test
  void shouldMakeAPlaceOfANameListedWithPlaces() {
    // given a list of four prefectures, the last of which the models take for a person
    String text = "Japanese maps put the prefectures of Shizuoka, Aichi, Gifu and Mie in the region.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name)
        .contains("Shizuoka", "Aichi", "Gifu", "Mie");
    assertThat(extraction.entities()).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
  }

  @Test
  void shouldKeepAnOrganisationThatActsBeforeACommaAndACountry() {
    // given a bank that acts, then a comma and a country, in a list the "the" of a country breaks
    String text = "The World Bank, Germany, the United States and Japan criticised the new tariffs on Monday.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            tuple("World Bank", EntityType.ORGANIZATION),
            tuple("Germany", EntityType.LOCATION),
            tuple("United States", EntityType.LOCATION),
            tuple("Japan", EntityType.LOCATION));
  }

  @Test
  void shouldMakeAPlaceOfANameListedWithPlacesWhoseLastIsQualified() {
    // given a list of towns whose last item has an adjective before it ("and west London")
    String text = "The tour stops in Shrewsbury, North Dorset, Liverpool, Manchester, Basingstoke and west London.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name)
        .contains("Shrewsbury", "North Dorset", "Liverpool", "Manchester", "Basingstoke", "London");
    assertThat(extraction.entities()).filteredOn(e -> e.type() != EntityType.LOCATION).isEmpty();
  }

  @Test
  void shouldMakeAPlaceOfALandformByTheShapeOfItsName() {
    // given glaciers, a mountain, a lake and a province, names the models take for persons or organisations
    String text =
        "The Rohn Glacier and the Nizina Glacier flow from the flanks of Regal Mountain. Farther south,"
            + " Lake Tana feeds a river, and the dam lies in the Kunene Province, in Angola.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(extraction.entities())
        .filteredOn(e -> e.type() == EntityType.LOCATION)
        .extracting(Entity::name)
        .contains("Rohn Glacier", "Nizina Glacier", "Regal Mountain", "Lake Tana", "Kunene Province");
    assertThat(extraction.entities()).filteredOn(e -> e.type() != EntityType.LOCATION).isEmpty();
  }

  @Test
  void shouldMakeAPlaceOfANameTheTextDefinesAsATown() {
    // given a town the models take for a person, defined as a town once and named again
    String text =
        "Leonessa is a town and comune in the far northeastern part of the Province of Rieti. In the winter"
            + " Leonessa is known mostly as a low-key ski resort.";

    // when
    DocumentExtraction extraction = analyze(text);

    // then
    assertThat(entity(extraction, "location:leonessa").type()).isEqualTo(EntityType.LOCATION);
    assertThat(mentionsOf(extraction, entity(extraction, "location:leonessa"))).hasSize(2);
    assertThat(extraction.entities()).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
  }

  private DocumentExtraction analyze(String text) {
    return analyzer.analyze(new SourceDocument("test", null, null, null, null, "test.txt", text, "0"));
  }
}
