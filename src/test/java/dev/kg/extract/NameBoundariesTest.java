package dev.kg.extract;

import static dev.kg.extract.WrittenTokens.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameBoundariesTest {

  @Test
  void shouldMakeANameTaggedInPartWholeWhereTheDocumentTagsItWhole() {
    // given a country named whole, then its first word left untagged where a title runs on after it
    AnnotatedText annotated = annotated(
        tokens("Floods_NNS_O hit_VBD_O West_NNP_COUNTRY Kordavia_NNP_COUNTRY ._._O"),
        tokens("West_NNP_O Kordavia_NNP_LOCATION Police_NNP_O Chief_NNP_O Ana_NNP_PERSON Rios_NNP_PERSON spoke_VBD_O"));
    String text = text(annotated);
    List<NameCandidate> candidates = List.of(
        candidate(text, annotated, 0, 2, 4, EntityType.LOCATION),
        candidate(text, annotated, 1, 1, 2, EntityType.LOCATION),
        candidate(text, annotated, 1, 4, 6, EntityType.PERSON));

    // when
    List<NameCandidate> mended = NameBoundaries.wholeWhereNamedWhole(text, annotated, candidates);

    // then
    assertThat(mended).extracting(c -> c.text + "/" + c.type + "/" + c.nerTag).containsExactly(
        "West Kordavia/LOCATION/COUNTRY", "West Kordavia/LOCATION/COUNTRY", "Ana Rios/PERSON/PERSON");
  }

  @Test
  void shouldLeaveAPartAloneWhereItsNeighboursAreTaggedOrItsTypeIsNotTheWholeNamesOne() {
    // given "Tarvik Bank" an organisation and a place, "Orme" after a tagged word, and a place named
    // after a person ("Vell Harro" a person, "Harro" of "Vell Harro is a suburb" a place)
    AnnotatedText annotated = annotated(
        tokens("Tarvik_NNP_ORGANIZATION Bank_NNP_ORGANIZATION rose_VBD_O near_IN_O Tarvik_NNP_LOCATION Bank_NNP_LOCATION"),
        tokens("Tarvik_NNP_LOCATION Bank_NNP_O fell_VBD_O and_CC_O Lake_NNP_LOCATION Orme_NNP_PERSON waited_VBD_O"),
        tokens("Ships_NNS_O left_VBD_O Lake_NNP_LOCATION Orme_NNP_LOCATION"),
        tokens("Vell_NNP_PERSON Harro_NNP_PERSON flew_VBD_O"),
        tokens("Vell_NNP_O Harro_NNP_LOCATION is_VBZ_O a_DT_O suburb_NN_O"));
    String text = text(annotated);
    List<NameCandidate> candidates = List.of(
        candidate(text, annotated, 0, 0, 2, EntityType.ORGANIZATION),
        candidate(text, annotated, 0, 4, 6, EntityType.LOCATION),
        candidate(text, annotated, 1, 0, 1, EntityType.LOCATION),
        candidate(text, annotated, 1, 4, 5, EntityType.LOCATION),
        candidate(text, annotated, 1, 5, 6, EntityType.PERSON),
        candidate(text, annotated, 2, 2, 4, EntityType.LOCATION),
        candidate(text, annotated, 3, 0, 2, EntityType.PERSON),
        candidate(text, annotated, 4, 1, 2, EntityType.LOCATION));

    // when
    List<NameCandidate> mended = NameBoundaries.wholeWhereNamedWhole(text, annotated, candidates);

    // then
    assertThat(mended).extracting(c -> c.text).containsExactly(
        "Tarvik Bank", "Tarvik Bank", "Tarvik", "Lake", "Orme", "Lake Orme", "Vell Harro", "Harro");
  }

  private static NameCandidate candidate(
      String text, AnnotatedText annotated, int sentence, int tokenStart, int tokenEnd, EntityType type) {
    List<Token> tokens = annotated.sentences().get(sentence).tokens();
    int start = tokens.get(tokenStart).start();
    int end = tokens.get(tokenEnd - 1).end();
    String surface = text.substring(start, end);
    return new NameCandidate(sentence, tokenStart, tokenEnd, start, end, surface, tokens.get(tokenStart).ner(), type,
        LocationKind.OTHER, NameKey.of(surface));
  }

  /** The sentences one after another, each token moved to its offset in the text they make. */
  @SafeVarargs
  private static AnnotatedText annotated(List<Token>... sentences) {
    List<Sentence> result = new ArrayList<>();
    int offset = 0;
    for (List<Token> written : sentences) {
      List<Token> tokens = new ArrayList<>();
      for (Token t : written) {
        tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.start() + offset, t.end() + offset));
      }
      int end = tokens.get(tokens.size() - 1).end();
      result.add(new Sentence(result.size(), offset, end, tokens, List.of()));
      offset = end + 1;
    }
    return new AnnotatedText(result, List.of(), List.of());
  }

  private static String text(AnnotatedText annotated) {
    StringBuilder text = new StringBuilder();
    for (Sentence sentence : annotated.sentences()) {
      for (Token token : sentence.tokens()) {
        text.append(" ".repeat(token.start() - text.length())).append(token.word());
      }
    }
    return text.toString();
  }
}
