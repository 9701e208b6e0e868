package dev.kg.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.graph.PlainValues;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * Writes the whole graph as one JSON document:
 *
 * <pre>{@code
 * {"nodes":[{"id":"person:kim-jong-un","labels":["Entity","Person"],"properties":{...}}, ...],
 *  "relationships":[{"id":"doc-1|MENTIONS|person:kim-jong-un","type":"MENTIONS",
 *                    "start":"doc-1","end":"person:kim-jong-un","properties":{...}}, ...]}
 * }</pre>
 *
 * <p>A node's id is its {@code id} property (every node kg writes has one), falling back to Neo4j's
 * element id; a relationship's is {@code start|TYPE|end}, unique because kg never writes two edges of
 * one type between the same nodes. Nodes come in id order, relationships in (start, type, end) order,
 * labels and property keys sorted, so the same graph always exports to the same bytes. Dates and
 * other non-JSON values become strings. Records are streamed from Neo4j to the output, so the graph's
 * size does not matter.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("graph.json"))) {
 *   new GraphExporter(connection.driver()).export(out);
 * }
 * }</pre>
 */
public final class GraphExporter {

  // Sorting before projecting keeps only node references and ids in the sort, not property maps.
  private static final String NODES =
      """
      MATCH (n)
      WITH n, coalesce(toStringOrNull(n.id), elementId(n)) AS id
      ORDER BY id
      RETURN id, labels(n) AS labels, properties(n) AS properties
      """;

  private static final String RELATIONSHIPS =
      """
      MATCH (a)-[r]->(b)
      WITH r, coalesce(toStringOrNull(a.id), elementId(a)) AS start, type(r) AS type,
           coalesce(toStringOrNull(b.id), elementId(b)) AS end
      ORDER BY start, type, end
      RETURN start, type, end, properties(r) AS properties
      """;

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Driver driver;

  public GraphExporter(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /** Writes the graph to {@code out}, which stays open. */
  public void export(OutputStream out) {
    SessionConfig readOnly = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
    // One explicit transaction for both queries, never retried: a retry would repeat output.
    try (Session session = driver.session(readOnly);
        Transaction tx = session.beginTransaction();
        JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("nodes");
      Result nodes = tx.run(NODES);
      while (nodes.hasNext()) {
        writeNode(json, nodes.next());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("relationships");
      Result relationships = tx.run(RELATIONSHIPS);
      while (relationships.hasNext()) {
        writeRelationship(json, relationships.next());
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
  }

  private static void writeNode(JsonGenerator json, Record node) throws IOException {
    List<String> labels = new ArrayList<>(node.get("labels").asList(Value::asString));
    Collections.sort(labels);
    json.writeStartObject();
    json.writeStringField("id", node.get("id").asString());
    json.writeObjectField("labels", labels);
    json.writeObjectField("properties", PlainValues.properties(node.get("properties").asMap()));
    json.writeEndObject();
  }

  private static void writeRelationship(JsonGenerator json, Record relationship) throws IOException {
    String start = relationship.get("start").asString();
    String type = relationship.get("type").asString();
    String end = relationship.get("end").asString();
    json.writeStartObject();
    json.writeStringField("id", start + "|" + type + "|" + end);
    json.writeStringField("type", type);
    json.writeStringField("start", start);
    json.writeStringField("end", end);
    json.writeObjectField("properties", PlainValues.properties(relationship.get("properties").asMap()));
    json.writeEndObject();
  }
}
