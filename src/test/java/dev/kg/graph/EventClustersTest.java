package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventClustersTest {

  @Test
  void shouldNotLetAVagueUndatedReportJoinOrGlueMeetings() {
    // given: Patrushev met Kim, Kim met Kozlov, and a third article says only that Kim met someone
    EventReport patrushev = meeting("a", Map.of("person:patrushev", "agent", "person:kim", "participant"));
    EventReport kozlov = meeting("b", Map.of("person:kim", "agent", "person:kozlov", "participant"));
    EventReport vague = meeting("c", Map.of("person:kim", "participant"));
    EventReport again = meeting("d", Map.of("person:kim", "agent", "person:kozlov", "participant"));

    // when
    List<List<EventReport>> groups = EventClusters.of(List.of(vague, again, kozlov, patrushev));

    // then: without a date, the vague report names no agent to be one of them by
    assertThat(groups)
        .extracting(group -> group.stream().map(EventReport::documentId).sorted().toList())
        .containsExactlyInAnyOrder(List.of("a"), List.of("b", "d"), List.of("c"));
  }

  private static EventReport meeting(String document, Map<String, String> participants) {
    return new EventReport(
        document, 0, "MEETING", "met", participants, null, null, null, null, "MEETING", 0.7, List.of("0:0:3"));
  }
}
