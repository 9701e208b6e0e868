package dev.kg.extract;

/**
 * Where a document states a fact: the sentence and the character span that supports it.
 *
 * @param sentence zero-based index into {@link DocumentExtraction#sentences()}
 * @param start character offset into the document text, inclusive
 * @param end character offset, exclusive
 */
public record Evidence(int sentence, int start, int end) {

  public Evidence {
    if (sentence < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "bad evidence: sentence " + sentence + ", span [" + start + ", " + end + ")");
    }
  }
}
