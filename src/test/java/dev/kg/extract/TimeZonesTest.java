package dev.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

  @Test
  void shouldKnowATimeZoneWrittenAfterATime() {
    // given "at 12:00 UTC Monday", the models reading UTC as an organisation
    List<Token> tokens = WrittenTokens.tokens("at_IN_O 12:00_CD_TIME UTC_NNP_ORGANIZATION Monday_NNP_DATE");

    // when / then
    assertThat(TimeZones.isZoneOfTime(tokens, 2, 3)).isTrue();
  }

  @Test
  void shouldKnowADaylightZoneAndAZoneWithItsOffsetInParentheses() {
    // given "9 a.m. EDT" and "local time (GMT+3)"
    List<Token> daylight = WrittenTokens.tokens("9_CD_TIME a.m._NN_TIME EDT_NNP_ORGANIZATION");
    List<Token> offset = WrittenTokens.tokens("local_JJ_O time_NN_O (_-LRB-_O GMT_NNP_ORGANIZATION +3_CD_O )_-RRB-_O");

    // when / then
    assertThat(TimeZones.isZoneOfTime(daylight, 2, 3)).isTrue();
    assertThat(TimeZones.isZoneOfTime(offset, 3, 4)).isTrue();
  }

  @Test
  void shouldLeaveAZonesNameThatNoTimeOrOffsetStandsBeside() {
    // given "ACT" (a territory) and "CAT" (a company) with no time next to them
    List<Token> territory = WrittenTokens.tokens("in_IN_O the_DT_O ACT_NNP_ORGANIZATION ,_,_O police_NNS_O said_VBD_O");
    List<Token> company = WrittenTokens.tokens("CAT_NNP_ORGANIZATION shares_NNS_O rose_VBD_O 3_CD_PERCENT %_NN_PERCENT");

    // when / then
    assertThat(TimeZones.isZoneOfTime(territory, 2, 3)).isFalse();
    assertThat(TimeZones.isZoneOfTime(company, 0, 1)).isFalse();
  }

  @Test
  void shouldTakeNoNameOfTwoWordsOrOutsideTheZonesForAZone() {
    // given "at noon Acme Corp" and "at noon ACME"
    List<Token> tokens = WrittenTokens.tokens("at_IN_O noon_NN_TIME Acme_NNP_ORGANIZATION Corp_NNP_ORGANIZATION");
    List<Token> acme = WrittenTokens.tokens("at_IN_O noon_NN_TIME ACME_NNP_ORGANIZATION");

    // when / then
    assertThat(TimeZones.isZoneOfTime(tokens, 2, 4)).isFalse();
    assertThat(TimeZones.isZoneOfTime(acme, 2, 3)).isFalse();
  }
}
