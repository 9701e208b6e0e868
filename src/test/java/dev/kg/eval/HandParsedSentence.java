package dev.kg.eval;

import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence parsed by hand for tests that need a parse without CoreNLP: its words split on spaces, each
 * tagged NN and O, and its edges written "relation governor dependent", comma-separated.
 *
 * <pre>{@code
 * Sentence sentence = HandParsedSentence.of("Orlen and Veldania met .", "nsubj 3 0, cc 2 1, conj:and 0 2, root -1 3");
 * }</pre>
 */
final class HandParsedSentence {

  private HandParsedSentence() {}

  static Sentence of(String text, String edges) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], words[i].toLowerCase(), "NN", "O", offset, offset + words[i].length()));
      offset += words[i].length() + 1;
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (String edge : edges.split(", ")) {
      String[] parts = edge.split(" ");
      dependencies.add(new Dependency(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    }
    return new Sentence(0, 0, offset - 1, tokens, dependencies);
  }
}
