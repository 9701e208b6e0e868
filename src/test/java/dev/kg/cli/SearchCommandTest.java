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
class SearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SampleStore samples;

  SearchCommandTest(SampleStore samples) {
    this.samples = samples;
  }

  @Test
  void shouldFindANameFromAMisspelling() {
    // when
    KgRun run = kg("search", "Hofbaur~", "--store", samples.directory());

    // then
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(4)
        .element(2)
        .asString()
        .matches("[0-9.]+ +PERSON +Lena Hofbauer +person:lena-hofbauer +\\[\"Hofbauer\",\"Lena Hofbauer\"\\] +1");
  }

  @Test
  void shouldSearchAliasesAndKeepToTheLimit() throws Exception {
    // when
    KgRun all = kg("search", "European", "--json", "--store", samples.directory());
    KgRun one = kg("search", "European", "--json", "--limit", "1", "--store", samples.directory());

    // then
    JsonNode result = JSON.readTree(all.out());
    assertThat(result.get("query").asText()).isEqualTo("European");
    assertThat(result.get("hits"))
        .extracting(hit -> hit.get("id").asText())
        .containsExactlyInAnyOrder("organization:european-commission", "organization:european-investment-bank");
    assertThat(result.get("hits")).allSatisfy(hit -> assertThat(hit.get("score").asDouble()).isPositive());
    assertThat(JSON.readTree(one.out()).get("hits")).hasSize(1);
  }

  @Test
  void shouldExplainAQueryLuceneCannotReadInOneLineWithAHint() {
    // when: a query Lucene's parser rejects, and one its tokenizer does
    KgRun unbalanced = kg("search", "Lind AND (", "--store", samples.directory());
    KgRun injected = kg("search", "x\") MATCH (n) DETACH DELETE n //", "--store", samples.directory());

    // then
    assertThat(unbalanced.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(unbalanced.err())
        .isEqualTo(
            "kg: 'Lind AND (' is not valid search syntax; quote a phrase (\"Kaja Lind\") or escape special characters"
                + " with \\ (Lind AND \\()\n");
    assertThat(injected.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(injected.err())
        .isEqualTo(
            "kg: 'x\") MATCH (n) DETACH DELETE n //' is not valid search syntax; quote a phrase (\"Kaja Lind\") or escape"
                + " special characters with \\ (x\\\"\\) MATCH \\(n\\) DETACH DELETE n \\/\\/)\n");
    assertThat(kg("search", "Lind", "--store", samples.directory()).out()).contains("person:kaja-lind");
  }
}
