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

  private final CoreNlpAnnotator kg = CoreNlpAnnotator.shared();
  private final CoreNlpAnnotator corenlp = CoreNlpAnnotator.withCoreNlpCoreference();

  @Test
  void shouldFindTheChainsCoreNlpsStatisticalCoreferenceFindsInATextFullOfPronouns() {
    // when
    AnnotatedText annotated = kg.annotate(PRONOUNS, "2024-05-06");

    // then
    assertThat(annotated).isEqualTo(corenlp.annotate(PRONOUNS, "2024-05-06"));
    assertThat(pronounsBeside(annotated, "Lopez")).isNotEmpty();
    assertThat(pronounsBeside(annotated, "Strand")).isNotEmpty();
  }

  @Test
  void shouldAnnotateTheSampleArticlesAsCoreNlpsStatisticalCoreferenceDoes() {
    // given
    List<SourceDocument> articles = SampleArticles.read();

    // when, then
    for (SourceDocument article : articles) {
      assertThat(kg.annotate(article.text(), article.published()))
          .as(article.id())
          .isEqualTo(corenlp.annotate(article.text(), article.published()));
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

    // when, then
    for (Path seed : seeds) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      AnnotatedText annotated = kg.annotate(text, null);
      assertThat(annotated.corefChains()).as(seed.toString()).isNotEmpty();
      assertThat(annotated).as(seed.toString()).isEqualTo(corenlp.annotate(text, null));
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
