package dev.kg.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * An entity as one document knows it: every mention in the document that names or refers to it.
 *
 * @param id stable corpus-wide identifier derived from type and canonical name, e.g. {@code person:kim-jong-un}
 * @param type person, organisation or location
 * @param kind finer location type; {@code null} unless {@code type} is {@link EntityType#LOCATION}
 * @param name canonical name ({@link dev.kg.name.CanonicalName}): the fullest form the document uses,
 *     the one it writes most among spellings of it
 * @param aliases every surface form the document uses for it, {@code name} included, sorted
 * @param typedInContext whether the text around one of its mentions shows its type (a place's dateline,
 *     "in X", "the city of X"; an organisation that acts, "the White House later said"), which then
 *     holds in this document whatever most of the corpus means by the name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(
    String id,
    EntityType type,
    LocationKind kind,
    String name,
    List<String> aliases,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean typedInContext) {

  /** An entity whose type no context shows. */
  public Entity(String id, EntityType type, LocationKind kind, String name, List<String> aliases) {
    this(id, type, kind, name, aliases, false);
  }

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    if ((type == EntityType.LOCATION) != (kind != null)) {
      throw new IllegalArgumentException("kind must be set exactly for locations, got " + type + "/" + kind);
    }
  }
}
