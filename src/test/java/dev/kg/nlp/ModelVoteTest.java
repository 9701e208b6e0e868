package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Two models' tags voted run by run. No model is loaded: the tokens carry made-up first-model tags
 * and probabilities ({@code word_POS_TAG} with a probability each), the second model's are given.
 */
class ModelVoteTest {

  /** The tags of CoreNLP's 3-class model. */
  private static final Set<String> THREE_CLASS = Set.of("O", "PERSON", "ORGANIZATION", "LOCATION");
  /** A gazetteer that lists no place. */
  private static final Predicate<List<CoreLabel>> NO_PLACES = words -> false;
  /** A gazetteer that lists Kursk alone. */
  private static final Predicate<List<CoreLabel>> KURSK = words -> words.size() == 1 && words.get(0).word().equals("Kursk");

  @Test
  void shouldTakeTheSecondModelsTagsWhereTheFirstIsLessSure() {
    // given: the first model reads a song's title as an organisation, unsure; the second sees no name
    List<CoreLabel> tokens = tokens("Presley_NNP_PERSON recorded_VBD_O Mess_NN_ORGANIZATION of_IN_ORGANIZATION Blues_NNPS_ORGANIZATION",
        0.99, 0.99, 0.55, 0.50, 0.60);

    // when
    ModelVote.decide(tokens, tags("PERSON O O O O"), new double[] {0.98, 0.99, 0.80, 0.85, 0.70}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("Presley/PERSON recorded/O Mess/O of/O Blues/O");
    assertThat(tokens.get(2).get(CoreAnnotations.NamedEntityTagProbsAnnotation.class)).isEqualTo(Map.of("O", 0.80));
    assertThat(tokens.get(2).get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class)).isEqualTo("O");
  }

  @Test
  void shouldKeepTheFirstModelsTagsWhereItIsSurerByMoreThanTheMargin() {
    // given: a place the first model is sure of and the second calls an organisation, less sure
    List<CoreLabel> tokens = tokens("in_IN_O Kingston_NNP_LOCATION ,_,_O Jamaica_NNP_LOCATION", 0.99, 0.95, 0.99, 0.99);

    // when
    ModelVote.decide(tokens, tags("O ORGANIZATION O LOCATION"), new double[] {0.99, 0.80, 0.99, 0.99}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("in/O Kingston/LOCATION ,/O Jamaica/LOCATION");
  }

  @Test
  void shouldTakeTheSecondModelsTagsWhereTheFirstIsSurerByLessThanTheMargin() {
    // given: the first model is surer, but by 0.02 only
    List<CoreLabel> tokens = tokens("Carey_NNP_ORGANIZATION said_VBD_O", 0.90, 0.99);

    // when
    ModelVote.decide(tokens, tags("PERSON O"), new double[] {0.88, 0.99}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("Carey/PERSON said/O");
  }

  @Test
  void shouldNeedALargerMarginForAPersonTheSecondModelReadsAsAPlaceOrNoName() {
    // given: the first model reads an unfamiliar town as a person, surer by 0.15; the second sees a place
    List<CoreLabel> tokens = tokens("Leonessa_NNP_PERSON is_VBZ_O a_DT_O town_NN_O", 0.80, 0.99, 0.99, 0.99);

    // when
    ModelVote.decide(tokens, tags("LOCATION O O O"), new double[] {0.65, 0.99, 0.99, 0.99}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("Leonessa/LOCATION is/O a/O town/O");
  }

  @Test
  void shouldKeepALonePersonThatStartsWithAGivenNameByTheUsualMargin() {
    // given: the same margin, but the name starts with a given name in CoreNLP's list
    List<CoreLabel> tokens = tokens("Sarah_NNP_PERSON Kahn_NNP_PERSON said_VBD_O", 0.80, 0.80, 0.99);

    // when
    ModelVote.decide(tokens, tags("O O O"), new double[] {0.65, 0.65, 0.99}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("Sarah/PERSON Kahn/PERSON said/O");
  }

  @Test
  void shouldVoteOnTheWholeRunEitherModelTagsAName() {
    // given: the models cut a name differently; the run is every word either tags, voted as one
    List<CoreLabel> tokens = tokens(
        "the_DT_O Latin_NNP_MISC American_NNP_MISC School_NNP_O of_IN_O Medicine_NNP_ORGANIZATION opened_VBD_O",
        0.99, 0.60, 0.60, 0.50, 0.50, 0.50, 0.99);

    // when
    ModelVote.decide(tokens, tags("O ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION ORGANIZATION O"),
        new double[] {0.99, 0.90, 0.90, 0.90, 0.90, 0.90, 0.99}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo(
        "the/O Latin/ORGANIZATION American/ORGANIZATION School/ORGANIZATION of/ORGANIZATION Medicine/ORGANIZATION opened/O");
  }

  @Test
  void shouldLeaveDatesAndNumbersTheFirstPassFound() {
    // given: SUTime's date, which the second model reads as part of a name
    List<CoreLabel> tokens = tokens("on_IN_O May_NNP_DATE 5_CD_DATE", 0.99, -1, -1);

    // when
    ModelVote.decide(tokens, tags("O PERSON O"), new double[] {0.99, 0.90, 0.99}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("on/O May/DATE 5/DATE");
  }

  @Test
  void shouldTakeTheSecondModelsNameOverANumberWrittenWithACapital() {
    // given: the numeric classifiers read a rapper's stage name as money before the second model votes
    List<CoreLabel> tokens = tokens("the_DT_O rapper_NN_O 50_CD_MONEY Cent_NNP_MONEY sang_VBD_O", 0.99, 0.99, -1, -1, 0.99);

    // when
    ModelVote.decide(tokens, tags("O O PERSON PERSON O"), new double[] {0.99, 0.99, 0.90, 0.90, 0.99}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("the/O rapper/O 50/PERSON Cent/PERSON sang/O");
  }

  @Test
  void shouldLeaveANumberWrittenInLowerCase() {
    // given: money in running text, which the second model reads as a name
    List<CoreLabel> tokens = tokens("it_PRP_O cost_VBD_O 50_CD_MONEY cents_NNS_MONEY", 0.99, 0.99, -1, -1);

    // when
    ModelVote.decide(tokens, tags("O O PERSON PERSON"), new double[] {0.99, 0.99, 0.90, 0.90}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("it/O cost/O 50/MONEY cents/MONEY");
  }

  @Test
  void shouldLeaveACapitalisedNumberThatStartsTheSentence() {
    // given: a sentence's first word is capitalised whatever it is
    List<CoreLabel> tokens = tokens("Five_CD_NUMBER voters_NNS_O left_VBD_O", -1, 0.99, 0.99);

    // when
    ModelVote.decide(tokens, tags("PERSON O O"), new double[] {0.90, 0.99, 0.99}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("Five/NUMBER voters/O left/O");
  }

  @Test
  void shouldKeepTheFirstModelsMiscWhereTheSecondSeesNoName() {
    // given: the 3-class model has no MISC, so its sure "no name" says nothing about a nationality
    List<CoreLabel> tokens = tokens("a_DT_O Norwegian_JJ_MISC politician_NN_O", 0.99, 0.80, 0.99);

    // when
    ModelVote.decide(tokens, tags("O O O"), new double[] {0.99, 0.99, 0.99}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("a/O Norwegian/MISC politician/O");
  }

  @Test
  void shouldVoteOnAMiscNameTheSecondModelReadsAsAnotherName() {
    // given
    List<CoreLabel> tokens = tokens("the_DT_O Sundance_NNP_MISC Institute_NNP_MISC", 0.99, 0.60, 0.60);

    // when
    ModelVote.decide(tokens, tags("O ORGANIZATION ORGANIZATION"), new double[] {0.99, 0.90, 0.90}, THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("the/O Sundance/ORGANIZATION Institute/ORGANIZATION");
  }

  @Test
  void shouldKeepAPlaceTheGazetteersListAfterInWhereTheSecondModelSeesNoName() {
    // given: the first model's town after "in", unsure; the second model sees no name there
    List<CoreLabel> tokens = tokens("fighting_VBG_O in_IN_O Kursk_NNP_LOCATION", 0.99, 0.99, 0.60);

    // when
    ModelVote.decide(tokens, tags("O O O"), new double[] {0.99, 0.99, 0.90}, THREE_CLASS, KURSK);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("fighting/O in/O Kursk/LOCATION");
  }

  @Test
  void shouldNotKeepAListedPlaceWithoutThePreposition() {
    // given: the same town as a sentence's subject, where the first model may have read a club or a ship
    List<CoreLabel> tokens = tokens("Kursk_NNP_LOCATION sank_VBD_O", 0.60, 0.99);

    // when
    ModelVote.decide(tokens, tags("O O"), new double[] {0.90, 0.99}, THREE_CLASS, KURSK);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("Kursk/O sank/O");
  }

  @Test
  void shouldTakeTheSecondModelsOrganisationWhereTheFirstModelsPlaceIsTheSubjectOfAVerb() {
    // given: the first model is sure of a place, the second reads an organisation, less sure
    List<CoreLabel> tokens = tokens("the_DT_O Granite_NNP_LOCATION Hall_NNP_LOCATION later_RB_O denied_VBD_O it_PRP_O",
        0.99, 0.99, 0.99, 0.99, 0.99, 0.99);

    // when
    ModelVote.decide(tokens, tags("O ORGANIZATION ORGANIZATION O O O"), new double[] {0.99, 0.60, 0.60, 0.99, 0.99, 0.99},
        THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("the/O Granite/ORGANIZATION Hall/ORGANIZATION later/O denied/O it/O");
  }

  @Test
  void shouldKeepTheFirstModelsPlaceThatIsNoSubject() {
    // given: the same name where something happens, not acting
    List<CoreLabel> tokens = tokens("lunch_NN_O at_IN_O Granite_NNP_LOCATION Hall_NNP_LOCATION ._._O", 0.99, 0.99, 0.99, 0.99, 0.99);

    // when
    ModelVote.decide(tokens, tags("O O ORGANIZATION ORGANIZATION O"), new double[] {0.99, 0.99, 0.60, 0.60, 0.99},
        THREE_CLASS, NO_PLACES);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("lunch/O at/O Granite/LOCATION Hall/LOCATION ./O");
  }

  @Test
  void shouldKeepTheFirstModelsPlaceThatTheGazetteersListAsTheSubjectOfAVerb() {
    // given: a listed town acting as the subject, which the second model reads as an organisation
    List<CoreLabel> tokens = tokens("Kursk_NNP_LOCATION voted_VBD_O", 0.99, 0.99);

    // when
    ModelVote.decide(tokens, tags("ORGANIZATION O"), new double[] {0.60, 0.99}, THREE_CLASS, KURSK);

    // then
    assertThat(TaggedTokens.tags(tokens)).isEqualTo("Kursk/LOCATION voted/O");
  }

  private static List<CoreLabel> tokens(String sentence, double... probabilities) {
    List<CoreLabel> tokens = TaggedTokens.of(sentence);
    for (int t = 0; t < tokens.size(); t++) {
      tokens.get(t).set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, Map.of(tokens.get(t).ner(), probabilities[t]));
    }
    return tokens;
  }

  private static String[] tags(String tags) {
    return tags.split(" ");
  }
}
