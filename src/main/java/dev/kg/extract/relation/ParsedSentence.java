package dev.kg.extract.relation;

import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One sentence with its dependency edges indexed both ways, so patterns can walk from a token to
 * its head and its dependents.
 */
final class ParsedSentence {

  private final String text;
  private final Sentence sentence;
  private final List<List<Dependency>> dependents;
  private final List<List<Dependency>> heads;

  /** @param text the document text the sentence's offsets point into */
  ParsedSentence(String text, Sentence sentence) {
    this.text = text;
    this.sentence = sentence;
    int size = sentence.tokens().size();
    dependents = new ArrayList<>(size);
    heads = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      dependents.add(new ArrayList<>());
      heads.add(new ArrayList<>());
    }
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() >= 0 && edge.governor() < size && edge.dependent() < size) {
        dependents.get(edge.governor()).add(edge);
        heads.get(edge.dependent()).add(edge);
      }
    }
  }

  int index() {
    return sentence.index();
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** The document text in {@code [start, end)}. */
  String text(int start, int end) {
    return text.substring(start, end);
  }

  /** The sentence's character span start. */
  int start() {
    return sentence.start();
  }

  int end() {
    return sentence.end();
  }

  /** Edges from {@code governor} to its dependents. */
  List<Dependency> dependents(int governor) {
    return dependents.get(governor);
  }

  /** Edges from the heads of {@code dependent} to it (enhanced++ graphs give some tokens several). */
  List<Dependency> heads(int dependent) {
    return heads.get(dependent);
  }

  /** The dependents of {@code governor} whose relation matches. */
  List<Integer> dependents(int governor, Predicate<String> relation) {
    return dependents.get(governor).stream()
        .filter(edge -> relation.test(edge.relation()))
        .map(Dependency::dependent)
        .toList();
  }

  /** The first head of {@code dependent} whose relation matches. */
  Optional<Dependency> head(int dependent, Predicate<String> relation) {
    return heads.get(dependent).stream().filter(edge -> relation.test(edge.relation())).findFirst();
  }

  /** The token's word in lower case. */
  String lower(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }
}
