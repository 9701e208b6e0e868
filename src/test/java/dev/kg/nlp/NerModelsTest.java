package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * kg's NER models, CoreNLP's CoNLL and 3-class CRFs voting name by name ({@link ModelVote}), on
 * sentences where the CoNLL model alone, kg's first model, goes wrong: it reads a title and the person
 * after it as one organisation, a film's title as a place and a treaty as an organisation. Dates and
 * money, which CoreNLP's MUC model also tags, still come from its numeric classifiers and SUTime.
 */
@UsesCoreNlp
class NerModelsTest {

  private static final Set<String> TYPES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "MISC", "DATE", "MONEY");

  @Test
  void shouldNotLetATitleSwallowThePersonAfterIt() {
    assertThat(mentions("US Secretary of State Condoleezza Rice met Chinese Foreign Minister Li Zhaoxing in Beijing on Monday."))
        .containsExactly("US/COUNTRY", "Condoleezza Rice/PERSON", "Li Zhaoxing/PERSON", "Beijing/CITY", "Monday/DATE");
  }

  @Test
  void shouldNotTakeTitlesOfWorksAndTreatiesForPlacesOrOrganisations() {
    assertThat(mentions("He starred in the film Midnight Harbour, directed by Ottavio Renzi."))
        .containsExactly("Ottavio Renzi/PERSON");
    assertThat(mentions("The Treaty of Lisbon was signed by the leaders of the European Union in 2007."))
        .containsExactly("Lisbon/CITY", "European Union/ORGANIZATION", "2007/DATE");
  }

  @Test
  void shouldStillTagDatesAndMoney() {
    assertThat(mentions("The deal was worth $5 million to Northwind Bank last Friday."))
        .containsExactly("$5 million/MONEY", "Northwind Bank/ORGANIZATION", "last Friday/DATE");
  }

  // The names NER tagged, not the pronouns CoreNLP's entity mentions add as persons ("He").
  private static List<String> mentions(String text) {
    AnnotatedText annotated = CoreNlpAnnotator.shared().annotate(text, "2024-06-19");
    return annotated.entityMentions().stream()
        .filter(mention -> TYPES.contains(mention.ner()))
        .filter(mention -> annotated.sentences().get(mention.sentence()).tokens().get(mention.tokenStart()).ner().equals(mention.ner()))
        .map(mention -> mention.text() + "/" + mention.ner())
        .toList();
  }
}
