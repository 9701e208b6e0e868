package dev.kg.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One query of {@code cypher/queries.cypher}.
 *
 * @param name what the file's {@code // name:} line calls it, e.g. {@code entity-neighbourhood}
 * @param description what it answers, from the comment lines between name and parameters
 * @param exampleParameters the parameters of its {@code // params:} line, values that exist in the
 *     sample articles kg ships
 * @param cypher the statement, without comments or the closing semicolon
 */
public record NamedQuery(
    String name, String description, Map<String, Object> exampleParameters, String cypher) {

  public NamedQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(cypher, "cypher");
    // Not Map.copyOf: parameter values may be null, and their order is the file's.
    exampleParameters = Collections.unmodifiableMap(new LinkedHashMap<>(exampleParameters));
  }
}
