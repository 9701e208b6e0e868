package dev.kg.extract.relation;

import dev.kg.extract.Evidence;
import dev.kg.extract.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sentence places in a place that it places in a larger one is in the larger one too:
 * "Lillehammer is a town in Oppland County in Norway" puts the town in the county and the county in
 * Norway, so the town is in Norway, and "a town in Albert County, New Brunswick, Canada" is in all
 * three. The same holds when another sentence of the document places the larger one: "Westmere is a
 * hamlet in Guilderland. ... Guilderland is a town in Albany County" puts Westmere in Albany County,
 * as a reader of the article takes it; such a fact's evidence is the sentence that places the smaller
 * place, which names the larger one's container only through the other sentence (as {@link
 * StateOffices} names a country), and it is added only where no sentence states the pair itself.
 * Only the parse patterns' own {@code LOCATED_IN} facts and the facts chained from them are chained,
 * never KBP's guesses, and a chained fact is less sure than its weaker link.
 */
final class PlaceChains {

  private static final String LOCATED_IN = "LOCATED_IN";
  private static final String METHOD = "place-chain";
  /** The method of a chain whose two links are stated in different sentences. */
  private static final String ACROSS = "place-chain-across-sentences";
  /** How much less sure a chained fact is than its weaker link. */
  private static final double DISCOUNT = 0.9;

  private final FactSink sink;

  PlaceChains(FactSink sink) {
    this.sink = sink;
  }

  /** Adds to the sink the facts the {@code LOCATED_IN} facts it holds so far imply. */
  void extract() {
    List<Relation> known = new ArrayList<>(
        sink.relations().stream().filter(r -> r.type().equals(LOCATED_IN) && r.objectId() != null).toList());
    // the pairs placed so far, each alone (in any sentence) and with the sentence that places it
    Set<String> placed = new HashSet<>();
    known.forEach(link -> placed.addAll(List.of(pair(link), pair(link) + "@" + link.evidence().sentence())));
    Set<Relation> fresh = new HashSet<>(known);
    List<Relation> chained = new ArrayList<>();
    // each round chains what the last one added, until a round adds nothing: a chain of places across
    // sentences is followed to its end ("the mall is in Westmere", "Westmere is in Guilderland, Albany County")
    while (!fresh.isEmpty()) {
      List<Relation> round = new ArrayList<>();
      for (Relation inner : known) {
        for (Relation outer : known) {
          if ((fresh.contains(inner) || fresh.contains(outer)) && inner.objectId().equals(outer.subjectId())
              && !outer.objectId().equals(inner.subjectId())) {
            Relation chain = chain(inner, outer);
            boolean oneSentence = inner.evidence().sentence() == outer.evidence().sentence();
            if (oneSentence ? placed.add(pair(chain) + "@" + chain.evidence().sentence()) : !placed.contains(pair(chain))) {
              placed.add(pair(chain));
              round.add(chain);
            }
          }
        }
      }
      known.addAll(round);
      chained.addAll(round);
      fresh = new HashSet<>(round);
    }
    chained.forEach(sink::add);
  }

  /**
   * The fact {@code inner} and {@code outer} imply: its evidence spans both where one sentence states
   * them, else it is {@code inner}'s, the sentence that places the smaller place.
   */
  private static Relation chain(Relation inner, Relation outer) {
    Evidence evidence = inner.evidence();
    String method = ACROSS;
    if (inner.evidence().sentence() == outer.evidence().sentence()) {
      evidence = new Evidence(inner.evidence().sentence(),
          Math.min(inner.evidence().start(), outer.evidence().start()), Math.max(inner.evidence().end(), outer.evidence().end()));
      method = METHOD;
    }
    return new Relation(LOCATED_IN, inner.subjectId(), outer.objectId(),
        Math.min(inner.confidence(), outer.confidence()) * DISCOUNT, evidence, inner.subject(), outer.object(), null, method);
  }

  private static String pair(Relation relation) {
    return relation.subjectId() + "|" + relation.objectId();
  }
}
