package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;

import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import java.util.Set;

/**
 * Where a phrase says an event happened: a prepositional phrase of place ("in Kabul", "at the
 * station", "near the border"), and a copular clause that places its subject ("the attack was in
 * Kabul").
 */
final class PlacePhrases {

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "inside", "into", "across", "outside", "throughout", "around");

  private PlacePhrases() {}

  /**
   * Where a copular clause puts an event noun that is its subject: "the worst explosion was at the bus
   * station", "the attack was in Kabul" (the place phrase is the head of such a clause).
   */
  static Integer copularPlace(DependencyIndex parse, Token noun) {
    for (Dependency up : parse.heads(noun.index())) {
      if (up.relation().equals("nsubj") && up.governor() >= 0 && locativePredicate(parse, up.governor())) {
        return up.governor();
      }
    }
    return null;
  }

  /** Whether a word heads a copular clause that says where its subject is: "was at the market". */
  static boolean locativePredicate(DependencyIndex parse, int head) {
    List<Dependency> predicate = parse.dependents(head);
    return predicate.stream().anyMatch(d -> d.relation().equals("cop"))
        && predicate.stream().anyMatch(d -> d.relation().equals("case")
            && PLACE_PREPOSITIONS.contains(lemma(parse.token(d.dependent()))));
  }

  static boolean isSitePhrase(String relation) {
    return relation.equals("obl:at") || relation.equals("nmod:at");
  }

  static boolean isPlacePhrase(String relation) {
    int colon = relation.indexOf(':');
    return colon > 0
        && (relation.startsWith("obl:") || relation.startsWith("nmod:"))
        && PLACE_PREPOSITIONS.contains(relation.substring(colon + 1));
  }
}
