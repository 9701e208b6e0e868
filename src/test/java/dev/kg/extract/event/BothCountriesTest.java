package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Event;
import dev.kg.extract.LocationKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which countries "both countries" stands for in an event, on sentences parsed by hand. */
class BothCountriesTest {

  private static final Entity NORWAY = country("Norway");
  private static final Entity CHILE = country("Chile");
  private static final Entity PERU = country("Peru");

  @Test
  void shouldGiveBothCountriesTheTwoCountriesJoinedBeforeIt() {
    // given "Peru backs Norway and Chile as both countries face sanctions .": three countries named once each
    HandParsed sentence = new HandParsed(
        "Peru/Peru/NNP/COUNTRY backs/back/VBZ Norway/Norway/NNP/COUNTRY and/and/CC Chile/Chile/NNP/COUNTRY"
            + " as/as/IN both/both/DT countries/country/NNS face/face/VBP sanctions/sanction/NNS ././.",
        "nsubj 1 0, root -1 1, obj 1 2, cc 4 3, conj:and 2 4, obj 1 4, mark 8 5, det 7 6, nsubj 8 7,"
            + " advcl:as 1 8, obj 8 9, punct 1 10");

    // when
    List<Event> events = sentence.events(Map.of(0, PERU, 2, NORWAY, 4, CHILE));

    // then
    assertThat(events)
        .extracting(Event::type, Event::participants)
        .containsExactly(tuple("SANCTION", List.of(
            new Event.Participant(CHILE.id(), "target"), new Event.Participant(NORWAY.id(), "target"))));
  }

  @Test
  void shouldGiveTheTwoNationsTheTwoCountriesJoinedBeforeIt() {
    // given "Norway and Chile trade as the two nations face sanctions ."
    HandParsed sentence = new HandParsed(
        "Norway/Norway/NNP/COUNTRY and/and/CC Chile/Chile/NNP/COUNTRY trade/trade/VBP as/as/IN the/the/DT"
            + " two/two/CD nations/nation/NNS face/face/VBP sanctions/sanction/NNS ././.",
        "nsubj 3 0, cc 2 1, conj:and 0 2, nsubj 3 2, root -1 3, mark 8 4, det 7 5, nummod 7 6, nsubj 8 7,"
            + " advcl:as 3 8, obj 8 9, punct 3 10");

    // when
    List<Event> events = sentence.events(Map.of(0, NORWAY, 2, CHILE));

    // then
    assertThat(events)
        .extracting(Event::type, Event::participants)
        .containsExactly(tuple("SANCTION", List.of(
            new Event.Participant(CHILE.id(), "target"), new Event.Participant(NORWAY.id(), "target"))));
  }

  @Test
  void shouldLeaveBothCountriesUnnamedWhereThreeCountriesAreJoinedAndNamedAsOften() {
    // given "Norway , Chile and Peru trade as both countries face sanctions ."
    HandParsed sentence = new HandParsed(
        "Norway/Norway/NNP/COUNTRY ,/,/, Chile/Chile/NNP/COUNTRY and/and/CC Peru/Peru/NNP/COUNTRY trade/trade/VBP"
            + " as/as/IN both/both/DT countries/country/NNS face/face/VBP sanctions/sanction/NNS ././.",
        "nsubj 5 0, punct 2 1, conj:and 0 2, cc 4 3, conj:and 0 4, root -1 5, mark 9 6, det 8 7, nsubj 9 8,"
            + " advcl:as 5 9, obj 9 10, punct 5 11");

    // when
    List<Event> events = sentence.events(Map.of(0, NORWAY, 2, CHILE, 4, PERU));

    // then: the sanctions name no one, and an event naming no one is not reported
    assertThat(events).isEmpty();
  }

  @Test
  void shouldGiveBothCountriesTheTwoCountriesTheDocumentNamesMostWhereItJoinsNone() {
    // given "Chile 's envoy met Norway 's envoy in Chile as both countries face sanctions ."
    HandParsed sentence = new HandParsed(
        "Chile/Chile/NNP/COUNTRY 's/'s/POS envoy/envoy/NN met/meet/VBD Norway/Norway/NNP/COUNTRY 's/'s/POS"
            + " envoy/envoy/NN in/in/IN Chile/Chile/NNP/COUNTRY as/as/IN both/both/DT countries/country/NNS"
            + " face/face/VBP sanctions/sanction/NNS ././.",
        "nmod:poss 2 0, case 0 1, nsubj 3 2, root -1 3, nmod:poss 6 4, case 4 5, obj 3 6, case 8 7, obl:in 3 8,"
            + " mark 12 9, det 11 10, nsubj 12 11, advcl:as 3 12, obj 12 13, punct 3 14");

    // when
    List<Event> events = sentence.events(Map.of(0, CHILE, 4, NORWAY, 8, CHILE));

    // then
    assertThat(events)
        .filteredOn(e -> e.type().equals("SANCTION"))
        .extracting(Event::participants)
        .containsExactly(List.of(
            new Event.Participant(CHILE.id(), "target"), new Event.Participant(NORWAY.id(), "target")));
  }

  private static Entity country(String name) {
    return new Entity("location:" + name.toLowerCase(), EntityType.LOCATION, LocationKind.COUNTRY, name, List.of());
  }
}
