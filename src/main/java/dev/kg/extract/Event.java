package dev.kg.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * An event one document reports, after the document's sentences about it have been merged: "Putin
 * arrived in Pyongyang on Tuesday" and, two sentences on, "the visit" are one event.
 *
 * @param type event type from kg's ontology ({@code dev.kg.extract.event.EventType}), e.g. {@code VISIT}
 * @param trigger the word that signals it in its first sentence, e.g. "visited"
 * @param participants entities taking part, with their roles ({@code agent}, {@code participant},
 *     {@code target}, {@code recipient}, {@code object}); at most one role per entity
 * @param unnamed those taking part whom the text does not name ("13 people", "a man", "the bomber"),
 *     each with its role and where the text says so; none of them names an entity, and none is a
 *     pronoun
 * @param placeId the {@link Entity#id()} of the location it took place in, or {@code null}
 * @param date when it happened as far as the text says: ISO {@code 2024-06-19}, {@code 2024-06} or
 *     {@code 2024}, or {@code null} when the text gives no year
 * @param dateText the words the date was read from ("on Wednesday", "in June"), or {@code null}
 * @param summary one line saying who did what, e.g. "VISIT agent: Vladimir Putin; place: Pyongyang"
 * @param confidence how sure the extractor is, 0..1
 * @param evidence every trigger span that reports it, in text order; the first is the main one
 * @param expected whether the document tells it only as still to come (planned, expected, wanted or
 *     conditional: "Putin will visit Pyongyang", "called for talks") and nowhere as done
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(
    String type,
    String trigger,
    List<Participant> participants,
    List<UnnamedParticipant> unnamed,
    String placeId,
    String date,
    String dateText,
    String summary,
    double confidence,
    List<Evidence> evidence,
    boolean expected) {

  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(summary, "summary");
    participants = List.copyOf(participants);
    // An extraction stored by a build before unnamed participants has none.
    unnamed = unnamed == null ? List.of() : List.copyOf(unnamed);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("event " + type + " '" + trigger + "' has no evidence");
    }
    if (date != null && !PARTIAL_DATE.matcher(date).matches()) {
      throw new IllegalArgumentException("event date must be yyyy, yyyy-MM or yyyy-MM-dd, got " + date);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** This event with its participants' and place's entity ids mapped, as resolution across documents does. */
  public Event withEntityIds(UnaryOperator<String> mapping) {
    return new Event(
        type,
        trigger,
        participants.stream().map(p -> new Participant(mapping.apply(p.entityId()), p.role())).toList(),
        unnamed,
        placeId == null ? null : mapping.apply(placeId),
        date,
        dateText,
        summary,
        confidence,
        evidence,
        expected);
  }

  /** An entity's part in an event. */
  public record Participant(String entityId, String role) {

    public Participant {
      Objects.requireNonNull(entityId, "entityId");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * Someone or something taking part that the text does not name: a common noun's phrase, its
   * determiner, premodifiers and "of" phrase included ("13 people", "a man", "a state of emergency").
   *
   * @param role as {@link Participant#role()}
   * @param words the phrase as the text says it
   * @param evidence where it says it
   */
  public record UnnamedParticipant(String role, String words, Evidence evidence) {

    public UnnamedParticipant {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(evidence, "evidence");
      if (words == null || words.isBlank()) {
        throw new IllegalArgumentException("an unnamed participant needs its words, got '" + words + "'");
      }
    }
  }
}
