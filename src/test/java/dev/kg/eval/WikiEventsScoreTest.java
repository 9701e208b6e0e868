package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.eval.WikiEventsDocument.GoldArgument;
import dev.kg.eval.WikiEventsDocument.GoldEvent;
import dev.kg.eval.WikiEventsDocument.Span;
import dev.kg.eval.WikiEventsPrediction.Argument;
import dev.kg.eval.WikiEventsPrediction.TokenSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiEventsScoreTest {

  // "Rebels attacked the base and killed two guards ." with an attack (trigger 1) and a death (trigger 5)
  private static final WikiEventsDocument DOCUMENT =
      new WikiEventsDocument(
          "doc",
          List.of(List.of("Rebels", "attacked", "the", "base", "and", "killed", "two", "guards", ".")),
          List.of(
              new GoldEvent(
                  "Conflict.Attack.Unspecified",
                  new Span(1, 2),
                  List.of(new GoldArgument(new Span(0, 1), "Attacker"), new GoldArgument(new Span(2, 4), "Target"))),
              new GoldEvent(
                  "Life.Die.Unspecified", new Span(5, 6), List.of(new GoldArgument(new Span(6, 8), "Victim")))));

  // the attack found with both arguments, one with the wrong role; the death typed as an injury, its
  // victim missed; a trigger where there is none
  private static final List<WikiEventsPrediction> PREDICTIONS =
      List.of(
          new WikiEventsPrediction(
              "doc", new TokenSpan(1, 2), "ATTACK", "Conflict.Attack.Unspecified",
              List.of(new Argument(0, 1, "Attacker"), new Argument(3, 4, "Instrument"))),
          new WikiEventsPrediction("doc", new TokenSpan(5, 6), "INJURY", "Life.Injure.Unspecified", List.of()),
          new WikiEventsPrediction("doc", new TokenSpan(3, 4), "ATTACK", "Conflict.Attack.Unspecified", List.of()));

  @Test
  void shouldScoreTriggersAtKgsLevelAndPerTypeAndArgumentsByHeadWord() {
    // given
    WikiEventsScore score = new WikiEventsScore();

    // when
    score.add(DOCUMENT, PREDICTIONS);

    // then
    assertThat(score.lines())
        .containsExactly(
            "documents: 1",
            "trigger identification:  P  66.7  R 100.0  F1  80.0  (2 correct, 3 predicted, 2 gold)",
            "trigger classification:  P  33.3  R  50.0  F1  40.0  (1 correct, 3 predicted, 2 gold)",
            "argument identification: P 100.0  R  66.7  F1  80.0  (2 correct, 2 predicted, 3 gold)",
            "argument classification: P  50.0  R  33.3  F1  40.0  (1 correct, 2 predicted, 3 gold)");
    // each gold event counts under the kg type covering it, each prediction under its own
    assertThat(score.typeLines())
        .containsExactly(
            "trigger classification by kg type:",
            "  ATTACK:                P  50.0  R 100.0  F1  66.7  (1 correct, 2 predicted, 1 gold)",
            "  INJURY:                P   0.0  R   0.0  F1   0.0  (0 correct, 1 predicted, 0 gold)",
            "  KILLING:               P   0.0  R   0.0  F1   0.0  (0 correct, 0 predicted, 1 gold)");
  }

  @Test
  void shouldListEachErrorWithItsSentence() {
    // given: a wrong role, a wrong type and a spurious trigger; then the attack without arguments and
    // the death missed
    EventErrors errors = new EventErrors();
    List<WikiEventsPrediction> missing =
        List.of(
            new WikiEventsPrediction(
                "doc", new TokenSpan(1, 2), "ATTACK", "Conflict.Attack.Unspecified",
                List.of(new Argument(6, 7, "Target"))));

    // when
    errors.add(DOCUMENT, PREDICTIONS, true);
    errors.add(DOCUMENT, missing, true);

    // then
    String attack = "\tRebels [attacked] the base and killed two guards .";
    assertThat(errors.lines())
        .containsExactly(
            "doc\tWRONG_ROLE\tattacked: \"the base\" gold Target, kg Instrument" + attack,
            "doc\tWRONG_TYPE\tkilled: gold Life.Die.Unspecified, kg INJURY\tRebels attacked the base and [killed] two guards .",
            "doc\tSPURIOUS_TRIGGER\tbase ATTACK\tRebels attacked the [base] and killed two guards .",
            "doc\tSPURIOUS_ARGUMENT\tattacked: Target \"two\"" + attack,
            "doc\tMISSED_ARGUMENT\tattacked: Attacker \"Rebels\"" + attack,
            "doc\tMISSED_ARGUMENT\tattacked: Target \"the base\"" + attack,
            "doc\tMISSED_TRIGGER\tkilled Life.Die.Unspecified\tRebels attacked the base and [killed] two guards .");
  }

  @Test
  void shouldReadTokensSentencesAndGoldSpansFromJsonl(@TempDir Path directory) throws Exception {
    // given
    Path file = directory.resolve("dev.jsonl");
    Files.writeString(
        file,
        """
        {"doc_id": "d1", "tokens": ["Bombs", "exploded", ".", "Two", "died", "."], \
        "sentences": [[[["Bombs", 0, 5], ["exploded", 6, 14], [".", 14, 15]], "Bombs exploded."], \
        [[["Two", 16, 19], ["died", 20, 24], [".", 24, 25]], "Two died."]], \
        "entity_mentions": [{"id": "d1-T1", "start": 3, "end": 4}], \
        "event_mentions": [{"event_type": "Life.Die.Unspecified", "trigger": {"start": 4, "end": 5}, \
        "arguments": [{"entity_id": "d1-T1", "role": "Victim"}]}]}
        """);

    // when
    WikiEventsDocument document = WikiEventsDocument.read(file).get(0);

    // then
    assertThat(document.text()).isEqualTo("Bombs exploded .\nTwo died .");
    assertThat(document.tokenAt(document.text().indexOf("died"))).isEqualTo(4);
    assertThat(document.events())
        .containsExactly(
            new GoldEvent("Life.Die.Unspecified", new Span(4, 5), List.of(new GoldArgument(new Span(3, 4), "Victim"))));
  }
}
