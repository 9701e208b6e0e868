package dev.kg.extract;

import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;

/** Tokens for tests of the rules that read tokens alone, written as a tagged sentence. */
final class WrittenTokens {

  private WrittenTokens() {}

  /** Tokens written {@code word_POS_NER}, separated by single spaces. */
  static List<Token> tokens(String sentence) {
    return tokens(sentence, 0);
  }

  /** The same, the first word at character {@code start} of a text that goes on before it. */
  static List<Token> tokens(String sentence, int start) {
    List<Token> tokens = new ArrayList<>();
    int offset = start;
    for (String written : sentence.split(" ")) {
      String[] parts = written.split("_");
      tokens.add(new Token(tokens.size(), parts[0], parts[0], parts[1], parts[2], offset, offset + parts[0].length()));
      offset += parts[0].length() + 1;
    }
    return tokens;
  }
}
