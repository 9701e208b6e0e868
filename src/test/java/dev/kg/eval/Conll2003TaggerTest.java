package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.eval.Conll2003File.Sentence;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.StandInAnnotations;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tagger with a stand-in recogniser ({@link StandInAnnotations}), so no CoreNLP model is needed. */
class Conll2003TaggerTest {

  // The fine-grained tags a recogniser gives these words; runs of one tag are one mention.
  private static final Map<String, String> RECOGNISED =
      Map.ofEntries(
          Map.entry("Anna", "PERSON"),
          Map.entry("Berg", "PERSON"),
          Map.entry("Oslo", "CITY"),
          Map.entry("Nordic", "ORGANIZATION"),
          Map.entry("Bank", "ORGANIZATION"),
          Map.entry("the", "ORGANIZATION"),
          Map.entry("Norwegian", "NATIONALITY"),
          Map.entry("Monday", "DATE"),
          Map.entry("liberal", "IDEOLOGY"),
          Map.entry("Iraqi", "NATIONALITY"),
          Map.entry("Kurds", "MISC"));

  @Test
  void shouldTagWhatKgWouldWriteAndMiscNamesInTheFilesTokens() {
    // given
    List<Sentence> document =
        List.of(
            sentence("Anna", "Berg", "of", "the", "Nordic", "Bank", "left", "Oslo", "on", "Monday"),
            sentence("The", "Norwegian", "liberal", "Berg", "smiled"),
            sentence("Iraqi", "Kurds", "fled"),
            sentence("She", "smiled"));

    // when
    Conll2003Tagger.Tagging tags = new Conll2003Tagger(Conll2003TaggerTest::annotate).tag(document);

    // then: kg drops the article from "the Nordic Bank" and the date; a lower-case word is no name;
    // adjacent MISC names are one
    assertThat(tags.kg())
        .containsExactly(
            List.of("B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O"),
            List.of("O", "B-MISC", "O", "B-PER", "O"),
            List.of("B-MISC", "I-MISC", "O"),
            List.of("O", "O"));
    // and the recogniser alone keeps its own spans, article included, and not the pronoun mention
    assertThat(tags.recogniser())
        .containsExactly(
            List.of("B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "O"),
            List.of("O", "B-MISC", "O", "B-PER", "O"),
            List.of("B-MISC", "I-MISC", "O"),
            List.of("O", "O"));
  }

  private static Sentence sentence(String... words) {
    return new Sentence(0, List.of(words), List.of(words).stream().map(w -> "O").toList());
  }

  /** What a recogniser that knows {@link #RECOGNISED} makes of text in one-sentence-a-line form. */
  private static AnnotatedText annotate(String text) {
    String tagged =
        text.lines()
            .map(line -> Arrays.stream(line.split(" "))
                .map(word -> RECOGNISED.containsKey(word) ? word + "/" + RECOGNISED.get(word) : word)
                .collect(Collectors.joining(" ")))
            .collect(Collectors.joining("\n"));
    return StandInAnnotations.annotate(tagged);
  }
}
