package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Whether two spans of a sentence are joined within one clause: their head words are linked through
 * the enhanced++ parse without an edge that opens another clause (a complement, an adverbial clause,
 * a parenthetical, a conjunct). CoreNLP's statistical KBP classifier reads the words between two
 * names, not the parse, and pairs names from clauses that say nothing of each other ("The UN said food
 * aid would reach the port of Hodeidah": no UN office in Hodeidah); a fact the sentence states joins
 * its two names inside a clause ("Nihat, a leader of the SHP"). A relative or participle clause
 * describes the noun it hangs on ("a school located in Angleton"), so it opens none; enhanced++ gives
 * the verbs of a shared subject that subject ("Tom Hale tried to join Acme": Hale is the subject of
 * "join"), so those stay joined.
 *
 * <pre>{@code
 * ClauseLink.joins(sentence, person, organisation);   // character spans; false when only a clause boundary links them
 * }</pre>
 */
final class ClauseLink {

  private static final List<String> CLAUSE_EDGES =
      List.of("ccomp", "xcomp", "advcl", "parataxis", "csubj", "conj");

  private ClauseLink() {}

  /** Whether {@code a} and {@code b}, spans of {@code sentence}, are linked by edges within one clause. */
  static boolean joins(ParsedSentence sentence, Span a, Span b) {
    int from = sentence.headWord(a);
    int to = sentence.headWord(b);
    boolean[] seen = new boolean[sentence.size()];
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    seen[from] = true;
    while (!queue.isEmpty()) {
      int token = queue.poll();
      if (token == to) {
        return true;
      }
      for (Dependency edge : sentence.dependents(token)) {
        visit(edge, edge.dependent(), seen, queue);
      }
      for (Dependency edge : sentence.heads(token)) {
        visit(edge, edge.governor(), seen, queue);
      }
    }
    return false;
  }

  private static void visit(Dependency edge, int next, boolean[] seen, Deque<Integer> queue) {
    if (!seen[next] && !opensClause(edge.relation())) {
      seen[next] = true;
      queue.add(next);
    }
  }

  private static boolean opensClause(String relation) {
    return CLAUSE_EDGES.stream().anyMatch(clause -> relation.equals(clause) || relation.startsWith(clause + ":"));
  }
}
