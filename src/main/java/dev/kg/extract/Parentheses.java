package dev.kg.extract;

import dev.kg.nlp.AnnotatedText.Token;

/**
 * Which tokens are parentheses: CoreNLP's tokeniser may write them {@code -LRB-} and {@code -RRB-}.
 *
 * <pre>{@code
 * Parentheses.opens(token);  // true for "(" and "-LRB-"
 * }</pre>
 */
final class Parentheses {

  private Parentheses() {}

  static boolean opens(Token token) {
    return token.word().equals("(") || token.word().equals("-LRB-");
  }

  static boolean closes(Token token) {
    return token.word().equals(")") || token.word().equals("-RRB-");
  }
}
