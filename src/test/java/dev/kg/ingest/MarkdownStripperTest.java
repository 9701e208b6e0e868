package dev.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownStripperTest {

  @Test
  void shouldStripMarkersAndKeepTheTextAReaderSees() {
    // given
    String markdown =
        """
        ## Background

        # Bridge Vote Passes

        ![aerial view](bridge.png) The **town council** voted *seven* to _two_ for the ~~old~~ new [bridge](https://example.org/bridge "plan").
        > Mayor Anu Kask called it `overdue`.
        - first item
        * second item
        1. numbered item

        ---
        See <https://example.org/vote> and [the minutes][minutes]. Price: 5\\*3 \\_units\\_.

        [minutes]: https://example.org/minutes
        ```
        keep **code** as is
        ```
        """;

    // when
    RawArticle article = MarkdownStripper.strip(markdown);

    // then
    assertThat(article.title()).isEqualTo("Bridge Vote Passes");
    assertThat(article.lines())
        .containsExactly(
            "Background",
            "",
            "Bridge Vote Passes",
            "",
            "The town council voted seven to two for the old new bridge.",
            "Mayor Anu Kask called it overdue.",
            "first item",
            "second item",
            "numbered item",
            "",
            "See https://example.org/vote and the minutes. Price: 5*3 _units_.",
            "",
            "keep **code** as is");
  }

  @Test
  void shouldHaveNoTitleWithoutTopLevelHeading() {
    // given
    String markdown = "### Small heading\n\nSnake_case_name stays and so does 2 * 3 * 4.";

    // when
    RawArticle article = MarkdownStripper.strip(markdown);

    // then
    assertThat(article.title()).isNull();
    assertThat(article.lines()).containsExactly("Small heading", "", "Snake_case_name stays and so does 2 * 3 * 4.");
  }

  @Test
  void shouldJoinAParagraphWrappedOverSourceLinesUnlessAHardBreakEndsThem() {
    // given
    String markdown = """
        # Deficit to Fall

        Finance Minister Michael
        Wilson said the deficit will fall.
        - a list item that runs
          on to a second line
        > a quotation over
        > two lines
        Signed,\\
        The Editor
        """;

    // when
    RawArticle article = MarkdownStripper.strip(markdown);

    // then
    assertThat(article.lines()).containsExactly(
        "Deficit to Fall",
        "",
        "Finance Minister Michael Wilson said the deficit will fall.",
        "a list item that runs on to a second line",
        "a quotation over two lines",
        "Signed,\\",
        "The Editor");
  }
}
