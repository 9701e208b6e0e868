package dev.kg.extract.event;

import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.List;

/**
 * The date of an event: the date expression attached to its trigger, to the verb it is the object
 * of, to the copular clause it is the subject of, or to the phrase it hangs from.
 */
final class TriggerDates {

  private TriggerDates() {}

  /**
   * The date expression attached to the trigger, else to its host verb, else to the phrase it hangs
   * from: "visited North Korea in June, where he signed a treaty" dates the signing too.
   */
  static EventDate date(DependencyIndex parse, int trigger, Integer host, List<EventDate> dates) {
    EventDate own = attachedDate(parse, trigger, dates);
    if (own == null && host != null) {
      own = attachedDate(parse, host, dates);
    }
    if (own == null) {
      own = copularDate(parse, trigger, dates);
    }
    int current = trigger;
    for (int hop = 0; own == null && hop < 2; hop++) {
      Dependency up = parse.heads(current).stream()
          .filter(d -> d.governor() >= 0 && !d.relation().startsWith("nsubj"))
          .findFirst().orElse(null);
      if (up == null || (hop == 1 && !parse.token(current).pos().startsWith("NN"))) {
        break;
      }
      current = up.governor();
      own = attachedDate(parse, current, dates);
    }
    return own;
  }

  /** The date a copular clause gives the event that is its subject: "his previous visit was in July 2000". */
  private static EventDate copularDate(DependencyIndex parse, int trigger, List<EventDate> dates) {
    for (Dependency up : parse.heads(trigger)) {
      if (up.relation().equals("nsubj") && up.governor() >= 0
          && !parse.dependents(up.governor(), r -> r.equals("cop")).isEmpty()) {
        for (EventDate date : dates) {
          if (date.covers(parse.sentence().index(), up.governor())) {
            return date;
          }
        }
      }
    }
    return null;
  }

  private static EventDate attachedDate(DependencyIndex parse, int head, List<EventDate> dates) {
    int sentence = parse.sentence().index();
    for (Dependency edge : parse.dependents(head)) {
      for (EventDate date : dates) {
        if (date.covers(sentence, edge.dependent()) && !date.covers(sentence, head)) {
          return date;
        }
      }
    }
    return null;
  }
}
