package dev.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnimacyTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    // things a shooting in a game or with a camera aims at
    "basket, true",
    "Video, true",
    // beings, and words CoreNLP lists both ways, which may name beings
    "protester, false",
    "soldier, false",
    "guard, false",
    // a word on neither list
    "zzyzx, false",
  })
  void shouldTellThingsFromWhatMayBeBeings(String word, boolean inanimate) {
    // when
    boolean found = Animacy.coreNlp().isInanimate(word);

    // then
    assertThat(found).isEqualTo(inanimate);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "Lawyer, true",
    "spokesman, true",
    // listed both ways
    "guard, true",
    "statement, false",
    "zzyzx, false",
  })
  void shouldTellWhatMayBeABeing(String word, boolean being) {
    // when
    boolean found = Animacy.coreNlp().mayBeABeing(word);

    // then
    assertThat(found).isEqualTo(being);
  }
}
