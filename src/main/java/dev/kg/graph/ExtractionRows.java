package dev.kg.graph;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.Mention;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import dev.kg.ingest.SourceDocument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link DocumentExtraction} as the parameter maps {@link GraphWriter}'s statements take: plain
 * values only, absent properties left out, entities in id order.
 */
final class ExtractionRows {

  private final String documentId;
  private final Map<String, Object> document;
  private final List<Map<String, Object>> entities;
  private final List<Map<String, Object>> mentions;
  private final CoOccurrences coOccurrences;

  private ExtractionRows(
      SourceDocument source,
      Map<String, Object> document,
      List<Map<String, Object>> entities,
      List<Map<String, Object>> mentions,
      CoOccurrences coOccurrences) {
    this.documentId = source.id();
    this.document = document;
    this.entities = entities;
    this.mentions = mentions;
    this.coOccurrences = coOccurrences;
  }

  /**
   * @throws IllegalArgumentException if the extraction lists an entity twice, has a mention, relation
   *     or quote of an entity it does not list, evidence in a sentence it does not have, or a
   *     publication date that is not {@code yyyy-MM-dd}
   */
  static ExtractionRows of(DocumentExtraction extraction) {
    SourceDocument source = extraction.document();
    Map<String, Integer> mentionCounts = new HashMap<>();
    for (Entity entity : extraction.entities()) {
      if (mentionCounts.put(entity.id(), 0) != null) {
        throw new IllegalArgumentException(
            "document '" + source.id() + "' lists entity '" + entity.id() + "' twice");
      }
    }
    List<Map<String, Object>> mentions = new ArrayList<>();
    Map<Integer, List<String>> entitiesBySentence = new HashMap<>();
    for (Mention mention : extraction.mentions()) {
      if (mentionCounts.computeIfPresent(mention.entityId(), (id, count) -> count + 1) == null) {
        throw new IllegalArgumentException(
            "document '" + source.id() + "': mention '" + mention.text() + "' at [" + mention.start()
                + ", " + mention.end() + ") refers to entity '" + mention.entityId()
                + "', which the extraction does not list");
      }
      mentions.add(mentionRow(source.id(), mention));
      entitiesBySentence
          .computeIfAbsent(mention.sentence(), sentence -> new ArrayList<>())
          .add(mention.entityId());
    }
    checkFacts(extraction, mentionCounts.keySet());
    List<Map<String, Object>> entities =
        extraction.entities().stream()
            .sorted(Comparator.comparing(Entity::id))
            .map(entity -> entityRow(entity, mentionCounts.get(entity.id())))
            .toList();
    return new ExtractionRows(
        source,
        documentRow(source, extraction.sentences()),
        entities,
        mentions,
        CoOccurrences.of(source.id(), entitiesBySentence));
  }

  /** Relations and quotes must point at entities and sentences the extraction lists. */
  private static void checkFacts(DocumentExtraction extraction, Set<String> entityIds) {
    String id = extraction.document().id();
    int sentences = extraction.sentences().size();
    for (Relation relation : extraction.relations()) {
      for (String end : new String[] {relation.subjectId(), relation.objectId()}) {
        if (end != null && !entityIds.contains(end)) {
          throw new IllegalArgumentException("document '" + id + "': " + relation.type() + " relation refers to entity '"
              + end + "', which the extraction does not list");
        }
      }
      if (relation.evidence().sentence() >= sentences) {
        throw new IllegalArgumentException("document '" + id + "': " + relation.type() + " relation cites sentence "
            + relation.evidence().sentence() + " of " + sentences);
      }
    }
    for (Quote quote : extraction.quotes()) {
      if (quote.speakerId() != null && !entityIds.contains(quote.speakerId())) {
        throw new IllegalArgumentException("document '" + id + "': quote '" + quote.text() + "' is attributed to entity '"
            + quote.speakerId() + "', which the extraction does not list");
      }
      if (quote.evidence().sentence() >= sentences) {
        throw new IllegalArgumentException("document '" + id + "': quote '" + quote.text() + "' cites sentence "
            + quote.evidence().sentence() + " of " + sentences);
      }
    }
  }

  String documentId() {
    return documentId;
  }

  /** The {@code :Document} node's properties. */
  Map<String, Object> document() {
    return document;
  }

  /** One row per entity, in id order: {@code id, label, type, name, aliases, kind, count}. */
  List<Map<String, Object>> entities() {
    return entities;
  }

  /** One row per mention: {@code id, entityId, start, end, sentence, text, nerTag}. */
  List<Map<String, Object>> mentions() {
    return mentions;
  }

  /** The pairs of entities the document mentions in one sentence. */
  CoOccurrences coOccurrences() {
    return coOccurrences;
  }

  /** What the document says of each of its entities, by entity id, as its {@code MENTIONS} edges do. */
  Map<String, EntityTally.Use> uses() {
    Map<String, EntityTally.Use> uses = new HashMap<>();
    for (Map<String, Object> row : entities) {
      @SuppressWarnings("unchecked")
      List<String> aliases = (List<String>) row.get("aliases");
      uses.put(
          (String) row.get("id"),
          new EntityTally.Use((Integer) row.get("count"), (String) row.get("name"), aliases, (String) row.get("kind")));
    }
    return uses;
  }

  private static Map<String, Object> documentRow(SourceDocument source, List<Span> sentences) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", source.id());
    putIfPresent(row, "title", source.title());
    putIfPresent(row, "source", source.source());
    putIfPresent(row, "published", source.published() == null ? null : date(source));
    putIfPresent(row, "url", source.url());
    row.put("path", source.path());
    row.put("sha256", source.sha256());
    row.put("text", source.text());
    row.put("sentenceStarts", sentences.stream().map(Span::start).toList());
    row.put("sentenceEnds", sentences.stream().map(Span::end).toList());
    return row;
  }

  private static Map<String, Object> entityRow(Entity entity, int mentionCount) {
    // A HashMap, because kind is null for everything but locations and Cypher then omits it.
    Map<String, Object> row = new HashMap<>();
    row.put("id", entity.id());
    row.put("label", entity.type().label());
    row.put("type", entity.type().name());
    row.put("name", entity.name());
    row.put("aliases", entity.aliases());
    row.put("kind", entity.kind() == null ? null : entity.kind().name());
    row.put("count", mentionCount);
    return row;
  }

  private static Map<String, Object> mentionRow(String documentId, Mention mention) {
    return Map.of(
        "id", documentId + "#" + mention.start() + "-" + mention.end(),
        "entityId", mention.entityId(),
        "start", mention.start(),
        "end", mention.end(),
        "sentence", mention.sentence(),
        "text", mention.text(),
        "nerTag", mention.nerTag());
  }

  private static LocalDate date(SourceDocument source) {
    try {
      return LocalDate.parse(source.published());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "document '" + source.id() + "': publication date '" + source.published()
              + "' is not yyyy-MM-dd",
          e);
    }
  }

  private static void putIfPresent(Map<String, Object> row, String key, Object value) {
    if (value != null) {
      row.put(key, value);
    }
  }
}
