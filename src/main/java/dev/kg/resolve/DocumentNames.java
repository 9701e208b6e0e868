package dev.kg.resolve;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.name.NameKey;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One document's own view of its entities, as resolution needs it: the name each local entity goes
 * by, how many times the document names it and as what type, and the places it mentions (the
 * context that tells which "Central News Agency" it means).
 *
 * @param names each local entity's name and uses, in entity id order
 * @param places the key slug of every place the document names, e.g. {@code north-korea}
 */
public record DocumentNames(List<LocalName> names, Set<String> places) implements Serializable {

  public DocumentNames {
    names = List.copyOf(names);
    places = Set.copyOf(places);
  }

  /** A document with no names, e.g. one being removed. */
  public static DocumentNames none() {
    return new DocumentNames(List.of(), Set.of());
  }

  /** The names of {@code extraction}'s entities, counting each entity's named mentions. */
  public static DocumentNames of(DocumentExtraction extraction) {
    Map<String, Integer> named = new HashMap<>();
    for (Mention mention : extraction.mentions()) {
      if (mention.isName()) {
        named.merge(mention.entityId(), 1, Integer::sum);
      }
    }
    List<LocalName> names =
        extraction.entities().stream()
            .sorted(Comparator.comparing(Entity::id))
            .map(
                entity ->
                    new LocalName(
                        entity.id(),
                        NameUse.of(
                            NameKey.of(entity.name()).slug(),
                            entity.type(),
                            Math.max(1, named.getOrDefault(entity.id(), 0))),
                        entity.typedInContext()))
            .toList();
    Set<String> places = new TreeSet<>();
    for (Entity entity : extraction.entities()) {
      if (entity.type() == EntityType.LOCATION) {
        places.add(NameKey.of(entity.name()).slug());
      }
    }
    return new DocumentNames(names, places);
  }

  /** The document's uses of each name, summed over its entities, by key. */
  public Map<String, NameUse> uses() {
    Map<String, NameUse> uses = new TreeMap<>();
    for (LocalName name : names) {
      uses.merge(name.use().key(), name.use(), NameUse::plus);
    }
    return uses;
  }

  /**
   * One local entity's name.
   *
   * @param entityId the entity's id within its document's extraction
   * @param use the name's key and the document's uses of it
   * @param typedInContext whether the document's text shows the entity's type (see {@link
   *     Entity#typedInContext()})
   */
  public record LocalName(String entityId, NameUse use, boolean typedInContext) implements Serializable {

    public LocalName {
      Objects.requireNonNull(entityId, "entityId");
      Objects.requireNonNull(use, "use");
    }
  }
}
