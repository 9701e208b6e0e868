package dev.kg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Precision, recall and F1 of a set of predicted labelled items against the gold set, per label and
 * micro-averaged; an item is correct when an equal one is gold. Shared by the relation benchmarks,
 * which differ only in what an item is (CoNLL04 token spans, Re-DocRED entity pairs).
 *
 * <pre>{@code
 * LabelScores<Conll04Relation> scores = new LabelScores<>(gold, predicted, Conll04Relation::label, Conll04Scores.LABELS);
 * System.out.print(scores.table());
 * }</pre>
 *
 * @param <T> an item with value equality
 */
public final class LabelScores<T> {

  private static final String MICRO = "micro";

  private final Set<T> gold;
  private final Set<T> predicted;
  private final Function<T, String> label;
  private final List<String> labels;

  /**
   * @param label the label of an item
   * @param labels the labels the table lists first, in this order; other labels found follow sorted
   */
  public LabelScores(Collection<T> gold, Collection<T> predicted, Function<T, String> label, List<String> labels) {
    this.gold = Set.copyOf(gold);
    this.predicted = Set.copyOf(predicted);
    this.label = label;
    this.labels = List.copyOf(labels);
  }

  /** Precision, recall and F1 for {@code label}, or micro-averaged over all labels for {@code null}. */
  public Score score(String wanted) {
    long truePositives = predicted.stream().filter(r -> matches(r, wanted) && gold.contains(r)).count();
    long predictions = predicted.stream().filter(r -> matches(r, wanted)).count();
    long golds = gold.stream().filter(r -> matches(r, wanted)).count();
    return new Score(truePositives, predictions, golds);
  }

  /** One line per label, then the micro average: label, gold, predicted, correct, P, R, F1. */
  public String table() {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-15s %5s %5s %5s %6s %6s %6s%n",
        "label", "gold", "pred", "ok", "P", "R", "F1"));
    Set<String> found = new TreeSet<>();
    gold.forEach(r -> found.add(label.apply(r)));
    predicted.forEach(r -> found.add(label.apply(r)));
    List<String> ordered = new ArrayList<>(labels);
    found.stream().filter(l -> !labels.contains(l)).forEach(ordered::add);
    for (String each : ordered) {
      table.append(row(each, score(each)));
    }
    return table.append(row(MICRO, score(null))).toString();
  }

  private static String row(String label, Score score) {
    return String.format(Locale.ROOT, "%-15s %5d %5d %5d %6.3f %6.3f %6.3f%n", label, score.gold(),
        score.predicted(), score.correct(), score.precision(), score.recall(), score.f1());
  }

  private boolean matches(T item, String wanted) {
    return wanted == null || label.apply(item).equals(wanted);
  }

  /** Counts and the figures derived from them; an empty denominator gives 0. */
  public record Score(long correct, long predicted, long gold) {

    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
