package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg eval events} end to end on a one-sentence WikiEvents file. */
@UsesCoreNlp
class EvalEventsCommandTest {

  @Test
  void shouldScoreTheEventsAndListWhatKgMissed(@TempDir Path directory) throws Exception {
    // given a sentence with an attack kg knows and a report ("said") outside its ontology
    Path wikievents = directory.resolve("dev.jsonl");
    Files.writeString(
        wikievents,
        """
        {"doc_id": "d1", "tokens": ["Officials", "said", "rebels", "attacked", "the", "base", "."], \
        "sentences": [[[["Officials", 0, 9], ["said", 10, 14], ["rebels", 15, 21], ["attacked", 22, 30], \
        ["the", 31, 34], ["base", 35, 39], [".", 39, 40]], "Officials said rebels attacked the base."]], \
        "entity_mentions": [{"id": "d1-T1", "start": 2, "end": 3}, {"id": "d1-T2", "start": 4, "end": 6}], \
        "event_mentions": [{"event_type": "Contact.Contact.Unspecified", "trigger": {"start": 1, "end": 2}, \
        "arguments": []}, {"event_type": "Conflict.Attack.Unspecified", "trigger": {"start": 3, "end": 4}, \
        "arguments": [{"entity_id": "d1-T1", "role": "Attacker"}, {"entity_id": "d1-T2", "role": "Target"}]}]}
        """);
    Path errors = directory.resolve("errors.tsv");

    // when
    KgRun run = kg("eval", "events", "--wikievents", wikievents.toString(), "--errors", errors.toString());

    // then: the attack and both its arguments are found, the report is listed as missed
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("trigger classification:  P 100.0  R  50.0  F1  66.7  (1 correct, 1 predicted, 2 gold)")
        .contains("argument classification: P 100.0  R 100.0  F1 100.0  (2 correct, 2 predicted, 2 gold)");
    assertThat(Files.readAllLines(errors))
        .containsExactly("d1\tMISSED_TRIGGER\tsaid Contact.Contact.Unspecified\tOfficials [said] rebels attacked the base .");
  }

  @Test
  void shouldWriteTheRelativePronounWikiEventsMarks(@TempDir Path directory) throws Exception {
    // given a death told in a relative clause, whose victim WikiEvents marks as "who"
    String document = """
        {"doc_id": "d2", "tokens": ["Police", "named", "a", "guard", ",", "who", "died", "on", "Friday", "."], \
        "sentences": [[[["Police", 0, 6], ["named", 7, 12], ["a", 13, 14], ["guard", 15, 20], [",", 20, 21], \
        ["who", 22, 25], ["died", 26, 30], ["on", 31, 33], ["Friday", 34, 40], [".", 40, 41]], \
        "Police named a guard, who died on Friday."]], \
        "entity_mentions": [{"id": "d2-T1", "start": 5, "end": 6}], \
        "event_mentions": [{"event_type": "Life.Die.Unspecified", "trigger": {"start": 6, "end": 7}, \
        "arguments": [{"entity_id": "d2-T1", "role": "Victim"}]}]}
        """;

    // when
    String scores = scores(directory, "--wikievents", document);

    // then kg's victim, the guard, is written as the pronoun of the clause that tells the death
    assertThat(scores)
        .contains("argument classification: P 100.0  R 100.0  F1 100.0  (1 correct, 1 predicted, 1 gold)");
  }

  @Test
  void shouldWriteADetonatedDeviceAsTheInstrumentRamsMarks(@TempDir Path directory) throws Exception {
    // given a RAMS window whose bombing has its bomb as instrument, a role RAMS's ontology does not split
    String window = """
        {"doc_key": "w1", "sentences": [["Militants", "detonated", "a", "bomb", "."]], \
        "evt_triggers": [[1, 1, [["conflict.attack.bombing", 1.0]]]], \
        "gold_evt_links": [[[1, 1], [0, 0], "evt001arg01attacker"], [[1, 1], [3, 3], "evt001arg03instrument"]]}
        """;

    // when
    String scores = scores(directory, "--rams", window);

    // then kg's explosive device is RAMS's instrument
    assertThat(scores)
        .contains("argument classification: P 100.0  R 100.0  F1 100.0  (2 correct, 2 predicted, 2 gold)");
  }

  @Test
  void shouldReplayTheAnnotationsItSavedWithoutLoadingCoreNlp(@TempDir Path directory) throws Exception {
    // given two RAMS windows, the second scored alone and its annotation saved
    Path rams = Files.writeString(directory.resolve("dev.jsonlines"), """
        {"doc_key": "w1", "sentences": [["Rebels", "attacked", "the", "base", "."]], \
        "evt_triggers": [[1, 1, [["conflict.attack.n/a", 1.0]]]], "gold_evt_links": [[[1, 1], [0, 0], "evt001arg01attacker"]]}
        {"doc_key": "w2", "sentences": [["Militants", "detonated", "a", "bomb", "."]], \
        "evt_triggers": [[1, 1, [["conflict.attack.bombing", 1.0]]]], \
        "gold_evt_links": [[[1, 1], [0, 0], "evt001arg01attacker"], [[1, 1], [3, 3], "evt001arg03instrument"]]}
        """);
    Path annotations = directory.resolve("w2.annotations.jsonl");
    KgRun annotated = kg("eval", "events", "--rams", rams.toString(), "--skip", "1", "--annotations", annotations.toString());
    assertThat(annotated.exitCode()).as(annotated.err()).isZero();

    // when
    KgRun replayed = kg("eval", "events", "--rams", rams.toString(), "--skip", "1", "--annotations", annotations.toString());

    // then the same scores, with no word of loading CoreNLP
    assertThat(annotated.err()).startsWith("Loading CoreNLP...");
    assertThat(replayed.exitCode()).isZero();
    assertThat(replayed.err()).isEmpty();
    assertThat(replayed.out())
        .isEqualTo(annotated.out())
        .contains("argument classification: P 100.0  R 100.0  F1 100.0  (2 correct, 2 predicted, 2 gold)");
  }

  /** What {@code kg eval events} prints for one document of the format {@code option} names. */
  private static String scores(Path directory, String option, String document) throws Exception {
    Path file = directory.resolve("dev.jsonl");
    Files.writeString(file, document);
    KgRun run = kg("eval", "events", option, file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }
}
