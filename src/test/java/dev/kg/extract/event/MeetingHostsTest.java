package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.event.EventMention.Argument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who holds meetings a clause tells as what went with it ("with meetings with X"), on sentences parsed
 * by hand so that the rule under test is only what the event extraction does with the parse it is given.
 */
class MeetingHostsTest {

  private static final Entity LENA = new Entity("person:lena-holm", EntityType.PERSON, null, "Lena Holm", List.of());
  private static final Entity BERG = new Entity("person:nils-berg", EntityType.PERSON, null, "Nils Berg", List.of());

  @Test
  void shouldGiveMeetingsThatWentWithAVisitToTheOneWhoseVisitItIs() {
    // given "Holm 's first visit to Oslo was in May , with later meetings with Berg ."
    HandParsed sentence = new HandParsed(
        "Holm/Holm/NNP/PERSON 's/'s/POS first/first/JJ visit/visit/NN to/to/IN Oslo/Oslo/NNP/CITY was/be/VBD"
            + " in/in/IN May/May/NNP/DATE ,/,/, with/with/IN later/later/JJ meetings/meeting/NNS with/with/IN"
            + " Berg/Berg/NNP/PERSON ././.",
        "nmod:poss 3 0, case 0 1, amod 3 2, nsubj 8 3, case 5 4, nmod:to 3 5, cop 8 6, case 8 7, root -1 8,"
            + " punct 8 9, case 12 10, amod 12 11, obl:with 8 12, case 14 13, nmod:with 12 14, punct 8 15");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, LENA, 14, BERG));

    // then Holm met Berg
    assertThat(mentions).filteredOn(m -> m.type() == EventType.MEETING).singleElement()
        .satisfies(meeting -> assertThat(meeting.arguments())
            .extracting(Argument::head, Argument::role, Argument::entityId)
            .containsExactlyInAnyOrder(
                tuple(14, EventRole.PARTICIPANT, BERG.id()), tuple(0, EventRole.AGENT, LENA.id())));
  }

  @Test
  void shouldGiveMeetingsThatWentWithAClauseToItsSubject() {
    // given "Holm was in Oslo in May , with talks with Berg ."
    HandParsed sentence = new HandParsed(
        "Holm/Holm/NNP/PERSON was/be/VBD in/in/IN Oslo/Oslo/NNP/CITY in/in/IN May/May/NNP/DATE ,/,/,"
            + " with/with/IN talks/talk/NNS with/with/IN Berg/Berg/NNP/PERSON ././.",
        "nsubj 3 0, cop 3 1, case 3 2, root -1 3, case 5 4, obl:in 3 5, punct 3 6, case 8 7, obl:with 3 8,"
            + " case 10 9, nmod:with 8 10, punct 3 11");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, LENA, 10, BERG));

    // then Holm held the talks with Berg
    assertThat(mentions).filteredOn(m -> m.type() == EventType.MEETING).singleElement()
        .satisfies(talks -> assertThat(talks.arguments())
            .extracting(Argument::head, Argument::role, Argument::entityId)
            .contains(tuple(0, EventRole.AGENT, LENA.id()), tuple(10, EventRole.PARTICIPANT, BERG.id())));
  }

  @Test
  void shouldGiveMeetingsThatWentWithAnOccasionNoOnesToNoOne() {
    // given "The summit ended in May , with meetings with Berg .": a summit is no one's
    HandParsed sentence = new HandParsed(
        "The/the/DT summit/summit/NN ended/end/VBD in/in/IN May/May/NNP/DATE ,/,/, with/with/IN"
            + " meetings/meeting/NNS with/with/IN Berg/Berg/NNP/PERSON ././.",
        "det 1 0, nsubj 2 1, root -1 2, case 4 3, obl:in 2 4, punct 2 5, case 7 6, obl:with 2 7, case 9 8,"
            + " nmod:with 7 9, punct 2 10");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(9, BERG));

    // then the meetings are with Berg, held by no one named
    assertThat(mentions).filteredOn(m -> m.lemma().equals("meeting")).singleElement()
        .satisfies(meeting -> assertThat(meeting.arguments())
            .extracting(Argument::head, Argument::role)
            .containsExactly(tuple(9, EventRole.PARTICIPANT)));
  }
}
