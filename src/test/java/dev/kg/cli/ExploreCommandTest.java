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
class ExploreCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SampleStore samples;

  ExploreCommandTest(SampleStore samples) {
    this.samples = samples;
  }

  @Test
  void shouldShowTheEntityItsDocumentsAndItsNeighboursByType() {
    // when
    KgRun run = kg("explore", "Kaja Lind", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            """
            Kaja Lind  (person:kaja-lind)
            type: PERSON, mentions: 8, documents: 2, names: Kaja Lind, Lind

            Documents (2 of 2):
            """)
        .containsSubsequence(
            "01-harbour-summit.txt  Baltic Ministers Agree on Joint Harbour Patrols  2025-03-14  3",
            "04-port-visit.html     Estonian Leader Visits Rotterdam Port            2025-06-11  5",
            "Person neighbours, by sentences shared:",
            "Andris Ozols     2          2          01-harbour-summit.txt  1",
            "Pieter de Vries  2          1          04-port-visit.html     2         Lind met Dutch Economy Minister",
            "Organization neighbours, by sentences shared:",
            "European Commission",
            "Location neighbours, by sentences shared:",
            "Tallinn      3          2");
  }

  @Test
  void shouldPrintOneJsonObjectWithTheSentenceBehindEachNeighbour() throws Exception {
    // when
    KgRun run = kg("explore", "Kaja Lind", "--json", "--limit", "1", "--store", samples.directory());

    // then
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("entity").get("id").asText()).isEqualTo("person:kaja-lind");
    assertThat(result.get("entity").get("aliases")).extracting(JsonNode::asText).containsExactly("Kaja Lind", "Lind");
    assertThat(result.get("documents")).extracting(document -> document.get("document").asText())
        .containsExactly("01-harbour-summit.txt");
    assertThat(result.get("neighbours").fieldNames()).toIterable().containsExactly("PERSON", "ORGANIZATION", "LOCATION");
    JsonNode strongestPerson = result.get("neighbours").get("PERSON").get(0);
    assertThat(result.get("neighbours").get("PERSON")).hasSize(1);
    assertThat(strongestPerson.get("name").asText()).isEqualTo("Andris Ozols");
    assertThat(strongestPerson.get("sentences").asInt()).isEqualTo(2);
    assertThat(strongestPerson.get("documents").asInt()).isEqualTo(2);
    assertThat(strongestPerson.get("document").asText()).isEqualTo("01-harbour-summit.txt");
    assertThat(strongestPerson.get("evidence").asText())
        .isEqualTo("Estonian Prime Minister Kaja Lind met Latvian Foreign Minister Andris Ozols in Tallinn on Thursday"
            + " to sign an agreement on joint harbour patrols in the Baltic Sea.");
  }

  @Test
  void shouldShowTheKindOfAPlace() {
    // when
    KgRun run = kg("explore", "tallinn", "--store", samples.directory());

    // then
    assertThat(run.out().lines().toList())
        .startsWith("Tallinn  (location:tallinn)", "type: LOCATION CITY, mentions: 3, documents: 2, names: Tallinn");
  }

  @Test
  void shouldSayWhenNoSentenceNamesTheEntityWithAnother() {
    // when
    KgRun run = kg("explore", "organization:harbour-gazette", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Harbour Gazette  (organization:harbour-gazette)\n")
        .endsWith("(1 row)\n\nNo sentence names it together with another entity.\n");
  }

  @Test
  void shouldFindAnEntityByAnAliasInAnyCaseOrByAWordOfItsName() throws Exception {
    // when
    KgRun byAlias = kg("explore", "DE VRIES", "--json", "--store", samples.directory());
    KgRun byWord = kg("explore", "Vries", "--json", "--store", samples.directory());

    // then
    assertThat(JSON.readTree(byAlias.out()).get("entity").get("id").asText()).isEqualTo("person:pieter-de-vries");
    assertThat(JSON.readTree(byWord.out()).get("entity").get("id").asText()).isEqualTo("person:pieter-de-vries");
  }

  @Test
  void shouldNameTheCandidatesWhenANameFitsSeveralEntities() {
    // when
    KgRun run = kg("explore", "European", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.messages())
        .containsExactly(
            "kg: 'European' could be European Commission (organization:european-commission), European Investment Bank"
                + " (organization:european-investment-bank); give the full name or the id");
  }

  @Test
  void shouldSayWhenNoEntityGoesByTheName() {
    // when
    KgRun run = kg("explore", "Atlantis", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.messages()).containsExactly("kg: no entity is called 'Atlantis'; kg search 'Atlantis~' finds similar names");
  }
}
