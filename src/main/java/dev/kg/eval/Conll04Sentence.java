package dev.kg.eval;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a CoNLL04 file: its tokens, entities and gold relations.
 *
 * @param doc the id after {@code #doc}
 * @param tokens the file's tokens, in order
 * @param entities entity spans with their corpus type ({@code Peop}, {@code Org}, {@code Loc}, {@code Other})
 * @param relations gold relations between those spans
 */
public record Conll04Sentence(
    String doc, List<String> tokens, List<Conll04Sentence.Entity> entities, List<Conll04Relation> relations) {

  public Conll04Sentence {
    Objects.requireNonNull(doc, "doc");
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
  }

  /** The sentence as text: the tokens joined by single spaces, so token offsets are easy to map back. */
  public String text() {
    return String.join(" ", tokens);
  }

  /**
   * The first and last index (both inclusive) of the tokens that the character span {@code [start,
   * end)} of {@link #text()} covers.
   */
  public List<Integer> tokenSpan(int start, int end) {
    int first = 0;
    int last = 0;
    int offset = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (offset <= start) {
        first = i;
      }
      if (offset < end) {
        last = i;
      }
      offset += tokens.get(i).length() + 1;
    }
    return List.of(first, last);
  }

  /** An entity span of tokens {@code start..end}, both inclusive. */
  public record Entity(String type, int start, int end) {}
}
