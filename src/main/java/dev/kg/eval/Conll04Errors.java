package dev.kg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kg's errors on one CoNLL04 sentence, to read when writing patterns: the sentence, then each gold
 * relation kg missed and each relation kg found that is not gold, with the words of both arguments
 * and the route that found it (strict: a relation found with a shorter span counts as one missed and
 * one spurious).
 *
 * <pre>{@code
 * Files.write(file, Conll04Errors.lines(sentence, predictor.routes(sentence, annotated)));
 * }</pre>
 *
 * <p>For a sentence kg gets right, no lines.
 */
public final class Conll04Errors {

  private Conll04Errors() {}

  /**
   * Lines such as {@code #5010 In 1969 , Sirhan Sirhan was convicted ...} followed by {@code
   * missed Kill [Sirhan Sirhan] -> [Sen. Robert F. Kennedy]} and {@code spurious Kill [Sirhan
   * Sirhan] -> [Robert F. Kennedy] (killing)}.
   *
   * @param predicted kg's relations, each with its route ({@link Conll04Predictor#routes})
   */
  public static List<String> lines(Conll04Sentence sentence, Map<Conll04Relation, String> predicted) {
    Set<Conll04Relation> gold = new HashSet<>(sentence.relations());
    Set<Conll04Relation> found = predicted.keySet();
    List<String> lines = new ArrayList<>();
    for (Conll04Relation relation : sentence.relations()) {
      if (!found.contains(relation)) {
        lines.add("  missed   " + describe(sentence, relation));
      }
    }
    predicted.forEach((relation, route) -> {
      if (!gold.contains(relation)) {
        lines.add("  spurious " + describe(sentence, relation) + " (" + route + ")");
      }
    });
    if (!lines.isEmpty()) {
      lines.add(0, "#" + sentence.doc() + " " + sentence.text());
    }
    return lines;
  }

  private static String describe(Conll04Sentence sentence, Conll04Relation relation) {
    return relation.label() + " [" + words(sentence, relation.head()) + "] -> [" + words(sentence, relation.tail()) + "]";
  }

  private static String words(Conll04Sentence sentence, List<Integer> span) {
    return String.join(" ", sentence.tokens().subList(span.get(0), span.get(1) + 1));
  }
}
