package dev.kg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.neo4j.driver.Value;

/**
 * One sentence that supports a relation edge, as stored in the edge's parallel evidence lists
 * ({@code evidenceDocuments[i]}, {@code evidenceSentences[i]}, ...), so that forgetting a document is
 * a filter over those lists.
 *
 * @param document the document id
 * @param sentenceIndex the sentence's index in its document
 * @param sentence the sentence text
 * @param start character offset of the supporting span in the document text
 * @param end character offset just past it
 * @param confidence the extractor's confidence for this sentence
 * @param method what found it ({@code kbp} or a pattern's name)
 * @param title for positions, the title as written; else empty
 * @param normalizedTitle for positions, the normalised title; else empty
 * @param former for positions, whether this sentence says it is a former one
 */
record RelationEvidence(
    String document,
    long sentenceIndex,
    String sentence,
    long start,
    long end,
    double confidence,
    String method,
    String title,
    String normalizedTitle,
    boolean former) implements java.io.Serializable {

  static final Comparator<RelationEvidence> ORDER =
      Comparator.comparing(RelationEvidence::document)
          .thenComparingLong(RelationEvidence::start)
          .thenComparingLong(RelationEvidence::end)
          .thenComparing(RelationEvidence::method)
          .thenComparing(RelationEvidence::normalizedTitle);

  RelationEvidence {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(normalizedTitle, "normalizedTitle");
  }

  /** The evidence stored on an edge, read from its properties. */
  static List<RelationEvidence> read(Value edge) {
    List<String> documents = edge.get("evidenceDocuments").asList(Value::asString);
    List<RelationEvidence> evidence = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      evidence.add(
          new RelationEvidence(
              documents.get(i),
              edge.get("evidenceSentenceIndexes").get(i).asLong(),
              edge.get("evidenceSentences").get(i).asString(),
              edge.get("evidenceStarts").get(i).asLong(),
              edge.get("evidenceEnds").get(i).asLong(),
              edge.get("evidenceConfidences").get(i).asDouble(),
              edge.get("evidenceMethods").get(i).asString(),
              edge.get("evidenceTitles").get(i).asString(),
              edge.get("evidenceNormalizedTitles").get(i).asString(),
              edge.get("evidenceFormer").get(i).asBoolean()));
    }
    return evidence;
  }

  /**
   * The properties of an edge with this evidence, in {@link #ORDER}: the parallel lists, and what is
   * derived from them. Confidence combines the sentences as independent witnesses (1 - product of
   * 1 - c), so every further sentence strengthens the edge and the order they came in does not matter.
   */
  static Map<String, Object> properties(List<RelationEvidence> unordered, boolean position) {
    List<RelationEvidence> evidence = unordered.stream().sorted(ORDER).toList();
    double doubt = 1;
    for (RelationEvidence e : evidence) {
      doubt *= 1 - e.confidence();
    }
    TreeSet<String> documents = new TreeSet<>(evidence.stream().map(RelationEvidence::document).toList());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("confidence", Math.round((1 - doubt) * 1000) / 1000.0);
    properties.put("evidenceCount", evidence.size());
    properties.put("documents", List.copyOf(documents));
    properties.put("documentCount", documents.size());
    properties.put("evidenceDocuments", evidence.stream().map(RelationEvidence::document).toList());
    properties.put("evidenceSentenceIndexes", evidence.stream().map(RelationEvidence::sentenceIndex).toList());
    properties.put("evidenceSentences", evidence.stream().map(RelationEvidence::sentence).toList());
    properties.put("evidenceStarts", evidence.stream().map(RelationEvidence::start).toList());
    properties.put("evidenceEnds", evidence.stream().map(RelationEvidence::end).toList());
    properties.put("evidenceConfidences", evidence.stream().map(RelationEvidence::confidence).toList());
    properties.put("evidenceMethods", evidence.stream().map(RelationEvidence::method).toList());
    properties.put("evidenceTitles", evidence.stream().map(RelationEvidence::title).toList());
    properties.put("evidenceNormalizedTitles", evidence.stream().map(RelationEvidence::normalizedTitle).toList());
    properties.put("evidenceFormer", evidence.stream().map(RelationEvidence::former).toList());
    if (position) {
      properties.put("titles", distinctNonEmpty(evidence.stream().map(RelationEvidence::title).toList()));
      properties.put(
          "normalizedTitles", distinctNonEmpty(evidence.stream().map(RelationEvidence::normalizedTitle).toList()));
      properties.put("current", evidence.stream().anyMatch(e -> !e.former()));
    }
    return properties;
  }

  private static List<String> distinctNonEmpty(List<String> values) {
    TreeSet<String> distinct = new TreeSet<>(values);
    distinct.remove("");
    return List.copyOf(distinct);
  }
}
