package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Event;
import dev.kg.extract.LocationKind;
import dev.kg.extract.event.EventMention.Argument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an event took place, of the clause's own phrases, on sentences parsed by hand so that the rule
 * under test is only what the event extraction does with the parse it is given.
 */
class EventPlaceTest {

  private static final Entity BRINDLE_HALL =
      new Entity("organization:brindle-hall", EntityType.ORGANIZATION, null, "Brindle Hall", List.of());

  @Test
  void shouldTakeAnOrganisationNamedInAnAtPhraseAsThePlace() {
    // given "The envoys met at Brindle Hall .", the hall tagged an organisation, as CoreNLP tags buildings
    HandParsed sentence = new HandParsed(
        "The/the/DT envoys/envoy/NNS met/meet/VBD at/at/IN Brindle/Brindle/NNP/ORGANIZATION"
            + " Hall/Hall/NNP/ORGANIZATION ././.",
        "det 1 0, nsubj 2 1, root -1 2, case 5 3, compound 5 4, obl:at 2 5, punct 2 6");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(4, BRINDLE_HALL, 5, BRINDLE_HALL));

    // then the envoys met, and the hall is where
    assertThat(mentions).singleElement().satisfies(meeting -> {
      assertThat(meeting.type()).isEqualTo(EventType.MEETING);
      assertThat(meeting.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
          .containsExactly(tuple(1, EventRole.AGENT, null), tuple(5, EventRole.PLACE, BRINDLE_HALL.id()));
    });
  }

  @Test
  void shouldTakeTheLocationAVisitIsOfAsWhereItWent() {
    // given "The tour of Norway ended ." and "The tour of the Falcons ended ."
    Entity norway = new Entity("location:norway", EntityType.LOCATION, LocationKind.COUNTRY, "Norway", List.of());
    Entity falcons = new Entity("organization:falcons", EntityType.ORGANIZATION, null, "Falcons", List.of());
    HandParsed ofAPlace = new HandParsed(
        "The/the/DT tour/tour/NN of/of/IN Norway/Norway/NNP/COUNTRY ended/end/VBD ././.",
        "det 1 0, nsubj 4 1, case 3 2, nmod:of 1 3, root -1 4, punct 4 5");
    HandParsed ofATeam = new HandParsed(
        "The/the/DT tour/tour/NN of/of/IN the/the/DT Falcons/Falcons/NNPS/ORGANIZATION ended/end/VBD ././.",
        "det 1 0, nsubj 5 1, case 4 2, det 4 3, nmod:of 1 4, root -1 5, punct 5 6");

    // when
    List<EventMention> toNorway = ofAPlace.mentions(Map.of(3, norway));
    List<EventMention> byTheFalcons = ofATeam.mentions(Map.of(4, falcons));

    // then Norway is where the tour went, and the Falcons are who toured
    assertThat(toNorway).singleElement().satisfies(tour -> {
      assertThat(tour.type()).isEqualTo(EventType.VISIT);
      assertThat(tour.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
          .containsExactly(tuple(3, EventRole.PLACE, norway.id()));
    });
    assertThat(byTheFalcons).singleElement().satisfies(tour ->
        assertThat(tour.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
            .containsExactly(tuple(4, EventRole.AGENT, falcons.id())));
  }

  @Test
  void shouldTakeTheNameAPlaceNounIsOfAsThePlace() {
    // given "The statue was destroyed in the town of Orlova ."
    Entity orlova = new Entity("location:orlova", EntityType.LOCATION, LocationKind.CITY, "Orlova", List.of());
    HandParsed sentence = new HandParsed(
        "The/the/DT statue/statue/NN was/be/VBD destroyed/destroy/VBN in/in/IN the/the/DT town/town/NN"
            + " of/of/IN Orlova/Orlova/NNP/CITY ././.",
        "det 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, case 6 4, det 6 5, obl:in 3 6, case 8 7,"
            + " nmod:of 6 8, punct 3 9");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(8, orlova));

    // then the place is the town's name, not the noun "town"
    assertThat(mentions).singleElement().satisfies(destruction -> {
      assertThat(destruction.type()).isEqualTo(EventType.DESTRUCTION);
      assertThat(destruction.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
          .containsExactly(tuple(1, EventRole.TARGET, null), tuple(8, EventRole.PLACE, orlova.id()));
    });
  }

  @Test
  void shouldTakeThePlaceTheDoerIsInWhereTheEventHasNone() {
    // given "Rebels in Orlova attacked the convoy ."
    Entity orlova = new Entity("location:orlova", EntityType.LOCATION, LocationKind.CITY, "Orlova", List.of());
    HandParsed sentence = new HandParsed(
        "Rebels/rebel/NNS in/in/IN Orlova/Orlova/NNP/CITY attacked/attack/VBD the/the/DT convoy/convoy/NN"
            + " ././.",
        "nsubj 3 0, case 2 1, nmod:in 0 2, root -1 3, det 5 4, obj 3 5, punct 3 6");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(2, orlova));

    // then the rebels attacked the convoy in Orlova
    assertThat(mentions).singleElement().satisfies(attack -> {
      assertThat(attack.type()).isEqualTo(EventType.ATTACK);
      assertThat(attack.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
          .containsExactly(tuple(0, EventRole.AGENT, null), tuple(5, EventRole.TARGET, null),
              tuple(2, EventRole.PLACE, orlova.id()));
    });
  }

  @Test
  void shouldTakeThePlaceOfTheOccasionAnEventHappenedDuring() {
    // given "The minister urged calm during a visit to Orlova ." and "The gunman killed two guards during
    // the Orlova attack ."
    Entity orlova = new Entity("location:orlova", EntityType.LOCATION, LocationKind.CITY, "Orlova", List.of());
    HandParsed duringAVisit = new HandParsed(
        "The/the/DT minister/minister/NN urged/urge/VBD calm/calm/NN during/during/IN a/a/DT visit/visit/NN"
            + " to/to/IN Orlova/Orlova/NNP/CITY ././.",
        "det 1 0, nsubj 2 1, root -1 2, obj 2 3, case 6 4, det 6 5, obl:during 2 6, case 8 7, nmod:to 6 8,"
            + " punct 2 9");
    HandParsed duringAnAttack = new HandParsed(
        "The/the/DT gunman/gunman/NN killed/kill/VBD two/two/CD guards/guard/NNS during/during/IN the/the/DT"
            + " Orlova/Orlova/NNP/CITY attack/attack/NN ././.",
        "det 1 0, nsubj 2 1, root -1 2, nummod 4 3, obj 2 4, case 8 5, det 8 6, compound 8 7, obl:during 2 8,"
            + " punct 2 9");

    // when
    List<EventMention> urging = duringAVisit.mentions(Map.of(8, orlova));
    List<EventMention> killing = duringAnAttack.mentions(Map.of(7, orlova));

    // then the appeal was made in Orlova, where the visit went, and the guards were killed where the attack was
    assertThat(urging).filteredOn(m -> m.type() == EventType.REQUEST).singleElement().satisfies(request ->
        assertThat(request.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
            .contains(tuple(8, EventRole.PLACE, orlova.id())));
    assertThat(killing).filteredOn(m -> m.type() == EventType.KILLING).singleElement().satisfies(death ->
        assertThat(death.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
            .containsExactly(tuple(1, EventRole.AGENT, null), tuple(4, EventRole.TARGET, null),
                tuple(7, EventRole.PLACE, orlova.id())));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "The Veldanian incursion ended .": a people's adjective says whose incursion it was, as
        // "Veldania's incursion" would
        "The/the/DT Veldanian/Veldanian/JJ/NATIONALITY incursion/incursion/NN ended/end/VBD ././."
            + " | det 2 0, amod 2 1, nsubj 3 2, root -1 3, punct 3 4 | INVASION | 1 AGENT",
        // "The Veldania incursion ended .": a place's name says only where it was
        "The/the/DT Veldania/Veldania/NNP/COUNTRY incursion/incursion/NN ended/end/VBD ././."
            + " | det 2 0, compound 2 1, nsubj 3 2, root -1 3, punct 3 4 | INVASION | 1 PLACE",
        // "The Veldanian massacres ended .": a killing with no "of" phrase befalls the people it names ...
        "The/the/DT Veldanian/Veldanian/JJ/NATIONALITY massacres/massacre/NNS ended/end/VBD ././."
            + " | det 2 0, amod 2 1, nsubj 3 2, root -1 3, punct 3 4 | KILLING | 1 TARGET",
        // ... and one whose "of" phrase names the victims leaves the adjective alone
        "The/the/DT Veldanian/Veldanian/JJ/NATIONALITY massacre/massacre/NN of/of/IN villagers/villager/NNS"
            + " ended/end/VBD ././."
            + " | det 2 0, amod 2 1, nsubj 5 2, case 4 3, nmod:of 2 4, root -1 5, punct 5 6 | KILLING"
            + " | 4 TARGET",
      })
  void shouldTakeAPeoplesAdjectiveAsWhoseEventItIsWhereAPlacesNameSaysWhere(
      String tokens, String edges, EventType type, String arguments) {
    // given
    Entity veldania = new Entity("location:veldania", EntityType.LOCATION, LocationKind.COUNTRY, "Veldania", List.of());
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(1, veldania));

    // then
    assertThat(mentions).singleElement().satisfies(mention -> {
      assertThat(mention.type()).isEqualTo(type);
      assertThat(mention.arguments()).extracting(a -> a.head() + " " + a.role())
          .containsExactlyInAnyOrder(arguments.split(", "));
    });
  }

  @Test
  void shouldLeaveTheGraphsPlaceToLocations() {
    // given "Lindqvist met at Brindle Hall ."
    Entity lindqvist = new Entity("person:lindqvist", EntityType.PERSON, null, "Lindqvist", List.of());
    HandParsed sentence = new HandParsed(
        "Lindqvist/Lindqvist/NNP/PERSON met/meet/VBD at/at/IN Brindle/Brindle/NNP/ORGANIZATION"
            + " Hall/Hall/NNP/ORGANIZATION ././.",
        "nsubj 1 0, root -1 1, case 4 2, compound 4 3, obl:at 1 4, punct 1 5");

    // when
    List<Event> events = sentence.events(Map.of(0, lindqvist, 3, BRINDLE_HALL, 4, BRINDLE_HALL));

    // then the meeting is stored with Lindqvist and no place: the graph's place is a location kg can
    // compare with others
    assertThat(events).singleElement().satisfies(meeting -> {
      assertThat(meeting.type()).isEqualTo("MEETING");
      assertThat(meeting.participants()).extracting(p -> p.entityId()).containsExactly(lindqvist.id());
      assertThat(meeting.placeId()).isNull();
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "The envoys met in Brindle Hall .": "in" an organisation is more often being part of it
        "The/the/DT envoys/envoy/NNS met/meet/VBD in/in/IN Brindle/Brindle/NNP/ORGANIZATION"
            + " Hall/Hall/NNP/ORGANIZATION ././."
            + " | det 1 0, nsubj 2 1, root -1 2, case 5 3, compound 5 4, obl:in 2 5, punct 2 6 | 4",
        // "The envoys met at a Brindle Hall office .": the office is where, not the hall
        "The/the/DT envoys/envoy/NNS met/meet/VBD at/at/IN a/a/DT Brindle/Brindle/NNP/ORGANIZATION"
            + " Hall/Hall/NNP/ORGANIZATION office/office/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, case 7 3, det 7 4, compound 6 5, compound 7 6, obl:at 2 7,"
            + " punct 2 8 | 5",
      })
  void shouldTakeNoOrganisationAsThePlaceButOneNamedByAnAtPhrase(String tokens, String edges, int hall) {
    // given
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(hall, BRINDLE_HALL, hall + 1, BRINDLE_HALL));

    // then only the envoys are named
    assertThat(mentions).singleElement().satisfies(meeting ->
        assertThat(meeting.arguments()).extracting(Argument::head, Argument::role)
            .containsExactly(tuple(1, EventRole.AGENT)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "Two men were arrested in connection with the fire .": a noun of a compound preposition links
        // the event to something, it does not place it
        "Two/two/CD men/man/NNS were/be/VBD arrested/arrest/VBN in/in/IN connection/connection/NN with/with/IN"
            + " the/the/DT fire/fire/NN ././."
            + " | nummod 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, case 5 4, obl:in 3 5, case 8 6, det 8 7,"
            + " nmod:with 5 8, punct 3 9"
            + " | ''",
        // "Two men were arrested in parts of the province .": a place a phrase of its own qualifies is one
        "Two/two/CD men/man/NNS were/be/VBD arrested/arrest/VBN in/in/IN parts/part/NNS of/of/IN"
            + " the/the/DT province/province/NN ././."
            + " | nummod 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, case 5 4, obl:in 3 5, case 8 6, det 8 7,"
            + " nmod:of 5 8, punct 3 9"
            + " | 5",
        "Two/two/CD men/man/NNS were/be/VBD arrested/arrest/VBN in/in/IN the/the/DT station/station/NN ././."
            + " | nummod 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, case 6 4, det 6 5, obl:in 3 6, punct 3 7"
            + " | 6",
      })
  void shouldTakeNoNounOfACompoundPrepositionAsThePlace(String tokens, String edges, String place) {
    // given the sentence, with no names in it, when its events are read
    List<EventMention> mentions = new HandParsed(tokens, edges).mentions(Map.of());

    // then the men were arrested, and only a place noun says where
    assertThat(mentions).singleElement().satisfies(arrest -> {
      assertThat(arrest.type()).isEqualTo(EventType.ARREST);
      assertThat(arrest.arguments()).filteredOn(a -> a.role() == EventRole.PLACE).extracting(a -> String.valueOf(a.head()))
          .containsExactlyElementsOf(place.isEmpty() ? List.of() : List.of(place));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "The market , where two guards were killed .": the market is where they were killed
        "The/the/DT market/market/NN ,/,/, where/where/WRB two/two/CD guards/guard/NNS were/be/VBD"
            + " killed/kill/VBN ././."
            + " | det 1 0, root -1 1, punct 1 2, advmod 7 3, nummod 5 4, nsubj:pass 7 5, aux:pass 7 6,"
            + " acl:relcl 1 7, punct 1 8"
            + " | KILLING kill Life.Die.Unspecified: 5 TARGET, 1 PLACE",
        // "The prison where guards beat and killed two inmates .": the "where" of the first verb serves both
        "The/the/DT prison/prison/NN where/where/WRB guards/guard/NNS beat/beat/VBD and/and/CC"
            + " killed/kill/VBD two/two/CD inmates/inmate/NNS ././."
            + " | det 1 0, root -1 1, advmod 4 2, nsubj 4 3, nsubj 6 3, acl:relcl 1 4, cc 6 5, acl:relcl 1 6,"
            + " conj:and 4 6, nummod 8 7, obj 6 8, punct 1 9"
            + " | KILLING kill Life.Die.Unspecified: 3 AGENT, 8 TARGET, 1 PLACE",
        // "The day when two guards were killed .": a relative clause of time says when, not where
        "The/the/DT day/day/NN when/when/WRB two/two/CD guards/guard/NNS were/be/VBD killed/kill/VBN ././."
            + " | det 1 0, root -1 1, advmod 6 2, nummod 4 3, nsubj:pass 6 4, aux:pass 6 5, acl:relcl 1 6,"
            + " punct 1 7"
            + " | KILLING kill Life.Die.Unspecified: 4 TARGET",
      })
  void shouldTakeTheNounARelativeClauseOfPlaceHangsFromAsThePlace(String tokens, String edges, String expected) {
    // given
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    String described = sentence.described();

    // then
    assertThat(described).isEqualTo(expected);
  }
}
