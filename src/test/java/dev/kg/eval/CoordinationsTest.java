package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.event.EventMention;
import dev.kg.extract.event.EventMention.Argument;
import dev.kg.extract.event.EventRole;
import dev.kg.extract.event.EventTense;
import dev.kg.extract.event.EventType;
import dev.kg.nlp.AnnotatedText.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinationsTest {

  @Test
  void shouldWriteACoordinationInOneRoleOnceForRams() {
    // given "Strikes by Orlen and Veldania hit the port .", both countries attackers, as the enhanced++
    // parse gives them
    Sentence sentence = HandParsedSentence.of(
        "Strikes by Orlen and Veldania hit the port .",
        "nsubj 5 0, case 2 1, nmod:by 0 2, cc 4 3, conj:and 2 4, nmod:by 0 4, root -1 5, det 7 6, obj 5 7");
    Argument orlen = new Argument(2, EventRole.AGENT, "location:orlen");
    Argument veldania = new Argument(4, EventRole.AGENT, "location:veldania");
    Argument port = new Argument(7, EventRole.TARGET, null);
    EventMention strikes = mention(EventType.ATTACK, "strike", List.of(orlen, veldania, port));

    // when
    List<Argument> later = strikes.arguments().stream()
        .filter(a -> Coordinations.laterConjunct(sentence, strikes, a)).toList();

    // then Veldania is in the span that Orlen's head stands for
    assertThat(later).containsExactly(veldania);
  }

  @Test
  void shouldWriteEachParticipantOfAMeeting() {
    // given "Orlen and Veldania met .": RAMS has two participant slots for a meeting
    Sentence sentence = HandParsedSentence.of(
        "Orlen and Veldania met .", "nsubj 3 0, cc 2 1, conj:and 0 2, nsubj 3 2, root -1 3");
    Argument orlen = new Argument(0, EventRole.AGENT, "location:orlen");
    Argument veldania = new Argument(2, EventRole.AGENT, "location:veldania");
    EventMention meeting = mention(EventType.MEETING, "meet", List.of(orlen, veldania));

    // when
    boolean later = Coordinations.laterConjunct(sentence, meeting, veldania);

    // then
    assertThat(later).isFalse();
  }

  private static EventMention mention(EventType type, String lemma, List<Argument> arguments) {
    return new EventMention(0, 0, type, lemma, arguments, null, 0.5, EventTense.HAPPENED);
  }
}
