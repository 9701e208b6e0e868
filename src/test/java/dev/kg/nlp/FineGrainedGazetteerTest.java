package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.FineGrainedGazetteer.MappingFile;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kg's fine-grained gazetteer tags what CoreNLP's TokensRegexNERAnnotator, configured as CoreNLP's
 * fine-grained pass is (a caseless file with a part-of-speech restriction, then a cased file), tags
 * with the same mapping files; each case also states the tags expected. No model is loaded.
 */
@UsesCoreNlp
class FineGrainedGazetteerTest {

  private static final List<String> CASELESS = List.of(
      "new york\tCITY\tMISC\t1",
      "new york city\tCITY\tMISC\t1",
      "york city\tCITY\tMISC\t1",
      "georgia\tSTATE_OR_PROVINCE\tLOCATION\t1",
      "georgia\tCOUNTRY\tLOCATION\t2",
      "president\tTITLE\tMISC\t1",
      "vice president\tTITLE\tMISC\t1",
      "jordan\tCOUNTRY\tLOCATION\t1",
      "apple\tTITLE\tMISC,ORGANIZATION\t1",
      "paris\tCITY\tLOCATION\t1",
      "tokyo\tCITY\tLOCATION\t1",
      "la la\tTITLE\tMISC\t1",
      "gunnery sgt\\.\tTITLE\tMISC\t1",
      "chief of\tTITLE\tMISC\t1",
      "of staff\tIDEOLOGY\tMISC\t1",
      "n\\.?y\\.?c\\.?-born\tTITLE\tMISC\t1",
      "mormon|mormons\tRELIGION\tMISC\t1");
  private static final List<String> CASED = List.of(
      "US\tCOUNTRY\tLOCATION\t1",
      "IN\tSTATE_OR_PROVINCE\tLOCATION\t1",
      "Calif\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1",
      "[A-Z][a-z]+ activist\tTITLE\tMISC\t1");

  private static TokensRegexNERAnnotator corenlp;
  private static FineGrainedGazetteer kg;

  @BeforeAll
  static void load(@TempDir Path directory) throws IOException {
    Path caseless = Files.write(directory.resolve("caseless.tab"), CASELESS);
    Path cased = Files.write(directory.resolve("cased.tab"), CASED);
    Properties properties = new Properties();
    // As NERCombinerAnnotator configures its fine-grained pass, with these files.
    properties.setProperty("fine.mapping", "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + caseless + ";" + cased);
    corenlp = new TokensRegexNERAnnotator("fine", properties);
    kg = new FineGrainedGazetteer(List.of(new MappingFile(CASELESS, true), new MappingFile(CASED, false)));
  }

  @Test
  void shouldMatchCaselessEntriesInAnyCaseAndPreferTheLongestMatch() {
    assertThat(tag("He_PRP_O flew_VBD_O to_TO_O NEW_NNP_LOCATION YORK_NNP_LOCATION City_NNP_LOCATION ._._O"))
        .isEqualTo("He/O flew/O to/O NEW/CITY YORK/CITY City/CITY ./O");
    assertThat(tag("New_NNP_LOCATION York_NNP_LOCATION is_VBZ_O big_JJ_O"))
        .isEqualTo("New/CITY York/CITY is/O big/O");
  }

  @Test
  void shouldPreferOfTwoEqualOverlappingMatchesTheOneWhoseTriggerWordComesFirst() {
    // "chief of" is triggered by "chief", "of staff" by "staff" (each entry's longest word).
    assertThat(tag("the_DT_O chief_NN_O of_IN_O staff_NN_O"))
        .isEqualTo("the/O chief/TITLE of/TITLE staff/O");
    // CoreNLP prefers the earlier trigger to the earlier match.
    assertThat(tag("staff_NN_O said_VBD_O the_DT_O chief_NN_O of_IN_O staff_NN_O"))
        .isEqualTo("staff/O said/O the/O chief/O of/IDEOLOGY staff/IDEOLOGY");
  }

  @Test
  void shouldMatchCasedEntriesOnlyInTheirCase() {
    assertThat(tag("The_DT_O US_NNP_LOCATION and_CC_O us_PRP_O"))
        .isEqualTo("The/O US/COUNTRY and/O us/O");
  }

  @Test
  void shouldNotMatchCasedEntriesInASentenceWrittenInCapitals() {
    // given: a headline in capitals, where the word "IN" looks like the state's abbreviation
    List<CoreLabel> headline = TaggedTokens.of("SHARES_NNS_O RISE_NNP_O IN_NNP_O TOKYO_NNP_LOCATION");

    // when
    kg.tag(headline);

    // then: the caseless file still tags the city
    assertThat(TaggedTokens.tags(headline)).isEqualTo("SHARES/O RISE/O IN/O TOKYO/CITY");
    // and in a sentence in lower and upper case the abbreviation is the state, as CoreNLP tags it
    assertThat(tag("Carmel_NNP_LOCATION ,_,_O IN_NNP_O"))
        .isEqualTo("Carmel/LOCATION ,/O IN/STATE_OR_PROVINCE");
  }

  @Test
  void shouldPreferTheHigherPriorityOfTwoEntriesForTheSameWords() {
    assertThat(tag("Georgia_NNP_LOCATION voted_VBD_O")).isEqualTo("Georgia/COUNTRY voted/O");
  }

  @Test
  void shouldTagOnlyWhereATokenHasANounOrAdjectivePartOfSpeech() {
    assertThat(tag("the_DT_O vice_NN_O president_NN_O said_VBD_O"))
        .isEqualTo("the/O vice/TITLE president/TITLE said/O");
    assertThat(tag("they_PRP_O president_VB_O it_PRP_O")).isEqualTo("they/O president/O it/O");
  }

  @Test
  void shouldNotCutAcrossANameTheModelsFound() {
    assertThat(tag("Michael_NNP_PERSON Jordan_NNP_PERSON scored_VBD_O"))
        .isEqualTo("Michael/PERSON Jordan/PERSON scored/O");
    assertThat(tag("Jordan_NNP_PERSON scored_VBD_O")).isEqualTo("Jordan/PERSON scored/O");
  }

  @Test
  void shouldSayWhetherItListsWordsAsAPlaceAndLeaveTheirTags() {
    // given
    List<CoreLabel> paris = TaggedTokens.of("Paris_NNP_LOCATION");
    List<CoreLabel> untagged = TaggedTokens.of("Paris_NNP_O");
    List<CoreLabel> president = TaggedTokens.of("president_NN_O");

    // then: a CITY entry overwrites the models' place but not their "no name"
    assertThat(kg.listsPlace(paris)).isTrue();
    assertThat(kg.listsPlace(untagged)).isFalse();
    assertThat(kg.listsPlace(president)).isFalse();
    assertThat(TaggedTokens.tags(paris)).isEqualTo("Paris/LOCATION");
  }

  @Test
  void shouldOverwriteOnlyTheTypesAnEntryNamesOrTheBackground() {
    // Apple may overwrite ORGANIZATION; a CITY entry never overwrites the background by default.
    assertThat(tag("Apple_NNP_ORGANIZATION sold_VBD_O Paris_NNP_O Paris_NNP_MISC Paris_NNP_LOCATION"))
        .isEqualTo("Apple/TITLE sold/O Paris/O Paris/MISC Paris/CITY");
  }

  @Test
  void shouldMatchRegularExpressionPatternsAndNotOverlapOnePatternsMatches() {
    assertThat(tag("Calif_NNP_LOCATION Calif._NNP_LOCATION Califx_NNP_LOCATION"))
        .isEqualTo("Calif/STATE_OR_PROVINCE Calif./STATE_OR_PROVINCE Califx/LOCATION");
    assertThat(tag("Gunnery_NNP_O Sgt._NNP_O Green_NNP_PERSON an_DT_O Animal_NN_O activist_NN_O"))
        .isEqualTo("Gunnery/TITLE Sgt./TITLE Green/PERSON an/O Animal/TITLE activist/TITLE");
    assertThat(tag("la_NN_O la_NN_O la_NN_O")).isEqualTo("la/TITLE la/TITLE la/O");
    // Patterns without a literal token, tried at every position.
    assertThat(tag("an_DT_O N.Y.C.-born_JJ_O NYC-borne_JJ_O Mormons_NNPS_MISC"))
        .isEqualTo("an/O N.Y.C.-born/TITLE NYC-borne/O Mormons/RELIGION");
  }

  /** Tags {@code word_POS_NER ...} with both annotators; asserts they agree; returns kg's tags. */
  private static String tag(String sentence) {
    List<CoreLabel> expected = TaggedTokens.of(sentence);
    CoreMap coreNlpSentence = new ArrayCoreMap();
    coreNlpSentence.set(CoreAnnotations.TokensAnnotation.class, expected);
    Annotation annotation = new Annotation(sentence);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(coreNlpSentence));
    corenlp.annotate(annotation);

    List<CoreLabel> actual = TaggedTokens.of(sentence);
    kg.tag(actual);

    assertThat(TaggedTokens.tags(actual)).as("CoreNLP's tags").isEqualTo(TaggedTokens.tags(expected));
    return TaggedTokens.tags(actual);
  }
}
