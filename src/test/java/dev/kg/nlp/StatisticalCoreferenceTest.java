package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kg.ingest.SampleArticles;
import dev.kg.ingest.SourceDocument;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.AnnotatedText.CorefMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * kg's statistical coreference scores mention pairs its own way; the annotation must be the one
 * CoreNLP's statistical coreference gives with the same settings, chain for chain.
 */
@UsesCoreNlp
class StatisticalCoreferenceTest {

  private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");

  private static final String PRONOUNS =
      "Harbour talks end without a deal\n\n"
          + "Maria Lopez, the chief executive of Northwind Bank, met Erik Strand in Oslo on Monday. She told "
          + "him that the bank would keep its office in the city. Strand said he welcomed her promise, and "
          + "his deputy, Anna Berg, said they would meet again in May. \"We trust them,\" she said. The bank "
          + "and its rival, Fjord Capital, have both cut their lending. It was the first visit by Lopez.";

  @Test
  void shouldFindTheChainsCoreNlpsStatisticalCoreferenceFindsInATextFullOfPronouns() {
    // when
    AnnotatedText kg = CoreNlpAnnotator.shared().annotate(PRONOUNS, "2024-05-06");
    AnnotatedText corenlp = CoreNlpAnnotator.withCoreNlpCoreference().annotate(PRONOUNS, "2024-05-06");

    // then
    assertThat(kg).isEqualTo(corenlp);
    assertThat(pronounsBeside(kg, "Lopez")).isNotEmpty();
    assertThat(pronounsBeside(kg, "Strand")).isNotEmpty();
  }

  @Test
  void shouldAnnotateTheSampleArticlesAsCoreNlpsStatisticalCoreferenceDoes() {
    // given
    List<SourceDocument> articles = SampleArticles.read();

    // then
    for (SourceDocument article : articles) {
      assertThat(CoreNlpAnnotator.shared().annotate(article.text(), article.published()))
          .as(article.id())
          .isEqualTo(CoreNlpAnnotator.withCoreNlpCoreference().annotate(article.text(), article.published()));
    }
  }

  @Test
  void shouldAnnotateTheSeedArticlesAsCoreNlpsStatisticalCoreferenceDoes() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "reference corpus not found at " + SEEDS.toAbsolutePath() + "; skipping");
    // given
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(seeds).isNotEmpty();

    // then
    for (Path seed : seeds) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      AnnotatedText kg = CoreNlpAnnotator.shared().annotate(text, null);
      assertThat(kg.corefChains()).as(seed.toString()).isNotEmpty();
      assertThat(kg).as(seed.toString()).isEqualTo(CoreNlpAnnotator.withCoreNlpCoreference().annotate(text, null));
    }
  }

  /** The pronouns in the chains that hold a mention naming {@code name}. */
  private static List<String> pronounsBeside(AnnotatedText annotated, String name) {
    return annotated.corefChains().stream()
        .filter(chain -> chain.mentions().stream().anyMatch(m -> m.text().contains(name)))
        .flatMap(chain -> chain.mentions().stream())
        .filter(mention -> mention.form().equals("PRONOMINAL"))
        .map(CorefMention::text)
        .toList();
  }
}
