package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.graph.CypherRunner;
import dev.kg.graph.NamedQuery;
import dev.kg.graph.QueryLibrary;
import dev.kg.graph.QueryResult;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query in {@code cypher/queries.cypher}, run with its example parameters against the sample
 * articles: each must answer with rows, so the file never holds a query that no longer fits the graph.
 */
@UsesNeo4j
@UsesCoreNlp
@ExtendWith(SampleStoreExtension.class)
class QueriesFileTest {

  private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

  private static GraphSession graph;

  @BeforeAll
  static void openSamples(SampleStore samples) {
    graph = samples.open();
  }

  @AfterAll
  static void closeSamples() {
    graph.close();
  }

  @Test
  void shouldHoldAtLeastFifteenDescribedQueries() {
    // when
    QueryLibrary library = QueryLibrary.load();

    // then
    assertThat(library.queries())
        .hasSizeGreaterThanOrEqualTo(15)
        .allSatisfy(query -> assertThat(query.description()).as(query.name()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void shouldGiveAnExampleForEveryParameterAndAnswerItWithRows(NamedQuery query) {
    // given
    Matcher parameters = PARAMETER.matcher(query.cypher());
    while (parameters.find()) {
      assertThat(query.exampleParameters()).as("example parameters").containsKey(parameters.group(1));
    }

    // when
    QueryResult result = new CypherRunner(graph.driver()).run(query.cypher(), query.exampleParameters());

    // then
    assertThat(result.rows()).as(query.name() + " with " + query.exampleParameters()).isNotEmpty();
  }

  static Stream<Named<NamedQuery>> queries() {
    return QueryLibrary.load().queries().stream().map(query -> Named.of(query.name(), query));
  }
}
