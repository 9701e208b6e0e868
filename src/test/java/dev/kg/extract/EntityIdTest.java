package dev.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.curate.CurationRule;
import dev.kg.name.NameKey;
import org.junit.jupiter.api.Test;

class EntityIdTest {

  @Test
  void shouldMakeOneIdFromATypeAndANameKey() {
    // when
    String id = EntityId.of(EntityType.PERSON, NameKey.of("Vladimir Putin").slug());

    // then: curation derives the same id for a new entity of that name
    assertThat(id).isEqualTo("person:vladimir-putin");
    assertThat(CurationRule.Target.named(EntityType.PERSON, null, "Vladimir  PUTIN").id()).isEqualTo(id);
  }

  @Test
  void shouldTellAnIdsType() {
    assertThat(EntityId.is("person:vladimir-putin", EntityType.PERSON)).isTrue();
    assertThat(EntityId.is("location:person-island", EntityType.PERSON)).isFalse();
    assertThat(EntityId.is("organization:kcna", EntityType.ORGANIZATION)).isTrue();
  }
}
