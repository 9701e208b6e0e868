package dev.kg.eval;

import dev.kg.eval.WikiEventsDocument.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * kg's event errors against gold, one tab-separated line each, for reading where the rules go
 * wrong: the document, the kind of error, what was expected and what kg gave, and the trigger's
 * sentence with the trigger in brackets.
 *
 * <pre>
 * doc-1   SPURIOUS_TRIGGER   attack ATTACK                   ... the [attack] on Kyiv ...
 * doc-1   MISSED_TRIGGER     bombing Conflict.Attack.DetonateExplode
 * doc-1   WRONG_TYPE         death: gold Life.Injure.Unspecified, kg KILLING
 * doc-1   MISSED_ARGUMENT    killed: Victim "two guards"
 * doc-1   SPURIOUS_ARGUMENT  killed: Killer "Rebels"
 * doc-1   WRONG_ROLE         killed: "Rebels" gold Killer, kg Victim
 * </pre>
 *
 * <p>Events are paired with gold as the scorers pair them, and only what a scorer judges is listed:
 * on RAMS, whose windows mark one event each, a trigger away from the gold one is no error.
 *
 * <pre>{@code
 * EventErrors errors = new EventErrors();
 * errors.add(document, predictions, true);
 * Files.write(path, errors.lines());
 * }</pre>
 */
public final class EventErrors {

  private final List<String> lines = new ArrayList<>();

  /**
   * Adds the errors of kg's events in one document.
   *
   * @param everyEventMarked whether the document marks every event (WikiEvents), so that a trigger
   *     without gold is an error, or one event only (a RAMS window)
   */
  public void add(WikiEventsDocument document, List<WikiEventsPrediction> predictions, boolean everyEventMarked) {
    List<EventMatch> matches =
        everyEventMarked
            ? WikiEventsScore.matches(document.events(), predictions)
            : document.events().stream().map(gold -> RamsScore.match(gold, predictions)).toList();
    for (EventMatch match : matches) {
      if (match.gold() == null) {
        if (everyEventMarked) {
          Span trigger = new Span(match.prediction().trigger().start(), match.prediction().trigger().end());
          line(document, trigger, "SPURIOUS_TRIGGER", words(document, trigger) + " " + match.prediction().type());
        }
        continue;
      }
      Span trigger = match.gold().trigger();
      String word = words(document, trigger);
      if (match.prediction() == null) {
        line(document, trigger, "MISSED_TRIGGER", word + " " + match.gold().kairos());
        continue;
      }
      if (!match.classified()) {
        line(document, trigger, "WRONG_TYPE",
            word + ": gold " + match.gold().kairos() + ", kg " + match.prediction().type());
        continue;
      }
      for (EventMatch.ArgumentMatch argument : match.arguments()) {
        if (argument.predicted() == null) {
          line(document, trigger, "MISSED_ARGUMENT",
              word + ": " + argument.gold().role() + " \"" + words(document, argument.gold().span()) + "\"");
        } else if (argument.gold() == null) {
          Span head = new Span(argument.predicted().start(), argument.predicted().end());
          line(document, trigger, "SPURIOUS_ARGUMENT",
              word + ": " + argument.predicted().role() + " \"" + words(document, head) + "\"");
        } else if (!argument.gold().role().equals(argument.predicted().role())) {
          line(document, trigger, "WRONG_ROLE",
              word + ": \"" + words(document, argument.gold().span()) + "\" gold " + argument.gold().role()
                  + ", kg " + argument.predicted().role());
        }
      }
    }
  }

  /** The errors so far, in document order. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  private void line(WikiEventsDocument document, Span trigger, String kind, String detail) {
    lines.add(String.join("\t", document.id(), kind, detail, sentence(document, trigger)));
  }

  private static String words(WikiEventsDocument document, Span span) {
    List<String> words = new ArrayList<>();
    int index = 0;
    for (List<String> sentence : document.sentences()) {
      for (String token : sentence) {
        if (span.contains(index)) {
          words.add(token);
        }
        index++;
      }
    }
    return String.join(" ", words);
  }

  /** The sentence holding the trigger's first token, the trigger in brackets. */
  private static String sentence(WikiEventsDocument document, Span trigger) {
    int index = 0;
    for (List<String> sentence : document.sentences()) {
      if (trigger.start() < index + sentence.size()) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentence.size(); i++) {
          String token = sentence.get(i);
          boolean inTrigger = trigger.contains(index + i);
          text.append(i == 0 ? "" : " ")
              .append(inTrigger && !trigger.contains(index + i - 1) ? "[" : "")
              .append(token)
              .append(inTrigger && !trigger.contains(index + i + 1) ? "]" : "");
        }
        return text.toString();
      }
      index += sentence.size();
    }
    return "";
  }
}
