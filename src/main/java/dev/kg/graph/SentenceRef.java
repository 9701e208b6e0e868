package dev.kg.graph;

import java.util.Comparator;
import java.util.Objects;

/**
 * A sentence of a stored document, written {@code <documentId>#<sentence>} in the graph, e.g. {@code
 * 04-port-visit.html#2}. Its text is {@code Document.text[sentenceStarts[i], sentenceEnds[i])}.
 *
 * <pre>{@code
 * SentenceRef ref = SentenceRef.parse("04-port-visit.html#2");  // document 04-port-visit.html, sentence 2
 * }</pre>
 *
 * @param documentId the {@code Document.id}
 * @param sentence the zero-based sentence index, as in {@code Mention.sentence}
 */
record SentenceRef(String documentId, int sentence) implements Comparable<SentenceRef>, java.io.Serializable {

  private static final Comparator<SentenceRef> ORDER =
      Comparator.comparing(SentenceRef::documentId).thenComparingInt(SentenceRef::sentence);

  SentenceRef {
    Objects.requireNonNull(documentId, "documentId");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index must not be negative, got " + sentence);
    }
  }

  /**
   * Reads {@code <documentId>#<sentence>}; the document id may itself contain {@code #}.
   *
   * @throws IllegalArgumentException if {@code ref} does not end in {@code #} and a sentence index
   */
  static SentenceRef parse(String ref) {
    int hash = ref.lastIndexOf('#');
    try {
      return new SentenceRef(ref.substring(0, hash), Integer.parseInt(ref.substring(hash + 1)));
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a sentence reference <documentId>#<sentence>: '" + ref + "'", e);
    }
  }

  /** By document id, then sentence index: numerically, so sentence 2 comes before sentence 10. */
  @Override
  public int compareTo(SentenceRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return documentId + "#" + sentence;
  }
}
