package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypeTest {

  @Test
  void shouldNameTheOneWhoConvictsOrSentencesTheCourt() {
    // given "A court convicted him", "the judge sentenced him", "his conviction by a jury"
    EventType type = EventType.PROSECUTION;

    // when / then
    assertThat(type.kairosRole(EventRole.AGENT, "convict")).isEqualTo("JudgeCourt");
    assertThat(type.kairosRole(EventRole.AGENT, "sentence")).isEqualTo("JudgeCourt");
    assertThat(type.kairosRole(EventRole.AGENT, "conviction")).isEqualTo("JudgeCourt");
  }

  @Test
  void shouldNameTheOneWhoChargesTheProsecutor() {
    // given "prosecutors charged him", "the state indicted him"
    EventType type = EventType.PROSECUTION;

    // when / then
    assertThat(type.kairosRole(EventRole.AGENT, "charge")).isEqualTo("Prosecutor");
    assertThat(type.kairosRole(EventRole.AGENT, "indict")).isEqualTo("Prosecutor");
    assertThat(type.kairosRole(EventRole.TARGET, "convict")).isEqualTo("Defendant");
  }

  @Test
  void shouldGiveAWitnessNoKairosRole() {
    // given "Elliott testified that McVeigh reserved the truck": Elliott is a witness
    EventType type = EventType.PROSECUTION;

    // when / then
    assertThat(type.kairosRole(EventRole.AGENT, "testify")).isNull();
  }
}
