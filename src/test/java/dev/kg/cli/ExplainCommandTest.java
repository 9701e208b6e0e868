package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@UsesNeo4j
@UsesCoreNlp
@ExtendWith(SampleStoreExtension.class)
class ExplainCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SampleStore samples;

  ExplainCommandTest(SampleStore samples) {
    this.samples = samples;
  }

  @Test
  void shouldPrintEveryFactAboutAnEntityWithTheSentencesBehindIt() {
    // when
    KgRun run = kg("explain", "Kaja Lind", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Kaja Lind  (person:kaja-lind)\ntitles: Prime Minister\n")
        .containsSubsequence(
            // the harbour summit names no Estonia: its "Estonian Prime Minister" gives the country
            "-[CITIZEN_OF]-> Estonia  confidence 0.91, 2 sentence(s) in 2 document(s)",
            "01-harbour-summit.txt [49-82] (title-before-name): Estonian Prime Minister Kaja Lind met",
            "-[HOLDS_POSITION]-> Estonia  titles: Prime Minister (current)",
            "04-port-visit.html [",
            "Estonian Prime Minister Kaja Lind visited the Port of Rotterdam");
  }

  @Test
  void shouldPrintWhatAnEntitySaid() {
    // when
    KgRun run = kg("explain", "Andris Ozols", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Said (1):")
        .contains("\u201cThe sea is our common border, and we will guard it together,\u201d  01-harbour-summit.txt");
  }

  @Test
  void shouldExplainOneFactAsJson() throws Exception {
    // when
    KgRun run = kg("explain", "Kaja Lind", "HOLDS_POSITION", "Estonia", "--json", "--store", samples.directory());

    // then
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("facts")).hasSize(1);
    JsonNode fact = result.get("facts").get(0);
    assertThat(fact.get("type").asText()).isEqualTo("HOLDS_POSITION");
    assertThat(fact.get("otherId").asText()).isEqualTo("location:estonia");
    assertThat(fact.get("documents")).extracting(JsonNode::asText).containsExactly("04-port-visit.html");
    assertThat(fact.get("sentences").get(0).asText()).startsWith("Estonian Prime Minister Kaja Lind");
  }

  @Test
  void shouldRefuseAFactTheGraphDoesNotHold() {
    // when
    KgRun run = kg("explain", "Kaja Lind", "MEMBER_OF", "Estonia", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no MEMBER_OF fact links Kaja Lind and Estonia");
  }
}
