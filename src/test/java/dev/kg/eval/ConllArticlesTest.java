package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConllArticlesTest {

  private static final List<String> LINES =
      List.of(
          "-DOCSTART- -X- -X- O",
          "",
          "Berg NNP B-NP B-PER",
          "wins NNS I-NP O",
          "",
          "OSLO NNP B-NP B-LOC",
          "1996-08-30 CD I-NP O",
          "",
          "Anna NNP B-NP B-PER",
          "Berg NNP I-NP I-PER",
          "of IN B-PP O",
          "Nordic NNP B-NP B-ORG",
          "Bank NNP I-NP I-ORG",
          "won VBD B-VP O",
          "Olympic NNP B-NP B-MISC",
          "gold NN I-NP O",
          ". . O O",
          "");

  private final ConllArticles articles = ConllArticles.of(Conll2003File.parse(LINES).documents());

  @Test
  void shouldRebuildEachDocumentAsAnArticleWithItsFirstSentenceAsHeadline() {
    assertThat(articles.jsonlLines())
        .containsExactly(
            "{\"id\":\"conll-1\",\"title\":\"Berg wins\",\"text\":\"OSLO 1996-08-30\\n\\nAnna Berg of Nordic Bank won Olympic gold .\"}");
    assertThat(articles.text(0)).isEqualTo("Berg wins\n\nOSLO 1996-08-30\n\nAnna Berg of Nordic Bank won Olympic gold .");
  }

  @Test
  void shouldScoreExactSpansAndCountGoldInDroppedSentencesAsMissed() {
    // given a stored text from which cleaning dropped the dateline
    String text = "Berg wins\n\nAnna Berg of Nordic Bank won Olympic gold .";
    Set<GoldArticles.Name> found =
        Set.of(
            new GoldArticles.Name(0, 4, "PERSON"),
            new GoldArticles.Name(11, 20, "PERSON"),
            new GoldArticles.Name(24, 35, "LOCATION"));

    // when
    NerScore score = articles.score(0, text, found);

    // then: MISC is no kg type; OSLO is gold but not in the text
    assertThat(score.byType())
        .containsEntry("PERSON", new NerScore.Counts(2, 2, 2))
        .containsEntry("LOCATION", new NerScore.Counts(1, 1, 0))
        .containsEntry("ORGANIZATION", new NerScore.Counts(1, 0, 0))
        .doesNotContainKey("MISC");
  }
}
