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

class ArmedForcesTest {

  private static final Entity VELDANIA =
      new Entity("location:veldania", EntityType.LOCATION, LocationKind.COUNTRY, "Veldania", List.of());

  /** "Veldanian forces captured two smugglers ." */
  private static HandParsed capture() {
    return new HandParsed(
        "Veldanian/Veldanian/JJ/NATIONALITY forces/force/NNS captured/capture/VBD two/two/CD/NUMBER"
            + " smugglers/smuggler/NNS ././.",
        "amod 1 0, nsubj 2 1, root -1 2, nummod 4 3, obj 2 4, punct 2 5");
  }

  @Test
  void shouldTakeForcesNamedByAPeoplesAdjectiveForTheirCountry() {
    // given "Veldanian forces captured two smugglers ."
    HandParsed sentence = capture();

    // when
    List<Event> events = sentence.events(Map.of(0, VELDANIA));

    // then Veldania made the arrest, and the smugglers it captured stay unnamed
    assertThat(events).singleElement().satisfies(capture -> {
      assertThat(capture.type()).isEqualTo("ARREST");
      assertThat(capture.participants()).extracting(p -> p.entityId() + " " + p.role())
          .containsExactly("location:veldania agent");
      assertThat(capture.unnamed()).extracting(u -> u.role() + " " + u.words())
          .containsExactly("target two smugglers");
    });
  }

  @Test
  void shouldKeepTheHeadOfForcesThatActForTheirCountry() {
    // given "Veldanian forces captured two smugglers ."
    HandParsed sentence = capture();

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, VELDANIA));

    // then the agent is still the word "forces", which the annotated sets mark, standing for Veldania
    assertThat(mentions).singleElement().satisfies(capture ->
        assertThat(capture.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
            .containsExactly(tuple(1, EventRole.AGENT, VELDANIA.id()), tuple(4, EventRole.TARGET, null)));
  }

  @Test
  void shouldNotTakeOtherPeopleNamedByTheirAdjectiveForTheirCountry() {
    // given "Veldanian smugglers attacked a convoy ."
    HandParsed sentence = new HandParsed(
        "Veldanian/Veldanian/JJ/NATIONALITY smugglers/smuggler/NNS attacked/attack/VBD a/a/DT"
            + " convoy/convoy/NN ././.",
        "amod 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, VELDANIA));

    // then smugglers act for no state: the attack names no one
    assertThat(mentions).singleElement().satisfies(attack ->
        assertThat(attack.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
            .containsExactly(tuple(1, EventRole.AGENT, null), tuple(4, EventRole.TARGET, null)));
  }

  @Test
  void shouldTakeTheCountryOfDeployedTroopsAsWhoDeployedThem() {
    // given "The deployment of Veldanian troops worried Orlen ."
    Entity orlen = new Entity("location:orlen", EntityType.LOCATION, LocationKind.COUNTRY, "Orlen", List.of());
    HandParsed sentence = new HandParsed(
        "The/the/DT deployment/deployment/NN of/of/IN Veldanian/Veldanian/JJ/NATIONALITY troops/troops/NNS"
            + " worried/worry/VBD Orlen/Orlen/NNP/COUNTRY ././.",
        "det 1 0, nsubj 5 1, case 4 2, amod 4 3, nmod:of 1 4, root -1 5, obj 5 6, punct 5 7");

    // when
    List<Event> events = sentence.events(Map.of(3, VELDANIA, 6, orlen));

    // then
    assertThat(events).singleElement().satisfies(deployment -> {
      assertThat(deployment.type()).isEqualTo("MILITARY_DEPLOYMENT");
      assertThat(deployment.participants()).extracting(p -> p.entityId() + " " + p.role())
          .containsExactly("location:veldania agent");
      assertThat(deployment.unnamed()).extracting(u -> u.role() + " " + u.words())
          .containsExactly("object Veldanian troops");
    });
  }

  @Test
  void shouldTakeSendingSoldiersForADeployment() {
    // given "Veldania dispatched thousands of soldiers to the border ."
    HandParsed sentence = new HandParsed(
        "Veldania/Veldania/NNP/COUNTRY dispatched/dispatch/VBD thousands/thousand/NNS of/of/IN"
            + " soldiers/soldier/NNS to/to/IN the/the/DT border/border/NN ././.",
        "nsubj 1 0, root -1 1, obj 1 2, case 4 3, nmod:of 2 4, case 7 5, det 7 6, obl:to 1 7, punct 1 8");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, VELDANIA));

    // then
    assertThat(mentions).singleElement().satisfies(deployment -> {
      assertThat(deployment.type()).isEqualTo(EventType.MILITARY_DEPLOYMENT);
      assertThat(deployment.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
          .contains(tuple(0, EventRole.AGENT, VELDANIA.id()), tuple(2, EventRole.OBJECT, null));
    });
  }

  @Test
  void shouldNotTakeSendingAThingForADeployment() {
    // given "Veldania sent a letter to the council ."
    HandParsed sentence = new HandParsed(
        "Veldania/Veldania/NNP/COUNTRY sent/send/VBD a/a/DT letter/letter/NN to/to/IN the/the/DT"
            + " council/council/NN ././.",
        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 6 4, det 6 5, obl:to 1 6, punct 1 7");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, VELDANIA));

    // then
    assertThat(mentions).isEmpty();
  }
}
