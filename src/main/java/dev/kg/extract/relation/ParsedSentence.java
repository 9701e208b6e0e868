package dev.kg.extract.relation;

import dev.kg.extract.DependencyIndex;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Mention;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One sentence with its dependency edges indexed both ways ({@link DependencyIndex}) and the document
 * text its offsets point into, so patterns can walk the parse and quote the words they found.
 */
final class ParsedSentence {

  private final String text;
  private final DependencyIndex parse;

  /** @param text the document text the sentence's offsets point into */
  ParsedSentence(String text, Sentence sentence) {
    this.text = text;
    this.parse = new DependencyIndex(sentence);
  }

  int index() {
    return parse.sentence().index();
  }

  int size() {
    return parse.size();
  }

  Token token(int i) {
    return parse.token(i);
  }

  List<Token> tokens() {
    return parse.sentence().tokens();
  }

  /** The document text in {@code [start, end)}. */
  String text(int start, int end) {
    return text.substring(start, end);
  }

  /** The sentence's character span start. */
  int start() {
    return parse.sentence().start();
  }

  int end() {
    return parse.sentence().end();
  }

  /** Edges from {@code governor} to its dependents. */
  List<Dependency> dependents(int governor) {
    return parse.dependents(governor);
  }

  /** Edges from the heads of {@code dependent} to it (enhanced++ graphs give some tokens several). */
  List<Dependency> heads(int dependent) {
    return parse.heads(dependent);
  }

  /** The dependents of {@code governor} whose relation matches. */
  List<Integer> dependents(int governor, Predicate<String> relation) {
    return parse.dependents(governor, relation);
  }

  /** The first head of {@code dependent} whose relation matches. */
  Optional<Dependency> head(int dependent, Predicate<String> relation) {
    return parse.head(dependent, relation);
  }

  /** See {@link DependencyIndex#negated}. */
  boolean negated(int head) {
    return parse.negated(head);
  }

  /**
   * The noun a relative clause opened by "where" says {@code verb} happens at: "Minnesota" in "northern
   * Minnesota, where she was born and grew up", so that a verb of birth, residence or seat reads its
   * place there as it reads one after "in" ({@link DependencyIndex#relativePlace}).
   */
  Optional<Integer> whereAntecedent(int verb) {
    return parse.relativePlace(verb);
  }

  /**
   * The noun a partitive "one of" stands for, where the parser makes "one" the head and the plural noun
   * its "of" phrase: "producers" for "One" in "One of China's major producers, Anhui", so that a
   * description or a predicate reads the plural noun and its modifiers as it reads "a producer of China"
   * (elsewhere the parser hangs "one of" on the noun as a quantifier, and the noun is read already).
   * {@code token} itself when it is no such "one".
   */
  int partitiveNoun(int token) {
    if (token < 0 || !lower(token).equals("one")) {
      return token;
    }
    return dependents(token, r -> r.equals("nmod:of")).stream()
        .filter(noun -> noun > token && (token(noun).pos().equals("NNS") || token(noun).pos().equals("NNPS")))
        .findFirst()
        .orElse(token);
  }

  /** The token's word in lower case. */
  String lower(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  /** The first token of {@code mention}, a mention of this sentence: the first token ending after its start. */
  int firstToken(Mention mention) {
    for (int i = 0; i < size(); i++) {
      if (token(i).end() > mention.start()) {
        return i;
      }
    }
    return size() - 1;
  }

  /** The last token of {@code mention}, a mention of this sentence: the last token starting before its end. */
  int lastToken(Mention mention) {
    for (int i = size() - 1; i >= 0; i--) {
      if (token(i).start() < mention.end()) {
        return i;
      }
    }
    return 0;
  }

  /** The head word of {@code span}, a span of this sentence: its first word whose heads all lie outside it. */
  int headWord(Span span) {
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      if (token(i).end() > span.start() && token(i).start() < span.end()) {
        words.add(i);
      }
    }
    for (int word : words) {
      if (heads(word).stream().noneMatch(edge -> words.contains(edge.governor()))) {
        return word;
      }
    }
    return words.get(words.size() - 1);
  }
}
