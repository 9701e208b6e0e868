package dev.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {

  // Wire copy as Reuters sends it: wrapped at 63 characters, a paragraph's first line indented.
  private static final List<String> WIRE = List.of(
      "Finance Minister Michael Wilson said tax reform will not affect",
      "his determination to rein in expenditures, but his forecasts",
      "show a slowing of the decline in the budget deficit, said Peter",
      "Haynes of the Bank of Montreal.",
      "    Wilson estimated the deficit will fall to 29.3 billion dlrs",
      "in the year ending March 31, 1988, the same level as he had",
      "forecast in the February budget.");

  @Test
  void shouldJoinWrappedLinesIntoTheirParagraphs() {
    // when
    List<String> joined = HardWraps.joined(WIRE);

    // then
    assertThat(joined).containsExactly(
        "Finance Minister Michael Wilson said tax reform will not affect his determination to rein in"
            + " expenditures, but his forecasts show a slowing of the decline in the budget deficit, said"
            + " Peter Haynes of the Bank of Montreal.",
        "    Wilson estimated the deficit will fall to 29.3 billion dlrs in the year ending March 31, 1988,"
            + " the same level as he had forecast in the February budget.");
  }

  @Test
  void shouldKeepALineWhoseNextWordWouldHaveFittedOnIt() {
    // given: blank lines between paragraphs, and a short line ending one before a line of the same indent
    List<String> lines = List.of(
        "Finance Minister Michael Wilson said tax reform will not affect",
        "his determination to rein in expenditures, but his forecasts",
        "show a slowing of the decline in the budget deficit.",
        "Inflation is expected to stabilize at around the current level",
        "over the next two years, the department said in its forecast.",
        "",
        "Reuter");

    // when
    List<String> joined = HardWraps.joined(lines);

    // then
    assertThat(joined).containsExactly(
        "Finance Minister Michael Wilson said tax reform will not affect his determination to rein in"
            + " expenditures, but his forecasts show a slowing of the decline in the budget deficit.",
        "Inflation is expected to stabilize at around the current level over the next two years, the"
            + " department said in its forecast.",
        "",
        "Reuter");
  }

  @Test
  void shouldJoinAFullLineThatEndsNoSentenceThoughTheNextWordWouldHaveFitted() {
    // given lines of 49 to 65 characters, as wire copy is wrapped; "Board" would have fitted after "Trade"
    List<String> lines = List.of(
        "The proposal was sent on Tuesday to the Federal Trade",
        "Board, which must approve every merger of two carriers before",
        "the end of the year, a spokesman for the airline told reporters.",
        "    The carriers had been in talks since early in the spring.");

    // when
    List<String> joined = HardWraps.joined(lines);

    // then
    assertThat(joined).containsExactly(
        "The proposal was sent on Tuesday to the Federal Trade Board, which must approve every merger of two"
            + " carriers before the end of the year, a spokesman for the airline told reporters.",
        "    The carriers had been in talks since early in the spring.");
  }

  @Test
  void shouldRunABodysCutFirstLineOnIntoTheNextButNotAHeadline() {
    // given a body whose dateline an archive cut off its first line
    List<String> lines = List.of(
        "Norway and the Faroe",
        "Islands agreed on Monday to share the mackerel quota for the",
        "coming season, the fisheries ministry in Oslo said on Tuesday.",
        "    The agreement runs for three years from the first of June,",
        "and either side may end it with six months' notice, he said.");

    // when
    List<String> body = HardWraps.joinedBody(lines);
    List<String> text = HardWraps.joined(lines);

    // then: only a body given apart from its headline starts mid-line
    assertThat(body).containsExactly(
        "Norway and the Faroe Islands agreed on Monday to share the mackerel quota for the coming season, the"
            + " fisheries ministry in Oslo said on Tuesday.",
        "    The agreement runs for three years from the first of June, and either side may end it with six"
            + " months' notice, he said.");
    assertThat(text).first().isEqualTo("Norway and the Faroe");
  }

  @Test
  void shouldLeaveListsAndColumnsAsTheyAre() {
    // given
    List<String> lines = List.of(
        "The ministry listed the grain registrations for the season so far:",
        "- Bread wheat, 1,655.8 thousand tonnes against 2,692.4 a year ago",
        "- Maize, 48.0 thousand tonnes, and sorghum nothing at all so far",
        "Bread wheat      1,655.8     872.0     164.6     2,692.4      4,161.0",
        "Maize               48.0      48.0       nil        48.0          nil");

    // when / then
    assertThat(HardWraps.joined(lines)).containsExactlyElementsOf(lines);
  }

  @Test
  void shouldLeaveTextsWhoseLinesAreParagraphs() {
    // given: one paragraph a line, as feeds and most files give them
    List<String> paragraphs = List.of(
        "Russia's Security Council Secretary Nikolai Patrushev arrived in Pyongyang on Tuesday for"
            + " high-level talks with North Korean leader Kim Jong-un.",
        "The visit underscores growing alignment between Moscow and Pyongyang amid intensifying global"
            + " sanctions and mounting tensions with the West.",
        "Source: The Moscow Times");

    // when / then
    assertThat(HardWraps.joined(paragraphs)).containsExactlyElementsOf(paragraphs);
  }

  @Test
  void shouldLeaveShortLinesThatOnlySomeReachTheMarginOf() {
    // given: a list of headlines, one of them long
    List<String> headlines = List.of(
        "Kim meets Putin",
        "Ceasefire talks stall again as both sides trade blame over shelling",
        "Markets rally",
        "Floods close schools",
        "New library opens");

    // when / then
    assertThat(HardWraps.joined(headlines)).containsExactlyElementsOf(headlines);
  }
}
