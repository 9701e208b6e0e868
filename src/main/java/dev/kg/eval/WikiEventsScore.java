package dev.kg.eval;

import dev.kg.eval.WikiEventsDocument.GoldArgument;
import dev.kg.eval.WikiEventsDocument.GoldEvent;
import dev.kg.extract.event.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trigger and argument scores of predictions against WikiEvents gold, summed over documents.
 *
 * <p>A predicted trigger (one token) identifies a gold trigger whose span holds it, each gold trigger
 * matched once; it classifies it when, besides, kg's type covers the gold KAIROS type
 * ({@link EventType#covers}): scoring is at kg's level, so "Conflict.Attack.DetonateExplode" and
 * "Conflict.Attack.Unspecified" are both ATTACK. An argument is identified when its head token lies
 * in the span of a gold argument of the matched gold event (head-word match), and classified when
 * the KAIROS role is the gold one as well and its trigger was classified.
 *
 * <pre>{@code
 * WikiEventsScore score = new WikiEventsScore();
 * score.add(document, predictions);
 * score.lines().forEach(System.out::println);
 * }</pre>
 */
public final class WikiEventsScore {

  private final Counts triggerIdentification = new Counts();
  private final Counts triggerClassification = new Counts();
  private final Counts argumentIdentification = new Counts();
  private final Counts argumentClassification = new Counts();
  private int documents;

  public void add(WikiEventsDocument document, List<WikiEventsPrediction> predictions) {
    documents++;
    List<GoldEvent> gold = document.events();
    int goldArguments = gold.stream().mapToInt(e -> e.arguments().size()).sum();
    triggerIdentification.gold += gold.size();
    triggerClassification.gold += gold.size();
    argumentIdentification.gold += goldArguments;
    argumentClassification.gold += goldArguments;
    List<GoldEvent> unmatched = new ArrayList<>(gold);
    for (WikiEventsPrediction prediction : predictions) {
      triggerIdentification.predicted++;
      triggerClassification.predicted++;
      argumentIdentification.predicted += prediction.arguments().size();
      argumentClassification.predicted += prediction.arguments().size();
      EventType type = EventType.valueOf(prediction.type());
      GoldEvent match =
          unmatched.stream()
              .filter(g -> g.trigger().contains(prediction.trigger().start()))
              .min((a, b) -> Boolean.compare(!type.covers(a.kairos()), !type.covers(b.kairos())))
              .orElse(null);
      if (match == null) {
        continue;
      }
      unmatched.remove(match);
      triggerIdentification.correct++;
      boolean classified = type.covers(match.kairos());
      if (classified) {
        triggerClassification.correct++;
      }
      countArguments(match, prediction, classified, argumentIdentification, argumentClassification);
    }
  }

  /**
   * Counts the arguments of {@code prediction} that {@code gold} has: one whose span covers the
   * argument's head is identified (a gold argument of the same role first, each gold argument used
   * once), and classified too when its role and the event's type are right.
   */
  static void countArguments(
      GoldEvent gold,
      WikiEventsPrediction prediction,
      boolean classified,
      Counts identification,
      Counts classification) {
    List<GoldArgument> open = new ArrayList<>(gold.arguments());
    for (WikiEventsPrediction.Argument argument : prediction.arguments()) {
      GoldArgument found =
          open.stream()
              .filter(g -> g.span().contains(argument.start()))
              .min((a, b) -> Boolean.compare(!a.role().equals(argument.role()), !b.role().equals(argument.role())))
              .orElse(null);
      if (found != null) {
        open.remove(found);
        identification.correct++;
        if (classified && found.role().equals(argument.role())) {
          classification.correct++;
        }
      }
    }
  }

  /** The figures, one line each: precision, recall, F1 and the counts behind them. */
  public List<String> lines() {
    return List.of(
        "documents: " + documents,
        triggerIdentification.line("trigger identification"),
        triggerClassification.line("trigger classification"),
        argumentIdentification.line("argument identification"),
        argumentClassification.line("argument classification"));
  }

  /** Correct, predicted and gold counts of one measure. */
  static final class Counts {

    int correct;
    int predicted;
    int gold;

    String line(String name) {
      double precision = predicted == 0 ? 0 : (double) correct / predicted;
      double recall = gold == 0 ? 0 : (double) correct / gold;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      return String.format(
          Locale.ROOT,
          "%-24s P %5.1f  R %5.1f  F1 %5.1f  (%d correct, %d predicted, %d gold)",
          name + ":", 100 * precision, 100 * recall, 100 * f1, correct, predicted, gold);
    }
  }
}
