package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoOccurrencesTest {

  @Test
  void shouldPairEveryTwoEntitiesOfASentenceOnceInIdOrder() {
    // given
    Map<Integer, List<String>> sentences =
        Map.of(
            0, List.of("person:kaja-lind", "location:tallinn", "person:kaja-lind", "person:andris-ozols"),
            3, List.of("person:kaja-lind", "location:tallinn"),
            4, List.of("person:kaja-lind"));

    // when
    CoOccurrences pairs = CoOccurrences.of("doc-1", sentences);

    // then
    assertThat(pairs.pairs())
        .containsExactly(
            new EntityPair("location:tallinn", "person:andris-ozols"),
            new EntityPair("location:tallinn", "person:kaja-lind"),
            new EntityPair("person:andris-ozols", "person:kaja-lind"));
    assertThat(pairs.refs(EntityPair.of("person:kaja-lind", "location:tallinn")))
        .containsExactly(new SentenceRef("doc-1", 0), new SentenceRef("doc-1", 3));
    assertThat(pairs.refs(EntityPair.of("person:kaja-lind", "person:andris-ozols")))
        .containsExactly(new SentenceRef("doc-1", 0));
  }

  @Test
  void shouldPairNothingInASentenceThatMentionsMoreThanThirtyEntities() {
    // given
    List<String> thirty = IntStream.range(0, 30).mapToObj(i -> "location:country-" + (char) ('a' + i)).toList();
    List<String> thirtyOne = IntStream.range(0, 31).mapToObj(i -> "location:place-" + (char) ('a' + i)).toList();

    // when
    CoOccurrences pairs = CoOccurrences.of("doc-1", Map.of(0, thirty, 1, thirtyOne));

    // then 30 entities make 30 * 29 / 2 pairs, all from sentence 0
    assertThat(pairs.pairs()).hasSize(435).allSatisfy(pair -> assertThat(pair.first()).startsWith("location:country-"));
  }

  @Test
  void shouldHaveNoPairsWhenNoSentenceMentionsTwoEntities() {
    // when
    CoOccurrences pairs = CoOccurrences.of("doc-1", Map.of(0, List.of("person:kaja-lind"), 1, List.of()));

    // then
    assertThat(pairs.pairs()).isEmpty();
    assertThat(pairs.refs(EntityPair.of("person:kaja-lind", "location:tallinn"))).isEmpty();
  }
}
