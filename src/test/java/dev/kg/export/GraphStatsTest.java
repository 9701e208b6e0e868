package dev.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.graph.GraphWriter;
import dev.kg.graph.GraphWriterTest;
import dev.kg.graph.Neo4jExtension;
import dev.kg.layers.UsesNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class GraphStatsTest {

  private final Driver driver;
  private final GraphStats graphStats;

  GraphStatsTest(Driver driver) {
    this.driver = driver;
    this.graphStats = new GraphStats(driver);
  }

  @Test
  void shouldCountNodesPerLabelAndRelationshipsPerType() {
    // given
    GraphWriter writer = new GraphWriter(driver);
    GraphWriterTest.corpus().forEach(writer::write);

    // when
    GraphStats.Stats stats = graphStats.stats();

    // then
    assertThat(stats.labels())
        .isEqualTo(
            Map.of(
                "Document", 3L, "Entity", 4L, "Location", 1L, "Mention", 9L, "Name", 4L, "NameKey", 7L,
                "Organization", 1L, "Person", 2L));
    assertThat(List.copyOf(stats.labels().keySet())).isSorted();
    assertThat(stats.relationshipTypes())
        .isEqualTo(
            Map.of(
                "CO_OCCURS_WITH", 4L, "HAS_KEY", 7L, "HAS_MENTION", 9L, "MENTIONS", 7L, "REFERS_TO", 9L,
                "USES_NAME", 7L));
    assertThat(List.copyOf(stats.relationshipTypes().keySet())).isSorted();
  }

  @Test
  void shouldLeaveOutLabelsAndTypesNothingCarriesAnyMore() {
    // given
    GraphWriter writer = new GraphWriter(driver);
    GraphWriterTest.corpus().forEach(writer::write);
    List.of("a", "b", "c").forEach(writer::remove);

    // when
    GraphStats.Stats stats = graphStats.stats();

    // then
    assertThat(stats.labels()).isEmpty();
    assertThat(stats.relationshipTypes()).isEmpty();
  }
}
