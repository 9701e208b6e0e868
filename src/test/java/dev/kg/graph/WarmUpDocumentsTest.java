package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Event;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The warm-up only warms up what its documents make the writer do: every kind of fact, shared names. */
class WarmUpDocumentsTest {

  private final List<DocumentExtraction> documents = WarmUpDocuments.load();

  @Test
  void shouldHoldTwoDocumentsWithEveryKindOfFact() {
    assertThat(documents).hasSize(2);
    for (DocumentExtraction document : documents) {
      assertThat(document.entities())
          .extracting(Entity::type)
          .contains(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
      assertThat(document.relations()).extracting(Relation::objectId).contains((String) null);
      assertThat(document.relations()).extracting(Relation::objectId).anyMatch(id -> id != null);
      assertThat(document.quotes()).extracting(Quote::speakerId).anyMatch(id -> id != null);
      assertThat(document.events()).isNotEmpty();
    }
  }

  @Test
  void shouldShareEntitiesAndAnEventOfOneTypeBetweenTheDocuments() {
    Set<String> shared = ids(documents.get(0));
    shared.retainAll(ids(documents.get(1)));
    assertThat(shared).contains("person:mara-velentis", "person:tomas-harrow");
    Set<String> eventTypes = types(documents.get(0));
    eventTypes.retainAll(types(documents.get(1)));
    assertThat(eventTypes).contains("MEETING");
  }

  private static Set<String> ids(DocumentExtraction document) {
    return document.entities().stream().map(Entity::id).collect(Collectors.toCollection(HashSet::new));
  }

  private static Set<String> types(DocumentExtraction document) {
    return document.events().stream().map(Event::type).collect(Collectors.toCollection(HashSet::new));
  }
}
