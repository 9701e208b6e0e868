package dev.kg.extract;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An event one document reports.
 *
 * @param type event type from kg's ontology, e.g. {@code MEETING}
 * @param trigger the word that signals it, e.g. "met"
 * @param participants entities taking part, with their roles
 * @param evidence where the trigger stands
 */
public record Event(String type, String trigger, List<Participant> participants, Evidence evidence) {

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    participants = List.copyOf(participants);
  }

  /** This event with its participants' entity ids mapped, as resolution across documents does. */
  public Event withEntityIds(UnaryOperator<String> mapping) {
    return new Event(
        type,
        trigger,
        participants.stream().map(p -> new Participant(mapping.apply(p.entityId()), p.role())).toList(),
        evidence);
  }

  /** An entity's part in an event. */
  public record Participant(String entityId, String role) {

    public Participant {
      Objects.requireNonNull(entityId, "entityId");
      Objects.requireNonNull(role, "role");
    }
  }
}
