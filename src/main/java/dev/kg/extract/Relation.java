package dev.kg.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kg.extract.DocumentExtraction.Span;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A typed relation between two entities of one document, as one sentence states it.
 *
 * <p>A {@code HOLDS_POSITION} relation may lack an object: "leader Kim Jong Un" gives Kim a title
 * without naming where he holds it. Such a relation adds the title to the person and no edge.
 *
 * @param type relationship type in UPPER_SNAKE, e.g. {@code HOLDS_POSITION}
 * @param subjectId the {@link Entity#id()} the relation goes from
 * @param objectId the {@link Entity#id()} it goes to; {@code null} only for a position held at an
 *     unnamed place
 * @param confidence how sure the extractor is, 0..1
 * @param evidence the span that states it
 * @param subject the span of the subject's mention
 * @param object the span of the object's mention, {@code null} exactly when {@code objectId} is
 * @param role the position, for {@code HOLDS_POSITION}; {@code null} for other types
 * @param method what found it: {@code kbp} (CoreNLP's relation extractor) or a pattern's name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relation(
    String type,
    String subjectId,
    String objectId,
    double confidence,
    Evidence evidence,
    Span subject,
    Span object,
    Role role,
    String method) {

  /** The one relationship type that carries a {@link Role}. */
  public static final String HOLDS_POSITION = "HOLDS_POSITION";

  public Relation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(method, "method");
    if (!type.matches("[A-Z]+(_[A-Z]+)*")) {
      throw new IllegalArgumentException("relationship type must be UPPER_SNAKE, got '" + type + "'");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
    if ((objectId == null) != (object == null)) {
      throw new IllegalArgumentException("object id and object span must be given together");
    }
    if (objectId == null && !type.equals(HOLDS_POSITION)) {
      throw new IllegalArgumentException(type + " needs an object; only " + HOLDS_POSITION + " may lack one");
    }
    if ((role != null) != type.equals(HOLDS_POSITION)) {
      throw new IllegalArgumentException("a role is given exactly for " + HOLDS_POSITION + ", not for " + type);
    }
  }

  /** This relation with its entity ids mapped, as resolution across documents does. */
  public Relation withEntityIds(UnaryOperator<String> mapping) {
    return new Relation(
        type,
        mapping.apply(subjectId),
        objectId == null ? null : mapping.apply(objectId),
        confidence,
        evidence,
        subject,
        object,
        role,
        method);
  }

  /**
   * A position as the text writes it.
   *
   * @param title the title as written, e.g. "Deputy Defense Minister"
   * @param normalized lower case, singular, without qualifiers of time or rank ("former", "top"),
   *     e.g. "deputy defense minister"
   * @param former whether the text says the person held it in the past
   */
  public record Role(String title, String normalized, boolean former) {

    public Role {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(normalized, "normalized");
      if (title.isBlank() || normalized.isBlank()) {
        throw new IllegalArgumentException("a role needs a title");
      }
    }
  }
}
