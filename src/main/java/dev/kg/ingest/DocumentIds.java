package dev.kg.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The document ids one read has given out. The graph keeps one document per id, so a second document
 * under an id already given out in the same run would silently take the first one's place; it is
 * refused instead, naming the first. The same content read twice (a file named twice) is no clash.
 */
final class DocumentIds {

  // Where and what, not the document: a run can be far larger than memory.
  private final Map<String, Claim> claimed = new HashMap<>();

  private record Claim(String path, String sha256) {}

  /**
   * Gives {@code document} its id.
   *
   * @param hint how to give the two documents different ids, e.g. {@code give each line its own "id"}
   * @throws RejectedInputException if another document with other content already has the id
   */
  void claim(SourceDocument document, String hint) throws RejectedInputException {
    Claim first = claimed.putIfAbsent(document.id(), new Claim(document.path(), document.sha256()));
    if (first != null && !first.sha256().equals(document.sha256())) {
      throw new RejectedInputException(
          "id '" + document.id() + "' is already used by " + first.path() + " in this run; " + hint);
    }
  }
}
