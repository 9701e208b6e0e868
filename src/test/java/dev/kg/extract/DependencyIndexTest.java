package dev.kg.extract;

import static dev.kg.extract.WrittenTokens.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyIndexTest {

  @Test
  void shouldTellWhetherAWordOfASpanHangsFromAWordOutsideIt() {
    // given: "the Brenford Council said", the council the verb's subject
    List<Token> tokens = tokens("the_DT_O Brenford_NNP_ORGANIZATION Council_NNP_ORGANIZATION said_VBD_O");
    DependencyIndex parse = new DependencyIndex(new Sentence(0, 0, tokens.get(3).end(), tokens, List.of(
        new Dependency("det", 2, 0),
        new Dependency("compound", 2, 1),
        new Dependency("nsubj", 3, 2),
        new Dependency("root", -1, 3))));

    // when / then
    assertThat(parse.hangsFromOutside(1, 3, edge -> edge.relation().equals("nsubj"))).isTrue();
    assertThat(parse.hangsFromOutside(1, 3, edge -> edge.relation().equals("compound"))).isFalse();
    assertThat(parse.hangsFromOutside(1, 2, edge -> edge.relation().equals("compound"))).isTrue();
    assertThat(parse.hangsFromOutside(3, 4, edge -> true)).isFalse();
  }
}
