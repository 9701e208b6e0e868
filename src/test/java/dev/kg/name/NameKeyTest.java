package dev.kg.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void shouldGiveSpellingVariantsOfOneNameTheSameKey() {
    // given three spellings of one name
    // when / then
    assertThat(NameKey.of("Kim Jong-un"))
        .isEqualTo(NameKey.of("Kim Jong Un"))
        .isEqualTo(NameKey.of("KIM JONG-UN"))
        .isEqualTo(NameKey.of("Kim  Jong\u2011un"));
    assertThat(NameKey.of("Kim Jong-un").slug()).isEqualTo("kim-jong-un");
  }

  @Test
  void shouldIgnoreArticlesPossessivesAndAccents() {
    assertThat(NameKey.of("the Kremlin")).isEqualTo(NameKey.of("Kremlin"));
    assertThat(NameKey.of("Kremlin’s")).isEqualTo(NameKey.of("Kremlin"));
    assertThat(NameKey.of("Zelenskyy's")).isEqualTo(NameKey.of("Zelenskyy"));
    assertThat(NameKey.of("Škoda")).isEqualTo(NameKey.of("Skoda"));
  }

  @Test
  void shouldIgnoreACompanysLegalFormAfterTwoWords() {
    assertThat(NameKey.of("Imperial Oil Ltd.")).isEqualTo(NameKey.of("Imperial Oil"));
    assertThat(NameKey.of("Encor Energy Corp Inc").slug()).isEqualTo("encor-energy");
    assertThat(NameKey.of("Shell plc")).isNotEqualTo(NameKey.of("Shell"));
    assertThat(NameKey.of("East India Company")).isNotEqualTo(NameKey.of("East India"));
    assertThat(NameKey.endsInLegalForm("Lear Seating Corp.")).isTrue();
    assertThat(NameKey.endsInLegalForm("Shell plc")).isFalse();
    assertThat(NameKey.endsInLegalForm("Johnson Controls")).isFalse();
  }

  @Test
  void shouldCountTheWordsBeforeALegalFormAsTheKeyDoes() {
    // given names whose article or possessive is no word of the key
    String withArticle = "The Norvik Co";
    String possessive = "Norvik Shipping Co's";

    // then the legal form is read exactly where the key drops it
    assertThat(NameKey.endsInLegalForm(withArticle)).isFalse();
    assertThat(NameKey.of(withArticle).slug()).isEqualTo("norvik-co");
    assertThat(NameKey.endsInLegalForm(possessive)).isTrue();
    assertThat(NameKey.of(possessive).slug()).isEqualTo("norvik-shipping");
  }

  @Test
  void shouldKeepNamesThatDifferInAWordApart() {
    assertThat(NameKey.of("North Korea")).isNotEqualTo(NameKey.of("South Korea"));
    assertThat(NameKey.of("UN Security Council")).isNotEqualTo(NameKey.of("Security Council"));
    assertThat(NameKey.of("The Moscow Times")).isNotEqualTo(NameKey.of("Moscow"));
  }

  @Test
  void shouldRecogniseAcronymsOfTheirExpansions() {
    assertThat(NameKey.of("KCNA").isAcronymOf("Korean Central News Agency")).isTrue();
    assertThat(NameKey.of("NATO").isAcronymOf("North Atlantic Treaty Organization")).isTrue();
    assertThat(NameKey.of("U.S.").isAcronymOf("United States")).isTrue();
    assertThat(NameKey.of("IMF").isAcronymOf("International Monetary Fund")).isTrue();
  }

  @Test
  void shouldNotTakeOtherWordsForAcronyms() {
    assertThat(NameKey.of("NATO").isAcronymOf("National Security Council")).isFalse();
    assertThat(NameKey.of("Kremlin").isAcronymOf("Korean Central News Agency")).isFalse();
    assertThat(NameKey.of("UN Security Council").isAcronymOf("United Nations")).isFalse();
  }

  @Test
  void shouldFoldRomanisationsOfOneSlavicEnding() {
    assertThat(NameKey.of("Zelenskyy"))
        .isEqualTo(NameKey.of("Zelensky"))
        .isEqualTo(NameKey.of("Zelenskiy"))
        .isEqualTo(NameKey.of("Zelenskii"));
    assertThat(NameKey.of("Dmitrii Peskov")).isEqualTo(NameKey.of("Dmitry Peskov"));
  }

  @Test
  void shouldKeepOtherEndingsAsTheyAre() {
    assertThat(NameKey.of("Hawaii").slug()).isEqualTo("hawaii");
    assertThat(NameKey.of("Lee")).isNotEqualTo(NameKey.of("Le"));
  }

  @Test
  void shouldReadDottedLettersAsOneWord() {
    assertThat(NameKey.of("U.S.")).isEqualTo(NameKey.of("US"));
    assertThat(NameKey.of("U. N.").slug()).isEqualTo("un");
    assertThat(NameKey.of("J. Smith").tokens()).containsExactly("j", "smith");
  }

  @Test
  void shouldGiveTheKeysShorterNamesLookItUpBy() {
    assertThat(NameKey.of("Democratic People's Republic of Korea").lookupKeys())
        .containsExactly(
            "initials:dprk",
            "initials:dprok",
            "part:democratic",
            "part:korea",
            "tail:peoples-republic-of-korea",
            "tail:republic-of-korea");
    assertThat(NameKey.of("Korean News Agency").lookupKeys())
        .containsExactly("initials:kna", "part:agency", "part:korean", "tail:news-agency");
    assertThat(NameKey.of("Vladimir Putin").lookupKeys())
        .containsExactly("initials:vp", "part:putin", "part:vladimir");
    assertThat(NameKey.of("Putin").lookupKeys()).isEmpty();
  }

  @Test
  void shouldRejectTextWithoutLetters() {
    assertThat(NameKey.isName("--")).isFalse();
    assertThatThrownBy(() -> NameKey.of(" – "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a name needs a letter or digit, got ' – '");
  }
}
