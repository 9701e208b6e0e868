package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.ArrayDeque;
import java.util.Arrays;
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
 * ClauseLink.joins(sentence, person, organisation);   // character spans; false when only a clause boundary, or a long chain, links them
 * }</pre>
 */
final class ClauseLink {

  /**
   * The most edges a clause's link may take: names further apart are strung together by a list or a
   * run-on line the parser joined with {@code dep} and {@code compound} ("# (Former Minister) Tom Hale #
   * Anna Berg # ... # (Head of the Oslo Opera) Peter Lund", a wiki list read as one sentence), where
   * KBP's classifier pairs every name with every organisation. Six kept every right pair on CoNLL04
   * {@code train}, {@code dev} and Re-DocRED 1-200; four lost some.
   */
  private static final int MAX_EDGES = 6;

  private static final List<String> CLAUSE_EDGES =
      List.of("ccomp", "xcomp", "advcl", "parataxis", "csubj", "conj");

  private ClauseLink() {}

  /**
   * Whether {@code a} and {@code b}, spans of {@code sentence}, are linked by at most {@link #MAX_EDGES}
   * edges within one clause.
   */
  static boolean joins(ParsedSentence sentence, Span a, Span b) {
    int from = sentence.headWord(a);
    int to = sentence.headWord(b);
    int[] distance = new int[sentence.size()];
    Arrays.fill(distance, -1);
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    distance[from] = 0;
    while (!queue.isEmpty()) {
      int token = queue.poll();
      if (token == to) {
        return true;
      }
      if (distance[token] == MAX_EDGES) {
        continue;
      }
      for (Dependency edge : sentence.dependents(token)) {
        visit(edge, edge.dependent(), distance[token] + 1, distance, queue);
      }
      for (Dependency edge : sentence.heads(token)) {
        visit(edge, edge.governor(), distance[token] + 1, distance, queue);
      }
    }
    return false;
  }

  private static void visit(Dependency edge, int next, int steps, int[] distance, Deque<Integer> queue) {
    if (distance[next] < 0 && !opensClause(edge.relation())) {
      distance[next] = steps;
      queue.add(next);
    }
  }

  private static boolean opensClause(String relation) {
    return CLAUSE_EDGES.stream().anyMatch(clause -> relation.equals(clause) || relation.startsWith(clause + ":"));
  }
}
