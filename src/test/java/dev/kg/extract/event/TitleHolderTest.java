package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.event.EventMention.Argument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whom an argument headed by a title stands for, on sentences parsed by hand so that the rule under
 * test is only what the event extraction does with the parse it is given.
 */
class TitleHolderTest {

  private static final Entity HOLM = new Entity("person:lena-holm", EntityType.PERSON, null, "Lena Holm", List.of());
  private static final Entity BERG = new Entity("person:nils-berg", EntityType.PERSON, null, "Nils Berg", List.of());
  private static final Entity SWEDEN =
      new Entity("location:sweden", EntityType.LOCATION, LocationKind.COUNTRY, "Sweden", List.of());

  @Test
  void shouldTakeThePersonNamedInATitlesPhraseAsWhomItStandsFor() {
    // given "Holm met with Swedish Minister of Ecology Nils Berg .", the parser hanging the name on the
    // title by "of" beside the nationality
    HandParsed sentence = new HandParsed(
        "Holm/Holm/NNP/PERSON met/meet/VBD with/with/IN Swedish/Swedish/JJ/NATIONALITY Minister/minister/NNP/TITLE"
            + " of/of/IN Ecology/Ecology/NNP Nils/Nils/NNP/PERSON Berg/Berg/NNP/PERSON ././.",
        "nsubj 1 0, root -1 1, case 4 2, compound 4 3, obl:with 1 4, case 8 5, compound 8 6, compound 8 7,"
            + " nmod:of 4 8, punct 1 9");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, HOLM, 3, SWEDEN, 8, BERG));

    // then Holm met Berg, not Sweden
    assertThat(mentions).singleElement().satisfies(meeting -> assertThat(meeting.arguments())
        .extracting(Argument::head, Argument::role, Argument::entityId)
        .containsExactly(tuple(0, EventRole.AGENT, HOLM.id()), tuple(4, EventRole.PARTICIPANT, BERG.id())));
  }

  @Test
  void shouldTakeTheCountryOfATitleThatNamesNoOne() {
    // given "Holm met with the Swedish minister .", the nationality a compound of the title as above
    HandParsed sentence = new HandParsed(
        "Holm/Holm/NNP/PERSON met/meet/VBD with/with/IN the/the/DT Swedish/Swedish/JJ/NATIONALITY"
            + " minister/minister/NN/TITLE ././.",
        "nsubj 1 0, root -1 1, case 5 2, det 5 3, compound 5 4, obl:with 1 5, punct 1 6");

    // when
    List<EventMention> mentions = sentence.mentions(Map.of(0, HOLM, 4, SWEDEN));

    // then the minister stands for Sweden, as before
    assertThat(mentions).singleElement().satisfies(meeting -> assertThat(meeting.arguments())
        .extracting(Argument::head, Argument::role, Argument::entityId)
        .containsExactly(tuple(0, EventRole.AGENT, HOLM.id()), tuple(5, EventRole.PARTICIPANT, SWEDEN.id())));
  }
}
