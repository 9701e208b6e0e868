package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventSummaryTest {

  @Test
  void shouldNameEachRolesEntitiesAlphabeticallyByTheNamesGivenThenThePlace() {
    // given a meeting whose report names two agents and a participant
    EventSummary summary = new EventSummary(
        Map.of("person:ulla-berg", "agent", "person:arvo-kask", "agent", "organization:tallinn-port", "participant"),
        List.of("participant: their lawyers"));
    Map<String, String> names = Map.of(
        "person:ulla-berg", "Ulla Berg", "person:arvo-kask", "Arvo Kask", "organization:tallinn-port", "Port of Tallinn",
        "location:riga", "Riga");

    // when
    String text = summary.text("MEETING", "location:riga", names);

    // then the words standing in for a name are not given where a name fills the role
    assertThat(text).isEqualTo("MEETING agent: Arvo Kask, Ulla Berg; participant: Port of Tallinn; place: Riga");
    assertThat(summary.entityIds("location:riga"))
        .containsExactly("location:riga", "organization:tallinn-port", "person:arvo-kask", "person:ulla-berg");
  }

  @Test
  void shouldGiveTheWordsForARoleNoNameFillsAndNoPlaceWhereThereIsNone() {
    // given a killing whose victims the report does not name
    EventSummary summary = new EventSummary(Map.of("person:arvo-kask", "agent"), List.of("target: 13 villagers"));

    // when
    String text = summary.text("KILLING", null, Map.of("person:arvo-kask", "Arvo Kask"));

    // then
    assertThat(text).isEqualTo("KILLING agent: Arvo Kask; target: 13 villagers");
  }

  @Test
  void shouldLeaveOutAnEntityItHasNoNameForInsteadOfFailing() {
    // given an attack whose second agent and place the names do not hold (their nodes were removed)
    EventSummary summary = new EventSummary(
        Map.of("person:arvo-kask", "agent", "person:ulla-berg", "agent", "organization:tallinn-port", "target"),
        List.of("target: the harbour"));
    Map<String, String> names = Map.of("person:arvo-kask", "Arvo Kask");

    // when
    String text = summary.text("ATTACK", "location:riga", names);

    // then a role left with no name gives its words, and no place is given
    assertThat(text).isEqualTo("ATTACK agent: Arvo Kask; target: the harbour");
  }
}
