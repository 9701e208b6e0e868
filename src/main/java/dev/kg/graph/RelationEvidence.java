package dev.kg.graph;

import dev.kg.graph.RelationEdges.EdgeKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.neo4j.driver.Value;

/**
 * One sentence that supports a relation edge, as stored on its document's {@code MENTIONS} edge to the
 * fact's subject, one entry of parallel lists ({@code evidenceTypes[i]}, {@code evidenceObjects[i]},
 * {@code evidenceSentences[i]}, ...), so that a document's sentences come and go with it.
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

  /**
   * The sentences relation edges stored in their own lists ({@code evidenceDocuments[i]}, ...) before
   * {@link RelationTally}: read once, to move them to their documents.
   */
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
   * The properties of a document's {@code MENTIONS} edge to a subject that hold the sentences of
   * {@code edges}, the facts about that subject the document states: parallel lists, by type and
   * object, each fact's sentences in {@link #ORDER}.
   */
  static Map<String, Object> mentionProperties(Map<EdgeKey, List<RelationEvidence>> edges) {
    List<EdgeKey> keys = new ArrayList<>();
    List<RelationEvidence> evidence = new ArrayList<>();
    new TreeMap<>(edges).forEach((key, sentences) -> sentences.stream().sorted(ORDER).forEach(sentence -> {
      keys.add(key);
      evidence.add(sentence);
    }));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("evidenceTypes", keys.stream().map(EdgeKey::type).toList());
    properties.put("evidenceObjects", keys.stream().map(EdgeKey::object).toList());
    properties.put("evidenceSentenceIndexes", evidence.stream().map(RelationEvidence::sentenceIndex).toList());
    properties.put("evidenceSentences", evidence.stream().map(RelationEvidence::sentence).toList());
    properties.put("evidenceStarts", evidence.stream().map(RelationEvidence::start).toList());
    properties.put("evidenceEnds", evidence.stream().map(RelationEvidence::end).toList());
    properties.put("evidenceConfidences", evidence.stream().map(RelationEvidence::confidence).toList());
    properties.put("evidenceMethods", evidence.stream().map(RelationEvidence::method).toList());
    properties.put("evidenceTitles", evidence.stream().map(RelationEvidence::title).toList());
    properties.put("evidenceNormalizedTitles", evidence.stream().map(RelationEvidence::normalizedTitle).toList());
    properties.put("evidenceFormer", evidence.stream().map(RelationEvidence::former).toList());
    return properties;
  }

  /** The sentences the {@code MENTIONS} edge of {@code document} to {@code subject} holds, by edge. */
  static Map<EdgeKey, List<RelationEvidence>> readMention(String document, String subject, Value mention) {
    List<String> types = mention.get("evidenceTypes").asList(Value::asString);
    Map<EdgeKey, List<RelationEvidence>> edges = new TreeMap<>();
    for (int i = 0; i < types.size(); i++) {
      EdgeKey key = new EdgeKey(subject, types.get(i), mention.get("evidenceObjects").get(i).asString());
      edges.computeIfAbsent(key, k -> new ArrayList<>()).add(
          new RelationEvidence(
              document,
              mention.get("evidenceSentenceIndexes").get(i).asLong(),
              mention.get("evidenceSentences").get(i).asString(),
              mention.get("evidenceStarts").get(i).asLong(),
              mention.get("evidenceEnds").get(i).asLong(),
              mention.get("evidenceConfidences").get(i).asDouble(),
              mention.get("evidenceMethods").get(i).asString(),
              mention.get("evidenceTitles").get(i).asString(),
              mention.get("evidenceNormalizedTitles").get(i).asString(),
              mention.get("evidenceFormer").get(i).asBoolean()));
    }
    return edges;
  }
}
