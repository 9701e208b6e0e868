package dev.kg.extract;

import java.util.List;

/** Finding an entity and its mentions in an extraction, for the extractor's tests. */
final class ExtractionLookups {

  private ExtractionLookups() {}

  /** The entity {@code id}; an {@link AssertionError} listing the entities if there is none. */
  static Entity entity(DocumentExtraction extraction, String id) {
    return extraction.entities().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + id + " in " + extraction.entities()));
  }

  static List<Mention> mentionsOf(DocumentExtraction extraction, Entity entity) {
    return extraction.mentions().stream().filter(m -> m.entityId().equals(entity.id())).toList();
  }
}
