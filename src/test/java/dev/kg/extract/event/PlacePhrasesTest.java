package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DependencyIndex;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacePhrasesTest {

  @Test
  void shouldReadPhrasesOfPlaceByTheirPreposition() {
    // given
    String[] relations = {"obl:in", "nmod:near", "obl:at", "obl:for", "nmod:of", "nmod:poss", "obj"};

    // when
    List<String> places = Arrays.stream(relations).filter(PlacePhrases::isPlacePhrase).toList();
    List<String> sites = Arrays.stream(relations).filter(PlacePhrases::isSitePhrase).toList();

    // then
    assertThat(places).containsExactly("obl:in", "nmod:near", "obl:at");
    assertThat(sites).containsExactly("obl:at");
  }

  @Test
  void shouldPlaceTheEventNounACopularClauseIsAbout() {
    // given
    DependencyIndex parse = new HandParsed(
        "the/the/DT raid/raid/NN was/be/VBD at/at/IN the/the/DT depot/depot/NN ././.",
        "det 1 0, nsubj 5 1, cop 5 2, case 5 3, det 5 4, root -1 5, punct 5 6").parse();

    // when
    Integer place = PlacePhrases.copularPlace(parse, parse.token(1));

    // then
    assertThat(place).isEqualTo(5);
  }
}
