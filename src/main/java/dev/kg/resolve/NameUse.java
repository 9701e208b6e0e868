package dev.kg.resolve;

import dev.kg.extract.EntityType;
import dev.kg.name.NameKey;
import java.io.Serializable;
import java.util.Objects;

/**
 * How often the corpus, or one document, calls an entity by one name, counted by the type each use
 * was given: the votes that decide what the name denotes.
 *
 * @param key the name's {@link NameKey#slug() slug}, e.g. {@code vladimir-putin}
 * @param persons mentions typed as a person under this name
 * @param organizations mentions typed as an organisation
 * @param locations mentions typed as a location
 */
public record NameUse(String key, int persons, int organizations, int locations) implements Serializable {

  public NameUse {
    Objects.requireNonNull(key, "key");
    if (persons < 0 || organizations < 0 || locations < 0) {
      throw new IllegalArgumentException(
          "negative use count for '" + key + "': " + persons + "/" + organizations + "/" + locations);
    }
  }

  /** {@code count} uses of {@code key} as {@code type}. */
  public static NameUse of(String key, EntityType type, int count) {
    return new NameUse(
        key,
        type == EntityType.PERSON ? count : 0,
        type == EntityType.ORGANIZATION ? count : 0,
        type == EntityType.LOCATION ? count : 0);
  }

  /** The type most uses agree on; a tie goes to the type declared first, never to arrival order. */
  public EntityType type() {
    if (persons >= organizations && persons >= locations) {
      return EntityType.PERSON;
    }
    return organizations >= locations ? EntityType.ORGANIZATION : EntityType.LOCATION;
  }

  /** The uses typed as {@code type}. */
  public int uses(EntityType type) {
    return switch (type) {
      case PERSON -> persons;
      case ORGANIZATION -> organizations;
      case LOCATION -> locations;
    };
  }

  /** The uses of both. */
  public NameUse plus(NameUse other) {
    return combine(other, 1);
  }

  /** These uses less {@code other}'s. */
  public NameUse minus(NameUse other) {
    return combine(other, -1);
  }

  private NameUse combine(NameUse other, int sign) {
    if (!other.key.equals(key)) {
      throw new IllegalArgumentException("cannot combine uses of '" + other.key + "' with '" + key + "'");
    }
    return new NameUse(
        key,
        persons + sign * other.persons,
        organizations + sign * other.organizations,
        locations + sign * other.locations);
  }

  /** Whether no mention uses the name. */
  public boolean isUnused() {
    return persons + organizations + locations == 0;
  }
}
