package dev.kg.cli;

import java.util.List;

/**
 * The documents {@code --skip N} and {@code --limit N} choose from an evaluation file, in its order:
 * one rule, and one error message, for every {@code kg eval} command that reads documents in turn.
 *
 * <pre>{@code
 * DocumentSlice.of(documents, 400, 100); // the 401st to the 500th document
 * }</pre>
 */
final class DocumentSlice {

  private DocumentSlice() {}

  /**
   * {@code documents} from index {@code skip} (the first when null), at most {@code limit} of them (all
   * the rest when null); a skip that leaves nothing is refused, an empty file read whole is not.
   */
  static <T> List<T> of(List<T> documents, Integer skip, Integer limit) {
    int first = first(skip);
    limit(limit);
    if (skip != null && first >= documents.size()) {
      throw new UserException("--skip " + first + " leaves no document: the file has " + documents.size());
    }
    return documents.subList(first, limit == null ? documents.size() : Math.min(documents.size(), first + limit));
  }

  /**
   * {@code limit}, checked: at least one document, or null for all of them. Called before the file is
   * read, so a mistyped number costs no reading.
   */
  static Integer limit(Integer limit) {
    if (limit != null && limit < 1) {
      throw new UserException("--limit must be at least 1, got " + limit);
    }
    return limit;
  }

  /** The index of the first document kept: {@code skip}, or 0 when it is not given. */
  static int first(Integer skip) {
    int first = skip == null ? 0 : skip;
    if (first < 0) {
      throw new UserException("--skip must not be negative, got " + first);
    }
    return first;
  }
}
