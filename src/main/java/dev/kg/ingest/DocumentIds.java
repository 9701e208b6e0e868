package dev.kg.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The document ids one read has given out. The graph keeps one document per id, so a second document
 * under an id already given out in the same run would silently take the first one's place; it is
 * refused instead, naming the first. The same content read twice (a file named twice) is no clash.
 *
 * <p>{@link DocumentReader} claims the ids of one read; a run that reads its files apart (Spark's
 * executors) claims them again, in input order, where the files' documents meet.
 *
 * <pre>{@code
 * DocumentIds ids = new DocumentIds();
 * ids.claim("a.txt", "x/a.txt", sha256, DocumentIds.ANY_ID_HINT).ifPresent(reason -> refuse(reason));
 * }</pre>
 */
public final class DocumentIds {

  /** How to part two documents of any source whose ids clash. */
  public static final String ANY_ID_HINT =
      "give them different ids: name a folder holding both, or give each JSONL line its own \"id\"";

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
    Optional<String> clash = claim(document.id(), document.path(), document.sha256(), hint);
    if (clash.isPresent()) {
      throw new RejectedInputException(clash.get());
    }
  }

  /**
   * Gives the document at {@code path} with content {@code sha256} the id {@code id}.
   *
   * @param hint how to give the two documents different ids
   * @return why not, when another document with other content already has the id
   */
  public Optional<String> claim(String id, String path, String sha256, String hint) {
    Claim first = claimed.putIfAbsent(id, new Claim(path, sha256));
    if (first != null && !first.sha256().equals(sha256)) {
      return Optional.of("id '" + id + "' is already used by " + first.path() + " in this run; " + hint);
    }
    return Optional.empty();
  }
}
