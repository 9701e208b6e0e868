package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import org.junit.jupiter.api.Test;

/** CoreNLP's own place lists, read from its models jar (no model is loaded). */
@UsesCoreNlp
class PlaceGazetteerTest {

  private final PlaceGazetteer places = PlaceGazetteer.shared();

  @Test
  void shouldKnowCountriesStatesAndRegionsFromCoreNlpsLists() {
    assertThat(places.isCountry("North Korea")).isTrue();
    assertThat(places.isCountry("Democratic People's Republic of Korea")).isTrue();
    assertThat(places.isStateOrProvince("Texas")).isTrue();
    assertThat(places.isStateOrProvince("Georgia")).isFalse(); // a country first
    assertThat(places.isRegion("Asia")).isTrue();
    assertThat(places.isRegion("Middle East")).isTrue();
    assertThat(places.isRegion("Russia")).isFalse();
    assertThat(places.isRegion("East Asia")).isTrue(); // a point of the compass and a region
    assertThat(places.isRegion("Southern Africa")).isTrue();
    assertThat(places.isRegion("East London")).isFalse(); // a city with a point of the compass
    assertThat(places.isRegion("Asia-Pacific")).isTrue(); // a region joined to a word by a hyphen
    assertThat(places.isRegion("Asia-Russia")).isFalse(); // a region and a country
    assertThat(places.isPlace("Pyongyang")).isFalse(); // cities are left to NER and the text
  }

  @Test
  void shouldSayWhetherTheFineGrainedGazetteerListsAWordAloneAsACity() {
    assertThat(places.isCity("Tallinn")).isTrue();
    assertThat(places.isCity("tallinn")).isTrue(); // its city lines are caseless
    assertThat(places.isCity("Baltic")).isFalse();
    assertThat(places.isCity("Estonia")).isFalse(); // a country
  }

  @Test
  void shouldDashOnlyHyphensBetweenTwoPlaces() {
    assertThat(CoreNlpAnnotator.withDashesBetweenPlaces("Russia-North Korea ties and Russia-Ukraine talks"))
        .isEqualTo("Russia\u2013North Korea ties and Russia\u2013Ukraine talks");
    String names = "Jean-Luc Marchand met Maria Lopez-Ortega at Hewlett-Packard in the Asia-Pacific.";
    assertThat(CoreNlpAnnotator.withDashesBetweenPlaces(names)).isEqualTo(names);
  }
}
