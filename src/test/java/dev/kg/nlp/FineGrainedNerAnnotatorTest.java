package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.AnnotatedText.NamedMention;
import dev.kg.nlp.AnnotatedText.Token;
import org.junit.jupiter.api.Test;

/**
 * kg's NER with its own fine-grained pass annotates a text exactly as the same pipeline with CoreNLP's
 * fine-grained pass: tokens, tags, mentions, coreference, KBP relations and quotations.
 */
@UsesCoreNlp
class FineGrainedNerAnnotatorTest {

  private static final String TEXT =
      "Turkish-born Jean-Luc Marchand, the new vice president of Northwind Bank, flew from New York City to "
          + "Paris on Monday. The French president, Emmanuel Macron, met him and the Archbishop of Canterbury. "
          + "\"We are Catholic and we trust the Calif. courts,\" Marchand said of the fraud charges he faces in "
          + "San Francisco, California. Gunnery Sgt. Ann Lee, a human rights activist from Georgia, said "
          + "communism was not the issue. Michael Jordan and Jordan's King Abdullah watched in Amman.";

  @Test
  void shouldAnnotateAsCoreNlpsOwnFineGrainedPassDoes() {
    // when
    AnnotatedText kg = CoreNlpAnnotator.shared().annotate(TEXT, "2024-06-03");
    AnnotatedText corenlp = CoreNlpAnnotator.withCoreNlpFineGrainedPass().annotate(TEXT, "2024-06-03");

    // then
    assertThat(kg).isEqualTo(corenlp);
    assertThat(kg.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::ner))
        .contains("CITY", "TITLE", "NATIONALITY", "RELIGION", "CRIMINAL_CHARGE", "STATE_OR_PROVINCE", "IDEOLOGY");
    assertThat(kg.entityMentions()).extracting(NamedMention::text).contains("New York City", "Paris");
  }
}
