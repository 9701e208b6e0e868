package dev.kg.eval;

import dev.kg.eval.WikiEventsDocument.GoldEvent;
import dev.kg.eval.WikiEventsScore.Counts;
import dev.kg.extract.event.EventType;
import java.util.List;

/**
 * Scores predictions on RAMS windows ({@link RamsReader}), where each window annotates one event and
 * leaves the others unmarked. So triggers are scored by recall only: whether kg finds a trigger in the
 * gold trigger's span (identification) of a type covering the gold one (classification), over all
 * events and over the events whose type kg's ontology has. Arguments are scored, with precision, on
 * the prediction at the gold trigger alone, as on WikiEvents: an argument is identified when its head
 * lies in a gold argument's span, classified when the role matches too.
 *
 * <pre>{@code
 * RamsScore score = new RamsScore();
 * score.add(window, predictions);
 * score.lines().forEach(System.out::println);
 * }</pre>
 */
public final class RamsScore {

  private final Counts triggerIdentification = new Counts();
  private final Counts triggerClassification = new Counts();
  private final Counts inOntologyClassification = new Counts();
  private final Counts argumentIdentification = new Counts();
  private final Counts argumentClassification = new Counts();
  private int windows;

  public void add(WikiEventsDocument window, List<WikiEventsPrediction> predictions) {
    windows++;
    for (GoldEvent gold : window.events()) {
      boolean inOntology = EventType.forKairos(gold.kairos()).isPresent();
      triggerIdentification.gold++;
      triggerClassification.gold++;
      inOntologyClassification.gold += inOntology ? 1 : 0;
      argumentIdentification.gold += gold.arguments().size();
      argumentClassification.gold += gold.arguments().size();
      EventMatch match = match(gold, predictions);
      if (match.prediction() == null) {
        continue;
      }
      WikiEventsPrediction prediction = match.prediction();
      triggerIdentification.predicted++;
      triggerIdentification.correct++;
      triggerClassification.predicted++;
      triggerClassification.correct += match.classified() ? 1 : 0;
      inOntologyClassification.predicted += inOntology ? 1 : 0;
      inOntologyClassification.correct += match.classified() ? 1 : 0;
      argumentIdentification.predicted += prediction.arguments().size();
      argumentClassification.predicted += prediction.arguments().size();
      WikiEventsScore.countArguments(match, argumentIdentification, argumentClassification);
    }
  }

  /** The prediction at the gold trigger, one of a type covering the gold one first; its prediction is null if none. */
  static EventMatch match(GoldEvent gold, List<WikiEventsPrediction> predictions) {
    return new EventMatch(
        gold,
        predictions.stream()
            .filter(p -> gold.trigger().contains(p.trigger().start()))
            .min((a, b) -> Boolean.compare(!covers(a, gold), !covers(b, gold)))
            .orElse(null));
  }

  private static boolean covers(WikiEventsPrediction prediction, GoldEvent gold) {
    return EventType.valueOf(prediction.type()).covers(gold.kairos());
  }

  /** The figures, one line each; trigger lines count as predicted only the triggers found at a gold one. */
  public List<String> lines() {
    return List.of(
        "windows: " + windows + " (one annotated event each; trigger precision is not measurable)",
        triggerIdentification.line("trigger identification"),
        triggerClassification.line("trigger classification"),
        inOntologyClassification.line("  of kg's types"),
        argumentIdentification.line("argument identification"),
        argumentClassification.line("argument classification"));
  }
}
