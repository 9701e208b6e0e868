package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Event;
import dev.kg.extract.Evidence;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Relation;
import dev.kg.extract.Relation.Role;
import dev.kg.extract.DocumentExtraction.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WagingStatesTest {

  private static final Entity VELDANIA =
      new Entity("location:veldania", EntityType.LOCATION, LocationKind.COUNTRY, "Veldania", List.of());
  private static final Entity ORLEN =
      new Entity("location:orlen", EntityType.LOCATION, LocationKind.COUNTRY, "Orlen", List.of());
  private static final Entity RODAN = new Entity("person:rodan", EntityType.PERSON, null, "Rodan", List.of());

  /** "Veldanian President Rodan": Rodan holds a position in Veldania. */
  private static final Relation PRESIDENT = new Relation(Relation.HOLDS_POSITION, RODAN.id(), VELDANIA.id(), 0.9,
      new Evidence(0, 0, 30), new Span(25, 30), new Span(0, 9), new Role("President", "president", false),
      "title-of-place");

  @Test
  void shouldTakeAWarAPersonWagesForTheWarOfTheCountryHeHoldsAPositionIn() {
    // given "Veldanian President Rodan 's war in Orlen ended ."
    HandParsed sentence = new HandParsed(
        "Veldanian/Veldanian/JJ/NATIONALITY President/President/NNP/TITLE Rodan/Rodan/NNP/PERSON 's/'s/POS"
            + " war/war/NN in/in/IN Orlen/Orlen/NNP/COUNTRY ended/end/VBD ././.",
        "amod 1 0, compound 2 1, nmod:poss 4 2, case 2 3, nsubj 7 4, case 6 5, nmod:in 4 6, root -1 7, punct 7 8");

    // when
    List<Event> events = sentence.events(Map.of(0, VELDANIA, 2, RODAN, 6, ORLEN), List.of(PRESIDENT));

    // then Veldania wages the war beside its president
    assertThat(events).singleElement().satisfies(war -> {
      assertThat(war.type()).isEqualTo("ATTACK");
      assertThat(war.participants()).extracting(p -> p.entityId() + " " + p.role())
          .containsExactly("location:veldania agent", "person:rodan agent");
      assertThat(war.placeId()).isEqualTo(ORLEN.id());
    });
  }

  @Test
  void shouldLeaveAWarToThePersonWhenTheTextGivesHimNoPositionInACountry() {
    // given "Veldanian President Rodan 's war in Orlen ended ." where no relation was found
    HandParsed sentence = new HandParsed(
        "Veldanian/Veldanian/JJ/NATIONALITY President/President/NNP/TITLE Rodan/Rodan/NNP/PERSON 's/'s/POS"
            + " war/war/NN in/in/IN Orlen/Orlen/NNP/COUNTRY ended/end/VBD ././.",
        "amod 1 0, compound 2 1, nmod:poss 4 2, case 2 3, nsubj 7 4, case 6 5, nmod:in 4 6, root -1 7, punct 7 8");

    // when
    List<Event> events = sentence.events(Map.of(0, VELDANIA, 2, RODAN, 6, ORLEN), List.of());

    // then
    assertThat(events).singleElement().satisfies(war ->
        assertThat(war.participants()).extracting(p -> p.entityId() + " " + p.role())
            .containsExactly("person:rodan agent"));
  }

  @Test
  void shouldLeaveAnAttackOtherThanAWarToThePersonWhoMadeIt() {
    // given "Veldanian President Rodan 's attack on Orlen failed ."
    HandParsed sentence = new HandParsed(
        "Veldanian/Veldanian/JJ/NATIONALITY President/President/NNP/TITLE Rodan/Rodan/NNP/PERSON 's/'s/POS"
            + " attack/attack/NN on/on/IN Orlen/Orlen/NNP/COUNTRY failed/fail/VBD ././.",
        "amod 1 0, compound 2 1, nmod:poss 4 2, case 2 3, nsubj 7 4, case 6 5, nmod:on 4 6, root -1 7, punct 7 8");

    // when
    List<Event> events = sentence.events(Map.of(0, VELDANIA, 2, RODAN, 6, ORLEN), List.of(PRESIDENT));

    // then an attack may be his own words or deeds: Veldania is not said to make it
    assertThat(events).singleElement().satisfies(attack ->
        assertThat(attack.participants()).extracting(p -> p.entityId() + " " + p.role())
            .containsExactly("person:rodan agent", "location:orlen target"));
  }
}
