package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.name.Demonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReDocRedArticlesTest {

  // "Anna Berg (born in Oslo) is a Norwegian skier for Nordic Ski Club. In 1999 Berg won the Holmenkollen Cup."
  // Nordic Ski Club is given twice, as two entities share the span; Norwegian is DocRED's LOC.
  private static final String DOCUMENT =
      """
      [{"title": "Anna Berg", "sents": [
          ["Anna", "Berg", "(", "born", "in", "Oslo", ")", "is", "a", "Norwegian", "skier", "for", "Nordic", "Ski", "Club", "."],
          ["In", "1999", "Berg", "won", "the", "Holmenkollen", "Cup", "."]],
        "vertexSet": [
          [{"name": "Anna Berg", "sent_id": 0, "pos": [0, 2], "type": "PER"}, {"name": "Berg", "sent_id": 1, "pos": [2, 3], "type": "PER"}],
          [{"name": "Oslo", "sent_id": 0, "pos": [5, 6], "type": "LOC"}],
          [{"name": "Norwegian", "sent_id": 0, "pos": [9, 10], "type": "LOC"}],
          [{"name": "Nordic Ski Club", "sent_id": 0, "pos": [12, 15], "type": "ORG"}],
          [{"name": "Nordic Ski Club", "sent_id": 0, "pos": [12, 15], "type": "ORG"}],
          [{"name": "1999", "sent_id": 1, "pos": [1, 2], "type": "TIME"}],
          [{"name": "Holmenkollen Cup", "sent_id": 1, "pos": [5, 7], "type": "MISC"}]],
        "labels": []}]
      """;

  private static ReDocRedArticles articles(Path directory) throws IOException {
    Path file = directory.resolve("one.json");
    Files.writeString(file, DOCUMENT);
    return ReDocRedArticles.of(ReDocRedDocument.read(file), Demonyms.coreNlp()::isDemonym);
  }

  @Test
  void shouldWriteEachDocumentAsAnArticleWithoutHeadline(@TempDir Path directory) throws IOException {
    // when
    ReDocRedArticles articles = articles(directory);

    // then
    String text = "Anna Berg (born in Oslo) is a Norwegian skier for Nordic Ski Club. In 1999 Berg won the Holmenkollen Cup.";
    assertThat(articles.text(0)).isEqualTo(text);
    assertThat(articles.jsonlLines()).containsExactly("{\"id\":\"redocred-0\",\"text\":\"" + text + "\"}");
  }

  @Test
  void shouldTakePersonOrganisationAndPlaceMentionsOncePerSpanAndLeaveOutNationalities(@TempDir Path directory)
      throws IOException {
    // given
    ReDocRedArticles articles = articles(directory);

    // when: the stored text has something before the article
    Set<GoldArticles.Name> gold = articles.goldSpans(0, "xx\n\n" + articles.text(0));

    // then
    assertThat(gold)
        .containsExactlyInAnyOrder(
            new GoldArticles.Name(4, 13, "PERSON"),
            new GoldArticles.Name(23, 27, "LOCATION"),
            new GoldArticles.Name(54, 69, "ORGANIZATION"),
            new GoldArticles.Name(79, 83, "PERSON"));
    assertThat(articles.goldTypes(0)).containsExactlyInAnyOrder("PERSON", "PERSON", "LOCATION", "ORGANIZATION");
  }

  @Test
  void shouldScoreExactSpansAndCountGoldOfATextNotStoredAsMissed(@TempDir Path directory) throws IOException {
    // given
    ReDocRedArticles articles = articles(directory);
    String text = articles.text(0);
    Set<GoldArticles.Name> found =
        Set.of(
            new GoldArticles.Name(0, 9, "PERSON"),
            new GoldArticles.Name(50, 65, "LOCATION"),
            new GoldArticles.Name(30, 39, "LOCATION"),
            new GoldArticles.Name(75, 79, "PERSON"));

    // when
    NerScore score = articles.score(0, text, found);
    NerScore lost = articles.score(0, "another text", Set.of());

    // then: Nordic Ski Club has the wrong type, Norwegian is no gold place
    assertThat(score.byType())
        .containsEntry("PERSON", new NerScore.Counts(2, 2, 2))
        .containsEntry("LOCATION", new NerScore.Counts(1, 2, 0))
        .containsEntry("ORGANIZATION", new NerScore.Counts(1, 0, 0))
        .hasSize(3);
    assertThat(lost.overall()).isEqualTo(new NerScore.Counts(4, 0, 0));
  }

  @Test
  void shouldPlaceGoldNamesInAStoredTextWhoseWhiteSpaceAReaderCollapsed(@TempDir Path directory) throws IOException {
    // given a document with a no-break space and two spaces inside a token, as Wikipedia's "130 million"
    Path file = directory.resolve("spaces.json");
    Files.writeString(file, """
        [{"title": "T", "sents": [["Sales", "of", "130\u00a0\u00a0million", "in", "Oslo", "."]],
          "vertexSet": [[{"name": "Oslo", "sent_id": 0, "pos": [4, 5], "type": "LOC"}]], "labels": []}]
        """);
    ReDocRedArticles articles = ReDocRedArticles.of(ReDocRedDocument.read(file), Demonyms.coreNlp()::isDemonym);

    // when: the reader stored one plain space there
    Set<GoldArticles.Name> gold = articles.goldSpans(0, "Sales of 130 million in Oslo.");
    Set<GoldArticles.Name> other = articles.goldSpans(0, "Sales of 131 million in Oslo.");

    // then
    assertThat(gold).containsExactly(new GoldArticles.Name(24, 28, "LOCATION"));
    assertThat(other).isEmpty();
  }
}
