package dev.kg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Precision, recall and F1 of predicted CoNLL04 relations against the gold ones, per label and
 * micro-averaged. Strict scoring wants both full spans and the label to match; lenient scoring only
 * the spans' last tokens (the token the corpus itself anchors relations on) and the label.
 *
 * <pre>{@code
 * Conll04Scores strict = Conll04Scores.strict(gold, predicted);
 * System.out.print(strict.table());
 * }</pre>
 */
public final class Conll04Scores {

  /** The labels of the corpus, in the order the table lists them. */
  public static final List<String> LABELS = List.of("Work_For", "Live_In", "OrgBased_In", "Located_In", "Kill");

  private static final String MICRO = "micro";

  private final Set<Conll04Relation> gold;
  private final Set<Conll04Relation> predicted;

  private Conll04Scores(Collection<Conll04Relation> gold, Collection<Conll04Relation> predicted, UnaryOperator<Conll04Relation> key) {
    this.gold = new HashSet<>(gold.stream().map(key).toList());
    this.predicted = new HashSet<>(predicted.stream().map(key).toList());
  }

  public static Conll04Scores strict(Collection<Conll04Relation> gold, Collection<Conll04Relation> predicted) {
    return new Conll04Scores(gold, predicted, UnaryOperator.identity());
  }

  public static Conll04Scores lenient(Collection<Conll04Relation> gold, Collection<Conll04Relation> predicted) {
    return new Conll04Scores(gold, predicted, Conll04Relation::lastTokens);
  }

  /** Precision, recall and F1 for {@code label}, or micro-averaged over all labels for {@code null}. */
  public Score score(String label) {
    long truePositives = predicted.stream().filter(r -> matches(r, label) && gold.contains(r)).count();
    long predictions = predicted.stream().filter(r -> matches(r, label)).count();
    long golds = gold.stream().filter(r -> matches(r, label)).count();
    return new Score(truePositives, predictions, golds);
  }

  /** One line per label, then the micro average: label, gold, predicted, correct, P, R, F1. */
  public String table() {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-12s %5s %5s %5s %6s %6s %6s%n",
        "label", "gold", "pred", "ok", "P", "R", "F1"));
    Set<String> labels = new TreeSet<>(LABELS);
    gold.forEach(r -> labels.add(r.label()));
    predicted.forEach(r -> labels.add(r.label()));
    List<String> ordered = new ArrayList<>(LABELS);
    labels.stream().filter(l -> !LABELS.contains(l)).forEach(ordered::add);
    for (String label : ordered) {
      table.append(row(label, score(label)));
    }
    return table.append(row(MICRO, score(null))).toString();
  }

  private static String row(String label, Score score) {
    return String.format(Locale.ROOT, "%-12s %5d %5d %5d %6.3f %6.3f %6.3f%n", label, score.gold(),
        score.predicted(), score.correct(), score.precision(), score.recall(), score.f1());
  }

  private static boolean matches(Conll04Relation relation, String label) {
    return label == null || relation.label().equals(label);
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
