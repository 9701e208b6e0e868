package dev.kg.graph;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Converts driver values to plain Java, which JSON and tables can show as they are: {@code String},
 * {@code Long}, {@code Double}, {@code Boolean}, {@code List}, {@code Map} with sorted keys, and
 * {@code null}. Temporal values, durations and points become their ISO-style strings, byte arrays
 * Base64.
 */
public final class PlainValues {

  private PlainValues() {}

  static Object of(Value value) {
    return plain(value.asObject());
  }

  /** A property map with keys in order, so output never depends on the order Neo4j stores them in. */
  public static Map<String, Object> properties(Map<String, Object> properties) {
    Map<String, Object> sorted = new TreeMap<>();
    properties.forEach((key, value) -> sorted.put(key, plain(value)));
    return Collections.unmodifiableMap(sorted);
  }

  private static Object plain(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Long
        || value instanceof Double
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof List<?> list) {
      List<Object> converted = new ArrayList<>(list.size());
      list.forEach(element -> converted.add(plain(element)));
      return Collections.unmodifiableList(converted);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> converted = new TreeMap<>();
      map.forEach((key, element) -> converted.put(String.valueOf(key), plain(element)));
      return Collections.unmodifiableMap(converted);
    }
    if (value instanceof Node node) {
      return node(node);
    }
    if (value instanceof Relationship relationship) {
      return relationship(relationship);
    }
    if (value instanceof Path path) {
      return path(path);
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    return value.toString();
  }

  private static Map<String, Object> node(Node node) {
    List<String> labels = new ArrayList<>();
    node.labels().forEach(labels::add);
    Collections.sort(labels);
    Map<String, Object> map = new LinkedHashMap<>();
    // The same id GraphExporter gives the node: its id property, else Neo4j's element id.
    Value id = node.get("id");
    map.put("id", id.isNull() ? node.elementId() : String.valueOf(id.asObject()));
    map.put("labels", Collections.unmodifiableList(labels));
    map.put("properties", properties(node.asMap()));
    return Collections.unmodifiableMap(map);
  }

  private static Map<String, Object> relationship(Relationship relationship) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", relationship.type());
    map.put("properties", properties(relationship.asMap()));
    return Collections.unmodifiableMap(map);
  }

  /** Start node, then each relationship followed by the node it leads to. */
  private static List<Object> path(Path path) {
    List<Object> elements = new ArrayList<>();
    elements.add(node(path.start()));
    for (Path.Segment segment : path) {
      elements.add(relationship(segment.relationship()));
      elements.add(node(segment.end()));
    }
    return Collections.unmodifiableList(elements);
  }
}
