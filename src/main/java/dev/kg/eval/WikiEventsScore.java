package dev.kg.eval;

import dev.kg.eval.WikiEventsDocument.GoldEvent;
import dev.kg.extract.event.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trigger and argument scores of predictions against WikiEvents gold, summed over documents.
 *
 * <p>A predicted trigger (one token) identifies a gold trigger whose span holds it, each gold trigger
 * matched once; it classifies it when, besides, kg's type covers the gold KAIROS type
 * ({@link EventType#covers}): scoring is at kg's level, so "Conflict.Attack.DetonateExplode" and
 * "Conflict.Attack.Unspecified" are both ATTACK. An argument is identified when its head token lies
 * in the span of a gold argument of the matched gold event (head-word match), and classified when
 * the KAIROS role is the gold one as well and its trigger was classified. Trigger classification is
 * also counted per kg type ({@link #typeLines}), a gold event under the first type covering it, so
 * precision and recall can be read type by type.
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
  private final Map<String, Counts> triggersByType = new TreeMap<>();
  private int documents;

  public void add(WikiEventsDocument document, List<WikiEventsPrediction> predictions) {
    documents++;
    int goldArguments = document.events().stream().mapToInt(e -> e.arguments().size()).sum();
    triggerIdentification.gold += document.events().size();
    triggerClassification.gold += document.events().size();
    argumentIdentification.gold += goldArguments;
    argumentClassification.gold += goldArguments;
    for (GoldEvent gold : document.events()) {
      byType(EventType.forKairos(gold.kairos()).map(Enum::name).orElse(NO_TYPE)).gold++;
    }
    for (EventMatch match : matches(document.events(), predictions)) {
      if (match.prediction() == null) {
        continue;
      }
      WikiEventsPrediction prediction = match.prediction();
      byType(prediction.type()).predicted++;
      if (match.classified()) {
        byType(prediction.type()).correct++;
      }
      triggerIdentification.predicted++;
      triggerClassification.predicted++;
      argumentIdentification.predicted += prediction.arguments().size();
      argumentClassification.predicted += prediction.arguments().size();
      if (match.gold() == null) {
        continue;
      }
      triggerIdentification.correct++;
      if (match.classified()) {
        triggerClassification.correct++;
      }
      countArguments(match, argumentIdentification, argumentClassification);
    }
  }

  /**
   * Pairs each prediction with the gold event whose trigger span holds its trigger (one of a type kg's
   * covers first, each gold event used once), in prediction order, then lists the gold events no
   * prediction found: a match without gold is a spurious trigger, one without prediction a missed one.
   */
  static List<EventMatch> matches(List<GoldEvent> gold, List<WikiEventsPrediction> predictions) {
    List<EventMatch> matches = new ArrayList<>();
    List<GoldEvent> unmatched = new ArrayList<>(gold);
    for (WikiEventsPrediction prediction : predictions) {
      EventType type = EventType.valueOf(prediction.type());
      GoldEvent match =
          unmatched.stream()
              .filter(g -> g.trigger().contains(prediction.trigger().start()))
              .min((a, b) -> Boolean.compare(!type.covers(a.kairos()), !type.covers(b.kairos())))
              .orElse(null);
      unmatched.remove(match);
      matches.add(new EventMatch(match, prediction));
    }
    unmatched.forEach(g -> matches.add(new EventMatch(g, null)));
    return matches;
  }

  /**
   * Counts the arguments of a matched prediction that its gold event has: one whose span covers the
   * argument's head is identified, and classified too when its role and the event's type are right.
   */
  static void countArguments(EventMatch match, Counts identification, Counts classification) {
    for (EventMatch.ArgumentMatch argument : match.arguments()) {
      if (argument.predicted() != null && argument.gold() != null) {
        identification.correct++;
        if (match.classified() && argument.gold().role().equals(argument.predicted().role())) {
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

  /**
   * Trigger classification per kg type, one line each in the type's name order, the gold events no kg
   * type covers last: where kg's precision or recall is weak.
   */
  public List<String> typeLines() {
    List<String> lines = new ArrayList<>();
    lines.add("trigger classification by kg type:");
    triggersByType.forEach((type, counts) -> {
      if (!type.equals(NO_TYPE)) {
        lines.add(counts.line("  " + type));
      }
    });
    if (triggersByType.containsKey(NO_TYPE)) {
      lines.add(triggersByType.get(NO_TYPE).line("  " + NO_TYPE));
    }
    return lines;
  }

  /** Where gold events of a KAIROS type no kg type covers are counted. */
  private static final String NO_TYPE = "no kg type";

  private Counts byType(String type) {
    return triggersByType.computeIfAbsent(type, t -> new Counts());
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
