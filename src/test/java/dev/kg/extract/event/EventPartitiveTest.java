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

/**
 * Whom an event befell where a number takes a part of a group ("two of the rebels"), on sentences
 * parsed by hand as CoreNLP's enhanced parse gives them: the number heads the phrase and the group
 * hangs from it by {@code nmod:of}.
 */
class EventPartitiveTest {

  @Test
  void shouldTakeTheGroupANumberTakesAPartOfAsWhomTheEventBefell() {
    // given "Two of the rebels were killed in Orlova ."
    Entity orlova = new Entity("location:orlova", EntityType.LOCATION, LocationKind.CITY, "Orlova", List.of());
    HandParsed sentence = new HandParsed(
        "Two/two/CD/NUMBER of/of/IN the/the/DT rebels/rebel/NNS were/be/VBD killed/kill/VBN in/in/IN"
            + " Orlova/Orlova/NNP/CITY ././.",
        "nsubj:pass 5 0, case 3 1, det 3 2, nmod:of 0 3, aux:pass 5 4, root -1 5, case 7 6, obl:in 5 7,"
            + " punct 5 8");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(7, orlova));
    List<Event> events = sentence.events(Map.of(7, orlova));

    // then the rebels are whom the killing befell, and the graph's words keep how many of them
    assertThat(mentions).singleElement().satisfies(death -> {
      assertThat(death.type()).isEqualTo(EventType.KILLING);
      assertThat(death.arguments()).extracting(Argument::head, Argument::role)
          .containsExactly(tuple(3, EventRole.TARGET), tuple(7, EventRole.PLACE));
    });
    assertThat(events).singleElement().satisfies(death ->
        assertThat(death.unnamed()).extracting(u -> u.role() + " " + u.words())
            .containsExactly("target Two of the rebels"));
  }

  @Test
  void shouldTakeANamedGroupANumberTakesAPartOfAsTheParticipant() {
    // given "Police detained three of the Falcons .", the Falcons a named group
    Entity falcons = new Entity("organization:falcons", EntityType.ORGANIZATION, null, "Falcons", List.of());
    HandParsed sentence = new HandParsed(
        "Police/police/NNS detained/detain/VBD three/three/CD/NUMBER of/of/IN the/the/DT"
            + " Falcons/Falcons/NNPS/ORGANIZATION ././.",
        "nsubj 1 0, root -1 1, obj 1 2, case 5 3, det 5 4, nmod:of 2 5, punct 1 6");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(5, falcons));

    // then the police held members of the Falcons
    assertThat(mentions).singleElement().satisfies(arrest -> {
      assertThat(arrest.type()).isEqualTo(EventType.ARREST);
      assertThat(arrest.arguments()).extracting(Argument::head, Argument::role, Argument::entityId)
          .containsExactly(tuple(0, EventRole.AGENT, null), tuple(5, EventRole.TARGET, falcons.id()));
    });
  }

  @Test
  void shouldKeepTheNumberWhereItsOfPhraseHasNoNoun() {
    // given "Two of the wounded died .", the parse making the article the head of the "of" phrase and
    // the participle a clause of the number
    HandParsed sentence = new HandParsed(
        "Two/two/CD/NUMBER of/of/IN the/the/DT wounded/wound/VBN died/die/VBD ././.",
        "nsubj 4 0, case 2 1, nmod:of 0 2, acl 0 3, root -1 4, punct 4 5");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of());

    // then the two died, not "the"
    assertThat(mentions).filteredOn(m -> m.type() == EventType.KILLING).singleElement()
        .satisfies(death -> assertThat(death.arguments()).extracting(Argument::head, Argument::role)
            .containsExactly(tuple(0, EventRole.TARGET)));
  }
}
