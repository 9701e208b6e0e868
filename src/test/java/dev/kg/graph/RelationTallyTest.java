package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelationTallyTest {

  @Test
  void shouldCallAPositionCurrentWhenOnlySomeOfItsTitlesAreFormer() {
    // given one sentence calling a defence post former and another giving a foreign post
    RelationTally tally = RelationTally.NONE.plus(List.of(
        sentence("former Defence Minister", "defence minister", true),
        sentence("Foreign Minister", "foreign minister", false)));

    // when
    var properties = tally.properties(true);

    // then
    assertThat(properties.get("formerNormalizedTitles")).isEqualTo(List.of("defence minister"));
    assertThat(properties.get("current")).isEqualTo(true);
  }

  @Test
  void shouldNotCallAPositionFormerWhenItsSentencesGiveNoTitle() {
    // given a position stated without a title
    RelationTally tally = RelationTally.NONE.plus(List.of(sentence("", "", false)));

    // when
    var properties = tally.properties(true);

    // then
    assertThat(properties.get("titles")).isEqualTo(List.of());
    assertThat(properties.get("formerTitles")).isEqualTo(List.of());
    assertThat(properties.get("current")).isEqualTo(true);
  }

  @Test
  void shouldCallAPositionFormerWhenEveryTitleIsFormer() {
    // given one sentence calling the only title former
    RelationTally tally = RelationTally.NONE.plus(List.of(sentence("former Mayor", "mayor", true)));

    // when
    var properties = tally.properties(true);

    // then
    assertThat(properties.get("formerTitles")).isEqualTo(List.of("former Mayor"));
    assertThat(properties.get("current")).isEqualTo(false);
  }

  private static RelationEvidence sentence(String title, String normalizedTitle, boolean former) {
    return new RelationEvidence("doc-1", 0, "A sentence.", 0, 11, 0.75, "title-before-name", title, normalizedTitle, former);
  }
}
