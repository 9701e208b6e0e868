package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedText.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativePronounsTest {

  // "The mayor , who died on Sunday , was buried in Tarnow ." as the enhanced++ parse gives it: the
  // antecedent is the subject of "died", with a ref edge to "who".
  private static final Sentence DIED = HandParsedSentence.of(
      "The mayor , who died on Sunday , was buried in Tarnow .",
      "det 1 0, nsubj:pass 9 1, ref 1 3, acl:relcl 1 4, nsubj 4 1, obl:on 4 6, aux:pass 9 8, root -1 9, obl:in 9 11");

  // "Farmers who staged protests were arrested ." : the trigger "protests" is the object of the
  // relative clause's verb.
  private static final Sentence STAGED = HandParsedSentence.of(
      "Farmers who staged protests were arrested .",
      "nsubj:pass 5 0, ref 0 1, acl:relcl 0 2, nsubj 2 0, obj 2 3, aux:pass 5 4, root -1 5");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // the mayor, kg's victim of "died": WikiEvents marks "who"
    "victim of the verb of the relative clause, DIED, 1, 4, 3",
    // the farmers, kg's demonstrators of "protests", the object of the clause's verb: "who"
    "agent of the object of the verb, STAGED, 0, 3, 1",
    // the mayor as what "buried" acts on, outside the relative clause: the mayor
    "trigger outside the relative clause, DIED, 1, 9, 1",
    // Tarnow, which no relative pronoun stands for: Tarnow
    "no relative pronoun, DIED, 11, 9, 11"
  })
  void shouldWriteTheRelativePronounOfTheClauseThatHoldsTheTrigger(
      String description, String sentence, int argument, int trigger, int expected) {
    // given
    Sentence parse = sentence.equals("DIED") ? DIED : STAGED;

    // when
    int written = RelativePronouns.asWritten(parse, argument, trigger);

    // then
    assertThat(written).isEqualTo(expected);
  }
}
