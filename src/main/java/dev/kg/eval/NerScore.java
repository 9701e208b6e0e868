package dev.kg.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 of predicted IOB2 tags against gold ones, per entity type
 * and over all types (micro-averaged), as CoNLL-2003's conlleval counts them: a predicted entity is
 * correct when a gold entity has exactly its tokens and type.
 *
 * <pre>{@code
 * NerScore score = NerScore.of(goldTagsPerSentence, predictedTagsPerSentence);
 * double f1 = score.overall().f1();
 * }</pre>
 */
public final class NerScore {

  /**
   * Counts for one type (or all).
   *
   * @param gold entities in the gold tags
   * @param predicted entities predicted
   * @param correct predicted entities that match a gold entity exactly
   */
  public record Counts(int gold, int predicted, int correct) {

    Counts plus(Counts other) {
      return new Counts(gold + other.gold, predicted + other.predicted, correct + other.correct);
    }

    /** Correct over predicted; 0 when nothing was predicted. */
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** Correct over gold; 0 when there is no gold entity. */
    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** Harmonic mean of precision and recall; 0 when both are. */
    public double f1() {
      double sum = precision() + recall();
      return sum == 0 ? 0 : 2 * precision() * recall() / sum;
    }
  }

  private static final Counts NONE = new Counts(0, 0, 0);

  private final SortedMap<String, Counts> byType;

  private NerScore(SortedMap<String, Counts> byType) {
    this.byType = byType;
  }

  /**
   * Scores sentence by sentence.
   *
   * @param gold the gold tags, one list per sentence
   * @param predicted the predicted tags, one list per sentence, each as long as its gold list
   */
  public static NerScore of(List<List<String>> gold, List<List<String>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " sentences, predictions " + predicted.size());
    }
    SortedMap<String, Counts> byType = new TreeMap<>();
    for (int s = 0; s < gold.size(); s++) {
      if (gold.get(s).size() != predicted.get(s).size()) {
        throw new IllegalArgumentException(
            "sentence " + (s + 1) + ": gold has " + gold.get(s).size() + " tags, predictions "
                + predicted.get(s).size());
      }
      List<Iob2.Span> goldSpans = Iob2.spans(gold.get(s));
      Set<Iob2.Span> goldSet = new HashSet<>(goldSpans);
      goldSpans.forEach(span -> add(byType, span.type(), new Counts(1, 0, 0)));
      for (Iob2.Span span : Iob2.spans(predicted.get(s))) {
        add(byType, span.type(), new Counts(0, 1, goldSet.contains(span) ? 1 : 0));
      }
    }
    return new NerScore(byType);
  }

  /** The score of these counts per type. */
  static NerScore of(SortedMap<String, Counts> byType) {
    return new NerScore(new TreeMap<>(byType));
  }

  /** This score and {@code other} together, as if counted over both texts. */
  public NerScore plus(NerScore other) {
    SortedMap<String, Counts> sum = new TreeMap<>(byType);
    other.byType.forEach((type, counts) -> add(sum, type, counts));
    return new NerScore(sum);
  }

  /** No entity counted. */
  public static NerScore empty() {
    return new NerScore(new TreeMap<>());
  }

  private static void add(Map<String, Counts> byType, String type, Counts counts) {
    byType.merge(type, counts, Counts::plus);
  }

  /** The counts per entity type, types in alphabetical order. */
  public SortedMap<String, Counts> byType() {
    return new TreeMap<>(byType);
  }

  /** The counts over all types. */
  public Counts overall() {
    return byType.values().stream().reduce(NONE, Counts::plus);
  }
}
