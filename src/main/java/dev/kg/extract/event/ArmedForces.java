package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;

import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A phrase that names armed forces ("Ukrainian forces", "thousands of soldiers"), and the country a
 * people's adjective says they are of. Forces act for their state, so "Ukrainian forces captured two
 * soldiers" is Ukraine's doing as "Ukraine's forces" already is through the possessive; and what a
 * verb of sending moves is a deployment only when it is forces ("dispatched thousands of soldiers",
 * not "sent a letter"). The nouns are general English words, not names.
 *
 * <pre>{@code
 * ArmedForces.names(parse, parse.token(1));                   // "Ukrainian forces": true
 * ArmedForces.nationality(parse, parse.token(1), entityAt);  // 0, the token of "Ukrainian"
 * }</pre>
 */
final class ArmedForces {

  /** Lemmas of nouns for armed forces or their members (CoreNLP leaves "troops" its own lemma). */
  private static final Set<String> NOUNS = Set.of(
      "force", "troop", "troops", "soldier", "army", "military", "serviceman", "servicemen", "marine", "paratrooper",
      "battalion", "brigade", "regiment", "contingent", "peacekeeper", "mercenary");

  private ArmedForces() {}

  /**
   * Whether the phrase headed by {@code head} names armed forces: its noun, or that of its "of" phrase
   * when the head counts them ("thousands of soldiers").
   */
  static boolean names(DependencyIndex parse, Token head) {
    if (NOUNS.contains(lemma(head))) {
      return true;
    }
    return parse.dependents(head.index(), r -> r.equals("nmod:of")).stream()
        .anyMatch(of -> NOUNS.contains(lemma(parse.token(of))));
  }

  /**
   * The people's adjective by which the phrase headed by {@code head} names forces of a country the
   * document resolves it to ("Ukrainian forces", "two North Korean soldiers"): its token index, or -1.
   *
   * @param entityAt the entity a token of the sentence refers to, or {@code null}
   */
  static int nationality(DependencyIndex parse, Token head, BiFunction<DependencyIndex, Token, String> entityAt) {
    if (!NOUNS.contains(lemma(head))) {
      return -1;
    }
    for (int adjective : parse.dependents(head.index(), r -> r.equals("amod"))) {
      Token word = parse.token(adjective);
      if (word.ner().equals("NATIONALITY") && entityAt.apply(parse, word) != null) {
        return adjective;
      }
    }
    return -1;
  }
}
