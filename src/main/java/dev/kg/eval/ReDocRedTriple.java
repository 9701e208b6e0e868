package dev.kg.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A relation between two entities of a Re-DocRED document in kg's terms, gold or predicted;
 * serialised as one prediction line: {@code {"doc": "redocred-0", "type": "CITIZEN_OF", "head": 0, "tail": 7}}.
 *
 * @param doc the document's id
 * @param type kg's relationship type, e.g. {@code MEMBER_OF}
 * @param head the index of the subject's vertex (entity) in the document
 * @param tail the index of the object's vertex
 */
@JsonPropertyOrder({"doc", "type", "head", "tail"})
public record ReDocRedTriple(String doc, String type, int head, int tail) {

  /** The type every triple has once {@link #untyped()}. */
  public static final String ANY_TYPE = "ANY";

  public ReDocRedTriple {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(type, "type");
    if (head == tail) {
      throw new IllegalArgumentException("a relation joins two entities, got entity " + head + " twice in " + doc);
    }
  }

  /** The same pair of entities with the type set aside: whether kg related them, whatever it called it. */
  public ReDocRedTriple untyped() {
    return new ReDocRedTriple(doc, ANY_TYPE, head, tail);
  }
}
