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
class PathCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SampleStore samples;

  PathCommandTest(SampleStore samples) {
    this.samples = samples;
  }

  @Test
  void shouldShowTheShortestPathAcrossDocumentsWithTheSentenceBehindEachHop() {
    // when
    KgRun run = kg("path", "Andris Ozols", "Tomas Novak", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("1 shortest path(s) of 3 hop(s) from Andris Ozols to Tomas Novak:")
        .containsSubsequence(
            "Path 1: Andris Ozols - Kaja Lind - European Commission - Tomas Novak",
            "1    Andris Ozols         Kaja Lind            2          2          01-harbour-summit.txt  1",
            "2    Kaja Lind            European Commission  1          1          01-harbour-summit.txt  5"
                + "         Lind added that the European Commission had promised funding",
            // the JSONL article's headline is its sentence 0, as a .txt article's is
            "3    European Commission  Tomas Novak          1          1          rail-link-2025-05      6"
                + "         Novak added that the European Commission had reviewed the environmental plans.");
  }

  @Test
  void shouldListEquallyShortPathsInNameOrderUpToTheLimit() throws Exception {
    // when
    KgRun all = kg("path", "Ozols", "De Vries", "--json", "--store", samples.directory());
    KgRun first = kg("path", "Ozols", "De Vries", "--json", "--limit", "1", "--store", samples.directory());

    // then
    JsonNode paths = JSON.readTree(all.out()).get("paths");
    assertThat(paths).hasSize(3);
    // the summit's "Estonian Prime Minister" names Estonia in the sentence that names Ozols
    assertThat(paths.get(0).get("hops")).extracting(hop -> hop.get("to").asText()).containsExactly("Estonia", "Pieter de Vries");
    assertThat(paths.get(1).get("hops")).extracting(hop -> hop.get("to").asText()).containsExactly("Kaja Lind", "Pieter de Vries");
    assertThat(paths.get(2).get("hops")).extracting(hop -> hop.get("to").asText()).containsExactly("Tallinn", "Pieter de Vries");
    JsonNode hop = paths.get(2).get("hops").get(1);
    assertThat(hop.get("fromId").asText()).isEqualTo("location:tallinn");
    assertThat(hop.get("evidence").asText())
        .isEqualTo("Lind met Dutch Economy Minister Pieter de Vries to discuss shipping links between Tallinn and Rotterdam.");
    assertThat(JSON.readTree(first.out()).get("paths")).hasSize(1);
  }

  @Test
  void shouldSayWhenNoPathIsShortEnough() throws Exception {
    // when
    KgRun run = kg("path", "Ozols", "Novak", "--max-hops", "2", "--store", samples.directory());
    KgRun json = kg("path", "Ozols", "Novak", "--max-hops", "2", "--json", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("No path of at most 2 hops links Andris Ozols and Tomas Novak.\n");
    assertThat(JSON.readTree(json.out()).get("paths")).isEmpty();
    assertThat(JSON.readTree(json.out()).get("to").get("id").asText()).isEqualTo("person:tomas-novak");
  }

  @Test
  void shouldRefuseAPathFromAnEntityToItself() {
    // when
    KgRun run = kg("path", "Lind", "Kaja Lind", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.messages()).containsExactly("kg: 'Lind' and 'Kaja Lind' are the same entity, person:kaja-lind");
  }

  @Test
  void shouldRefuseFewerThanOneHop() {
    // when
    KgRun run = kg("path", "Lind", "Ozols", "--max-hops", "0", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.messages()).containsExactly("kg: --max-hops must be at least 1, got 0");
  }
}
