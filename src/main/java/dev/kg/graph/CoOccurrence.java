package dev.kg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * What a {@code CO_OCCURS_WITH} edge holds for a pair of entities over the whole corpus.
 *
 * @param sentences how many sentences mention both
 * @param documents how many documents have such a sentence
 * @param evidence the first {@value #EVIDENCE} of those sentences by document id, then sentence index
 */
record CoOccurrence(long sentences, long documents, List<SentenceRef> evidence) {

  static final int EVIDENCE = 5;

  /** A pair no sentence mentions together: no edge. */
  static final CoOccurrence NONE = new CoOccurrence(0, 0, List.of());

  CoOccurrence {
    evidence = List.copyOf(evidence);
  }

  /**
   * These totals with one document's sentences {@code removed} and its new ones {@code added}, or
   * with a batch of new documents' sentences {@code added}.
   *
   * <p>The evidence lists every sentence up to its last one, so whatever {@code removed} and {@code
   * added} do there is known; beyond it only the counts are. The new evidence is therefore exact
   * unless removals leave fewer than {@value #EVIDENCE} known sentences while more exist: then it
   * {@linkplain #lacksEvidence lacks evidence}, and the documents must supply the sentences after
   * this evidence's last one.
   */
  CoOccurrence replace(List<SentenceRef> removed, List<SentenceRef> added) {
    NavigableSet<SentenceRef> known = new TreeSet<>(evidence);
    known.removeAll(removed);
    known.addAll(added);
    if (evidence.size() < sentences) {
      known = known.headSet(evidence.get(evidence.size() - 1), true);
    }
    return new CoOccurrence(
        sentences - removed.size() + added.size(),
        documents - documentsOf(removed) + documentsOf(added),
        evidence(known));
  }

  // A document's sentences, or a batch's: each document counts once.
  private static long documentsOf(List<SentenceRef> refs) {
    return refs.stream().map(SentenceRef::documentId).distinct().count();
  }

  /** Whether the evidence lists fewer sentences than it should: see {@link #replace}. */
  boolean lacksEvidence() {
    return evidence.size() < Math.min(EVIDENCE, sentences);
  }

  /** This co-occurrence with {@code more} sentences that mention both, for its evidence to choose from. */
  CoOccurrence withEvidence(Collection<SentenceRef> more) {
    List<SentenceRef> refs = new ArrayList<>(evidence);
    refs.addAll(more);
    return new CoOccurrence(sentences, documents, evidence(refs));
  }

  /**
   * Whether the counts can be true: none negative, at least one sentence per document, and no
   * sentence without a document. They always are unless the store lost part of what it counted.
   */
  boolean isConsistent() {
    return documents >= 0 && sentences >= documents && (sentences == 0 || documents > 0);
  }

  private static List<SentenceRef> evidence(Collection<SentenceRef> refs) {
    return new TreeSet<>(refs).stream().limit(EVIDENCE).toList();
  }
}
