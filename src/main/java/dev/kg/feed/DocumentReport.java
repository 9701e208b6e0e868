package dev.kg.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kg.ingest.InputProblem;
import java.util.List;
import java.util.Objects;

/**
 * What became of one posted document, as the response reports it: its outcome and, unless it failed,
 * the entities it mentions under their corpus ids and how many facts of each kind it supports.
 *
 * @param id the document id, given or derived from the content; {@code null} for an object that could
 *     not be read, whose reason names its place in the body
 * @param outcome {@code CREATED}, {@code REPLACED}, {@code UNCHANGED} or {@code FAILED}
 * @param reason why it failed, one line; {@code null} unless {@code FAILED}
 * @param entities the entities the document mentions, by id; {@code null} when it failed
 * @param relations relation edges (HOLDS_POSITION ... KILLED) the document is evidence for
 * @param quotes quotations the document holds
 * @param events events the document reports
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DocumentReport(
    String id,
    String outcome,
    String reason,
    List<EntityRef> entities,
    Integer relations,
    Integer quotes,
    Integer events) {

  static final String FAILED = "FAILED";

  DocumentReport {
    Objects.requireNonNull(outcome, "outcome");
    if (id == null && !outcome.equals(FAILED)) {
      throw new NullPointerException("id");
    }
  }

  static DocumentReport failed(String id, String reason) {
    return new DocumentReport(Objects.requireNonNull(id, "id"), FAILED, reason, null, null, null, null);
  }

  /** An object of the body that could not be read: {@code "request body[1]: missing \"text\""}. */
  static DocumentReport unread(InputProblem problem) {
    return new DocumentReport(null, FAILED, problem.toString(), null, null, null, null);
  }

  /** An entity as the graph names it. */
  record EntityRef(String id, String type, String name) {}
}
