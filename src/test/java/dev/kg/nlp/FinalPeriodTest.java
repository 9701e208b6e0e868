package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FinalPeriodTest {

  @Test
  void shouldReadAWordBeforeASentencesLastPeriodAsCoreNlpsTokenizerDoes() {
    // when
    FinalPeriod.Reading state = FinalPeriod.of("Mich");
    FinalPeriod.Reading initials = FinalPeriod.of("U.S");
    FinalPeriod.Reading word = FinalPeriod.of("Iowa");
    FinalPeriod.Reading quote = FinalPeriod.of("''");

    // then
    assertThat(state).isEqualTo(FinalPeriod.Reading.ABBREVIATION);
    assertThat(initials).isEqualTo(FinalPeriod.Reading.JOINED);
    assertThat(word).isEqualTo(FinalPeriod.Reading.SPLIT);
    assertThat(quote).isEqualTo(FinalPeriod.Reading.SPLIT);
  }
}
