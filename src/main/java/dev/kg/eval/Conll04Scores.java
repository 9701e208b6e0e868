package dev.kg.eval;

import java.util.Collection;
import java.util.List;

/**
 * Precision, recall and F1 of predicted CoNLL04 relations against the gold ones, per label and
 * micro-averaged. Strict scoring wants both full spans and the label to match; lenient scoring only
 * the spans' last tokens (the token the corpus itself anchors relations on) and the label.
 *
 * <pre>{@code
 * LabelScores<Conll04Relation> strict = Conll04Scores.strict(gold, predicted);
 * System.out.print(strict.table());
 * }</pre>
 */
public final class Conll04Scores {

  /** The labels of the corpus, in the order the table lists them. */
  public static final List<String> LABELS = List.of("Work_For", "Live_In", "OrgBased_In", "Located_In", "Kill");

  private Conll04Scores() {}

  public static LabelScores<Conll04Relation> strict(Collection<Conll04Relation> gold, Collection<Conll04Relation> predicted) {
    return new LabelScores<>(gold, predicted, Conll04Relation::label, LABELS);
  }

  public static LabelScores<Conll04Relation> lenient(Collection<Conll04Relation> gold, Collection<Conll04Relation> predicted) {
    return new LabelScores<>(gold.stream().map(Conll04Relation::lastTokens).toList(),
        predicted.stream().map(Conll04Relation::lastTokens).toList(), Conll04Relation::label, LABELS);
  }
}
