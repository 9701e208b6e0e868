package dev.kg.extract;

import java.util.Locale;

/**
 * The stable id of an entity: its type and the key of its canonical name, as in {@code
 * person:vladimir-putin}. Extraction, identity across documents and curation all make ids here, and
 * the event rules read an id's type here, so an id means the same everywhere.
 *
 * <pre>{@code
 * String id = EntityId.of(EntityType.PERSON, NameKey.of("Vladimir Putin").slug());  // person:vladimir-putin
 * EntityId.is(id, EntityType.PERSON);                                              // true
 * }</pre>
 */
public final class EntityId {

  private EntityId() {}

  /** The id of the entity of {@code type} whose canonical name has the key slug {@code slug}. */
  public static String of(EntityType type, String slug) {
    return prefix(type) + slug;
  }

  /** Whether {@code id} is the id of an entity of {@code type}. */
  public static boolean is(String id, EntityType type) {
    return id.startsWith(prefix(type));
  }

  private static String prefix(EntityType type) {
    return type.name().toLowerCase(Locale.ROOT) + ":";
  }
}
