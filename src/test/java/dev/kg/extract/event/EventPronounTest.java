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

/**
 * A personal pronoun that coreference left unattached, parsed by hand so that no CoreNLP model decides
 * whether coreference attaches it: the rule under test is only what the event extraction does then.
 */
class EventPronounTest {

  private static final Entity KIM = new Entity("person:kim", EntityType.PERSON, null, "Kim", List.of());
  private static final Entity PUTIN = new Entity("person:putin", EntityType.PERSON, null, "Putin", List.of());
  private static final Entity SHOIGU = new Entity("person:shoigu", EntityType.PERSON, null, "Shoigu", List.of());
  private static final Entity RUSSIA =
      new Entity("location:russia", EntityType.LOCATION, LocationKind.COUNTRY, "Russia", List.of());

  @Test
  void shouldTakeAnUnresolvedPronounForTheOnePersonItsSentenceNamedBefore() {
    // given "Kim 's visit to Russia , where he met Putin ." with no coreference for "he"
    HandParsed sentence = new HandParsed(
        "Kim/Kim/NNP/PERSON 's/'s/POS/O visit/visit/NN/O to/to/IN/O Russia/Russia/NNP/COUNTRY ,/,/,/O"
            + " where/where/WRB/O he/he/PRP/O met/meet/VBD/O Putin/Putin/NNP/PERSON ././.",
        "nmod:poss 2 0, case 0 1, root -1 2, case 4 3, nmod:to 2 4, punct 2 5, advmod 8 6, nsubj 8 7,"
            + " acl:relcl 2 8, obj 8 9, punct 2 10");

    // when
    List<Event> events = sentence.events(Map.of(0, KIM, 4, RUSSIA, 9, PUTIN));

    // then the traveller is the one who met: one occasion, a meeting in Russia
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::placeId)
        .containsExactly(tuple(
            "MEETING",
            List.of(new Event.Participant(KIM.id(), "agent"), new Event.Participant(PUTIN.id(), "participant")),
            RUSSIA.id()));
  }

  @Test
  void shouldLeaveAPronounUnresolvedWhenItsSentenceNamedTwoPeopleBefore() {
    // given "Kim 's visit to Putin 's Russia , where he met Shoigu .": "he" may be either
    HandParsed sentence = new HandParsed(
        "Kim/Kim/NNP/PERSON 's/'s/POS/O visit/visit/NN/O to/to/IN/O Putin/Putin/NNP/PERSON 's/'s/POS/O"
            + " Russia/Russia/NNP/COUNTRY ,/,/,/O where/where/WRB/O he/he/PRP/O met/meet/VBD/O"
            + " Shoigu/Shoigu/NNP/PERSON ././.",
        "nmod:poss 2 0, case 0 1, root -1 2, case 6 3, nmod:poss 6 4, case 4 5, nmod:to 2 6, punct 2 7,"
            + " advmod 10 8, nsubj 10 9, acl:relcl 2 10, obj 10 11, punct 2 12");

    // when
    List<Event> events = sentence.events(Map.of(0, KIM, 4, PUTIN, 6, RUSSIA, 11, SHOIGU));

    // then no one is said to have met Shoigu: the visit and the meeting stay apart
    assertThat(events)
        .extracting(Event::type, Event::participants)
        .containsExactly(
            tuple("VISIT", List.of(new Event.Participant(KIM.id(), "agent"))),
            tuple("MEETING", List.of(new Event.Participant(SHOIGU.id(), "participant"))));
  }
}
