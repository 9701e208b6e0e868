package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Mention;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.ArrayList;
import java.util.List;

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
   * object}'s, of {@code subject}'s type, is one parse edge from {@code object}'s head word while no
   * mention of {@code subject}'s entity is.
   */
  static boolean holds(ParsedSentence sentence, EntityIndex index, Mention subject, Mention object) {
    boolean rival = false;
    for (int word : neighbours(sentence, sentence.headWord(new Span(object.start(), object.end())))) {
      Mention mention = index.mentionAt(sentence.token(word)).orElse(null);
      if (mention == null || within(sentence, word, object)) {
        continue;
      }
      if (mention.entityId().equals(subject.entityId())) {
        return false;
      }
      rival |= mention.isName() && !mention.entityId().equals(object.entityId())
          && index.typeOf(mention.entityId()) == index.typeOf(subject.entityId());
    }
    return rival;
  }

  /** Whether word {@code i} is part of {@code mention}: a name inside the object's own ("Wallowa-Whitman National Forest") is no neighbour. */
  private static boolean within(ParsedSentence sentence, int i, Mention mention) {
    return mention.start() <= sentence.token(i).start() && sentence.token(i).end() <= mention.end();
  }

  /** The words one parse edge from {@code word}, either direction. */
  private static List<Integer> neighbours(ParsedSentence sentence, int word) {
    List<Integer> neighbours = new ArrayList<>();
    for (Dependency edge : sentence.dependents(word)) {
      neighbours.add(edge.dependent());
    }
    for (Dependency edge : sentence.heads(word)) {
      neighbours.add(edge.governor());
    }
    return neighbours;
  }
}
