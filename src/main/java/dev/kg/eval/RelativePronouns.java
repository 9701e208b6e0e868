package dev.kg.eval;

import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word WikiEvents marks for an argument kg gives as the antecedent of a relative pronoun. kg's
 * event, and the graph, name the antecedent ("the former leader, who died in 2013" reports the
 * leader's death), while WikiEvents annotates the mention in the trigger's own clause, the pronoun
 * "who". RAMS marks the antecedent, so only WikiEvents predictions write the pronoun.
 *
 * <pre>{@code
 * int written = RelativePronouns.asWritten(sentence, argumentHead, trigger);
 * }</pre>
 */
final class RelativePronouns {

  /**
   * How far up from the trigger the relative clause's verb may be: the trigger itself ("who died"),
   * or a verb it hangs from, up to two steps ("who staged demonstrations", "who was reported killed").
   */
  private static final int CLAUSE_STEPS = 2;

  private RelativePronouns() {}

  /**
   * The relative pronoun standing for {@code head} in the relative clause that holds the trigger,
   * the nearest one before the clause's verb; {@code head} itself when there is none. The enhanced
   * parse gives the antecedent a {@code ref} edge to the pronoun and an {@code acl:relcl} edge to the
   * clause's verb.
   */
  static int asWritten(Sentence sentence, int head, int trigger) {
    List<Dependency> edges = sentence.dependencies();
    Set<Integer> clause = clauseVerbs(edges, trigger);
    Integer verb = edges.stream()
        .filter(d -> d.governor() == head && d.relation().equals("acl:relcl") && clause.contains(d.dependent()))
        .map(Dependency::dependent)
        .findFirst()
        .orElse(null);
    if (verb == null) {
      return head;
    }
    return edges.stream()
        .filter(d -> d.governor() == head && d.relation().equals("ref") && d.dependent() < verb)
        .mapToInt(Dependency::dependent)
        .max()
        .orElse(head);
  }

  /** The trigger and the words it hangs from, up to {@link #CLAUSE_STEPS} steps, within its clause. */
  private static Set<Integer> clauseVerbs(List<Dependency> edges, int trigger) {
    Set<Integer> reached = new HashSet<>(Set.of(trigger));
    for (int step = 0; step < CLAUSE_STEPS; step++) {
      Set<Integer> above = new HashSet<>();
      for (Dependency edge : edges) {
        if (reached.contains(edge.dependent()) && edge.governor() >= 0
            && !edge.relation().equals("acl:relcl") && !edge.relation().equals("ref")) {
          above.add(edge.governor());
        }
      }
      reached.addAll(above);
    }
    return reached;
  }
}
