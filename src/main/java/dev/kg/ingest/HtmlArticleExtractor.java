package dev.kg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The article in an HTML page: its text blocks in reading order, and the metadata its head declares.
 *
 * <p>Page chrome goes first: scripts, navigation, banners, sidebars, footers and forms, by element
 * and by ARIA role. What remains of the {@code <article>} (or {@code <main>}, or the body) is split
 * into blocks at block-level elements and line breaks, and blocks that are mostly link text (menus,
 * "related stories") are dropped, boilerpipe's link-density rule. {@link ArticleCleaner} does the rest.
 *
 * <pre>{@code
 * RawArticle article = HtmlArticleExtractor.extract(Files.readString(Path.of("page.html")));
 * CleanedArticle cleaned = article.cleanWith(new ArticleCleaner());
 * }</pre>
 */
final class HtmlArticleExtractor {

  private static final String CHROME =
      "script, style, noscript, template, nav, aside, footer, form, iframe, svg, "
          + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
  private static final double MAX_LINK_DENSITY = 0.5;

  private HtmlArticleExtractor() {}

  /** The blocks and declared metadata of the page {@code html}. */
  static RawArticle extract(String html) {
    Document page = Jsoup.parse(html);
    String siteName = meta(page, "meta[property=og:site_name]");
    String source = firstPresent(siteName, meta(page, "meta[name=publisher]"));
    String url = firstPresent(meta(page, "meta[property=og:url]"), attribute(page, "link[rel=canonical]", "href"));
    String published = published(page);
    String declaredTitle = meta(page, "meta[property=og:title]");

    page.select(CHROME).remove();
    // A header is the page banner unless it opens an article or main part, where it holds headline and date.
    page.select("header").stream().filter(header -> !header.parents().is("article, main")).forEach(Element::remove);

    Element content = content(page);
    Element shownHeadline = content.selectFirst("h1");
    String title = withoutSiteName(firstPresent(declaredTitle, text(shownHeadline), blankToNull(page.title())), siteName);
    List<String> body = blocks(content);
    // A page with no text but its headline holds no article: it is refused as having no text, as a
    // JSONL line with a title and no text is, rather than stored as a document of one headline.
    String headline = text(shownHeadline);
    if (body.stream().allMatch(block -> block.isBlank() || block.strip().equals(headline))) {
      return new RawArticle(List.of(), title, source, published, url, false);
    }
    // A page whose article shows no headline of its own states it only in its metadata.
    List<String> blocks = shownHeadline == null ? RawArticle.headlineFirst(title, body) : body;
    return new RawArticle(blocks, title, source, published, url, false);
  }

  private static Element content(Document page) {
    return page.select("article").stream()
        .max(Comparator.comparingInt(article -> article.text().length()))
        .or(() -> Optional.ofNullable(page.selectFirst("main, [role=main]")))
        .orElse(page.body());
  }

  private static String published(Document page) {
    return Stream.of(
            meta(page, "meta[property=article:published_time]"),
            attribute(page, "time[datetime]", "datetime"),
            attribute(page, "[itemprop=datePublished][content]", "content"),
            attribute(page, "[itemprop=datePublished][datetime]", "datetime"),
            text(page.selectFirst("[itemprop=datePublished]")))
        .filter(Objects::nonNull)
        .flatMap(value -> NewsDate.parse(value).stream())
        .findFirst()
        .map(Object::toString)
        .orElse(null);
  }

  private static String withoutSiteName(String title, String siteName) {
    if (title == null || siteName == null) {
      return title;
    }
    Pattern suffix = Pattern.compile("\\s+[|\\-–—]\\s+" + Pattern.quote(siteName) + "$", Pattern.CASE_INSENSITIVE);
    return suffix.matcher(title).replaceFirst("");
  }

  private static List<String> blocks(Element content) {
    BlockCollector collector = new BlockCollector();
    content.traverse(collector);
    collector.endBlock();
    return collector.blocks;
  }

  private static String meta(Document page, String query) {
    return attribute(page, query, "content");
  }

  private static String attribute(Document page, String query, String name) {
    Element element = page.selectFirst(query);
    return element == null ? null : blankToNull(element.attr(name).strip());
  }

  private static String text(Element element) {
    return element == null ? null : blankToNull(element.text());
  }

  private static String blankToNull(String value) {
    return value.isBlank() ? null : value;
  }

  private static String firstPresent(String... values) {
    return Stream.of(values).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** Gathers text into one block per block-level element or line break, measuring how much is link text. */
  private static final class BlockCollector implements NodeVisitor {

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preformattedDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        String text = preformattedDepth > 0 ? textNode.getWholeText() : textNode.text();
        block.append(text);
        if (linkDepth > 0) {
          linkChars += visibleChars(text);
        }
      } else if (node instanceof Element element) {
        if (element.isBlock() || element.normalName().equals("br")) {
          endBlock();
        }
        linkDepth += element.normalName().equals("a") ? 1 : 0;
        preformattedDepth += element.tag().preserveWhitespace() ? 1 : 0;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        linkDepth -= element.normalName().equals("a") ? 1 : 0;
        preformattedDepth -= element.tag().preserveWhitespace() ? 1 : 0;
        if (element.isBlock()) {
          endBlock();
        }
      }
    }

    void endBlock() {
      String text = block.toString().strip();
      int chars = visibleChars(text);
      if (chars > 0 && linkChars <= chars * MAX_LINK_DENSITY) {
        blocks.add(text);
      }
      block.setLength(0);
      linkChars = 0;
    }

    private static int visibleChars(String text) {
      return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
  }
}
