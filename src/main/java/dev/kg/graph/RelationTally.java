package dev.kg.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.Value;

/**
 * What every document that states one relation fact adds to the fact's edge, summed: how many
 * documents and sentences, the sentences' doubt, and for each title how many sentences give it and
 * how many of them call it former. The edge's properties ({@link #properties}) are read off these
 * sums, so a document's write adds what its own sentences say and a removal takes it away, without
 * reading any other document's sentences, which stay on their documents' {@code MENTIONS} edges
 * ({@link RelationEdges}). A sum does not depend on the order documents came in.
 *
 * <p>Confidence is 1 - the product of (1 - each sentence's confidence). The product is kept as the sum
 * of its logarithms in fixed point, whole numbers that add and subtract exactly in any order, with the
 * sentences of confidence 1 counted apart.
 *
 * <p>Former is counted per title, not per edge: "Sergei Shoigu, who previously served as defense
 * minister, is Russia's top security official" gives one edge two titles, one of them former, and a
 * single flag for the edge would call both current or both former.
 *
 * @param documentCount the documents that state the fact
 * @param evidenceCount their sentences that state it
 * @param logDoubt the sum over the sentences of -ln(1 - confidence), in units of 10^-12
 * @param certain the sentences of confidence 1
 * @param titles each non-empty title, as written, with its sentences
 * @param normalizedTitles each non-empty normalised title with its sentences
 */
record RelationTally(
    long documentCount,
    long evidenceCount,
    long logDoubt,
    long certain,
    SortedMap<String, TitleCount> titles,
    SortedMap<String, TitleCount> normalizedTitles) {

  static final RelationTally NONE =
      new RelationTally(0, 0, 0, 0, Collections.emptySortedMap(), Collections.emptySortedMap());

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

  /**
   * The edge's properties: what is derived from the tally, and the tally itself. A position's {@code
   * formerTitles} are the titles every sentence giving them calls former; it is {@code current} when
   * some title is not among them, or when its sentences give no title: "former" is only ever said of
   * a title, so a position stated without one is not called former.
   */
  Map<String, Object> properties(boolean position) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("confidence", confidence());
    properties.put("evidenceCount", evidenceCount);
    properties.put("documentCount", documentCount);
    properties.put("tallyLogDoubt", logDoubt);
    properties.put("tallyCertain", certain);
    if (position) {
      properties.put("titles", List.copyOf(titles.keySet()));
      properties.put("formerTitles", former(titles));
      properties.put("normalizedTitles", List.copyOf(normalizedTitles.keySet()));
      properties.put("formerNormalizedTitles", former(normalizedTitles));
      properties.put("current", titles.isEmpty() || titles.values().stream().anyMatch(count -> !count.isFormer()));
      properties.put("tallyTitles", List.copyOf(titles.keySet()));
      properties.put("tallyTitleSentences", titles.values().stream().map(TitleCount::sentences).toList());
      properties.put("tallyTitleFormerSentences", titles.values().stream().map(TitleCount::former).toList());
      properties.put("tallyNormalizedTitles", List.copyOf(normalizedTitles.keySet()));
      properties.put(
          "tallyNormalizedTitleSentences", normalizedTitles.values().stream().map(TitleCount::sentences).toList());
      properties.put(
          "tallyNormalizedTitleFormerSentences", normalizedTitles.values().stream().map(TitleCount::former).toList());
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
        counts(edge.get("tallyTitles"), edge.get("tallyTitleSentences"), edge.get("tallyTitleFormerSentences")),
        counts(
            edge.get("tallyNormalizedTitles"),
            edge.get("tallyNormalizedTitleSentences"),
            edge.get("tallyNormalizedTitleFormerSentences")));
  }

  private RelationTally add(List<RelationEvidence> sentences, int sign) {
    long log = logDoubt;
    long sure = certain;
    SortedMap<String, TitleCount> titleCounts = new TreeMap<>(titles);
    SortedMap<String, TitleCount> normalizedCounts = new TreeMap<>(normalizedTitles);
    for (RelationEvidence sentence : sentences) {
      if (sentence.confidence() >= 1) {
        sure += sign;
      } else {
        log += sign * Math.round(-Math.log1p(-Math.max(0, sentence.confidence())) * UNIT);
      }
      count(titleCounts, sentence.title(), sentence.former(), sign);
      count(normalizedCounts, sentence.normalizedTitle(), sentence.former(), sign);
    }
    return new RelationTally(
        documentCount + sign, evidenceCount + sign * sentences.size(), log, sure, titleCounts, normalizedCounts);
  }

  private static List<String> former(SortedMap<String, TitleCount> counts) {
    return counts.entrySet().stream().filter(count -> count.getValue().isFormer()).map(Map.Entry::getKey).toList();
  }

  private static void count(SortedMap<String, TitleCount> counts, String key, boolean former, int by) {
    if (key.isEmpty()) {
      return;
    }
    TitleCount was = counts.getOrDefault(key, TitleCount.NONE);
    TitleCount next = new TitleCount(was.sentences() + by, was.former() + (former ? by : 0));
    if (next.sentences() < 0 || next.former() < 0) {
      throw new IllegalArgumentException("a relation tally takes away '" + key + "', which no document added");
    }
    if (next.sentences() == 0) {
      counts.remove(key);
    } else {
      counts.put(key, next);
    }
  }

  private static SortedMap<String, TitleCount> counts(Value keys, Value sentences, Value former) {
    SortedMap<String, TitleCount> tally = new TreeMap<>();
    if (keys.isNull()) {
      return tally;
    }
    List<String> keyList = keys.asList(Value::asString);
    List<Long> sentenceList = sentences.asList(Value::asLong);
    List<Long> formerList = former.asList(Value::asLong);
    for (int i = 0; i < keyList.size(); i++) {
      tally.put(keyList.get(i), new TitleCount(sentenceList.get(i), formerList.get(i)));
    }
    return tally;
  }

  /**
   * The sentences that give one title, and how many of them call it former.
   *
   * @param sentences the sentences giving the title
   * @param former those of them that call it former
   */
  record TitleCount(long sentences, long former) {

    static final TitleCount NONE = new TitleCount(0, 0);

    /** Whether every sentence giving the title calls it former. */
    boolean isFormer() {
      return former == sentences;
    }
  }
}
