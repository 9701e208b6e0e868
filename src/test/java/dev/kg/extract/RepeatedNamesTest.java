package dev.kg.extract;

import static dev.kg.extract.WrittenTokens.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {

  @Test
  void shouldTakeTheUntaggedShortNameOfACompanyNamedWithItsLegalFormForThatCompany() {
    // given a company named in full, its name without the legal form and its first word left untagged after
    List<Token> full = tokens("Tarrant_NNP_ORGANIZATION Mills_NNP_ORGANIZATION Corp._NNP_ORGANIZATION rose_VBD_O");
    List<Token> later = tokens("Analysts_NNS_O said_VBD_O Tarrant_NNP_O and_CC_O Tarrant_NNP_O Mills_NNP_O would_MD_O grow_VB_O");

    // when
    List<RepeatedNames.Found> found = RepeatedNames.find(
        annotated(full, later), List.of(new RepeatedNames.Found(0, 0, 3, EntityType.ORGANIZATION)));

    // then
    assertThat(found).containsExactly(
        new RepeatedNames.Found(1, 2, 3, EntityType.ORGANIZATION), new RepeatedNames.Found(1, 4, 6, EntityType.ORGANIZATION));
  }

  @Test
  void shouldNotTakeAFirstWordOtherNamesShareOrThatIsAGivenNameForTheCompany() {
    // given two firms that start with one word, and a firm named after its founder
    List<Token> firms = tokens("Halden_NNP_ORGANIZATION Shipping_NNP_ORGANIZATION Ltd_NNP_ORGANIZATION and_CC_O"
        + " Halden_NNP_ORGANIZATION Securities_NNP_ORGANIZATION rose_VBD_O");
    List<Token> founder = tokens("Edward_NNP_ORGANIZATION Marlow_NNP_ORGANIZATION Co_NNP_ORGANIZATION fell_VBD_O");
    List<Token> later = tokens("Halden_NNP_O and_CC_O Edward_NNP_O said_VBD_O nothing_NN_O");

    // when
    List<RepeatedNames.Found> found = RepeatedNames.find(annotated(firms, founder, later), List.of(
        new RepeatedNames.Found(0, 0, 3, EntityType.ORGANIZATION), new RepeatedNames.Found(0, 4, 6, EntityType.ORGANIZATION),
        new RepeatedNames.Found(1, 0, 3, EntityType.ORGANIZATION)));

    // then
    assertThat(found).isEmpty();
  }

  @Test
  void shouldTakeTheSurnameAfterACourtesyTitleForThePersonTheDocumentNamesInFull() {
    // given two persons named in full, then each by courtesy title and surname: one surname left untagged,
    // one that is also an office tagged a title, and an office the speaker is addressed by
    List<Token> full = tokens("Hamish_NNP_PERSON Tolland_NNP_PERSON met_VBD_O Moira_NNP_PERSON Bishop_NNP_PERSON ._._O");
    List<Token> later = tokens("Mr_NNP_O Tolland_NNP_O thanked_VBD_O Ms_NNP_O Bishop_NNP_TITLE and_CC_O Mr_NNP_O"
        + " President_NNP_TITLE ._._O");

    // when
    List<RepeatedNames.Found> found = RepeatedNames.surnamesAfterHonorifics(annotated(full, later), List.of(
        new RepeatedNames.Found(0, 0, 2, EntityType.PERSON), new RepeatedNames.Found(0, 3, 5, EntityType.PERSON)));

    // then
    assertThat(found).containsExactly(
        new RepeatedNames.Found(1, 1, 2, EntityType.PERSON), new RepeatedNames.Found(1, 4, 5, EntityType.PERSON));
  }

  @Test
  void shouldNotTakeTheFirstWordOfANameAfterACourtesyTitleForASurname() {
    // given a person whose surname another person's given name is, written in full after a courtesy title
    List<Token> full = tokens("Dana_NNP_PERSON Russell_NNP_PERSON spoke_VBD_O ._._O");
    List<Token> later = tokens("Mr_NNP_O Russell_NNP_O Crane_NNP_O replied_VBD_O ._._O");

    // when
    List<RepeatedNames.Found> found = RepeatedNames.surnamesAfterHonorifics(
        annotated(full, later), List.of(new RepeatedNames.Found(0, 0, 2, EntityType.PERSON)));

    // then
    assertThat(found).isEmpty();
  }

  @SafeVarargs
  private static AnnotatedText annotated(List<Token>... sentences) {
    List<Sentence> result = new ArrayList<>();
    for (List<Token> tokens : sentences) {
      result.add(new Sentence(result.size(), 0, tokens.get(tokens.size() - 1).end(), tokens, List.of()));
    }
    return new AnnotatedText(result, List.of(), List.of());
  }
}
