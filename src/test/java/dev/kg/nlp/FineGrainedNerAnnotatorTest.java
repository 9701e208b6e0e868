package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.AnnotatedText.NamedMention;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kg's NER with its own fine-grained pass annotates a text exactly as the same pipeline with CoreNLP's
 * fine-grained pass (tokens, tags, mentions, coreference, KBP relations and quotations), but where a
 * gazetteer match would relabel part of a name the models tagged whole, or retype a place: kg keeps
 * that name whole and of its kind (see WholeNamesTest).
 */
@UsesCoreNlp
class FineGrainedNerAnnotatorTest {

  private static final String TEXT =
      "Turkish-born Jean-Luc Marchand, the new vice president of Northwind Bank, flew from New York City to "
          + "Paris on Monday. The French president, Emmanuel Macron, met him and the Archbishop of Canterbury. "
          + "\"We are Catholic and we trust the Calif. courts,\" Marchand said of the fraud charges he faces in "
          + "San Francisco, California. Gunnery Sgt. Ann Lee, a human rights activist from Georgia, said "
          + "communism was not the issue. Michael Jordan and Jordan's King Abdullah watched in Amman.";

  private static final String NAMES_INSIDE_NAMES =
      "No closures of airports in the Commonwealth of Independent States are expected, the Russian Weather "
          + "Service said. The boxcar was opened at Whittier, a port in western Prince William Sound. She "
          + "studied at Moscow State University and lives in Paris.";

  @Test
  void shouldAnnotateAsCoreNlpsOwnFineGrainedPassDoesWhereNoMatchCutsAName() {
    // when: both with the CoNLL model alone, as CoreNLP's ner lets no model vote
    AnnotatedText kg = CoreNlpAnnotator.withFirstNerModelOnly().annotate(TEXT, "2024-06-03");
    AnnotatedText corenlp = CoreNlpAnnotator.withCoreNlpFineGrainedPass().annotate(TEXT, "2024-06-03");

    // then
    assertThat(kg).isEqualTo(corenlp);
    assertThat(kg.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::ner))
        .contains("CITY", "TITLE", "NATIONALITY", "RELIGION", "CRIMINAL_CHARGE", "STATE_OR_PROVINCE", "IDEOLOGY");
    assertThat(kg.entityMentions()).extracting(NamedMention::text).contains("New York City", "Paris");
  }

  @Test
  void shouldKeepWholeTheNamesCoreNlpsGazetteerCuts() {
    // when
    AnnotatedText kg = CoreNlpAnnotator.shared().annotate(NAMES_INSIDE_NAMES, null);
    AnnotatedText corenlp = CoreNlpAnnotator.withCoreNlpFineGrainedPass().annotate(NAMES_INSIDE_NAMES, null);

    // then: CoreNLP cuts two places at a word its gazetteers list; kg does not
    List<String> pieces =
        List.of("Commonwealth of/LOCATION", "Independent/RELIGION", "States/LOCATION", "Prince/TITLE", "William Sound/LOCATION");
    assertThat(mentions(corenlp)).containsAll(pieces)
        .doesNotContain("Commonwealth of Independent States/LOCATION", "Prince William Sound/LOCATION");
    assertThat(mentions(kg))
        .contains("Commonwealth of Independent States/LOCATION", "Prince William Sound/LOCATION")
        .doesNotContainAnyElementsOf(pieces);
    // and both keep what CoreNLP relies on: a city inside an organisation's name, a city named whole
    assertThat(mentions(kg)).contains("Moscow State University/ORGANIZATION", "Paris/CITY", "Whittier/CITY");
    assertThat(mentions(corenlp)).contains("Moscow State University/ORGANIZATION", "Paris/CITY", "Whittier/CITY");
  }

  private static List<String> mentions(AnnotatedText annotated) {
    return annotated.entityMentions().stream().map(m -> m.text() + "/" + m.ner()).toList();
  }
}
