package dev.kg.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A relation between two token spans of a CoNLL04 sentence, gold or predicted; serialised as one
 * prediction line: {@code {"doc": "5", "label": "Work_For", "head": [0, 1], "tail": [4, 4]}}.
 *
 * @param doc the sentence's {@code #doc} id
 * @param label {@code Work_For}, {@code Live_In}, {@code OrgBased_In}, {@code Located_In} or {@code Kill}
 * @param head first and last token index (inclusive) of the relation's first argument
 * @param tail first and last token index (inclusive) of its second argument
 */
@JsonPropertyOrder({"doc", "label", "head", "tail"})
public record Conll04Relation(String doc, String label, List<Integer> head, List<Integer> tail) {

  public Conll04Relation {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(label, "label");
    head = List.copyOf(head);
    tail = List.copyOf(tail);
    if (head.size() != 2 || tail.size() != 2) {
      throw new IllegalArgumentException("head and tail must be [start, end], got " + head + " and " + tail);
    }
  }

  /** The same relation judged leniently: each span reduced to its last token. */
  Conll04Relation lastTokens() {
    return new Conll04Relation(doc, label, List.of(head.get(1), head.get(1)), List.of(tail.get(1), tail.get(1)));
  }
}
