package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.FineGrainedGazetteer.MappingFile;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kg's departures from CoreNLP's fine-grained pass: no gazetteer match relabels part of a name the
 * models tagged whole, nor a place with an entry that may not overwrite places. Each case states CoreNLP's tags (the gazetteer alone) beside kg's. No model is
 * loaded: the tokens carry made-up model tags, the gazetteer a few lines in CoreNLP's format.
 */
class WholeNamesTest {

  private static final FineGrainedGazetteer GAZETTEER = new FineGrainedGazetteer(List.of(new MappingFile(List.of(
      "independent\tRELIGION\tMISC\t1",
      "prince\tTITLE\tMISC\t1",
      "missionary baptist\tRELIGION\tMISC\t1",
      "u\\.s\\.\tCOUNTRY\tLOCATION\t1",
      "paris\tCITY\tLOCATION\t1",
      "new york city\tCITY\tLOCATION\t1",
      "moscow\tCITY\tLOCATION\t1",
      "french\tNATIONALITY\tMISC\t1",
      "catholic\tRELIGION\tMISC\t1",
      "tibet\tRELIGION\tMISC,ORGANIZATION\t1",
      "tibet\tSTATE_OR_PROVINCE\tLOCATION\t1"), true)));

  @Test
  void shouldNotRelabelPartOfAPlaceTheModelsTaggedWhole() {
    // given: CoreNLP cuts each name at the gazetteer's match
    String commonwealth = "the_DT_O Commonwealth_NNP_LOCATION of_IN_LOCATION Independent_NNP_LOCATION States_NNPS_LOCATION";
    String sound = "in_IN_O western_JJ_O Prince_NNP_LOCATION William_NNP_LOCATION Sound_NNP_LOCATION";
    String church = "Mount_NNP_LOCATION Zion_NNP_LOCATION Missionary_NNP_LOCATION Baptist_NNP_LOCATION Church_NNP_LOCATION";
    assertThat(coreNlp(commonwealth)).isEqualTo("the/O Commonwealth/LOCATION of/LOCATION Independent/RELIGION States/LOCATION");
    assertThat(coreNlp(sound)).isEqualTo("in/O western/O Prince/TITLE William/LOCATION Sound/LOCATION");
    assertThat(coreNlp(church)).isEqualTo("Mount/LOCATION Zion/LOCATION Missionary/RELIGION Baptist/RELIGION Church/LOCATION");

    // then: kg keeps them whole
    assertThat(kg(commonwealth)).isEqualTo("the/O Commonwealth/LOCATION of/LOCATION Independent/LOCATION States/LOCATION");
    assertThat(kg(sound)).isEqualTo("in/O western/O Prince/LOCATION William/LOCATION Sound/LOCATION");
    assertThat(kg(church)).isEqualTo("Mount/LOCATION Zion/LOCATION Missionary/LOCATION Baptist/LOCATION Church/LOCATION");
  }

  @Test
  void shouldNotRelabelPartOfAMiscName() {
    // given
    String open = "his_PRP$_O U.S._NNP_MISC Open_NNP_MISC title_NN_O";

    // then
    assertThat(coreNlp(open)).isEqualTo("his/O U.S./COUNTRY Open/MISC title/O");
    assertThat(kg(open)).isEqualTo("his/O U.S./MISC Open/MISC title/O");
  }

  @Test
  void shouldRelabelANameAMatchCoversWhole() {
    assertThat(kg("in_IN_O Paris_NNP_LOCATION and_CC_O New_NNP_LOCATION York_NNP_LOCATION City_NNP_LOCATION"))
        .isEqualTo("in/O Paris/CITY and/O New/CITY York/CITY City/CITY");
  }

  @Test
  void shouldRelabelANameWhoseEveryWordAMatchLabels() {
    assertThat(kg("a_DT_O French_JJ_MISC Catholic_NNP_MISC priest_NN_O"))
        .isEqualTo("a/O French/NATIONALITY Catholic/RELIGION priest/O");
  }

  @Test
  void shouldRelabelAPlaceOnlyWithAnEntryThatMayOverwritePlaces() {
    // given: the religion, listed first, may overwrite MISC and ORGANIZATION; the province line repeats it
    String place = "talks_NNS_O in_IN_O Tibet_NNP_LOCATION";
    String misc = "talks_NNS_O in_IN_O Tibet_NNP_MISC";

    // then
    assertThat(coreNlp(place)).isEqualTo("talks/O in/O Tibet/RELIGION");
    assertThat(kg(place)).isEqualTo("talks/O in/O Tibet/LOCATION");
    assertThat(kg(misc)).isEqualTo(coreNlp(misc)).isEqualTo("talks/O in/O Tibet/RELIGION");
  }

  @Test
  void shouldLeaveACityInsideAnOrganisationsNameAsCoreNlpDoes() {
    String university = "Moscow_NNP_ORGANIZATION State_NNP_ORGANIZATION University_NNP_ORGANIZATION";
    assertThat(coreNlp(university)).isEqualTo("Moscow/ORGANIZATION State/ORGANIZATION University/ORGANIZATION");
    assertThat(kg(university)).isEqualTo(coreNlp(university));
  }

  private static String coreNlp(String sentence) {
    List<CoreLabel> tokens = TaggedTokens.of(sentence);
    GAZETTEER.tag(tokens);
    return TaggedTokens.tags(tokens);
  }

  private static String kg(String sentence) {
    List<CoreLabel> tokens = TaggedTokens.of(sentence);
    WholeNames.tag(GAZETTEER, tokens);
    return TaggedTokens.tags(tokens);
  }
}
