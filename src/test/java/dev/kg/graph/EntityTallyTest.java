package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.graph.EntityTally.Use;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntityTallyTest {

  @Test
  void shouldNameTheEntityByItsFullestNameThenAsMostDocumentsDo() {
    // given: two documents say Putin, one Vladimir Putin
    EntityTally tally =
        EntityTally.of(
            List.of(
                new Use(2, "Putin", List.of("Putin"), null),
                new Use(1, "Putin", List.of("Putin"), null),
                new Use(5, "Vladimir Putin", List.of("Putin", "Vladimir Putin"), null)));

    // then the fullest name wins the fewer documents (it used to be Putin, by two documents to one)
    assertThat(tally.name()).isEqualTo("Vladimir Putin");
    assertThat(tally.mentionCount()).isEqualTo(8);
    assertThat(tally.documentCount()).isEqualTo(3);
    assertThat(tally.aliases()).containsExactly("Putin", "Vladimir Putin");

    // when two spellings of the full name are given, one by more documents
    EntityTally spelled =
        tally
            .plus(new Use(1, "Vladimir Putin", List.of("Vladimir Putin"), null))
            .plus(new Use(9, "Vladimir Poutine", List.of("Vladimir Poutine"), null));

    // then the one most documents give, however many mentions the other has
    assertThat(spelled.name()).isEqualTo("Vladimir Putin");
    assertThat(EntityTally.of(List.of(new Use(1, "Kiev", List.of(), null), new Use(1, "Kyiv", List.of(), null))).name())
        .isEqualTo("Kiev");
  }

  @Test
  void shouldTakeTheKindWithMostMentionsWithAnyKindBeatingOther() {
    // given
    Use city = new Use(1, "Pyongyang", List.of("Pyongyang"), "CITY");
    Use other = new Use(9, "Pyongyang", List.of("Pyongyang"), "OTHER");
    Use country = new Use(3, "Pyongyang", List.of("Pyongyang"), "COUNTRY");
    Use none = new Use(4, "Pyongyang", List.of("Pyongyang"), null);

    // then
    assertThat(EntityTally.of(List.of(city, other, none)).kind()).isEqualTo("CITY");
    assertThat(EntityTally.of(List.of(city, other, country)).kind()).isEqualTo("COUNTRY");
    assertThat(EntityTally.of(List.of(other, none)).kind()).isEqualTo("OTHER");
    assertThat(EntityTally.of(List.of(none)).kind()).isNull();
    assertThat(EntityTally.of(List.of(new Use(0, "Pyongyang", List.of(), "CITY"))).kind()).isEqualTo("CITY");
  }

  @Test
  void shouldBeTheSameWhateverOrderDocumentsComeAndGoIn() {
    // given
    List<Use> uses = new ArrayList<>();
    String[] names = {"Kim Jong Un", "Kim", "Kim Jong-un", "Kim"};
    String[] kinds = {null, "CITY", "OTHER", "COUNTRY"};
    for (int i = 0; i < 40; i++) {
      uses.add(new Use(1 + i % 3, names[i % 4], List.of(names[i % 4], names[(i + 1) % 4]), kinds[i % 4]));
    }
    EntityTally all = EntityTally.of(uses);

    // when added in another order, with some taken away and added back
    List<Use> shuffled = new ArrayList<>(uses);
    Collections.shuffle(shuffled, new Random(7));
    EntityTally tally = EntityTally.NONE;
    for (Use use : shuffled) {
      tally = tally.plus(use).plus(uses.get(0)).minus(uses.get(0));
    }

    // then
    assertThat(tally).isEqualTo(all);
    for (Use use : uses) {
      tally = tally.minus(use);
    }
    assertThat(tally).isEqualTo(EntityTally.NONE);
    assertThat(tally.isEmpty()).isTrue();
    assertThat(tally.name()).isNull();
  }

  @Test
  void shouldRefuseToTakeAwayWhatNoDocumentAdded() {
    // given
    EntityTally tally = EntityTally.of(List.of(new Use(1, "Kim", List.of("Kim"), null)));

    // then
    assertThatThrownBy(() -> tally.minus(new Use(1, "Kim Jong Un", List.of("Kim"), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an entity tally takes away 'Kim Jong Un', which no document added");
  }

  @Test
  void shouldKeepATitleWhileAnyDocumentGivesIt() {
    // given two documents calling Anna minister, one of them chancellor as well
    Use both = new Use(1, "Anna Berg", List.of("Anna Berg"), null)
        .withTitles(List.of("Chancellor", "Minister"), List.of("chancellor", "minister"));
    Use minister = new Use(2, "Anna Berg", List.of("Anna Berg"), null).withTitles(List.of("Minister"), List.of("minister"));
    EntityTally tally = EntityTally.of(List.of(both, minister));
    assertThat(tally.titles()).containsExactly("Chancellor", "Minister");

    // when the document that gave both titles goes
    EntityTally after = tally.minus(both);

    // then the title the other still gives stays, the other goes, without reading any document
    assertThat(after.titles()).containsExactly("Minister");
    assertThat(after.normalizedTitles()).containsExactly("minister");
    assertThat(after.minus(minister).titles()).isEmpty();
  }
}
