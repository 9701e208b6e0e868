package dev.kg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ClauseLink} on a parse written by hand, the shape CoreNLP gives a wiki list read as one sentence. */
class ClauseLinkTest {

  private static final List<String> WORDS =
      List.of("Hale", "#", "Berg", "#", "Lund", "#", "Moe", "#", "Dahl", "#", "Holm", "#", "Vik", "#", "Ek", "of", "Acme");

  @Test
  void shouldJoinTwoNamesOfAChainOfDependentsOnlyWithinSixEdges() {
    // given "Hale # Berg # ... # Ek of Acme", each name a dep of the one before it, Acme Ek's nmod:of
    List<Dependency> edges = new ArrayList<>();
    edges.add(new Dependency("root", -1, 0));
    for (int name = 2; name <= 14; name += 2) {
      edges.add(new Dependency("punct", name - 2, name - 1));
      edges.add(new Dependency("dep", name - 2, name));
    }
    edges.add(new Dependency("case", 16, 15));
    edges.add(new Dependency("nmod:of", 14, 16));
    String text = String.join(" ", WORDS);
    ParsedSentence sentence = new ParsedSentence(text, new Sentence(0, 0, text.length(), tokens(), edges));

    // when / then: Ek is one edge from Acme, Lund six, Berg seven
    assertThat(ClauseLink.joins(sentence, span(text, "Ek"), span(text, "Acme"))).isTrue();
    assertThat(ClauseLink.joins(sentence, span(text, "Lund"), span(text, "Acme"))).isTrue();
    assertThat(ClauseLink.joins(sentence, span(text, "Berg"), span(text, "Acme"))).isFalse();
  }

  private static List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < WORDS.size(); i++) {
      String word = WORDS.get(i);
      String pos = word.equals("#") ? "NN" : word.equals("of") ? "IN" : "NNP";
      tokens.add(new Token(i, word, word, pos, "O", offset, offset + word.length()));
      offset += word.length() + 1;
    }
    return tokens;
  }

  private static Span span(String text, String word) {
    int start = text.indexOf(word);
    return new Span(start, start + word.length());
  }
}
