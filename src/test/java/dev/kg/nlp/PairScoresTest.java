package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import org.junit.jupiter.api.Test;

/** Which of a ranking model's features it conjoins with both mentions' types. No model is loaded. */
class PairScoresTest {

  @Test
  void shouldListTheFeaturesTheModelWeighsWithBothMentionsTypes() {
    // given: a mention feature conjoined with both types, alone and with its own type, and a pair feature
    Counter<String> weights = new ClassicCounter<>();
    weights.setCount("head-word=harbour_1_ms=NOMINAL_PROPER_LOCATION", 0.4);
    weights.setCount("head-word=harbour_1", -0.2);
    weights.setCount("first-word=strand_2_m=PROPER_PERSON", 0.7);
    weights.setCount("sentence-distance=1_ms=he_PROPER_PERSON", 1.1);

    // when, then
    assertThat(PairScores.conjoinedWithBothTypes(weights))
        .containsExactlyInAnyOrder("head-word=harbour_1", "sentence-distance=1");
  }

  @Test
  void shouldReadTheLastMarkerAsTheConjunctionWithBothTypes() {
    // given: a feature whose own name holds the marker, a word of an unusual text
    Counter<String> weights = new ClassicCounter<>();
    weights.setCount("next-word=_ms=_2_ms=PROPER_ORGANIZATION_it", 0.3);

    // when, then
    assertThat(PairScores.conjoinedWithBothTypes(weights)).containsExactly("next-word=_ms=_2");
  }
}
