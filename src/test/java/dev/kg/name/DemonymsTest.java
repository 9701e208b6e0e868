package dev.kg.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DemonymsTest {

  private final Demonyms demonyms = Demonyms.coreNlp();

  @Test
  void shouldKnowDemonymsNoSpellingRuleFinds() {
    // when / then: these two used to reach their countries in relations and never as mentions
    assertThat(demonyms.isDemonymOf(NameKey.of("British"), NameKey.of("Britain"))).isTrue();
    assertThat(demonyms.isDemonymOf(NameKey.of("British"), NameKey.of("United Kingdom"))).isTrue();
    assertThat(demonyms.isDemonymOf(NameKey.of("Dutch"), NameKey.of("the Netherlands"))).isTrue();
  }

  @Test
  void shouldGiveThePlacesOfADemonymAsTheListWritesThem() {
    // when / then: the list's own places only, not those sharing a stem
    assertThat(demonyms.placesOf("American")).containsExactly("America", "United States", "U.S.");
    assertThat(demonyms.placesOf("Korean")).containsExactly("South Korea");
  }

  @Test
  void shouldKnowDemonymsThatShareTheStemOfThePlace() {
    assertThat(demonyms.isDemonymOf(NameKey.of("North Korean"), NameKey.of("North Korea"))).isTrue();
    assertThat(demonyms.isDemonymOf(NameKey.of("Chinese"), NameKey.of("China"))).isTrue();
    assertThat(demonyms.isDemonymOf(NameKey.of("korean"), NameKey.of("korea"))).isTrue();
  }

  @Test
  void shouldTellADemonymFromAPlaceTheListGivesAsItsOwnAdjective() {
    assertThat(demonyms.isDemonym(NameKey.of("German"))).isTrue();
    assertThat(demonyms.isDemonym(NameKey.of("Turkish"))).isTrue();
    assertThat(demonyms.isDemonym(NameKey.of("Hong Kong"))).isFalse();
    assertThat(demonyms.isDemonym(NameKey.of("Germany"))).isFalse();
  }

  @Test
  void shouldRefuseWordsThatOnlyLookAlike() {
    assertThat(demonyms.isDemonymOf(NameKey.of("North Korean"), NameKey.of("South Korea"))).isFalse();
    assertThat(demonyms.isDemonymOf(NameKey.of("National"), NameKey.of("Nauru"))).isFalse();
    assertThat(demonyms.isDemonymOf(NameKey.of("un"), NameKey.of("ukraine"))).isFalse();
    assertThat(demonyms.isDemonymOf(NameKey.of("Russia"), NameKey.of("Russia"))).isFalse();
  }

  @Test
  void shouldPickThePlaceOnlyWhenExactlyOneFits() {
    // given
    List<String> oneKorea = List.of("Seoul", "North Korea", "Britain");
    List<String> twoKoreas = List.of("North Korea", "South Korea");

    // when / then
    assertThat(demonyms.onlyPlaceOf("North Korean", oneKorea, Function.identity())).contains("North Korea");
    assertThat(demonyms.onlyPlaceOf("British", oneKorea, Function.identity())).contains("Britain");
    assertThat(demonyms.onlyPlaceOf("Koreans", twoKoreas, Function.identity())).isEmpty();
    assertThat(demonyms.onlyPlaceOf("Dutch", oneKorea, Function.identity())).isEmpty();
    assertThat(demonyms.onlyPlaceOf("--", oneKorea, Function.identity())).isEmpty();
  }
}
