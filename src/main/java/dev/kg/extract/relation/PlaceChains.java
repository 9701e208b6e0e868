package dev.kg.extract.relation;

import dev.kg.extract.Evidence;
import dev.kg.extract.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sentence places in a place that it places in a larger one is in the larger one too:
 * "Lillehammer is a town in Oppland County in Norway" puts the town in the county and the county in
 * Norway, so the town is in Norway, and "a town in Albert County, New Brunswick, Canada" is in all
 * three. Only the parse patterns' own {@code LOCATED_IN} facts of one sentence are chained, one link
 * deep and not through KBP's guesses, and a chained fact is less sure than its weaker link.
 */
final class PlaceChains {

  private static final String LOCATED_IN = "LOCATED_IN";
  private static final String METHOD = "place-chain";
  /** How much less sure a chained fact is than its weaker link. */
  private static final double DISCOUNT = 0.9;

  private final FactSink sink;

  PlaceChains(FactSink sink) {
    this.sink = sink;
  }

  /** Adds to the sink the facts the {@code LOCATED_IN} facts it holds so far imply within their sentence. */
  void extract() {
    List<Relation> links = sink.relations().stream().filter(r -> r.type().equals(LOCATED_IN) && r.objectId() != null).toList();
    List<Relation> chained = new ArrayList<>();
    for (Relation inner : links) {
      for (Relation outer : links) {
        if (inner.evidence().sentence() == outer.evidence().sentence() && inner.objectId().equals(outer.subjectId())
            && !outer.objectId().equals(inner.subjectId())) {
          Evidence evidence = new Evidence(inner.evidence().sentence(),
              Math.min(inner.evidence().start(), outer.evidence().start()), Math.max(inner.evidence().end(), outer.evidence().end()));
          chained.add(new Relation(LOCATED_IN, inner.subjectId(), outer.objectId(),
              Math.min(inner.confidence(), outer.confidence()) * DISCOUNT, evidence, inner.subject(), outer.object(), null, METHOD));
        }
      }
    }
    chained.forEach(sink::add);
  }
}
