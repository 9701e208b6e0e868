package dev.kg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One document's share of the {@code CO_OCCURS_WITH} edges: for each pair of entities it mentions in
 * one sentence, the sentences where it does. A sentence counts once for a pair however many times it
 * mentions either entity, by name or by pronoun.
 *
 * <p>A sentence that mentions more than {@value #MAX_ENTITIES_PER_SENTENCE} distinct entities adds no
 * pair at all: it is a list or a table run together into one sentence, which says nothing about how
 * the entities in it relate, and would add hundreds of edges at once (30 entities already make 435).
 *
 * <pre>{@code
 * CoOccurrences pairs =
 *     CoOccurrences.of("doc-1", Map.of(0, List.of("person:kaja-lind", "location:tallinn")));
 * pairs.refs(EntityPair.of("person:kaja-lind", "location:tallinn"));  // [doc-1#0]
 * }</pre>
 */
final class CoOccurrences {

  static final int MAX_ENTITIES_PER_SENTENCE = 30;

  private final SortedMap<EntityPair, List<SentenceRef>> refs;

  private CoOccurrences(SortedMap<EntityPair, List<SentenceRef>> refs) {
    this.refs = refs;
  }

  /**
   * The pairs of {@code documentId}, from the ids of the entities each sentence mentions, keyed by
   * sentence index; an id may be listed more than once.
   */
  static CoOccurrences of(String documentId, Map<Integer, ? extends Collection<String>> entitiesBySentence) {
    SortedMap<EntityPair, List<SentenceRef>> refs = new TreeMap<>();
    for (Map.Entry<Integer, ? extends Collection<String>> sentence : new TreeMap<>(entitiesBySentence).entrySet()) {
      List<String> entities = List.copyOf(new TreeSet<>(sentence.getValue()));
      if (entities.size() > MAX_ENTITIES_PER_SENTENCE) {
        continue;
      }
      SentenceRef ref = new SentenceRef(documentId, sentence.getKey());
      for (int i = 0; i < entities.size(); i++) {
        for (int j = i + 1; j < entities.size(); j++) {
          refs.computeIfAbsent(new EntityPair(entities.get(i), entities.get(j)), pair -> new ArrayList<>()).add(ref);
        }
      }
    }
    return new CoOccurrences(refs);
  }

  /** The pairs of {@code refs}, sentences of any number of documents, sorted as one document's are. */
  static CoOccurrences of(Map<EntityPair, ? extends Collection<SentenceRef>> refs) {
    SortedMap<EntityPair, List<SentenceRef>> sorted = new TreeMap<>();
    refs.forEach((pair, sentences) -> sorted.put(pair, List.copyOf(new TreeSet<>(sentences))));
    return new CoOccurrences(sorted);
  }

  /** A document that contributes no pair: absent, or without two entities in any sentence. */
  static CoOccurrences none() {
    return new CoOccurrences(new TreeMap<>());
  }

  /** The pairs, in order. */
  Set<EntityPair> pairs() {
    return Collections.unmodifiableSet(refs.keySet());
  }

  /** The sentences that mention both entities of {@code pair}, in order; empty if none does. */
  List<SentenceRef> refs(EntityPair pair) {
    return Collections.unmodifiableList(refs.getOrDefault(pair, List.of()));
  }
}
