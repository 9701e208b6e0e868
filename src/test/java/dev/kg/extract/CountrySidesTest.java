package dev.kg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountrySidesTest {

  @Test
  void shouldReadACountrysNameWrittenBesideAnotherCountryOrParenthesisedAmongClubsAsASide() {
    // given a team after a driver and his country, a club with its country in parentheses and after "of",
    // and a player's club among the other players' clubs
    List<Token> team = WrittenTokens.tokens("4._CD_NUMBER Valdo_NNP_PERSON Mirren_NNP_PERSON (_-LRB-_O Chile_NNP_COUNTRY"
        + " )_-RRB-_O Monaco_NNP_ORGANIZATION 1:41.2_CD_TIME");
    List<Token> result = WrittenTokens.tokens("Panama_NNP_ORGANIZATION (_-LRB-_O Spain_NNP_COUNTRY )_-RRB-_O 81_CD_NUMBER"
        + " Toros_NNP_ORGANIZATION (_-LRB-_O Greece_NNP_COUNTRY )_-RRB-_O 77_CD_NUMBER");
    List<Token> field = WrittenTokens.tokens("Panama_NNP_ORGANIZATION of_IN_O South_NNP_COUNTRY Africa_NNP_COUNTRY"
        + " will_MD_O play_VB_O Toros_NNP_ORGANIZATION ._._O");
    List<Token> scorers = WrittenTokens.tokens("Ivo_NNP_PERSON Brandt_NNP_PERSON (_-LRB-_O Rennes_NNP_ORGANIZATION )_-RRB-_O"
        + " ,_,_O Marc_NNP_PERSON Ollier_NNP_PERSON (_-LRB-_O Monaco_NNP_ORGANIZATION )_-RRB-_O ,_,_O"
        + " Luc_NNP_PERSON Tessier_NNP_PERSON (_-LRB-_O Nantes_NNP_ORGANIZATION )_-RRB-_O");

    // when / then
    assertThat(CountrySides.isSide(team, 6, 7)).as("Monaco after Chile").isTrue();
    assertThat(CountrySides.isSide(result, 0, 1)).as("Panama ( Spain )").isTrue();
    assertThat(CountrySides.isSide(field, 0, 1)).as("Panama of South Africa").isTrue();
    assertThat(CountrySides.isSide(scorers, 9, 10)).as("( Monaco ) among ( Rennes ) and ( Nantes )").isTrue();
  }

  @Test
  void shouldNotReadACountryThatActsOrIsParenthesisedAmongCountriesAsASide() {
    // given a country that acts, one before a news agency's name, and one among players' countries
    List<Token> acting = WrittenTokens.tokens("Jordan_NNP_ORGANIZATION offered_VBD_O new_JJ_O terms_NNS_O to_TO_O"
        + " Syria_NNP_COUNTRY ._._O");
    List<Token> agency = WrittenTokens.tokens("Mexico_NNP_ORGANIZATION (_-LRB-_O Reuters_NNP_ORGANIZATION )_-RRB-_O"
        + " said_VBD_O ._._O");
    List<Token> players = WrittenTokens.tokens("Ana_NNP_PERSON Lisle_NNP_PERSON (_-LRB-_O Monaco_NNP_ORGANIZATION"
        + " )_-RRB-_O ,_,_O Jo_NNP_PERSON Kerr_NNP_PERSON (_-LRB-_O Canada_NNP_COUNTRY )_-RRB-_O ,_,_O"
        + " Ed_NNP_PERSON Moss_NNP_PERSON (_-LRB-_O Kenya_NNP_COUNTRY )_-RRB-_O");

    // when / then
    assertThat(CountrySides.isSide(acting, 0, 1)).isFalse();
    assertThat(CountrySides.isSide(agency, 0, 1)).isFalse();
    assertThat(CountrySides.isSide(players, 3, 4)).isFalse();
  }
}
