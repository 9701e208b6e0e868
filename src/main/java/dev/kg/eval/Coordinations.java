package dev.kg.eval;

import dev.kg.extract.event.EventMention;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import java.util.List;

/**
 * The arguments of a mention as RAMS marks them: one span for a coordination filling one role
 * ("airstrikes by the United States and France", "urged Azerbaijan and Armenia"), where kg, and the
 * graph, take each conjunct as a participant of its own. On RAMS the first conjunct stands for the
 * coordination, and a later conjunct of it in the same role is not written again. A meeting's
 * participants are the exception: RAMS's contact events have two participant slots, and "Coe and the
 * council convened" fills both. WikiEvents marks each conjunct.
 *
 * <pre>{@code
 * boolean again = Coordinations.laterConjunct(sentence, mention, argument);
 * }</pre>
 */
final class Coordinations {

  private Coordinations() {}

  /**
   * Whether {@code argument} is a later conjunct of another argument of the mention in the same KAIROS
   * role: the enhanced parse hangs each later conjunct from the first by a {@code conj} edge.
   */
  static boolean laterConjunct(Sentence sentence, EventMention mention, EventMention.Argument argument) {
    String role = kairosRole(mention, argument);
    if (role == null || role.equals("Participant")) {
      return false;
    }
    List<Dependency> edges = sentence.dependencies();
    return mention.arguments().stream()
        .filter(other -> other.head() < argument.head() && role.equals(kairosRole(mention, other)))
        .anyMatch(other -> edges.stream().anyMatch(d -> d.relation().startsWith("conj")
            && d.governor() == other.head() && d.dependent() == argument.head()));
  }

  private static String kairosRole(EventMention mention, EventMention.Argument argument) {
    return mention.type().kairosRole(argument.role(), mention.lemma());
  }
}
