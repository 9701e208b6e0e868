package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kg.eval.NerScore.Counts;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoreTest {

  @Test
  void shouldCountAnEntityCorrectOnlyWithExactlyItsTokensAndType() {
    // given: PER right, LOC cut short, ORG typed as LOC, MISC missed, one spurious PER
    List<List<String>> gold =
        List.of(
            List.of("B-PER", "I-PER", "O", "B-LOC", "I-LOC"),
            List.of("B-ORG", "O", "B-MISC", "O"));
    List<List<String>> predicted =
        List.of(
            List.of("B-PER", "I-PER", "O", "B-LOC", "O"),
            List.of("B-LOC", "O", "O", "B-PER"));

    // when
    NerScore score = NerScore.of(gold, predicted);

    // then
    assertThat(score.byType())
        .containsEntry("PER", new Counts(1, 2, 1))
        .containsEntry("LOC", new Counts(1, 2, 0))
        .containsEntry("ORG", new Counts(1, 0, 0))
        .containsEntry("MISC", new Counts(1, 0, 0));
    Counts overall = score.overall();
    assertThat(overall).isEqualTo(new Counts(4, 4, 1));
    assertThat(overall.precision()).isEqualTo(0.25);
    assertThat(overall.recall()).isEqualTo(0.25);
    assertThat(score.byType().get("PER").f1()).isCloseTo(2 * 0.5 * 1.0 / 1.5, within(1e-9));
    assertThat(score.byType().get("ORG").f1()).isZero();
  }

  @Test
  void shouldReadIob2AsConllevalDoes() {
    // an I- tag after O, or after another type, starts an entity; B- after I- of the same type ends one
    assertThat(Iob2.spans(List.of("I-PER", "I-PER", "B-PER", "I-LOC", "O", "I-ORG")))
        .containsExactly(
            new Iob2.Span("PER", 0, 2), new Iob2.Span("PER", 2, 3), new Iob2.Span("LOC", 3, 4),
            new Iob2.Span("ORG", 5, 6));
    assertThat(Iob2.tags(4, List.of(new Iob2.Span("ORG", 1, 3))))
        .containsExactly("O", "B-ORG", "I-ORG", "O");
  }

  @Test
  void shouldRefusePredictionsOfAnotherShape() {
    assertThatThrownBy(() -> NerScore.of(List.of(List.of("O")), List.of(List.of("O", "O"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentence 1: gold has 1 tags, predictions 2");
  }
}
