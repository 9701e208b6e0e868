package dev.kg.extract;

import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One sentence's dependency edges indexed both ways, so the relation and event patterns can walk from
 * a token to its heads and to its dependents. The root edge is left out: it has no head token.
 *
 * <pre>{@code
 * DependencyIndex parse = new DependencyIndex(sentence);
 * parse.dependents(verb, relation -> relation.startsWith("nsubj"));  // the verb's subjects
 * parse.head(noun, "obj"::equals);                                  // the verb the noun is object of
 * }</pre>
 */
public final class DependencyIndex {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

  private final Sentence sentence;
  private final List<List<Dependency>> dependents;
  private final List<List<Dependency>> heads;

  public DependencyIndex(Sentence sentence) {
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

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return sentence.tokens().size();
  }

  public Token token(int index) {
    return sentence.tokens().get(index);
  }

  /** Edges from {@code governor} to its dependents. */
  public List<Dependency> dependents(int governor) {
    return dependents.get(governor);
  }

  /** Edges from the heads of {@code dependent} to it (enhanced++ graphs give some tokens several). */
  public List<Dependency> heads(int dependent) {
    return heads.get(dependent);
  }

  /** The dependents of {@code governor} whose relation matches. */
  public List<Integer> dependents(int governor, Predicate<String> relation) {
    return dependents.get(governor).stream()
        .filter(edge -> relation.test(edge.relation()))
        .map(Dependency::dependent)
        .toList();
  }

  /**
   * Whether a word is negated ("did not claim", "never killed"), quantified away ("no group") or
   * introduced by "without" ("left without paying", "surrendered without a fight"): the clause or
   * phrase it heads then reports nothing that happened.
   */
  public boolean negated(int head) {
    return dependents.get(head).stream().anyMatch(edge -> {
      String lemma = lemma(token(edge.dependent()));
      return edge.relation().equals("advmod") && NEGATIONS.contains(lemma)
          || edge.relation().equals("det") && lemma.equals("no")
          || (edge.relation().equals("case") || edge.relation().equals("mark")) && lemma.equals("without");
    });
  }

  /** Whether a word is a common noun ("delegation", "officials"), not a proper one. */
  public static boolean isCommonNoun(Token token) {
    return token.pos().startsWith("NN") && !token.pos().startsWith("NNP");
  }

  /** Whether a word is a verb with a tense or a modal ("said", "says", "say", "will"): the head of a clause. */
  public static boolean isFiniteVerb(Token token) {
    return FINITE_VERB_TAGS.contains(token.pos());
  }

  /** A word's lemma in lower case, or the word itself where the annotation gives no lemma. */
  public static String lemma(Token token) {
    return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
  }

  /** Whether a word of tokens {@code [first, end)} hangs from a word outside them by an edge {@code matching}. */
  boolean hangsFromOutside(int first, int end, Predicate<Dependency> matching) {
    for (int token = first; token < end; token++) {
      for (Dependency edge : heads(token)) {
        boolean fromOutside = edge.governor() < first || edge.governor() >= end;
        if (fromOutside && matching.test(edge)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The noun a relative clause of place that {@code verb} heads hangs from: "the bus station, where six
   * people were killed", "northern Minnesota, where she was born and grew up" (the "where" of the first
   * of two joined verbs serves both).
   */
  public Optional<Integer> relativePlace(int verb) {
    for (Dependency up : heads(verb)) {
      if (!up.relation().equals("acl:relcl") || up.governor() < 0) {
        continue;
      }
      List<Integer> clause = new ArrayList<>(List.of(verb));
      heads(verb).stream()
          .filter(d -> d.relation().startsWith("conj") && d.governor() >= 0)
          .forEach(d -> clause.add(d.governor()));
      boolean where = clause.stream().anyMatch(v -> dependents(v, r -> r.equals("advmod")).stream()
          .anyMatch(adverb -> token(adverb).word().equalsIgnoreCase("where")));
      if (where) {
        return Optional.of(up.governor());
      }
    }
    return Optional.empty();
  }

  /** The first head of {@code dependent} whose relation matches. */
  public Optional<Dependency> head(int dependent, Predicate<String> relation) {
    return heads.get(dependent).stream().filter(edge -> relation.test(edge.relation())).findFirst();
  }
}
