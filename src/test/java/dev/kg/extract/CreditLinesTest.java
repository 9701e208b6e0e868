package dev.kg.extract;

import static dev.kg.extract.WrittenTokens.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditLinesTest {

  @Test
  void shouldSplitTheCityFromAnOutletFollowedByItsLanguageAndTime() {
    // given
    List<Token> tokens = tokens(
        "XY0305121095_NN_O Lisbon_NNP_ORGANIZATION Radio_NNP_ORGANIZATION Mondial_NNP_ORGANIZATION"
            + " in_IN_O Portuguese_NNP_NATIONALITY 1400_CD_DATE GMT_NNP_MISC");

    // when
    Optional<CreditLines.Line> line = CreditLines.of(tokens, 1, 4);

    // then
    assertThat(line).contains(new CreditLines.Line(1, 2));
  }

  @Test
  void shouldTakeTheWordsBeforeAnOutletInCapitalsAsTheCityOfALineOfItsOwn() {
    // given
    List<Token> tokens = tokens("Santa_NNP_ORGANIZATION Cruz_NNP_ORGANIZATION EL_NNP_ORGANIZATION DIARIO_NNP_ORGANIZATION");

    // when
    Optional<CreditLines.Line> line = CreditLines.of(tokens, 0, 4);

    // then
    assertThat(line).contains(new CreditLines.Line(0, 2));
  }

  @Test
  void shouldStartTheLineAfterTheReferenceCodeOfAHeadlineRunIntoTheName() {
    // given
    List<Token> tokens = tokens(
        "Harvest_NNP_ORGANIZATION Delayed_NNP_ORGANIZATION 95AB0042C_NNP_ORGANIZATION Manila_NNP_ORGANIZATION"
            + " DAILY_NNP_ORGANIZATION STAR_NNP_ORGANIZATION in_IN_O English_NNP_NATIONALITY 12_CD_DATE");

    // when
    Optional<CreditLines.Line> line = CreditLines.of(tokens, 0, 6);

    // then
    assertThat(line).contains(new CreditLines.Line(3, 4));
  }

  @Test
  void shouldFindTheUntaggedOutletAfterACityOnItsOwnLineOrBeforeItsLanguage() {
    // given
    List<Token> alone = tokens("Lisbon_NNP_CITY DIARIO_NNP_O NOTICIAS_NNP_O");
    List<Token> monitored = tokens("XY0305121095_NN_O Lisbon_NNP_CITY LUSA_NNP_O in_IN_O English_NNP_NATIONALITY 0920_CD_DATE");
    List<Token> sentence = tokens("Lisbon_NNP_CITY Airport_NNP_O reopened_VBD_O");

    // when / then
    assertThat(CreditLines.outletAfter(alone, 0, 1)).hasValue(3);
    assertThat(CreditLines.outletAfter(monitored, 1, 2)).hasValue(3);
    assertThat(CreditLines.outletAfter(sentence, 0, 1)).isEmpty();
  }

  @Test
  void shouldTakeEveryWordInCapitalsAfterACityNotInCapitalsIntoTheOutlet() {
    // given: NER tagged a part of the outlet, or its words as a time and a title; a city in capitals may head a headline
    List<List<Token>> lines = List.of(
        tokens("Osaka_NNP_CITY KANSAI_NNP_ORGANIZATION SHIMBUN_NNP_O"),
        tokens("Lisbon_NNP_CITY THE_DT_O MORNING_NN_TIME COURIER_NN_TITLE"));
    List<Token> headline = tokens("OSLO_NNP_CITY MONDAY_NNP_DATE");

    // when / then
    assertThat(lines).extracting(line -> CreditLines.outletAfter(line, 0, 1).getAsInt()).containsExactly(3, 4);
    assertThat(CreditLines.outletAfter(headline, 0, 1)).isEmpty();
  }

  @Test
  void shouldTellACityAndOutletLaidOutAsACreditLineFromOnesInASentence() {
    // given
    List<Token> alone = tokens("XY0305121095_NN_O Lisbon_NNP_CITY DIARIO_NNP_ORGANIZATION");
    List<Token> monitored = tokens("Lisbon_NNP_CITY LUSA_NNP_ORGANIZATION in_IN_O English_NNP_NATIONALITY 0920_CD_DATE");
    List<Token> sentence = tokens("Lisbon_NNP_CITY LUSA_NNP_ORGANIZATION reported_VBD_O");

    // when / then
    assertThat(CreditLines.isLine(alone, 1, 3)).isTrue();
    assertThat(CreditLines.isLine(monitored, 0, 2)).isTrue();
    assertThat(CreditLines.isLine(sentence, 0, 2)).isFalse();
  }

  @Test
  void shouldLeaveANameFollowedByADateOrWrittenInASentenceAlone() {
    // given
    List<Token> dated = tokens(
        "Anna_NNP_PERSON Berg_NNP_PERSON in_IN_O December_NNP_DATE 1985_CD_DATE");
    List<Token> sentence = tokens("Boston_NNP_ORGANIZATION Globe_NNP_ORGANIZATION reporters_NNS_O left_VBD_O");
    List<Token> alone = tokens("Boston_NNP_ORGANIZATION Globe_NNP_ORGANIZATION");

    // when / then
    assertThat(CreditLines.of(dated, 0, 2)).isEmpty();
    assertThat(CreditLines.of(sentence, 0, 2)).isEmpty();
    assertThat(CreditLines.of(alone, 0, 2)).isEmpty();
  }
}
