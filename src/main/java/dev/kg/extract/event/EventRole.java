package dev.kg.extract.event;

import java.util.Locale;

/**
 * The part an argument plays in an event, the same small set for every {@link EventType}; each type
 * says what its roles are called in KAIROS ({@link EventType#kairosRole}).
 */
public enum EventRole {
  /** Who does it: the visitor, the attacker, the signatory, the speaker, the giver. */
  AGENT,
  /** Who takes part beside the agent: the other side of a meeting or agreement. */
  PARTICIPANT,
  /** Who or what it is done to: the invaded country, the victim, the accused, the detainee. */
  TARGET,
  /** Who receives what is given, said or sent. */
  RECIPIENT,
  /** What is signed, supplied, tested or used. */
  OBJECT,
  /** Where it happens; for a visit, where the visitor goes. */
  PLACE;

  /** The role as stored on {@code PARTICIPATED_IN} edges: {@code agent}, {@code target}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
