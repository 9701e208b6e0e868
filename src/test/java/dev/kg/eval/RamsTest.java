package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RamsTest {

  private static final String WINDOW =
      "{\"doc_key\": \"w1\", \"sentences\": [[\"Rebels\", \"attacked\", \"Aleppo\", \".\"],"
          + " [\"Two\", \"died\", \".\"]],"
          + " \"evt_triggers\": [[1, 1, [[\"conflict.attack.firearmattack\", 1.0]]]],"
          + " \"gold_evt_links\": [[[1, 1], [0, 0], \"evt001arg01attacker\"], [[1, 1], [2, 2], \"evt001arg03place\"]]}";

  @Test
  void shouldReadAWindowWithItsEventInKairosTerms(@TempDir Path directory) throws Exception {
    // given
    Path file = directory.resolve("dev.jsonlines");
    Files.writeString(file, WINDOW + "\n");

    // when
    List<WikiEventsDocument> windows = RamsReader.read(file);

    // then
    WikiEventsDocument window = windows.get(0);
    assertThat(window.text()).isEqualTo("Rebels attacked Aleppo .\nTwo died .");
    assertThat(window.events()).singleElement().satisfies(event -> {
      assertThat(event.kairos()).isEqualTo("Conflict.Attack.Unspecified");
      assertThat(event.trigger()).isEqualTo(new WikiEventsDocument.Span(1, 2));
      assertThat(event.arguments()).extracting(WikiEventsDocument.GoldArgument::role)
          .containsExactly("Attacker", "Place");
    });
  }

  @Test
  void shouldMapRamsTypesAndRolesToKairosOnesOfTheSameMeaning() {
    assertThat(RamsReader.kairos("contact.discussion.meet")).isEqualTo("Contact.Contact.Meet");
    assertThat(RamsReader.kairos("contact.requestadvise.broadcast")).isEqualTo("Contact.RequestCommand.Unspecified");
    assertThat(RamsReader.kairos("contact.commandorder.meet")).isEqualTo("Contact.RequestCommand.Unspecified");
    assertThat(RamsReader.kairos("contact.threatencoerce.broadcast")).isEqualTo("Contact.ThreatenCoerce.Unspecified");
    assertThat(RamsReader.kairos("life.die.deathcausedbyviolentevents")).isEqualTo("Life.Die.Unspecified");
    assertThat(RamsReader.kairos("personnel.endposition.firinglayoff")).isEqualTo("Personnel.EndPosition.Unspecified");
    assertThat(RamsReader.kairos("justice.releaseparole.releaseparole")).isEqualTo("Justice.ReleaseParole.Unspecified");
    assertThat(RamsReader.kairos("government.vote.castvote")).isEqualTo("RAMS:government.vote.castvote");
    assertThat(RamsReader.role("evt090arg02passenger", "Movement.Transportation.Unspecified"))
        .isEqualTo("PassengerArtifact");
    assertThat(RamsReader.role("evt090arg02artifact", "Transaction.ExchangeBuySell.Unspecified"))
        .isEqualTo("AcquiredEntity");
  }

  @Test
  void shouldScoreTriggersByRecallAndArgumentsAtTheGoldTrigger() {
    // given
    WikiEventsDocument window = new WikiEventsDocument("w1",
        List.of(List.of("Rebels", "attacked", "Aleppo", ".")),
        List.of(new WikiEventsDocument.GoldEvent("Conflict.Attack.Unspecified", new WikiEventsDocument.Span(1, 2),
            List.of(new WikiEventsDocument.GoldArgument(new WikiEventsDocument.Span(0, 1), "Attacker")))));
    List<WikiEventsPrediction> predicted = List.of(
        new WikiEventsPrediction("w1", new WikiEventsPrediction.TokenSpan(1, 2), "ATTACK", "Conflict.Attack.Unspecified",
            List.of(new WikiEventsPrediction.Argument(0, 1, "Attacker"), new WikiEventsPrediction.Argument(2, 3, "Target"))),
        new WikiEventsPrediction("w1", new WikiEventsPrediction.TokenSpan(3, 4), "KILLING", "Life.Die.Unspecified", List.of()));

    // when
    RamsScore score = new RamsScore();
    score.add(window, predicted);

    // then
    assertThat(score.lines()).contains(
        "trigger classification:  P 100.0  R 100.0  F1 100.0  (1 correct, 1 predicted, 1 gold)",
        "argument classification: P  50.0  R 100.0  F1  66.7  (1 correct, 2 predicted, 1 gold)");
  }
}
