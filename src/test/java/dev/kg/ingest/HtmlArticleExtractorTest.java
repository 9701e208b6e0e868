package dev.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  private static final String FIRST =
      "The regional museum in Kuressaare reopened its castle wing on Friday after three years of careful restoration work.";
  private static final String SECOND =
      "Director Peeter Saar said visitors can again climb the watchtower, which had been closed since a storm in 2021.";

  @Test
  void shouldDropNavigationBannersSidebarsFootersAndLinkHeavyBlocks() {
    // given
    String html =
        """
        <html><body>
        <header><a href="/">Island News</a> <span>Weather 14°C</span></header>
        <div role="navigation"><a href="/a">Politics</a> <a href="/b">Culture</a></div>
        <main>
          <h1>Castle Wing Reopens After Restoration</h1>
          <p>%s</p>
          <ul><li>Open daily from ten</li><li>Tickets at the gate</li></ul>
          <p>%s</p>
          <p>Read more: <a href="/x">Storm damage across the islands in pictures</a></p>
          <ul class="related">
            <li><a href="/1">Ferry timetable changes for the summer season</a></li>
            <li><a href="/2">New cycle path opens along the coast road</a></li>
          </ul>
          <form><label>Your comment</label><textarea>Type here</textarea></form>
        </main>
        <aside><h3>Most read</h3><p>Something else entirely happened elsewhere today.</p></aside>
        <footer><p>Contact us</p></footer>
        <script>var tracking = 1;</script>
        </body></html>
        """
            .formatted(FIRST, SECOND);

    // when
    RawArticle article = HtmlArticleExtractor.extract(html);

    // then
    assertThat(article.lines())
        .containsExactly(
            "Castle Wing Reopens After Restoration", FIRST, "Open daily from ten", "Tickets at the gate", SECOND);
    assertThat(article.title()).isEqualTo("Castle Wing Reopens After Restoration");
  }

  @Test
  void shouldPreferTheLongestArticleElement() {
    // given a teaser card and the real article
    String html =
        """
        <body>
        <article><h2>Other story</h2><p>Short teaser.</p></article>
        <article><p>%s</p><p>%s</p></article>
        <p>Outside any article.</p>
        </body>
        """
            .formatted(FIRST, SECOND);

    // when
    RawArticle article = HtmlArticleExtractor.extract(html);

    // then
    assertThat(article.lines()).containsExactly(FIRST, SECOND);
  }

  @Test
  void shouldKeepTheHeaderThatOpensAnArticle() {
    // given
    String html =
        """
        <body><header>Island News</header>
        <article><header><h1>Castle Wing Reopens</h1><time datetime="2025-05-16T08:00:00Z">16 May</time></header>
        <p>%s</p></article></body>
        """
            .formatted(FIRST);

    // when
    RawArticle article = HtmlArticleExtractor.extract(html);

    // then
    assertThat(article.lines()).containsExactly("Castle Wing Reopens", "16 May", FIRST);
    assertThat(article.published()).isEqualTo("2025-05-16");
  }

  @Test
  void shouldSplitBlocksAtBlockElementsAndLineBreaks() {
    // given own text of a div around inline markup and a nested paragraph
    String html = "<body><div>Opening <b>hours</b> today<p>Nested paragraph</p>Closing words<br>Next line</div></body>";

    // when
    RawArticle article = HtmlArticleExtractor.extract(html);

    // then
    assertThat(article.lines()).containsExactly("Opening hours today", "Nested paragraph", "Closing words", "Next line");
  }

  @Test
  void shouldTakeMetadataFromTheHead() {
    // given
    String html =
        """
        <html><head>
        <title>ignored</title>
        <meta property="og:title" content="Castle Wing Reopens After Restoration | Island News">
        <meta property="og:site_name" content="Island News">
        <meta property="og:url" content="https://news.example/castle">
        <meta property="article:published_time" content="2025-05-16T08:00:00+03:00">
        </head><body><h1>Castle wing reopens</h1><p>%s</p></body></html>
        """
            .formatted(FIRST);

    // when
    RawArticle article = HtmlArticleExtractor.extract(html);

    // then
    assertThat(article.title()).isEqualTo("Castle Wing Reopens After Restoration");
    assertThat(article.source()).isEqualTo("Island News");
    assertThat(article.url()).isEqualTo("https://news.example/castle");
    assertThat(article.published()).isEqualTo("2025-05-16");
  }

  @Test
  void shouldFallBackToTitleElementAndItempropDate() {
    // given no og:title and no h1; a suffix that is not the site name stays
    String html =
        """
        <html><head><title>Castle Wing Reopens - Island News</title>
        <meta property="og:site_name" content="Island News">
        <link rel="canonical" href="https://news.example/castle"></head>
        <body><span itemprop="datePublished" content="2025-05-16">Friday</span><p>%s</p></body></html>
        """
            .formatted(FIRST);

    // when
    RawArticle article = HtmlArticleExtractor.extract(html);

    // then
    assertThat(article.title()).isEqualTo("Castle Wing Reopens");
    assertThat(article.published()).isEqualTo("2025-05-16");
    assertThat(article.url()).isEqualTo("https://news.example/castle");
  }

  @Test
  void shouldLeaveTitleSuffixThatIsNotTheSiteName() {
    // given
    String html = "<html><head><title>Castles - A Guide</title></head><body><p>" + FIRST + "</p></body></html>";

    // when
    RawArticle article = HtmlArticleExtractor.extract(html);

    // then
    assertThat(article.title()).isEqualTo("Castles - A Guide");
    assertThat(article.published()).isNull();
    assertThat(article.source()).isNull();
  }

  @Test
  void shouldLetDeclaredMetadataWinOverTextAfterCleaning() {
    // given a page whose text carries another date and credit
    String html =
        """
        <html><head><meta property="og:site_name" content="Island News">
        <meta property="article:published_time" content="2025-05-16"></head>
        <body><p>1.05.2025</p><p>%s</p><p>%s</p><p>Source: Saare Wire</p></body></html>
        """
            .formatted(FIRST, SECOND);

    // when
    CleanedArticle article = HtmlArticleExtractor.extract(html).cleanWith(new ArticleCleaner());

    // then
    assertThat(article.source()).isEqualTo("Island News");
    assertThat(article.published()).isEqualTo("2025-05-16");
    assertThat(article.text()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\nSource: Saare Wire");
  }

  @Test
  void shouldPutTheDeclaredHeadlineFirstWhenTheArticleShowsNone() {
    // given a page whose headline is only in its metadata
    String html =
        """
        <html><head><meta property="og:title" content="Saare Ferry Strike Ends | Island News">
        <meta property="og:site_name" content="Island News"></head>
        <body><article><p>%s</p></article></body></html>
        """
            .formatted(FIRST);

    // when
    CleanedArticle article = HtmlArticleExtractor.extract(html).cleanWith(new ArticleCleaner());

    // then: the headline is the text's first paragraph, so its names are annotated
    assertThat(article.title()).isEqualTo("Saare Ferry Strike Ends");
    assertThat(article.text()).isEqualTo("Saare Ferry Strike Ends\n\n" + FIRST);
  }
}
