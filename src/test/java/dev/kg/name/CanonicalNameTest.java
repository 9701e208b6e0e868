package dev.kg.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalNameTest {

  @Test
  void shouldPreferTheNameWithMostWordsHoweverOftenShorterOnesAreUsed() {
    // given: the surname is used five times, the full name once
    Map<String, Long> uses = Map.of("Putin", 5L, "Vladimir Putin", 1L);

    // when / then
    assertThat(CanonicalName.of(uses)).isEqualTo("Vladimir Putin");
    assertThat(CanonicalName.of(Map.of("KCNA", 9L, "Korean Central News Agency", 1L)))
        .isEqualTo("Korean Central News Agency");
  }

  @Test
  void shouldCountWordsAsTheNameKeyDoes() {
    // given: "Jong-un" is two words of the key and "the" none, so neither name has more words
    Map<String, Long> uses = Map.of("Kim Jong-un", 1L, "Kim Jongun", 2L);

    // when / then: three words against two
    assertThat(CanonicalName.of(uses)).isEqualTo("Kim Jong-un");
    assertThat(CanonicalName.of(Map.of("the Kremlin", 1L, "Kremlin", 2L))).isEqualTo("Kremlin");
  }

  @Test
  void shouldPreferTheMostUsedAmongNamesOfAsManyWords() {
    // given: two spellings of one name of three words, and a shorter spelling used more
    Map<String, Long> uses = Map.of("Kim Jong Un", 1L, "Kim Jong-un", 3L, "Kim", 7L);

    // when / then
    assertThat(CanonicalName.of(uses)).isEqualTo("Kim Jong-un");
    assertThat(CanonicalName.of(Map.of("Zelenskyy", 1L, "Zelensky", 2L))).isEqualTo("Zelensky");
  }

  @Test
  void shouldPreferTheLongerInCodePointsAmongNamesUsedAsOften() {
    // given: "𝐀" is one code point and two chars, so both candidates are nine code points long
    assertThat(CanonicalName.of(Map.of("Zelenskyy", 2L, "Zelensky", 2L))).isEqualTo("Zelenskyy");
    assertThat(CanonicalName.of(Map.of("Zelensky𝐀", 1L, "Zelenskyy", 1L))).isEqualTo("Zelenskyy");
  }

  @Test
  void shouldPreferTheAlphabeticallyFirstWhenAllElseTies() {
    assertThat(CanonicalName.of(Map.of("Kyiv", 1L, "Kiev", 1L))).isEqualTo("Kiev");
    assertThat(CanonicalName.of(Map.of("Kim Jong-un", 2L, "Kim Jong Un", 2L))).isEqualTo("Kim Jong Un");
  }

  @Test
  void shouldNotDependOnTheOrderNamesAreGivenIn() {
    // given
    Map<String, Long> forward = new LinkedHashMap<>();
    forward.put("Kiev", 1L);
    forward.put("Kyiv", 1L);
    Map<String, Long> backward = new LinkedHashMap<>();
    backward.put("Kyiv", 1L);
    backward.put("Kiev", 1L);

    // when / then
    assertThat(CanonicalName.of(forward)).isEqualTo(CanonicalName.of(backward)).isEqualTo("Kiev");
  }

  @Test
  void shouldRefuseNoNamesANameNeverUsedAndANameWithoutLetters() {
    assertThatThrownBy(() -> CanonicalName.of(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a canonical name is chosen among names, got none");
    assertThatThrownBy(() -> CanonicalName.of(Map.of("Putin", 0L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a canonical name is chosen among names used at least once, got 'Putin' used 0 time(s)");
    assertThatThrownBy(() -> CanonicalName.of(Map.of("--", 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a name needs a letter or digit, got '--'");
  }
}
