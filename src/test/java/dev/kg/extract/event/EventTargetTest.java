package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.event.EventMention.Argument;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who a killing, wounding or arrest befalls and whom a threat is made to, of the clause's own
 * phrases, on sentences parsed by hand so that the rule under test is only what the event extraction
 * does with the parse it is given.
 */
class EventTargetTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "Police detained a number of protesters .", the parse making the number what was detained: the
        // police detained, and no number was detained
        "Police/police/NNS detained/detain/VBD a/a/DT number/number/NN of/of/IN protesters/protester/NNS ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 5 4, nmod:of 3 5, punct 1 6 | ARREST | 0 AGENT",
        // "Gunmen wounded the others .": CoreNLP lists "other" as inanimate, "others" as animate
        "Gunmen/gunman/NNS wounded/wound/VBD the/the/DT others/other/NNS ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4 | INJURY | 0 AGENT, 3 TARGET",
        // "Gangs warned residents to toe the line .", the parse reading "to toe" as a "to" phrase and the
        // line as a second object: the residents were warned, neither the toe nor the line
        "Gangs/gang/NNS warned/warn/VBD residents/resident/NNS to/to/IN toe/toe/NN the/the/DT line/line/NN ././."
            + " | nsubj 1 0, root -1 1, obj 1 2, case 4 3, obl:to 1 4, det 6 5, obj 1 6, punct 1 7"
            + " | THREAT | 0 AGENT, 2 TARGET",
        // "Chile The two guards were killed .", a place line run into the sentence and parsed as a second
        // subject: the guards died, not Chile
        "Chile/Chile/NNP/COUNTRY The/the/DT two/two/CD guards/guard/NNS were/be/VBD killed/kill/VBN ././."
            + " | nsubj:pass 5 0, det 3 1, nummod 3 2, nsubj:pass 5 3, aux:pass 5 4, root -1 5, punct 5 6"
            + " | KILLING | 3 TARGET",
        // ... where subjects a conjunction joins are all subjects
        "Rebels/rebel/NNS and/and/CC soldiers/soldier/NNS were/be/VBD killed/kill/VBN ././."
            + " | nsubj:pass 4 0, cc 2 1, conj:and 0 2, nsubj:pass 4 2, aux:pass 4 3, root -1 4, punct 4 5"
            + " | KILLING | 0 TARGET, 2 TARGET",
      })
  void shouldTakeOnlyABeingOfTheClauseAsTheOneAnEventBefallsOrIsMadeTo(
      String tokens, String edges, EventType type, String arguments) {
    // given
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    List<EventMention> mentions = sentence.mentions(Map.of());

    // then
    assertThat(mentions).singleElement().satisfies(mention -> {
      assertThat(mention.type()).isEqualTo(type);
      assertThat(mention.arguments()).extracting(a -> a.head() + " " + a.role())
          .containsExactly(arguments.split(", "));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "The army used tactics bombarding villages .": a present participle after its noun says what
        // the noun does, so the tactics are not what was bombarded
        "The/the/DT army/army/NN used/use/VBD tactics/tactic/NNS bombarding/bombard/VBG villages/village/NNS ././."
            + " | det 1 0, nsubj 2 1, root -1 2, obj 2 3, acl 3 4, obj 4 5, punct 2 6"
            + " | ATTACK bombard | 5 TARGET",
        // ... where a past participle's noun undergoes it: the villages were bombarded
        "Soldiers/soldier/NNS saw/see/VBD villages/village/NNS bombarded/bombard/VBN ././."
            + " | nsubj 1 0, root -1 1, obj 1 2, acl 2 3, punct 1 4"
            + " | ATTACK bombard | 2 TARGET",
        // "The ministers deplored the slaughter .": who judges a killing did not kill
        "The/the/DT ministers/minister/NNS deplored/deplore/VBD the/the/DT slaughter/slaughter/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5"
            + " | KILLING slaughter |",
        // "She exchanged her cell for house arrest .": she is the one held, not who holds her
        "She/she/PRP exchanged/exchange/VBD her/her/PRP$ cell/cell/NN for/for/IN house/house/NN arrest/arrest/NN ././."
            + " | nsubj 1 0, root -1 1, nmod:poss 3 2, obj 1 3, case 6 4, compound 6 5, obl:for 1 6, punct 1 7"
            + " | ARREST arrest |",
        // ... where the subject of a verb of doing did it
        "Rebels/rebel/NNS carried/carry/VBD out/out/RP the/the/DT killings/killing/NNS ././."
            + " | nsubj 1 0, root -1 1, compound:prt 1 2, det 4 3, obj 1 4, punct 1 5"
            + " | KILLING killing | 0 AGENT",
        "The/the/DT group/group/NN launched/launch/VBD a/a/DT massacre/massacre/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5"
            + " | KILLING massacre | 1 AGENT",
        // "The army launched its attack on the village .": "its" is the army, the subject of the clause
        // the attack hangs from
        "The/the/DT army/army/NN launched/launch/VBD its/its/PRP$ attack/attack/NN on/on/IN the/the/DT"
            + " village/village/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, nmod:poss 4 3, obj 2 4, case 7 5, det 7 6, nmod:on 4 7, punct 2 8"
            + " | ATTACK attack | 1 AGENT, 7 TARGET",
        // "The rebels began their offensive .", coreference having left "their" unresolved
        "The/the/DT rebels/rebel/NNS began/begin/VBD their/their/PRP$ offensive/offensive/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, nmod:poss 4 3, obj 2 4, punct 2 5"
            + " | ATTACK offensive | 1 AGENT",
      })
  void shouldTakeAsTheDoerOnlyWhomTheClauseSaysDidIt(String tokens, String edges, String trigger, String arguments) {
    assertArguments(tokens, edges, trigger, arguments);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "The battle between soldiers and rebels ended .": the first side of a hostile event "between"
        // two attacks, the other is attacked
        "The/the/DT battle/battle/NN between/between/IN soldiers/soldier/NNS and/and/CC rebels/rebel/NNS"
            + " ended/end/VBD ././."
            + " | det 1 0, nsubj 6 1, case 3 2, nmod:between 1 3, cc 5 4, conj:and 3 5, nmod:between 1 5,"
            + " root -1 6, punct 6 7"
            + " | ATTACK battle | 3 AGENT, 5 TARGET",
        // "The bombing caused chaos .": what an event brought about is not what it was done to
        "The/the/DT bombing/bombing/NN caused/cause/VBD chaos/chaos/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, obj 2 3, punct 2 4"
            + " | ATTACK bombing |",
        // "The attack took place in Kabul .": the place is part of the verb, Kabul where it happened
        "The/the/DT attack/attack/NN took/take/VBD place/place/NN in/in/IN Kabul/Kabul/NNP/CITY ././."
            + " | det 1 0, nsubj 2 1, root -1 2, obj 2 3, case 5 4, obl:in 2 5, punct 2 6"
            + " | ATTACK attack | 5 PLACE",
        // ... while what a plain verb an event is the subject of acts on is its target
        "The/the/DT explosion/explosion/NN targeted/target/VBD a/a/DT bakery/bakery/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5"
            + " | ATTACK explosion | 4 TARGET",
        // "The bombings targeted at the army failed .": what an attack is aimed at is its target
        "The/the/DT bombings/bombing/NNS targeted/target/VBN at/at/IN the/the/DT army/army/NN failed/fail/VBD ././."
            + " | det 1 0, nsubj 6 1, acl 1 2, case 5 3, det 5 4, obl:at 2 5, root -1 6, punct 6 7"
            + " | ATTACK bombing | 5 TARGET",
        // "The town saw bombings targeted at the army .", the parse making the bombings the subject of
        // "targeted"
        "The/the/DT town/town/NN saw/see/VBD bombings/bombing/NNS targeted/target/VBN at/at/IN the/the/DT"
            + " army/army/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, nsubj 4 3, dep 2 4, case 7 5, det 7 6, obl:at 4 7, punct 2 8"
            + " | ATTACK bombing | 7 TARGET",
        // "Strikes targeting the rebels continued ."
        "Strikes/strike/NNS targeting/target/VBG the/the/DT rebels/rebel/NNS continued/continue/VBD ././."
            + " | nsubj 4 0, acl 0 1, det 3 2, obj 1 3, root -1 4, punct 4 5"
            + " | ATTACK strike | 3 TARGET",
      })
  void shouldTakeTheSidesOfAHostileEventAndNoOutcomeAsWhatItWasDoneTo(
      String tokens, String edges, String trigger, String arguments) {
    assertArguments(tokens, edges, trigger, arguments);
  }

  @Test
  void shouldKeepAPossessivePronounCoreferenceGivesAnotherEntityThanTheSubject() {
    // given "Russia backed their attack .", coreference putting "their" with Ukraine
    Entity russia = new Entity("location:russia", EntityType.LOCATION, LocationKind.COUNTRY, "Russia", List.of());
    Entity ukraine = new Entity("location:ukraine", EntityType.LOCATION, LocationKind.COUNTRY, "Ukraine", List.of());
    HandParsed sentence = new HandParsed(
        "Russia/Russia/NNP/COUNTRY backed/back/VBD their/their/PRP$ attack/attack/NN ././.",
        "nsubj 1 0, root -1 1, nmod:poss 3 2, obj 1 3, punct 1 4");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, russia, 2, ukraine));

    // then the attack is Ukraine's, as written, and not Russia's
    assertThat(mentions).extracting(EventMention::type).containsExactly(EventType.ATTACK);
    assertThat(mentions.get(0).arguments()).extracting(a -> a.head() + " " + a.role() + " " + a.entityId())
        .containsExactly("2 AGENT location:ukraine");
  }

  @Test
  void shouldTakeWhomAMessageIsGivenToAsItsAddressee() {
    // given a passive verb that keeps its object, with whom it gives to as subject ("Drivers were given an
    // ultimatum by their bosses ."), the "to" phrase of the verb the noun is passive subject of ("Warnings
    // were sent to the police ."), an active verb's indirect object ("The ministry issued reporters a
    // statement ."), but not a thing a message is put on ("The statement was posted to the website .") nor
    // a trial, which is nothing handed to its defendants ("The suspects were given a trial .")
    HandParsed ultimatum = new HandParsed(
        "Drivers/driver/NNS were/be/VBD given/give/VBN an/a/DT ultimatum/ultimatum/NN by/by/IN their/their/PRP$"
            + " bosses/boss/NNS ././.",
        "nsubj:pass 2 0, aux:pass 2 1, root -1 2, det 4 3, obj 2 4, case 7 5, nmod:poss 7 6, obl:agent 2 7,"
            + " punct 2 8");
    HandParsed warnings = new HandParsed(
        "Warnings/warning/NNS were/be/VBD sent/send/VBN to/to/IN the/the/DT police/police/NNS ././.",
        "nsubj:pass 2 0, aux:pass 2 1, root -1 2, case 5 3, det 5 4, obl:to 2 5, punct 2 6");
    HandParsed statement = new HandParsed(
        "The/the/DT ministry/ministry/NN issued/issue/VBD reporters/reporter/NNS a/a/DT statement/statement/NN ././.",
        "det 1 0, nsubj 2 1, root -1 2, iobj 2 3, det 5 4, obj 2 5, punct 2 6");
    HandParsed website = new HandParsed(
        "The/the/DT statement/statement/NN was/be/VBD posted/post/VBN to/to/IN the/the/DT website/website/NN ././.",
        "det 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, case 6 4, det 6 5, obl:to 3 6, punct 3 7");
    HandParsed trial = new HandParsed(
        "The/the/DT suspects/suspect/NNS were/be/VBD given/give/VBN a/a/DT trial/trial/NN ././.",
        "det 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, det 5 4, obj 3 5, punct 3 6");

    // when
    List<String> read = Stream.of(ultimatum, warnings, statement, website, trial).map(HandParsed::described).toList();

    // then the drivers and the police were threatened and the reporters addressed, no website nor suspect
    assertThat(read).containsExactly(
        "THREAT ultimatum Contact.ThreatenCoerce.Unspecified: 0 TARGET",
        "THREAT warning Contact.ThreatenCoerce.Unspecified: 5 TARGET",
        "STATEMENT statement Contact.Contact.Broadcast: 1 AGENT, 3 RECIPIENT",
        "STATEMENT statement Contact.Contact.Broadcast",
        "PROSECUTION trial Justice.ChargeIndict.Unspecified");
  }

  @Test
  void shouldTakeWhomTheEventAFatalQualifiesBefellAsTheDead() {
    // given "The fatal shooting of a student at a park was reported ."
    HandParsed sentence = new HandParsed(
        "The/the/DT fatal/fatal/JJ shooting/shooting/NN of/of/IN a/a/DT student/student/NN at/at/IN a/a/DT"
            + " park/park/NN was/be/VBD reported/report/VBN ././.",
        "det 2 0, amod 2 1, nsubj:pass 10 2, case 5 3, det 5 4, nmod:of 2 5, case 8 6, det 8 7, nmod:at 2 8,"
            + " aux:pass 10 9, root -1 10, punct 10 11");

    // when
    String described = sentence.described();

    // then the student died, at the park, in a shooting
    assertThat(described).isEqualTo("KILLING fatal Life.Die.Unspecified: 5 TARGET, 8 PLACE;"
        + " ATTACK shooting Conflict.Attack.Unspecified: 5 TARGET, 8 PLACE");
  }

  @Test
  void shouldKeepANameAsTheOneWhoDiedWhateverTypeItWasTagged() {
    // given "Florence died in Ohio .", the name tagged as a place
    Entity florence =
        new Entity("location:florence", EntityType.LOCATION, LocationKind.CITY, "Florence", List.of());
    Entity ohio =
        new Entity("location:ohio", EntityType.LOCATION, LocationKind.STATE_OR_PROVINCE, "Ohio", List.of());
    HandParsed sentence = new HandParsed(
        "Florence/Florence/NNP/CITY died/die/VBD in/in/IN Ohio/Ohio/NNP/STATE_OR_PROVINCE ././.",
        "nsubj 1 0, root -1 1, case 3 2, obl:in 1 3, punct 1 4");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, florence, 3, ohio));

    // then she is still the one who died, in Ohio
    assertThat(mentions).singleElement().satisfies(death -> {
      assertThat(death.type()).isEqualTo(EventType.KILLING);
      assertThat(death.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
          .containsExactly(tuple(0, EventRole.TARGET, florence.id()), tuple(3, EventRole.PLACE, ohio.id()));
    });
  }

  @Test
  void shouldTakeNoEventAsTheKillerThoughANameSaysWhereItWas() {
    // given "The Java bombings , which killed 90 people , shocked the country ."
    Entity java = new Entity("location:java", EntityType.LOCATION, LocationKind.OTHER, "Java", List.of());
    HandParsed sentence = new HandParsed(
        "The/the/DT Java/Java/NNP/LOCATION bombings/bombing/NNS ,/,/, which/which/WDT killed/kill/VBD 90/90/CD"
            + " people/people/NNS ,/,/, shocked/shock/VBD the/the/DT country/country/NN ././.",
        "det 2 0, compound 2 1, nsubj 9 2, punct 2 3, ref 2 4, nsubj 5 2, acl:relcl 2 5, nummod 7 6, obj 5 7,"
            + " punct 2 8, root -1 9, det 11 10, obj 9 11, punct 9 12");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(1, java));

    // then 90 people died in the bombings, which killed no one as Java
    assertThat(mentions).filteredOn(m -> m.type() == EventType.KILLING).singleElement()
        .satisfies(death -> assertThat(death.arguments()).extracting(Argument::head, Argument::role)
            .containsExactly(tuple(7, EventRole.TARGET)));
  }

  @Test
  void shouldTakeTheNameInAppositionAsTheOneWhoDied() {
    // given "A teacher , Maria Lind , died in Ohio ."
    Entity lind = new Entity("person:maria-lind", EntityType.PERSON, null, "Maria Lind", List.of());
    Entity ohio =
        new Entity("location:ohio", EntityType.LOCATION, LocationKind.STATE_OR_PROVINCE, "Ohio", List.of());
    HandParsed sentence = new HandParsed(
        "A/a/DT teacher/teacher/NN ,/,/, Maria/Maria/NNP/PERSON Lind/Lind/NNP/PERSON ,/,/, died/die/VBD in/in/IN"
            + " Ohio/Ohio/NNP/STATE_OR_PROVINCE ././.",
        "det 1 0, nsubj 6 1, punct 1 2, appos 1 3, flat 3 4, punct 1 5, root -1 6, case 8 7, obl:in 6 8,"
            + " punct 6 9");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(3, lind, 8, ohio));

    // then the one who died is the name, not the noun it describes
    assertThat(mentions).singleElement().satisfies(death -> {
      assertThat(death.type()).isEqualTo(EventType.KILLING);
      assertThat(death.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
          .containsExactly(tuple(3, EventRole.TARGET, lind.id()), tuple(8, EventRole.PLACE, ohio.id()));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "Jan Kowalski ( who died ) was a poet .", the clause a bare dependent of the name
        "Jan/Jan/NNP/PERSON Kowalski/Kowalski/NNP/PERSON (/(/-LRB- who/who/WP died/die/VBD )/)/-RRB- was/be/VBD"
            + " a/a/DT poet/poet/NN ././."
            + " | flat 0 1, nsubj 8 0, punct 4 2, nsubj 4 3, dep 0 4, punct 4 5, cop 8 6, det 8 7, root -1 8,"
            + " punct 8 9",
        // "Jan Kowalski , who died , was a poet .", the enhanced parse referring the pronoun to the name
        "Jan/Jan/NNP/PERSON Kowalski/Kowalski/NNP/PERSON ,/,/, who/who/WP died/die/VBD ,/,/, was/be/VBD"
            + " a/a/DT poet/poet/NN ././."
            + " | flat 0 1, nsubj 8 0, punct 4 2, ref 0 3, nsubj 4 3, acl:relcl 0 4, punct 4 5, cop 8 6, det 8 7,"
            + " root -1 8, punct 8 9",
      })
  void shouldTakeTheNameARelativePronounStandsForAsTheOneWhoDied(String tokens, String edges) {
    // given
    Entity kowalski = new Entity("person:jan-kowalski", EntityType.PERSON, null, "Jan Kowalski", List.of());
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, kowalski));

    // then
    assertThat(mentions).singleElement().satisfies(death -> {
      assertThat(death.type()).isEqualTo(EventType.KILLING);
      assertThat(death.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
          .containsExactly(tuple(0, EventRole.TARGET, kowalski.id()));
    });
  }

  /** Asserts that the sentence parsed by hand has one trigger, with exactly the arguments listed. */
  private static void assertArguments(String tokens, String edges, String trigger, String arguments) {
    // given
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    List<EventMention> mentions = sentence.mentions(Map.of());

    // then the one trigger has exactly the arguments listed, none where the column is empty
    List<String> expected = arguments == null ? List.of() : List.of(arguments.split(", "));
    assertThat(mentions).singleElement().satisfies(mention -> {
      assertThat(mention.type() + " " + mention.lemma()).isEqualTo(trigger);
      assertThat(mention.arguments()).extracting(a -> a.head() + " " + a.role()).containsExactlyElementsOf(expected);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "Veldania and Orlen are under strict sanctions .": both countries undergo the sanctions
        "Veldania/Veldania/NNP/COUNTRY and/and/CC Orlen/Orlen/NNP/COUNTRY are/be/VBP under/under/IN"
            + " strict/strict/JJ sanctions/sanction/NNS ././."
            + " | nsubj 6 0, cc 2 1, conj:and 0 2, nsubj 6 2, cop 6 3, case 6 4, amod 6 5, root -1 6, punct 6 7"
            + " | SANCTION sanction | 0 TARGET, 2 TARGET",
        // "The smugglers are under arrest .": the smugglers are held
        "The/the/DT smugglers/smuggler/NNS are/be/VBP under/under/IN arrest/arrest/NN ././."
            + " | det 1 0, nsubj 4 1, cop 4 2, case 4 3, root -1 4, punct 4 5 | ARREST arrest | 1 TARGET",
        // "The plan is under negotiation .": no one undergoes a negotiation
        "The/the/DT plan/plan/NN is/be/VBZ under/under/IN negotiation/negotiation/NN ././."
            + " | det 1 0, nsubj 4 1, cop 4 2, case 4 3, root -1 4, punct 4 5 | MEETING negotiation |",
      })
  void shouldTakeTheSubjectOfBeingUnderAnEventDoneToItAsItsTarget(
      String tokens, String edges, String trigger, String arguments) {
    assertArguments(tokens, edges, trigger, arguments);
  }
}
