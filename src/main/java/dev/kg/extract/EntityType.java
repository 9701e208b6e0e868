package dev.kg.extract;

/** The kinds of entity kg writes as nodes; each is also the node's second label. */
public enum EntityType {
  PERSON("Person"),
  ORGANIZATION("Organization"),
  LOCATION("Location");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  /** The Neo4j label, e.g. {@code Person}. */
  public String label() {
    return label;
  }
}
