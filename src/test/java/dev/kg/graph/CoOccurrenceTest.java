package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CoOccurrenceTest {

  @Test
  void shouldAddADocumentsSentencesAndKeepTheFirstFiveAsEvidence() {
    // given
    CoOccurrence edge = new CoOccurrence(3, 2, refs("b#1", "b#4", "d#0"));

    // when
    CoOccurrence added = edge.replace(List.of(), refs("c#2", "c#3", "c#7"));

    // then
    assertThat(added).isEqualTo(new CoOccurrence(6, 3, refs("b#1", "b#4", "c#2", "c#3", "c#7")));
    assertThat(added.lacksEvidence()).isFalse();
  }

  @Test
  void shouldCountEachDocumentOfABatchOnce() {
    // given
    CoOccurrence edge = new CoOccurrence(3, 2, refs("b#1", "b#4", "d#0"));

    // when a batch of two documents adds its sentences at once
    CoOccurrence added = edge.replace(List.of(), refs("a#7", "c#2", "c#3"));

    // then
    assertThat(added).isEqualTo(new CoOccurrence(6, 4, refs("a#7", "b#1", "b#4", "c#2", "c#3")));
  }

  @Test
  void shouldKnowTheEvidenceExactlyWhenEverySentenceIsInIt() {
    // given
    CoOccurrence edge = new CoOccurrence(3, 2, refs("a#1", "b#4", "b#5"));

    // when
    CoOccurrence removed = edge.replace(refs("a#1"), List.of());

    // then
    assertThat(removed).isEqualTo(new CoOccurrence(2, 1, refs("b#4", "b#5")));
    assertThat(removed.lacksEvidence()).isFalse();
  }

  @Test
  void shouldLackEvidenceWhenARemovalLeavesUnknownSentencesToFillIt() {
    // given seven sentences, of which the evidence shows five
    CoOccurrence edge = new CoOccurrence(7, 4, refs("a#1", "a#2", "b#0", "c#5", "c#6"));

    // when
    CoOccurrence removed = edge.replace(refs("a#1", "a#2"), List.of());

    // then
    assertThat(removed).isEqualTo(new CoOccurrence(5, 3, refs("b#0", "c#5", "c#6")));
    assertThat(removed.lacksEvidence()).isTrue();
    assertThat(removed.withEvidence(refs("e#1", "d#9", "f#0")).evidence()).isEqualTo(refs("b#0", "c#5", "c#6", "d#9", "e#1"));
  }

  @Test
  void shouldNotTrustAddedSentencesBeyondTheLastKnownOne() {
    // given
    CoOccurrence edge = new CoOccurrence(7, 4, refs("a#1", "a#2", "b#0", "c#5", "c#6"));

    // when document c is replaced by one with a sentence after what the evidence showed
    CoOccurrence replaced = edge.replace(refs("c#5", "c#6"), refs("c#5", "c#9"));

    // then c#9 may not be the fifth: the unknown sentences between c#6 and c#9 may come first
    assertThat(replaced).isEqualTo(new CoOccurrence(7, 4, refs("a#1", "a#2", "b#0", "c#5")));
    assertThat(replaced.lacksEvidence()).isTrue();
  }

  @Test
  void shouldKeepTheEvidenceWhenAReplacementRefillsIt() {
    // given
    CoOccurrence edge = new CoOccurrence(9, 5, refs("a#1", "b#2", "c#5", "c#6", "d#0"));

    // when
    CoOccurrence replaced = edge.replace(refs("b#2"), refs("b#3"));

    // then
    assertThat(replaced).isEqualTo(new CoOccurrence(9, 5, refs("a#1", "b#3", "c#5", "c#6", "d#0")));
    assertThat(replaced.lacksEvidence()).isFalse();
  }

  @Test
  void shouldTellImpossibleCounts() {
    assertThat(new CoOccurrence(0, 0, List.of()).isConsistent()).isTrue();
    assertThat(new CoOccurrence(3, 2, List.of()).isConsistent()).isTrue();
    assertThat(new CoOccurrence(-1, 0, List.of()).isConsistent()).isFalse();
    assertThat(new CoOccurrence(1, 2, List.of()).isConsistent()).isFalse();
    assertThat(new CoOccurrence(1, 0, List.of()).isConsistent()).isFalse();
  }

  private static List<SentenceRef> refs(String... refs) {
    return Stream.of(refs).map(SentenceRef::parse).toList();
  }
}
