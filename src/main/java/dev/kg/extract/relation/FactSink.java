package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Evidence;
import dev.kg.extract.Mention;
import dev.kg.extract.Relation;
import dev.kg.extract.Relation.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the relations the extractors find in one document, each with the sentence span that
 * covers both ends (and the title, for a position); a relation of an entity to itself is dropped. An
 * end found as a pronoun or description ("her home") is quoted by its entity's name where the same
 * sentence names it ("Ms. Toth ... her Germantown home"), the better evidence of who is meant.
 */
final class FactSink {

  private final List<Relation> relations = new ArrayList<>();
  private final EntityIndex index;

  FactSink(EntityIndex index) {
    this.index = index;
  }

  /**
   * Adds a relation found in {@code sentence}; {@code object} may be null only for a position.
   *
   * @param cue a span of the sentence the evidence must also cover (a title, a verb), or null
   */
  void add(
      String type,
      Mention subject,
      Mention object,
      double confidence,
      int sentence,
      Span cue,
      Role role,
      String method) {
    if (object != null && object.entityId().equals(subject.entityId())) {
      return;
    }
    subject = named(subject);
    object = object == null ? null : named(object);
    int start = subject.start();
    int end = subject.end();
    if (object != null) {
      start = Math.min(start, object.start());
      end = Math.max(end, object.end());
    }
    if (cue != null) {
      start = Math.min(start, cue.start());
      end = Math.max(end, cue.end());
    }
    relations.add(
        new Relation(
            type,
            subject.entityId(),
            object == null ? null : object.entityId(),
            confidence,
            new Evidence(sentence, start, end),
            new Span(subject.start(), subject.end()),
            object == null ? null : new Span(object.start(), object.end()),
            role,
            method));
  }

  /**
   * Adds a relation whose object is named outside its evidence (in the sentence before): the evidence
   * stays the one sentence that states the subject's part, {@code evidence}.
   */
  void addWithContext(String type, Mention subject, Mention object, double confidence, Evidence evidence, Role role, String method) {
    relations.add(
        new Relation(
            type,
            subject.entityId(),
            object.entityId(),
            confidence,
            evidence,
            new Span(subject.start(), subject.end()),
            new Span(object.start(), object.end()),
            role,
            method));
  }

  /** Adds a relation another rule derived from relations already found. */
  void add(Relation relation) {
    relations.add(relation);
  }

  private Mention named(Mention mention) {
    return mention.isName() ? mention : index.antecedentName(mention).orElse(mention);
  }

  List<Relation> relations() {
    return relations;
  }
}
