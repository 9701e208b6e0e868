package dev.kg.eval;

import dev.kg.eval.WikiEventsDocument.GoldArgument;
import dev.kg.eval.WikiEventsDocument.GoldEvent;
import dev.kg.extract.event.EventType;
import java.util.ArrayList;
import java.util.List;

/**
 * A predicted event paired with the gold event at its trigger, as the scorers pair them: a pair
 * without gold is a spurious trigger, one without prediction a missed one.
 *
 * @param gold the gold event, or {@code null}
 * @param prediction kg's event, or {@code null}
 */
record EventMatch(GoldEvent gold, WikiEventsPrediction prediction) {

  EventMatch {
    if (gold == null && prediction == null) {
      throw new IllegalArgumentException("an event match needs a gold event, a prediction or both");
    }
  }

  /** Whether kg's type covers the gold KAIROS type. */
  boolean classified() {
    return gold != null && prediction != null && EventType.valueOf(prediction.type()).covers(gold.kairos());
  }

  /**
   * Pairs each predicted argument with a gold argument whose span covers its head (one of the same
   * role first, each gold argument used once), in prediction order, then lists the gold arguments
   * kg missed with a null prediction. Empty unless both sides are present.
   */
  List<ArgumentMatch> arguments() {
    List<ArgumentMatch> matches = new ArrayList<>();
    if (gold == null || prediction == null) {
      return matches;
    }
    List<GoldArgument> open = new ArrayList<>(gold.arguments());
    for (WikiEventsPrediction.Argument argument : prediction.arguments()) {
      GoldArgument found =
          open.stream()
              .filter(g -> g.span().contains(argument.start()))
              .min((a, b) -> Boolean.compare(!a.role().equals(argument.role()), !b.role().equals(argument.role())))
              .orElse(null);
      open.remove(found);
      matches.add(new ArgumentMatch(argument, found));
    }
    open.forEach(g -> matches.add(new ArgumentMatch(null, g)));
    return matches;
  }

  /** A predicted argument and the gold one its head lies in; either may be {@code null}. */
  record ArgumentMatch(WikiEventsPrediction.Argument predicted, GoldArgument gold) {}
}
