package dev.kg.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.Value;

/**
 * What every document that states one relation fact adds to the fact's edge, summed: how many
 * documents and sentences, the sentences' doubt, how many give each title and how many do not call
 * the position former. The edge's properties ({@link #properties}) are read off these sums, so a
 * document's write adds what its own sentences say and a removal takes it away, without reading any
 * other document's sentences, which stay on their documents' {@code MENTIONS} edges ({@link
 * RelationEdges}). A sum does not depend on the order documents came in.
 *
 * <p>Confidence is 1 - the product of (1 - each sentence's confidence). The product is kept as the sum
 * of its logarithms in fixed point, whole numbers that add and subtract exactly in any order, with the
 * sentences of confidence 1 counted apart.
 *
 * @param documentCount the documents that state the fact
 * @param evidenceCount their sentences that state it
 * @param logDoubt the sum over the sentences of -ln(1 - confidence), in units of 10^-12
 * @param certain the sentences of confidence 1
 * @param titles each non-empty title, as written, to the number of sentences giving it
 * @param normalizedTitles each non-empty normalised title to the number of sentences giving it
 * @param current the sentences that do not call the position former
 */
record RelationTally(
    long documentCount,
    long evidenceCount,
    long logDoubt,
    long certain,
    SortedMap<String, Long> titles,
    SortedMap<String, Long> normalizedTitles,
    long current) {

  static final RelationTally NONE =
      new RelationTally(0, 0, 0, 0, Collections.emptySortedMap(), Collections.emptySortedMap(), 0);

  private static final double UNIT = 1e12;

  RelationTally {
    if (documentCount < 0 || evidenceCount < 0) {
      throw new IllegalArgumentException(
          "a relation tally counts " + evidenceCount + " sentence(s) in " + documentCount
              + " document(s): a document was taken away that was never added");
    }
    titles = Collections.unmodifiableSortedMap(new TreeMap<>(titles));
    normalizedTitles = Collections.unmodifiableSortedMap(new TreeMap<>(normalizedTitles));
  }

  /** This tally with one more document's {@code sentences}, all of one document. */
  RelationTally plus(List<RelationEvidence> sentences) {
    return add(sentences, 1);
  }

  /** This tally without one document's {@code sentences}, which must have been added. */
  RelationTally minus(List<RelationEvidence> sentences) {
    return add(sentences, -1);
  }

  /** Whether no document states the fact any more. */
  boolean isEmpty() {
    return documentCount == 0;
  }

  /** 1 - the product of (1 - each sentence's confidence), to three decimals. */
  double confidence() {
    double doubt = certain > 0 ? 0 : Math.exp(-logDoubt / UNIT);
    return Math.round((1 - doubt) * 1000) / 1000.0;
  }

  /** The edge's properties: what is derived from the tally, and the tally itself. */
  Map<String, Object> properties(boolean position) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("confidence", confidence());
    properties.put("evidenceCount", evidenceCount);
    properties.put("documentCount", documentCount);
    properties.put("tallyLogDoubt", logDoubt);
    properties.put("tallyCertain", certain);
    if (position) {
      properties.put("titles", List.copyOf(titles.keySet()));
      properties.put("normalizedTitles", List.copyOf(normalizedTitles.keySet()));
      properties.put("current", current > 0);
      properties.put("tallyTitles", List.copyOf(titles.keySet()));
      properties.put("tallyTitleSentences", new ArrayList<>(titles.values()));
      properties.put("tallyNormalizedTitles", List.copyOf(normalizedTitles.keySet()));
      properties.put("tallyNormalizedTitleSentences", new ArrayList<>(normalizedTitles.values()));
      properties.put("tallyCurrent", current);
    }
    return properties;
  }

  /** The tally stored on an edge ({@link #properties}). */
  static RelationTally read(Value edge) {
    return new RelationTally(
        edge.get("documentCount").asLong(),
        edge.get("evidenceCount").asLong(),
        edge.get("tallyLogDoubt").asLong(),
        edge.get("tallyCertain").asLong(),
        counts(edge.get("tallyTitles"), edge.get("tallyTitleSentences")),
        counts(edge.get("tallyNormalizedTitles"), edge.get("tallyNormalizedTitleSentences")),
        edge.get("tallyCurrent").asLong(0));
  }

  private RelationTally add(List<RelationEvidence> sentences, int sign) {
    long log = logDoubt;
    long sure = certain;
    long notFormer = current;
    SortedMap<String, Long> titleCounts = new TreeMap<>(titles);
    SortedMap<String, Long> normalizedCounts = new TreeMap<>(normalizedTitles);
    for (RelationEvidence sentence : sentences) {
      if (sentence.confidence() >= 1) {
        sure += sign;
      } else {
        log += sign * Math.round(-Math.log1p(-Math.max(0, sentence.confidence())) * UNIT);
      }
      if (!sentence.former()) {
        notFormer += sign;
      }
      count(titleCounts, sentence.title(), sign);
      count(normalizedCounts, sentence.normalizedTitle(), sign);
    }
    return new RelationTally(
        documentCount + sign, evidenceCount + sign * sentences.size(), log, sure, titleCounts, normalizedCounts,
        notFormer);
  }

  private static void count(SortedMap<String, Long> counts, String key, int by) {
    if (key.isEmpty()) {
      return;
    }
    long next = counts.getOrDefault(key, 0L) + by;
    if (next < 0) {
      throw new IllegalArgumentException("a relation tally takes away '" + key + "', which no document added");
    }
    if (next == 0) {
      counts.remove(key);
    } else {
      counts.put(key, next);
    }
  }

  private static SortedMap<String, Long> counts(Value keys, Value counts) {
    SortedMap<String, Long> tally = new TreeMap<>();
    if (keys.isNull()) {
      return tally;
    }
    List<String> keyList = keys.asList(Value::asString);
    List<Long> countList = counts.asList(Value::asLong);
    for (int i = 0; i < keyList.size(); i++) {
      tally.put(keyList.get(i), countList.get(i));
    }
    return tally;
  }
}
