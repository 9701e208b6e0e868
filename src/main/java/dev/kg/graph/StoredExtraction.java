package dev.kg.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.Event;
import dev.kg.extract.Mention;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import dev.kg.ingest.SourceDocument;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * A document's extraction as the document itself saw it, with its local entity ids, kept as JSON in
 * the {@code :Document} node's {@code extraction} property (the document's text and metadata are the
 * node's other properties). When a later document changes who one of its names denotes, the writer
 * re-resolves the stored extraction and writes it again, which needs no re-annotation.
 */
public final class StoredExtraction {

  // Tolerates derived values a record may expose as bean properties, which are not constructor parameters.
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final String LOAD = "MATCH (d:Document {id: $id}) RETURN properties(d) AS properties";

  private StoredExtraction() {}

  /** {@code extraction} without its document, as JSON. */
  public static String json(DocumentExtraction extraction) {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("sentences", extraction.sentences());
    stored.put("entities", extraction.entities());
    stored.put("mentions", extraction.mentions());
    stored.put("relations", extraction.relations());
    stored.put("quotes", extraction.quotes());
    stored.put("events", extraction.events());
    try {
      return JSON.writeValueAsString(stored);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored extraction of the stored document {@code documentId}. */
  static DocumentExtraction load(TransactionContext tx, String documentId) {
    Value properties = tx.run(LOAD, Map.of("id", documentId)).single().get("properties");
    SourceDocument document =
        new SourceDocument(
            properties.get("id").asString(),
            properties.get("title").asString(null),
            properties.get("source").asString(null),
            properties.get("published").isNull() ? null : properties.get("published").asLocalDate().toString(),
            properties.get("url").asString(null),
            properties.get("path").asString(),
            properties.get("text").asString(),
            properties.get("sha256").asString());
    return parse(document, properties.get("extraction").asString());
  }

  /** The extraction of {@code document} that {@link #json} wrote as {@code json}. */
  public static DocumentExtraction parse(SourceDocument document, String json) {
    try {
      JsonNode stored = JSON.readTree(json);
      return new DocumentExtraction(
          document,
          JSON.convertValue(stored.get("sentences"), new TypeReference<List<Span>>() {}),
          JSON.convertValue(stored.get("entities"), new TypeReference<List<Entity>>() {}),
          JSON.convertValue(stored.get("mentions"), new TypeReference<List<Mention>>() {}),
          JSON.convertValue(stored.get("relations"), new TypeReference<List<Relation>>() {}),
          JSON.convertValue(stored.get("quotes"), new TypeReference<List<Quote>>() {}),
          JSON.convertValue(stored.get("events"), new TypeReference<List<Event>>() {}));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
