package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Mention;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Whether the parse hangs a KBP guess's object directly on another named entity of the subject's type
 * while no mention of the subject touches it. CoreNLP's statistical KBP classifier reads the words
 * between two names, so where the object describes a neighbour it hands it to every name of that type
 * around: "Gencorp Inc and Continental AG of Hanover" placed Gencorp in Hanover, the city hanging on
 * Continental AG one edge away and reaching Gencorp only through the verb the two share. Only a
 * neighbour one edge away counts: the nearest name at any distance is as often a misparse ("Lazutkin,
 * former deputy director of "Ostankino," who currently holds the position of first deputy head of the
 * Federal Service", the relative clause hung on Ostankino, tagged a person).
 *
 * <pre>{@code
 * NearerRival.holds(sentence, index, subject, object);   // true: the object hangs on another entity of the subject's type
 * }</pre>
 */
final class NearerRival {

  private NearerRival() {}

  /**
   * Whether a named mention in {@code sentence} of an entity other than {@code subject}'s and {@code
   * object}'s, of {@code subject}'s type, is one parse edge from {@code object}'s head word while every
   * mention of {@code subject}'s entity in the sentence is further.
   */
  static boolean holds(ParsedSentence sentence, EntityIndex index, Mention subject, Mention object) {
    int[] distance = distancesFrom(sentence, sentence.headWord(new Span(object.start(), object.end())));
    int own = Integer.MAX_VALUE;
    int rival = Integer.MAX_VALUE;
    for (int i = 0; i < sentence.size(); i++) {
      if (distance[i] < 0) {
        continue;
      }
      Mention mention = index.mentionAt(sentence.token(i)).orElse(null);
      if (mention == null || within(sentence, i, object)) {
        continue;
      }
      if (mention.entityId().equals(subject.entityId())) {
        own = Math.min(own, distance[i]);
      } else if (mention.isName() && !mention.entityId().equals(object.entityId())
          && index.typeOf(mention.entityId()) == index.typeOf(subject.entityId())) {
        rival = Math.min(rival, distance[i]);
      }
    }
    return rival == 1 && own > 1;
  }

  /** Whether word {@code i} is part of {@code mention}: a name inside the object's own ("Wallowa-Whitman National Forest") is no neighbour. */
  private static boolean within(ParsedSentence sentence, int i, Mention mention) {
    return mention.start() <= sentence.token(i).start() && sentence.token(i).end() <= mention.end();
  }

  /** Edges from {@code from} to every word of the sentence, either direction; -1 where none reaches. */
  private static int[] distancesFrom(ParsedSentence sentence, int from) {
    int[] distance = new int[sentence.size()];
    Arrays.fill(distance, -1);
    distance[from] = 0;
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      int token = queue.poll();
      for (Dependency edge : sentence.dependents(token)) {
        reach(edge.dependent(), distance[token] + 1, distance, queue);
      }
      for (Dependency edge : sentence.heads(token)) {
        reach(edge.governor(), distance[token] + 1, distance, queue);
      }
    }
    return distance;
  }

  private static void reach(int next, int steps, int[] distance, Deque<Integer> queue) {
    if (distance[next] < 0) {
      distance[next] = steps;
      queue.add(next);
    }
  }
}
