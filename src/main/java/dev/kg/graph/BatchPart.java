package dev.kg.graph;

import dev.kg.graph.EntityTally.Use;
import dev.kg.resolve.NameUse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What documents contribute to one key of a {@link BatchStage}: one document's share, or the sum of
 * several documents' shares ({@link #plus}). Parts of one key are summed before they are written, so
 * each key is written by one task and once.
 */
public sealed interface BatchPart extends Serializable
    permits BatchPart.EntityNode, BatchPart.Name, DocumentRows, BatchPart.EntityUses, BatchPart.Sentences,
        BatchPart.Evidence, BatchPart.Reports {

  /** This part and {@code other}, a part of the same key and stage, together. */
  BatchPart plus(BatchPart other);

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** An entity node: its label and type, the same in every document that names it. */
  record EntityNode(String label, String type) implements BatchPart {
    @Override
    public BatchPart plus(BatchPart other) {
      return this;
    }
  }

  /** The uses of a name, summed with the one rule every name store sums them by. */
  record Name(NameUse use) implements BatchPart {
    @Override
    public BatchPart plus(BatchPart other) {
      return new Name(use.plus(((Name) other).use()));
    }
  }

  /** What documents say of an entity (their {@code MENTIONS} edges), the titles they give a person included. */
  record EntityUses(List<Use> uses) implements BatchPart {
    @Override
    public BatchPart plus(BatchPart other) {
      return new EntityUses(BatchPart.concat(uses, ((EntityUses) other).uses()));
    }
  }

  /** The sentences that mention both entities of a pair. */
  record Sentences(List<SentenceRef> refs) implements BatchPart {
    @Override
    public BatchPart plus(BatchPart other) {
      return new Sentences(BatchPart.concat(refs, ((Sentences) other).refs()));
    }
  }

  /** The sentences that state one relation. */
  record Evidence(List<RelationEvidence> evidence) implements BatchPart {
    @Override
    public BatchPart plus(BatchPart other) {
      return new Evidence(BatchPart.concat(evidence, ((Evidence) other).evidence()));
    }
  }

  /** Event reports. */
  record Reports(List<EventReport> reports) implements BatchPart {
    @Override
    public BatchPart plus(BatchPart other) {
      return new Reports(BatchPart.concat(reports, ((Reports) other).reports()));
    }
  }
}
