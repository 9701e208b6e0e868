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

  /**
   * The type a recogniser's tag names ({@code PERSON}; {@code CITY} and the other kinds of place are
   * locations), or {@code null} for tags kg writes no node for ({@code DATE}, {@code MISC}, ...).
   */
  public static EntityType ofNerTag(String ner) {
    return switch (ner) {
      case "PERSON" -> PERSON;
      case "ORGANIZATION" -> ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
      default -> null;
    };
  }

  /** The Neo4j label, e.g. {@code Person}. */
  public String label() {
    return label;
  }
}
