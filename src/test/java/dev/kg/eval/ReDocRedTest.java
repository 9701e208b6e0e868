package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.eval.ReDocRedDocument.Label;
import dev.kg.eval.ReDocRedDocument.VertexMention;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import dev.kg.nlp.AnnotatedText.NamedMention;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReDocRedTest {

  private static List<ReDocRedDocument> fixture() throws IOException, URISyntaxException {
    return ReDocRedDocument.read(Path.of(ReDocRedTest.class.getResource("redocred-two-documents.json").toURI()));
  }

  @Test
  void shouldReadSentencesEntitiesAndRelations() throws Exception {
    // when
    List<ReDocRedDocument> documents = fixture();

    // then
    assertThat(documents).extracting(ReDocRedDocument::id).containsExactly("redocred-0", "redocred-1");
    ReDocRedDocument first = documents.get(0);
    assertThat(first.title()).isEqualTo("Anna Berg");
    assertThat(first.sentences()).hasSize(3);
    assertThat(first.sentences().get(2)).containsExactly("Berg", "joined", "it", "in", "1999", ".");
    assertThat(first.vertices()).hasSize(6);
    assertThat(first.vertices().get(0).type()).isEqualTo("PER");
    assertThat(first.vertices().get(0).mentions()).containsExactly(
        new VertexMention("Anna Berg", 0, 0, 2, "PER"), new VertexMention("Berg", 2, 0, 1, "PER"));
    assertThat(first.labels()).hasSize(8).contains(new Label(0, 2, "P108"), new Label(4, 3, "P150"));
  }

  @Test
  void shouldNameTheDocumentWhoseRelationPointsPastItsEntities(@TempDir Path directory) throws IOException {
    // given
    Path file = directory.resolve("bad.json");
    Files.writeString(file, """
        [{"title": "T", "sents": [["Oslo", "."]],
          "vertexSet": [[{"name": "Oslo", "sent_id": 0, "pos": [0, 1], "type": "LOC"}]],
          "labels": [{"h": 0, "t": 3, "r": "P17", "evidence": []}]}]
        """);

    // when / then
    assertThatThrownBy(() -> ReDocRedDocument.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": document 0 is not a DocRED document (relation P17 between 0 and 3 names an entity"
            + " document redocred-0 does not have (1 entities))");
  }

  @Test
  void shouldJoinTokensAsTheTextWroteThemAndPlaceEachMention() throws Exception {
    // given
    List<ReDocRedDocument> documents = fixture();

    // when
    ReDocRedText first = new ReDocRedText(documents.get(0));
    ReDocRedText second = new ReDocRedText(documents.get(1));

    // then
    assertThat(first.text()).isEqualTo(
        "Anna Berg (born in Oslo) works for Acme Corp. Acme Corp is based in Bergen, Norway. Berg joined it in 1999.");
    assertThat(second.text()).isEqualTo("\"Blue Sky\" is a song by Kim Lee, the chairman of Acme, recorded in Seoul.");
    int[] acme = first.span(2, 1);
    assertThat(first.text().substring(acme[0], acme[1])).isEqualTo("Acme Corp");
    int[] berg = first.span(0, 1);
    assertThat(first.text().substring(berg[0], berg[1])).isEqualTo("Berg");
    int at = first.text().indexOf("Bergen, Norway");
    assertThat(first.verticesOver(at, at + "Bergen, Norway".length())).containsExactly(3, 4);
    assertThat(first.verticesOver(at - 3, at - 1)).isEmpty();
  }

  @Test
  void shouldStateGoldRelationsInKgTypesOnceAndOnlyBetweenEntitiesThoseTypesJoin() throws Exception {
    // given
    List<ReDocRedDocument> documents = fixture();

    // when
    List<ReDocRedTriple> first = ReDocRedProperties.gold(documents.get(0));
    List<ReDocRedTriple> second = ReDocRedProperties.gold(documents.get(1));

    // then: P150 (contains) is P131 read backwards, a date (P580) and a song's performer (P175) have
    // no kg type, and a song (MISC) is in no country kg could say
    assertThat(first).containsExactly(
        new ReDocRedTriple("redocred-0", "BORN_IN", 0, 1),
        new ReDocRedTriple("redocred-0", "MEMBER_OF", 0, 2),
        new ReDocRedTriple("redocred-0", "LOCATED_IN", 2, 3),
        new ReDocRedTriple("redocred-0", "LOCATED_IN", 2, 4),
        new ReDocRedTriple("redocred-0", "LOCATED_IN", 3, 4),
        new ReDocRedTriple("redocred-0", "CITIZEN_OF", 0, 4));
    assertThat(second).containsExactly(
        new ReDocRedTriple("redocred-1", "HOLDS_POSITION", 1, 2),
        new ReDocRedTriple("redocred-1", "LOCATED_IN", 2, 3));
  }

  @Test
  void shouldKeepPredictionsOnlyWhereTheKgTypeJoinsTheEntities() throws Exception {
    // given
    ReDocRedDocument document = fixture().get(0);

    // then
    assertThat(ReDocRedProperties.triple(document, "LIVES_IN", 0, 3))
        .contains(new ReDocRedTriple("redocred-0", "LIVES_IN", 0, 3));
    assertThat(ReDocRedProperties.triple(document, "LIVES_IN", 2, 3)).isEmpty();
    assertThat(ReDocRedProperties.triple(document, "LOCATED_IN", 3, 3)).isEmpty();
    assertThat(ReDocRedProperties.triple(document, "KILLED", 0, 0)).isEmpty();
    assertThat(ReDocRedProperties.triple(document, "CITIZEN_OF", 0, 5)).isEmpty();
  }

  @Test
  void shouldScoreKbpRelationsOnTheEntitiesTheirSpansOverlapPerTypeAndMicro() throws Exception {
    // given
    List<ReDocRedDocument> documents = fixture();
    ReDocRedDocument document = documents.get(0);
    ReDocRedText text = new ReDocRedText(document);
    String written = text.text();
    int anna = written.indexOf("Anna Berg");
    int acme = written.lastIndexOf("Acme Corp");
    int oslo = written.indexOf("Oslo");
    int berg = written.lastIndexOf("Berg ");
    int bergen = written.indexOf("Bergen");
    AnnotatedText annotated = new AnnotatedText(List.of(), List.of(), List.of(), List.of(
        new KbpRelation(1, "per:employee_or_member_of", anna, anna + 9, acme, acme + 9, 0.3),
        new KbpRelation(0, "per:city_of_birth", anna, anna + 9, oslo, oslo + 4, 1.0),
        new KbpRelation(2, "org:top_members_employees", acme, acme + 9, berg, berg + 4, 1.0),
        new KbpRelation(0, "per:origin", anna, anna + 9, bergen, bergen + 6, 1.0),
        new KbpRelation(0, "per:title", anna, anna + 9, oslo, oslo + 4, 1.0)), List.of());
    List<ReDocRedTriple> gold = new ArrayList<>();
    documents.forEach(d -> gold.addAll(ReDocRedProperties.gold(d)));

    // when
    List<ReDocRedTriple> kbp = ReDocRedBaselines.kbp(document, text, annotated);
    LabelScores<ReDocRedTriple> scores = new LabelScores<>(gold, kbp, ReDocRedTriple::type, ReDocRedProperties.TYPES);

    // then
    assertThat(kbp).containsExactly(
        new ReDocRedTriple("redocred-0", "MEMBER_OF", 0, 2),
        new ReDocRedTriple("redocred-0", "BORN_IN", 0, 1),
        new ReDocRedTriple("redocred-0", "CITIZEN_OF", 0, 3));
    assertThat(scores.score(null)).isEqualTo(new LabelScores.Score(2, 3, 8));
    assertThat(scores.score("MEMBER_OF")).isEqualTo(new LabelScores.Score(1, 1, 1));
    assertThat(scores.score("CITIZEN_OF")).isEqualTo(new LabelScores.Score(0, 1, 1));
    assertThat(scores.score("LOCATED_IN")).isEqualTo(new LabelScores.Score(0, 0, 4));
    assertThat(scores.table()).containsSubsequence("HOLDS_POSITION", "MEMBER_OF", "LOCATED_IN", "micro");
  }

  @Test
  void shouldStateKgRelationsBetweenTheEntitiesAnyOfTheirMentionsOverlap() throws Exception {
    // given: KBP says Anna Berg works for Acme Corp, and that Acme Corp (in the second sentence) is
    // based in Bergen; kg's own pattern reads "Bergen, Norway"
    ReDocRedDocument document = fixture().get(0);
    ReDocRedText text = new ReDocRedText(document);
    String written = text.text();
    int anna = written.indexOf("Anna Berg");
    int acme = written.indexOf("Acme Corp");
    int based = written.lastIndexOf("Acme Corp");
    int bergen = written.indexOf("Bergen");
    AnnotatedText annotated = annotation(written,
        Map.of("Anna Berg", "PERSON", "Berg", "PERSON", "Acme Corp", "ORGANIZATION", "Oslo", "CITY", "Bergen", "CITY",
            "Norway", "COUNTRY"),
        List.of(new KbpRelation(0, "per:employee_or_member_of", anna, anna + 9, acme, acme + 9, 1.0),
            new KbpRelation(1, "org:city_of_headquarters", based, based + 9, bergen, bergen + 6, 1.0)));

    // when
    Set<ReDocRedTriple> predicted = new ReDocRedPredictor().routes(document, text, annotated).keySet();

    // then
    assertThat(predicted).containsExactlyInAnyOrder(
        new ReDocRedTriple("redocred-0", "MEMBER_OF", 0, 2),
        new ReDocRedTriple("redocred-0", "LOCATED_IN", 2, 3),
        new ReDocRedTriple("redocred-0", "LOCATED_IN", 3, 4));
  }

  /**
   * What CoreNLP would say of {@code text} in the essentials: sentences ending at ". ", word and
   * punctuation tokens, each name in {@code names} tagged wherever it stands as a whole word (the
   * longest first), and the given KBP relations.
   */
  private static AnnotatedText annotation(String text, Map<String, String> names, List<KbpRelation> kbp) {
    List<Sentence> sentences = new ArrayList<>();
    List<NamedMention> mentions = new ArrayList<>();
    Matcher sentence = Pattern.compile("[^.]+\\.").matcher(text);
    while (sentence.find()) {
      int offset = sentence.start() + (text.charAt(sentence.start()) == ' ' ? 1 : 0);
      List<Token> tokens = new ArrayList<>();
      Matcher token = Pattern.compile("\\w+|[^\\w\\s]").matcher(text).region(offset, sentence.end());
      while (token.find()) {
        tokens.add(new Token(tokens.size(), token.group(), token.group(), token.group().matches("\\w+") ? "NNP" : ".",
            "O", token.start(), token.end()));
      }
      int index = sentences.size();
      for (int i = 0; i < tokens.size(); i++) {
        for (int length = 2; length >= 1 && i + length <= tokens.size(); length--) {
          int start = tokens.get(i).start();
          int end = tokens.get(i + length - 1).end();
          String ner = names.get(text.substring(start, end));
          if (ner != null && mentions.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
            mentions.add(new NamedMention(index, i, i + length, start, end, text.substring(start, end), ner, null));
            for (int j = i; j < i + length; j++) {
              Token t = tokens.get(j);
              tokens.set(j, new Token(t.index(), t.word(), t.lemma(), t.pos(), ner, t.start(), t.end()));
            }
          }
        }
      }
      sentences.add(new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of()));
    }
    return new AnnotatedText(sentences, mentions, List.of(), kbp, List.of());
  }
}
