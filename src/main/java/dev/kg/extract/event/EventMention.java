package dev.kg.extract.event;

import java.util.List;
import java.util.Objects;

/**
 * One trigger in one sentence with the arguments the parse gives it, before the sentences of a
 * document about the same event are merged; what the WikiEvents scorer compares with its gold.
 *
 * @param sentence sentence index
 * @param trigger trigger token index within the sentence
 * @param type its type
 * @param lemma the trigger's lemma, which picks the KAIROS subtype
 * @param arguments arguments in sentence order
 * @param date the date expression attached to it, or {@code null}
 * @param confidence how sure the detector is, 0..1
 * @param tense whether its sentence tells it as done, as still to come, or does not say
 */
public record EventMention(
    int sentence,
    int trigger,
    EventType type,
    String lemma,
    List<Argument> arguments,
    EventDate date,
    double confidence,
    EventTense tense) {

  public EventMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tense, "tense");
    Objects.requireNonNull(lemma, "lemma");
    arguments = List.copyOf(arguments);
  }

  /**
   * An argument: the head token of a phrase, and the entity it names when it names one.
   *
   * @param head head token index within the sentence
   * @param role its role
   * @param entityId the entity the head (or its name part) refers to, or {@code null}
   */
  public record Argument(int head, EventRole role, String entityId) {

    public Argument {
      Objects.requireNonNull(role, "role");
    }
  }
}
