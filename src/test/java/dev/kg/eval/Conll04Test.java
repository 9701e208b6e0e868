package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedFixtures;
import dev.kg.nlp.AnnotatedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Conll04Test {

  private static final String FILE =
      """
      #doc 7
      0\tAnna\tB-Peop\t['N']\t[0]
      1\tBerg\tI-Peop\t['Work_For']\t[4]
      2\tjoined\tO\t['N']\t[2]
      3\tthe\tO\t['N']\t[3]
      4\tAcme\tB-Org\t['OrgBased_In', 'OrgBased_In']\t[6, 8]
      5\tin\tO\t['N']\t[5]
      6\tOslo\tB-Loc\t['Located_In']\t[8]
      7\t,\tO\t['N']\t[7]
      8\tNorway\tB-Loc\t['N']\t[8]
      9\t.\tO\t['N']\t[9]
      """;

  @Test
  void shouldReadTokensEntitiesAndRelationsFromLastTokenToLastToken(@TempDir Path directory) throws Exception {
    // given
    Path file = directory.resolve("sample.txt");
    Files.writeString(file, FILE);

    // when
    List<Conll04Sentence> sentences = Conll04Reader.read(file);

    // then
    Conll04Sentence sentence = sentences.get(0);
    assertThat(sentence.doc()).isEqualTo("7");
    assertThat(sentence.text()).isEqualTo("Anna Berg joined the Acme in Oslo , Norway .");
    assertThat(sentence.entities()).containsExactly(
        new Conll04Sentence.Entity("Peop", 0, 1), new Conll04Sentence.Entity("Org", 4, 4),
        new Conll04Sentence.Entity("Loc", 6, 6), new Conll04Sentence.Entity("Loc", 8, 8));
    assertThat(sentence.relations()).containsExactlyInAnyOrder(
        new Conll04Relation("7", "Work_For", List.of(0, 1), List.of(4, 4)),
        new Conll04Relation("7", "OrgBased_In", List.of(4, 4), List.of(6, 6)),
        new Conll04Relation("7", "OrgBased_In", List.of(4, 4), List.of(8, 8)),
        new Conll04Relation("7", "Located_In", List.of(6, 6), List.of(8, 8)));
  }

  @Test
  void shouldWriteAnAbbreviationsLastPeriodAsPrintedAndMapItsSpanToTheWordAlone() {
    // given a file that splits the final period off "Mich." and "N.Y." as it does off any word
    Conll04Sentence abbreviation = sentence("Anna Berg moved to Lund , Mich .");
    Conll04Sentence joined = sentence("Ola Dahl works in the U.S .");
    Conll04Sentence word = sentence("Anna Berg moved to Lund , Iowa .");

    // when
    String abbreviationText = abbreviation.text();
    String joinedText = joined.text();

    // then "Mich." is followed by the sentence's period, "U.S." carries it, "Iowa" is apart from it
    assertThat(abbreviationText).isEqualTo("Anna Berg moved to Lund , Mich. .");
    assertThat(abbreviation.tokenSpan(26, 31)).containsExactly(6, 6);
    assertThat(abbreviation.tokenSpan(19, 31)).containsExactly(4, 6);
    assertThat(abbreviation.tokenSpan(32, 33)).containsExactly(7, 7);
    assertThat(joinedText).isEqualTo("Ola Dahl works in the U.S.");
    assertThat(joined.tokenSpan(22, 26)).containsExactly(5, 5);
    assertThat(joined.tokenSpan(0, 8)).containsExactly(0, 1);
    assertThat(word.text()).isEqualTo("Anna Berg moved to Lund , Iowa .");
    assertThat(word.tokenSpan(26, 30)).containsExactly(6, 6);
  }

  @Test
  void shouldStateKbpRelationsInTheCorpusLabelsWithTheirTokenSpans() {
    // given
    Conll04Sentence sentence = new Conll04Sentence("7", List.of("Anna", "Berg", "joined", "the", "Acme", "in", "Oslo", "."),
        List.of(), List.of());
    AnnotatedText annotated = new AnnotatedText(List.of(), List.of(), List.of(),
        List.of(new AnnotatedText.KbpRelation(0, "per:employee_or_member_of", 0, 9, 21, 25, 0.4),
            new AnnotatedText.KbpRelation(0, "org:top_members_employees", 21, 25, 0, 9, 1.0),
            new AnnotatedText.KbpRelation(0, "org:city_of_headquarters", 21, 25, 29, 33, 1.0),
            new AnnotatedText.KbpRelation(0, "per:title", 0, 9, 10, 16, 1.0)),
        List.of());

    // when
    List<Conll04Relation> kbp = Conll04Baselines.kbp(sentence, annotated);

    // then
    assertThat(kbp).containsExactly(
        new Conll04Relation("7", "Work_For", List.of(0, 1), List.of(4, 4)),
        new Conll04Relation("7", "OrgBased_In", List.of(4, 4), List.of(6, 6)));
  }

  @Test
  void shouldRelabelEachKbpSlotThroughKgsTypeAsCoreNlpsBaselineAlwaysHas() {
    // given every slot kg reads, and two it does not; a reversed slot's label runs object to subject
    Conll04Sentence sentence = new Conll04Sentence("7", List.of("Anna", "Berg", "joined", "the", "Acme", "in", "Oslo", "."),
        List.of(), List.of());
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("per:employee_or_member_of", "Work_For"),
        Map.entry("per:countries_of_residence", "Live_In"),
        Map.entry("per:cities_of_residence", "Live_In"),
        Map.entry("per:statesorprovinces_of_residence", "Live_In"),
        Map.entry("per:city_of_birth", "Live_In"),
        Map.entry("per:stateorprovince_of_birth", "Live_In"),
        Map.entry("per:country_of_birth", "Live_In"),
        Map.entry("org:country_of_headquarters", "OrgBased_In"),
        Map.entry("org:city_of_headquarters", "OrgBased_In"),
        Map.entry("org:stateorprovince_of_headquarters", "OrgBased_In"),
        Map.entry("org:top_members_employees", "Work_For (reversed)")));
    List<String> slots = List.of("per:employee_or_member_of", "per:countries_of_residence", "per:cities_of_residence",
        "per:statesorprovinces_of_residence", "per:city_of_birth", "per:stateorprovince_of_birth", "per:country_of_birth",
        "org:country_of_headquarters", "org:city_of_headquarters", "org:stateorprovince_of_headquarters",
        "org:member_of", "org:parents", "org:political_religious_affiliation", "org:top_members_employees",
        "org:members", "org:subsidiaries", "per:title", "per:origin");

    // when
    Map<String, String> labels = new TreeMap<>();
    for (String slot : slots) {
      AnnotatedText annotated = new AnnotatedText(List.of(), List.of(), List.of(),
          List.of(new AnnotatedText.KbpRelation(0, slot, 0, 9, 21, 25, 1.0)), List.of());
      for (Conll04Relation relation : Conll04Baselines.kbp(sentence, annotated)) {
        labels.put(slot, relation.label() + (relation.head().equals(List.of(4, 4)) ? " (reversed)" : ""));
      }
    }

    // then
    assertThat(labels).isEqualTo(expected);
  }

  @Test
  void shouldSpanABirthplaceWithItsStateAsOnePlaceAndACourtesyTitleAsPartOfTheName() {
    // given
    Conll04Sentence born = sentence("The first mayor of the town , Anna Berg , was born in Hamar , Norway .");
    Conll04Sentence titled = sentence("Ms. Anna Berg , a spokeswoman for Acme Corp. , declined to comment .");
    Conll04Predictor predictor = new Conll04Predictor();

    // when
    Set<Conll04Relation> birth = predictor.routes(born, AnnotatedFixtures.of(born.text())).keySet();
    Set<Conll04Relation> work = predictor.routes(titled, AnnotatedFixtures.of(titled.text())).keySet();

    // then
    assertThat(birth).containsExactly(new Conll04Relation("7", "Live_In", List.of(7, 8), List.of(13, 15)));
    assertThat(work).containsExactly(new Conll04Relation("7", "Work_For", List.of(0, 2), List.of(7, 8)));
  }

  @Test
  void shouldNameTheRouteThatFoundEachPrediction() {
    // given
    Conll04Sentence titled = sentence("Ms. Anna Berg , a spokeswoman for Acme Corp. , declined to comment .");

    // when
    Map<Conll04Relation, String> routes = new Conll04Predictor().routes(titled, AnnotatedFixtures.of(titled.text()));

    // then
    assertThat(routes).containsExactly(Map.entry(new Conll04Relation("7", "Work_For", List.of(0, 2), List.of(7, 8)), "appositive+kbp"));
  }

  @Test
  void shouldGivePrecisionRouteByRoute() {
    // given
    Conll04Relation right = new Conll04Relation("7", "Work_For", List.of(0, 1), List.of(4, 4));
    Conll04Relation wrong = new Conll04Relation("7", "Work_For", List.of(6, 6), List.of(4, 4));
    Conll04Relation killing = new Conll04Relation("7", "Kill", List.of(0, 1), List.of(6, 6));
    Map<Conll04Relation, String> predicted = new LinkedHashMap<>();
    predicted.put(right, "appositive");
    predicted.put(killing, "killing");
    predicted.put(wrong, "appositive");

    // when
    String table = Routes.table(predicted, List.of(right), Conll04Relation::label);

    // then
    assertThat(table.lines()).containsExactly(
        "label           route                                     pred    ok      P",
        "Kill            killing                                      1     0  0.000",
        "Work_For        appositive                                   2     1  0.500");
  }

  @Test
  void shouldReadNoResidenceInAPostNumberedInASeriesOfHolders() {
    // given
    Conll04Sentence presidents = sentence("Aino Lind , the ninth president of Finland , met Mikko Salo , the president of Estonia .");

    // when
    Set<Conll04Relation> predicted = new Conll04Predictor().routes(presidents, AnnotatedFixtures.of(presidents.text())).keySet();

    // then
    assertThat(predicted).containsExactly(new Conll04Relation("7", "Live_In", List.of(10, 11), List.of(16, 16)));
  }

  @Test
  void shouldScoreStrictlyOnFullSpansAndLenientlyOnLastTokens() {
    // given
    List<Conll04Relation> gold = List.of(
        new Conll04Relation("7", "Work_For", List.of(0, 1), List.of(4, 4)),
        new Conll04Relation("7", "Located_In", List.of(6, 6), List.of(8, 8)));
    List<Conll04Relation> predicted = List.of(
        new Conll04Relation("7", "Work_For", List.of(1, 1), List.of(4, 4)),
        new Conll04Relation("7", "Located_In", List.of(6, 6), List.of(8, 8)),
        new Conll04Relation("7", "Kill", List.of(0, 1), List.of(6, 6)));

    // when
    LabelScores<Conll04Relation> strict = Conll04Scores.strict(gold, predicted);
    LabelScores<Conll04Relation> lenient = Conll04Scores.lenient(gold, predicted);

    // then
    assertThat(strict.score(null)).isEqualTo(new LabelScores.Score(1, 3, 2));
    assertThat(strict.score("Work_For").f1()).isZero();
    assertThat(lenient.score("Work_For")).isEqualTo(new LabelScores.Score(1, 1, 1));
    assertThat(lenient.score(null).precision()).isEqualTo(2.0 / 3);
    assertThat(lenient.score(null).recall()).isEqualTo(1.0);
    assertThat(strict.table()).contains("Kill").contains("micro");
  }

  @Test
  void shouldListTheRelationsMissedAndTheSpuriousOnesUnderTheirSentence() {
    // given
    Conll04Sentence sentence = new Conll04Sentence("7", List.of("Anna", "Berg", "joined", "the", "Acme", "in", "Oslo", "."),
        List.of(), List.of(new Conll04Relation("7", "Work_For", List.of(0, 1), List.of(4, 4)),
            new Conll04Relation("7", "OrgBased_In", List.of(4, 4), List.of(6, 6))));
    Map<Conll04Relation, String> predicted = new LinkedHashMap<>();
    predicted.put(new Conll04Relation("7", "OrgBased_In", List.of(4, 4), List.of(6, 6)), "place-after-name");
    predicted.put(new Conll04Relation("7", "Work_For", List.of(1, 1), List.of(4, 4)), "working-verb+kbp");

    // when
    List<String> lines = Conll04Errors.lines(sentence, predicted);

    // then
    assertThat(lines).containsExactly(
        "#7 Anna Berg joined the Acme in Oslo .",
        "  missed   Work_For [Anna Berg] -> [Acme]",
        "  spurious Work_For [Berg] -> [Acme] (working-verb+kbp)");
    Map<Conll04Relation, String> right = new LinkedHashMap<>();
    sentence.relations().forEach(relation -> right.put(relation, "appositive"));
    assertThat(Conll04Errors.lines(sentence, right)).isEmpty();
  }

  private static Conll04Sentence sentence(String text) {
    return new Conll04Sentence("7", List.of(text.split(" ")), List.of(), List.of());
  }
}
