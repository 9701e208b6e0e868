package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativePronounsTest {

  // "The mayor , who died on Sunday , was buried in Tarnow ." as the enhanced++ parse gives it: the
  // antecedent is the subject of "died", with a ref edge to "who".
  private static final Sentence DIED = sentence(
      "The mayor , who died on Sunday , was buried in Tarnow .",
      List.of(
          new Dependency("det", 1, 0),
          new Dependency("nsubj:pass", 9, 1),
          new Dependency("ref", 1, 3),
          new Dependency("acl:relcl", 1, 4),
          new Dependency("nsubj", 4, 1),
          new Dependency("obl:on", 4, 6),
          new Dependency("aux:pass", 9, 8),
          new Dependency("root", -1, 9),
          new Dependency("obl:in", 9, 11)));

  // "Farmers who staged protests were arrested ." : the trigger "protests" is the object of the
  // relative clause's verb.
  private static final Sentence STAGED = sentence(
      "Farmers who staged protests were arrested .",
      List.of(
          new Dependency("nsubj:pass", 5, 0),
          new Dependency("ref", 0, 1),
          new Dependency("acl:relcl", 0, 2),
          new Dependency("nsubj", 2, 0),
          new Dependency("obj", 2, 3),
          new Dependency("aux:pass", 5, 4),
          new Dependency("root", -1, 5)));

  @Test
  void shouldWriteTheRelativePronounOfTheTriggersOwnClause() {
    // given the mayor, kg's victim of "died"
    // when
    int written = RelativePronouns.asWritten(DIED, 1, 4);

    // then WikiEvents marks "who"
    assertThat(written).isEqualTo(3);
  }

  @Test
  void shouldReachTheClauseFromANounTheClausesVerbTakes() {
    // given the farmers, kg's demonstrators of "protests"
    // when
    int written = RelativePronouns.asWritten(STAGED, 0, 3);

    // then
    assertThat(written).isEqualTo(1);
  }

  @Test
  void shouldKeepTheAntecedentForATriggerOutsideTheRelativeClause() {
    // given the mayor as what "buried" acts on: the main clause names him, not "who"
    // when
    int written = RelativePronouns.asWritten(DIED, 1, 9);

    // then
    assertThat(written).isEqualTo(1);
  }

  @Test
  void shouldKeepAnArgumentWithoutARelativePronoun() {
    // given Tarnow, which no relative pronoun stands for
    // when
    int written = RelativePronouns.asWritten(DIED, 11, 9);

    // then
    assertThat(written).isEqualTo(11);
  }

  private static Sentence sentence(String text, List<Dependency> dependencies) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], words[i].toLowerCase(), "NN", "O", offset, offset + words[i].length()));
      offset += words[i].length() + 1;
    }
    return new Sentence(0, 0, offset - 1, tokens, dependencies);
  }
}
