package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.eval.Conll2003File.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class Conll2003FileTest {

  private static final List<String> LINES =
      List.of(
          "-DOCSTART- -X- -X- O",
          "",
          "Anna NNP B-NP B-PER",
          "Berg NNP I-NP I-PER",
          "left VBD B-VP O",
          "",
          "-DOCSTART- -X- -X- O",
          "",
          "Oslo NNP B-NP B-LOC",
          ". . O O",
          "",
          "Rain NN B-NP O",
          "");

  @Test
  void shouldReadSentencesWithTheirDocumentsAndGoldTags() {
    // when
    Conll2003File file = Conll2003File.parse(LINES);

    // then
    assertThat(file.sentences())
        .containsExactly(
            new Sentence(0, List.of("Anna", "Berg", "left"), List.of("B-PER", "I-PER", "O")),
            new Sentence(1, List.of("Oslo", "."), List.of("B-LOC", "O")),
            new Sentence(1, List.of("Rain"), List.of("O")));
    assertThat(file.documents()).extracting(List::size).containsExactly(1, 2);
  }

  @Test
  void shouldKeepTheFirstDocumentsOnly() {
    // when
    Conll2003File first = Conll2003File.parse(LINES).firstDocuments(1);

    // then
    assertThat(first.sentences())
        .containsExactly(new Sentence(0, List.of("Anna", "Berg", "left"), List.of("B-PER", "I-PER", "O")));
    assertThat(first.withPredictions(List.of(List.of("O", "O", "O"))))
        .containsExactly("-DOCSTART- -X- -X- O", "", "Anna NNP B-NP B-PER O", "Berg NNP I-NP I-PER O",
            "left VBD B-VP O O", "");
    assertThat(Conll2003File.parse(LINES).firstDocuments(5).sentences()).hasSize(3);
  }

  @Test
  void shouldWriteEveryLineBackWithThePredictionAppendedToTokenLinesOnly() {
    // given
    Conll2003File file = Conll2003File.parse(LINES);

    // when
    List<String> written =
        file.withPredictions(List.of(List.of("B-PER", "O", "O"), List.of("B-ORG", "O"), List.of("O")));

    // then
    assertThat(written)
        .containsExactly(
            "-DOCSTART- -X- -X- O",
            "",
            "Anna NNP B-NP B-PER B-PER",
            "Berg NNP I-NP I-PER O",
            "left VBD B-VP O O",
            "",
            "-DOCSTART- -X- -X- O",
            "",
            "Oslo NNP B-NP B-LOC B-ORG",
            ". . O O O",
            "",
            "Rain NN B-NP O O",
            "");
    assertThat(Conll2003File.parse(written).sentences().get(0).tags()).containsExactly("B-PER", "O", "O");
  }

  @Test
  void shouldRefuseTagsThatDoNotFitTheFile() {
    // given
    Conll2003File file = Conll2003File.parse(LINES);

    // then
    assertThatThrownBy(() -> file.withPredictions(List.of(List.of("O"), List.of("O", "O"), List.of("O"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentence 1 has 3 tokens, got 1 tags");
    assertThatThrownBy(() -> Conll2003File.parse(List.of("Anna NNP B-NP PER")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1: 'PER' is not an IOB tag (O, B-TYPE or I-TYPE)");
    assertThatThrownBy(() -> Conll2003File.parse(List.of("Anna")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1: expected a token and its NER tag");
  }
}
