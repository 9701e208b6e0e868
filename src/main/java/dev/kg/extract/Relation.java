package dev.kg.extract;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A typed relation between two entities of one document, as one sentence states it.
 *
 * @param type relationship type in UPPER_SNAKE, e.g. {@code HOLDS_POSITION}
 * @param subjectId the {@link Entity#id()} the relation goes from
 * @param objectId the {@link Entity#id()} it goes to
 * @param confidence how sure the extractor is, 0..1
 * @param evidence the span that states it
 */
public record Relation(
    String type, String subjectId, String objectId, double confidence, Evidence evidence) {

  public Relation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(evidence, "evidence");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** This relation with its entity ids mapped, as resolution across documents does. */
  public Relation withEntityIds(UnaryOperator<String> mapping) {
    return new Relation(type, mapping.apply(subjectId), mapping.apply(objectId), confidence, evidence);
  }
}
