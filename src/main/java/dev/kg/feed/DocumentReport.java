package dev.kg.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * What became of one posted document, as the response reports it: its outcome and, unless it failed,
 * the entities it mentions under their corpus ids and how many facts of each kind it supports.
 *
 * @param id the document id, given or derived from the content
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
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
  }

  static DocumentReport failed(String id, String reason) {
    return new DocumentReport(id, FAILED, reason, null, null, null, null);
  }

  /** An entity as the graph names it. */
  record EntityRef(String id, String type, String name) {}
}
