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

/** Which mentions of a document are one occasion, on sentences parsed by hand. */
class EventOccasionTest {

  @Test
  void shouldKeepAPluralOfOccasionsApartFromTheOneOccasionTold() {
    // given a city named twice, "Omar condemned attacks on Kabul and Lena condemned the raid on Kabul ."
    Entity kabul = new Entity("location:kabul", EntityType.LOCATION, LocationKind.CITY, "Kabul", List.of());
    HandParsed sentence = new HandParsed(
        "Omar/Omar/NNP/PERSON condemned/condemn/VBD attacks/attack/NNS on/on/IN Kabul/Kabul/NNP/CITY"
            + " and/and/CC Lena/Lena/NNP/PERSON condemned/condemn/VBD the/the/DT raid/raid/NN on/on/IN"
            + " Kabul/Kabul/NNP/CITY ././.",
        "nsubj 1 0, root -1 1, obj 1 2, case 4 3, nmod:on 2 4, cc 7 5, nsubj 7 6, conj:and 1 7, det 9 8,"
            + " obj 7 9, case 11 10, nmod:on 9 11, punct 1 12");

    // when
    List<Event> events = sentence.events(Map.of(4, kabul, 11, kabul));

    // then the attacks, several, are not the raid, one
    assertThat(events).filteredOn(e -> e.type().equals("ATTACK"))
        .extracting(e -> e.evidence().size(), e -> e.evidence().get(0).start())
        .containsExactly(tuple(1, 15), tuple(1, 55));
  }

  @Test
  void shouldKeepAnEventAVerbTellsStillToComeApartFromOneDone() {
    // given "Police jailed Omar and thieves will be jailed ." and, as a control, "... thieves were jailed ."
    Entity omar = new Entity("person:omar", EntityType.PERSON, null, "Omar", List.of());
    HandParsed toCome = new HandParsed(
        "Police/police/NNS jailed/jail/VBD Omar/Omar/NNP/PERSON and/and/CC thieves/thief/NNS will/will/MD"
            + " be/be/VB jailed/jail/VBN ././.",
        "nsubj 1 0, root -1 1, obj 1 2, cc 7 3, nsubj:pass 7 4, aux 7 5, aux:pass 7 6, conj:and 1 7, punct 1 8");
    HandParsed done = new HandParsed(
        "Police/police/NNS jailed/jail/VBD Omar/Omar/NNP/PERSON and/and/CC thieves/thief/NNS were/be/VBD"
            + " jailed/jail/VBN ././.",
        "nsubj 1 0, root -1 1, obj 1 2, cc 6 3, nsubj:pass 6 4, aux:pass 6 5, conj:and 1 6, punct 1 7");

    // when
    List<Event> apart = toCome.events(Map.of(2, omar));
    List<Event> joined = done.events(Map.of(2, omar));

    // then Omar's jailing is told by its own word alone where the thieves' is still to come, and by both
    // where both are done
    assertThat(apart).filteredOn(e -> e.type().equals("ARREST")).extracting(e -> e.evidence().size())
        .containsExactly(1);
    assertThat(joined).filteredOn(e -> e.type().equals("ARREST")).extracting(e -> e.evidence().size())
        .containsExactly(2);
  }
}
