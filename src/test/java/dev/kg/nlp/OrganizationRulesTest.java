package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kg's TokensRegex rules for institution names, run as CoreNLP's ner annotator runs them, over tokens
 * tagged by hand as its models tag them (no model is loaded).
 */
@UsesCoreNlp
class OrganizationRulesTest {

  private static final CoreMapExpressionExtractor<MatchedExpression> RULES = rules();

  @Test
  void shouldTagInstitutionNamesTheModelsMissOrCutShort() {
    assertThat(tag("The/DT International/NNP Criminal/NNP Court/NNP ruled/VBD"))
        .containsExactly("O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O");
    assertThat(tag("the/DT Workers/NNPS '/POS Party/NNP of/IN Korea/NNP:COUNTRY said/VBD"))
        .containsExactly("O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O");
    assertThat(tag("at/IN King/NNP:PERSON 's/POS College/NNP London/NNP:CITY ./."))
        .containsExactly("O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O");
    assertThat(tag("at/IN Imperial/NNP College/NNP London/NNP:CITY ./."))
        .containsExactly("O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O");
    assertThat(tag("the/DT Ministry/NNP of/IN Defence/NNP said/VBD"))
        .containsExactly("O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O");
    assertThat(tag("Jenny/NNP:PERSON Town/NNP:PERSON ,/, director/NN:TITLE of/IN 38/CD:NUMBER North/NNP ,/,"))
        .containsExactly("PERSON", "PERSON", "O", "TITLE", "O", "ORGANIZATION", "ORGANIZATION", "O");
    assertThat(tag("director/NN:TITLE of/IN 38/CD:NUMBER North/NNP:ORGANIZATION ,/,"))
        .as("the number joins the name the models found without it")
        .containsExactly("TITLE", "O", "ORGANIZATION", "ORGANIZATION", "O");
  }

  @Test
  void shouldLeaveATitleAfterTheNameOutOfIt() {
    assertThat(tag("The/DT Reserve/NNP Bank/NNP of/IN India/NNP:COUNTRY Governor/NNP:TITLE Ravi/NNP:PERSON said/VBD"))
        .containsExactly("O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "TITLE", "PERSON", "O");
  }

  @Test
  void shouldLeaveAPossessorOutOfTheBodyItOwns() {
    assertThat(tag("Russia/NNP:COUNTRY 's/POS Security/NNP Council/NNP met/VBD"))
        .containsExactly("COUNTRY", "O", "ORGANIZATION", "ORGANIZATION", "O");
  }

  @Test
  void shouldLeavePlacesPeopleAndCapitalsHeadlinesAlone() {
    assertThat(tag("in/IN the/DT West/NNP:LOCATION Bank/NNP:LOCATION"))
        .containsExactly("O", "O", "LOCATION", "LOCATION");
    assertThat(tag("Kim/NNP:PERSON meets/VBZ Party/NNP officials/NNS"))
        .containsExactly("PERSON", "O", "O", "O");
    assertThat(tag("COURT/NNP RULES/NNP ON/NNP BANK/NNP"))
        .containsExactly("O", "O", "O", "O");
  }

  /** The NER tags after the rules ran; tokens are word/POS or word/POS:NER. */
  @Test
  void shouldTagASeaOrPeninsulaTheModelsLeftUntagged() {
    assertThat(tag("sailed/VBD through/IN the/DT Arabian/NNP Sea/NNP towards/IN"))
        .containsExactly("O", "O", "O", "LOCATION", "LOCATION", "O");
    assertThat(tag("the/DT Korean/JJ:NATIONALITY Peninsula/NNP ,/,"))
        .containsExactly("O", "LOCATION", "LOCATION", "O");
    assertThat(tag("the/DT Indian/JJ:NATIONALITY Ocean/NNP:LOCATION island/NN"))
        .as("a head noun the models tagged is left to the extraction's rule")
        .containsExactly("O", "NATIONALITY", "LOCATION", "O");
  }

  private static List<String> tag(String tokens) {
    List<CoreLabel> labels = new ArrayList<>();
    int offset = 0;
    for (String token : tokens.split(" ")) {
      String[] wordAndRest = token.split("/", 2);
      String[] posAndNer = wordAndRest[1].split(":", 2);
      CoreLabel label = new CoreLabel();
      // Matches are placed by token and character offsets, as a tokenizer sets them.
      label.setIndex(labels.size() + 1);
      label.set(CoreAnnotations.TokenBeginAnnotation.class, labels.size());
      label.set(CoreAnnotations.TokenEndAnnotation.class, labels.size() + 1);
      label.setBeginPosition(offset);
      label.setEndPosition(offset + wordAndRest[0].length());
      offset += wordAndRest[0].length() + 1;
      label.setWord(wordAndRest[0]);
      label.setValue(wordAndRest[0]);
      label.setOriginalText(wordAndRest[0]);
      label.setTag(posAndNer[0]);
      label.setNER(posAndNer.length > 1 ? posAndNer[1] : "O");
      labels.add(label);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, labels.size());
    RULES.extractExpressions(sentence);
    return labels.stream().map(CoreLabel::ner).toList();
  }

  private static CoreMapExpressionExtractor<MatchedExpression> rules() {
    Env env = TokenSequencePattern.getNewEnv();
    return CoreMapExpressionExtractor.createExtractorFromFiles(env, CoreNlpAnnotator.ORGANIZATION_RULES);
  }
}
