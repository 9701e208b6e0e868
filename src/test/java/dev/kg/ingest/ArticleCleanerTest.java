package dev.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCleanerTest {

  private static final String TITLE = "Harbour Authority Approves New Ferry Link Between Tallinn and Helsinki";
  private static final String FIRST =
      "The harbour authority in Tallinn approved a new ferry link to Helsinki on Monday, ending two years of"
          + " talks between the port operators.";
  private static final String SECOND =
      "Officials said the first crossings would start in September and carry up to two thousand passengers a"
          + " day in each direction.";
  private static final String THIRD =
      "Estonian transport minister Kristi Laan called the decision a practical step for commuters who work on"
          + " both sides of the Gulf of Finland.";

  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void shouldDropChromeAboveAndBelowTheArticle() {
    // given chrome the cleaner knows nothing about, around a headline and three paragraphs
    List<String> page =
        List.of(
            "Jump to navigation",
            "Menu",
            TITLE,
            FIRST,
            SECOND,
            THIRD,
            "Share this article",
            "Post a Comment",
            "Older Post Newer Post");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text()).isEqualTo(String.join("\n\n", TITLE, FIRST, SECOND, THIRD));
    assertThat(article.title()).isEqualTo(TITLE);
  }

  @Test
  void shouldDropReaderCommentsAfterTheLastParagraph() {
    // given a one-line reader comment, its reply button and a comment form after the article
    List<String> page =
        List.of(FIRST, SECOND, "These two ports should have done this years ago!", "Reply", "Write a response");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text()).isEqualTo(FIRST + "\n\n" + SECOND);
  }

  @Test
  void shouldKeepATableAndAClosingLineAfterTheLastParagraphWhenNoChromeFollows() {
    // given a results table, a short closing sentence and a newsroom sign-off after the last paragraph
    List<String> page =
        List.of(
            FIRST,
            SECOND,
            "Final standings:",
            "1. Tallinn Port 42 points",
            "2. Helsinki Harbour 40",
            "Lind was not available.",
            "-- Tallinn Newsroom +372 640 0000");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text().split("\n\n")).containsExactlyElementsOf(page);
  }

  @Test
  void shouldDropTheLinesAfterTheLastParagraphWhenAButtonOrLinkFollowsThem() {
    // given a closing line and a table, then a link to other pages
    List<String> page = List.of(FIRST, SECOND, "Lind was not available.", "1. Tallinn Port 42 points", "Related Posts");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text()).isEqualTo(FIRST + "\n\n" + SECOND);
  }

  @Test
  void shouldCutNothingFromAnArticleDeclaredAlone() {
    // given a feed's text field, its first and last lines shaped like chrome, with a date line
    List<String> text = List.of("Ports", "6.06.2025", FIRST, SECOND, "Lind was not available.", "Related Posts");

    // when
    CleanedArticle article = cleaner.clean(text, null, true);

    // then the date line is read as metadata and leaves the text; every other line stays
    assertThat(article.text().split("\n\n"))
        .containsExactly("Ports", FIRST, SECOND, "Lind was not available.", "Related Posts");
    assertThat(article.published()).isEqualTo("2025-06-06");
  }

  @Test
  void shouldKeepListItemsAndSubheadingsBetweenParagraphs() {
    // given bullets without full stops and a subheading inside the article
    List<String> page =
        List.of(
            FIRST,
            "The agreement covers:",
            "- Daily crossings",
            "- Shared ticketing",
            "- A joint safety drill each spring",
            "What comes next",
            SECOND,
            "Related stories");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text().split("\n\n"))
        .containsExactly(
            FIRST,
            "The agreement covers:",
            "- Daily crossings",
            "- Shared ticketing",
            "- A joint safety drill each spring",
            "What comes next",
            SECOND);
  }

  @Test
  void shouldDropRepeatedHeadline() {
    // given a scraped page that shows the headline twice
    List<String> page = List.of(TITLE, "", TITLE, "", FIRST, SECOND);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text()).isEqualTo(String.join("\n\n", TITLE, FIRST, SECOND));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "6.06.2025               | 2025-06-06",
        "13.6.2025               | 2025-06-13",
        "2025-06-06              | 2025-06-06",
        "June 6, 2025            | 2025-06-06",
        "6 June 2025             | 2025-06-06",
        "Sept. 6th, 2025         | 2025-09-06",
        "Friday, June 6, 2025    | 2025-06-06",
        "Published: 6 Jun 2025   | 2025-06-06",
        "Updated 2025-06-06T09:15:00Z | 2025-06-06",
        "6/13/2025               | 2025-06-13",
        "13/6/2025               | 2025-06-13",
        "6/5/2025                | 2025-06-05",
        "June 6, 2025 10:32 AM   | 2025-06-06",
        "6-JUN-2025 13:53:08.36  | 2025-06-06"
      })
  void shouldReadDatelineAndRemoveItFromText(String dateline, String published) {
    // given a date-only line above the headline
    List<String> page = List.of(dateline, TITLE, FIRST, SECOND);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.published()).isEqualTo(published);
    assertThat(article.text()).isEqualTo(String.join("\n\n", TITLE, FIRST, SECOND));
  }

  @Test
  void shouldKeepAWireDatelineOfPlaceInCapitalsAndDateAsArticleText() {
    // given a Reuters-style dateline: a place in capitals, then the date
    List<String> page = List.of(TITLE, "LONDON 1996-08-30", FIRST, SECOND);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.published()).isEqualTo("1996-08-30");
    assertThat(article.text()).isEqualTo(String.join("\n\n", TITLE, "LONDON 1996-08-30", FIRST, SECOND));
  }

  @Test
  void shouldKeepPlaceDatelineAsArticleText() {
    // given a wire-style opening with place and date
    String lead = "TALLINN, June 6, 2025 — " + FIRST;
    List<String> page = List.of(TITLE, lead, SECOND);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.published()).isEqualTo("2025-06-06");
    assertThat(article.text()).isEqualTo(String.join("\n\n", TITLE, lead, SECOND));
  }

  @Test
  void shouldIgnoreDatesBelowTheTopOfTheArticle() {
    // given a date-only line after four lines of article
    List<String> page = List.of(TITLE, FIRST, SECOND, THIRD, "6.06.2025");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.published()).isNull();
  }

  @Test
  void shouldNotTakeImpossibleDayForDateline() {
    // given
    List<String> page = List.of("31.02.2025", TITLE, FIRST);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.published()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Source: Baltic Wire",
        "Source; Baltic Wire",
        "Sources: Baltic Wire.",
        "Via Baltic Wire",
        "Credit: Baltic Wire"
      })
  void shouldTakeSourceFromCreditLineAndKeepTheLine(String credit) {
    // given a credit line below a reader comment
    List<String> page = List.of(FIRST, SECOND, "Nice to see this finally!", "Reply", credit);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.source()).isEqualTo("Baltic Wire");
    assertThat(article.text()).isEqualTo(String.join("\n\n", FIRST, SECOND, credit));
  }

  @Test
  void shouldNotTakeSentenceStartingWithViaForCredit() {
    // given
    String sentence = "Via the new link, travellers will save about an hour compared with the current route.";
    List<String> page = List.of(FIRST, sentence);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.source()).isNull();
    assertThat(article.text()).endsWith(sentence);
  }

  @Test
  void shouldTakeQuotedHeadlineAsTitleWithoutQuotes() {
    // given
    String quoted = "“" + TITLE + "”";
    List<String> page = List.of("6.06.2025", quoted, FIRST, SECOND);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.text()).startsWith(quoted + "\n\n" + FIRST);
  }

  @Test
  void shouldHaveNoTitleWhenArticleStartsWithParagraph() {
    // given
    List<String> page = List.of("Skip navigation", FIRST, SECOND);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo(FIRST + "\n\n" + SECOND);
  }

  @Test
  void shouldNotTakeHeadlineEndingInPeriodForTitle() {
    // given a first line that is a short sentence rather than a headline
    String sentence = "The ferry deal is done at last.";
    List<String> page = List.of(sentence, FIRST);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo(sentence + "\n\n" + FIRST);
  }

  @Test
  void shouldKeepTextWithoutContentParagraphWhole() {
    // given a snippet too short to tell chrome from article
    List<String> snippet = List.of("Kristi Laan visited Helsinki.", "She met the mayor");

    // when
    CleanedArticle article = cleaner.clean(snippet);

    // then
    assertThat(article.text()).isEqualTo("Kristi Laan visited Helsinki.\n\nShe met the mayor");
    assertThat(article.title()).isNull();
  }

  @Test
  void shouldNormaliseWhitespaceAndSplitLines() {
    // given no-break spaces, tabs, zero-width spaces and line breaks inside one entry
    List<String> page = List.of("  Harbour\u00A0Authority   Approves\tNew Fer\u200Bry Link  \r\n\n" + SECOND);

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text()).isEqualTo("Harbour Authority Approves New Ferry Link\n\n" + SECOND);
    assertThat(article.title()).isEqualTo("Harbour Authority Approves New Ferry Link");
  }

  @Test
  void shouldDecodeHtmlCharacterReferences() {
    // given a feed's text that kept its page's references, and an ampersand that is none
    List<String> page = List.of(
        "Jos&#233; Manuel Barroso Writes to Parliament",
        "Commission President Jos&#233; Manuel Barroso wrote to the parliament&nbsp;&mdash; and to AT&T &amp; R&D.");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.title()).isEqualTo("Jos\u00E9 Manuel Barroso Writes to Parliament");
    assertThat(article.text()).isEqualTo(
        "Jos\u00E9 Manuel Barroso Writes to Parliament\n\n"
            + "Commission President Jos\u00E9 Manuel Barroso wrote to the parliament \u2014 and to AT&T & R&D.");
  }

  @Test
  void shouldDropWikiItalicsAndBoldButNotApostrophesOfWords() {
    // given a wiki dump's paragraph, and a wire's closing quote and doubled apostrophe
    List<String> page = List.of(
        "'''Lena Korhonen''' told the ''Valdor Herald'' that the '''''Northern Line''''' would close.",
        "The company''s plant will reopen later this year,'' said Mark Ellis of the union.");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text()).isEqualTo(
        "Lena Korhonen told the Valdor Herald that the Northern Line would close.\n\n"
            + "The company''s plant will reopen later this year,'' said Mark Ellis of the union.");
  }

  @Test
  void shouldSpaceACourtesyTitleGluedToANameButNotInitialsOrCapitals() {
    // given a paragraph typed without the space after a title's period, beside initials and a product
    List<String> page = List.of(
        "Mr.Halvorsen met Dr.Okafor and Mrs.Lindqvist at noon, Ms.J. Tarn said of the MS.DOS manuals.");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text()).isEqualTo(
        "Mr. Halvorsen met Dr. Okafor and Mrs. Lindqvist at noon, Ms.J. Tarn said of the MS.DOS manuals.");
  }

  @Test
  void shouldLeaveNoTextWhenOnlyDatelineAndSymbols() {
    // given
    List<String> page = List.of("6.06.2025", "* * *", "\u00A0");

    // when
    CleanedArticle article = cleaner.clean(page);

    // then
    assertThat(article.text()).isEmpty();
    assertThat(article.published()).isEqualTo("2025-06-06");
  }

  @Test
  void shouldTakeDeclaredTitleLineAsStartEvenWhenShort() {
    // given a declared headline too short to look like one
    List<String> page = List.of("Sign in", "Ferry Deal Signed", FIRST);

    // when
    CleanedArticle article = cleaner.clean(page, "Ferry Deal Signed", false);

    // then
    assertThat(article.text()).isEqualTo("Ferry Deal Signed\n\n" + FIRST);
  }
}
