package dev.kg.extract;

import static dev.kg.extract.WrittenTokens.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameEdgesTest {

  @Test
  void shouldDropTheArticleBeforeANameButKeepOneTheNameOwns() {
    // given
    List<Token> article = tokens("said_VBD_O the_DT_O Kremlin_NNP_ORGANIZATION");
    List<Token> own = tokens("talks_NNS_O at_IN_O The_DT_CITY Hague_NNP_CITY");

    // when / then
    assertThat(NameEdges.afterArticles(article, 1, 2)).isEqualTo(2);
    assertThat(NameEdges.afterArticles(own, 2, 3)).isEqualTo(2);
  }

  @Test
  void shouldStartANameAfterTheMarksRunIntoIt() {
    // given a sign-off whose dash the recogniser took into the reporter's name
    List<Token> signOff = tokens("--_:_PERSON Mara_NNP_PERSON Telk_NNP_PERSON ,_,_O Oslo_NNP_CITY newsroom_NN_O");
    List<Token> quoted = tokens("\"_``_ORGANIZATION Brenford_NNP_ORGANIZATION Mills_NNP_ORGANIZATION");

    // when / then
    assertThat(NameEdges.afterMarks(signOff, 0, 2)).isEqualTo(1);
    assertThat(NameEdges.afterMarks(quoted, 0, 2)).isEqualTo(1);
    assertThat(NameEdges.afterMarks(signOff, 4, 4)).isEqualTo(4);
  }

  @Test
  void shouldDropAPossessiveUnlessAnOrganisationsOrAPlacesNameOwnsIt() {
    // given
    List<Token> owner = tokens("Brenford_NNP_ORGANIZATION 's_POS_ORGANIZATION shares_NNS_O fell_VBD_O");
    List<Token> own = tokens("Brenford_NNP_ORGANIZATION 's_POS_ORGANIZATION said_VBD_O");
    List<Token> ground = tokens("play_VB_O at_IN_O Kenwick_NNP_LOCATION 's_POS_LOCATION ,_,_O Leeds_NNP_CITY");
    List<Token> country = tokens("Norland_NNP_COUNTRY 's_POS_COUNTRY exports_NNS_O rose_VBD_O");

    // when / then
    assertThat(NameEdges.beforePossessive(owner, 0, 1, EntityType.ORGANIZATION)).isEqualTo(0);
    assertThat(NameEdges.beforePossessive(own, 0, 1, EntityType.ORGANIZATION)).isEqualTo(1);
    assertThat(NameEdges.beforePossessive(own, 0, 1, EntityType.PERSON)).isEqualTo(0);
    assertThat(NameEdges.beforePossessive(ground, 2, 3, EntityType.LOCATION)).isEqualTo(3);
    assertThat(NameEdges.beforePossessive(country, 0, 1, EntityType.LOCATION)).isEqualTo(0);
  }

  @Test
  void shouldStartAPersonsNameAfterAGluedPossessorACourtesyTitleAndATitleTheDocumentUses() {
    // given
    List<Token> possessor = tokens("Norland_NNP_PERSON 's_POS_PERSON Erik_NNP_PERSON Vahl_NNP_PERSON");
    List<Token> courtesy = tokens("Mr_NNP_PERSON Vahl_NNP_PERSON left_VBD_O");
    List<Token> titled = tokens("Governor_NNP_TITLE Vahl_NNP_PERSON met_VBD_O Governor_NNP_PERSON Osk_NNP_PERSON");
    TitleWords none = TitleWords.in(annotated(courtesy));
    TitleWords governor = TitleWords.in(annotated(titled));

    // when / then
    assertThat(NameEdges.personStart(possessor, 0, 3, none)).isEqualTo(2);
    assertThat(NameEdges.personStart(courtesy, 0, 1, none)).isEqualTo(1);
    assertThat(NameEdges.personStart(titled, 3, 4, governor)).isEqualTo(4);
    assertThat(NameEdges.personStart(titled, 3, 4, none)).isEqualTo(3);
  }

  @Test
  void shouldStartAPersonsNameAtItsGivenNameAfterAPortfolioThatStopsAtAnd() {
    // given
    List<Token> open = tokens("Minister_NNP_TITLE of_IN_O Coastal_NNP_O Waters_NNPS_O and_CC_O"
        + " Fisheries_NNP_PERSON Thomas_NNP_PERSON Vahl_NNP_PERSON");
    List<Token> complete = tokens("Minister_NNP_TITLE of_IN_O Coastal_NNP_O Affairs_NNPS_O"
        + " Thomas_NNP_PERSON Vahl_NNP_PERSON");
    TitleWords none = TitleWords.in(annotated(complete));

    // when / then
    assertThat(NameEdges.personStart(open, 5, 7, none)).isEqualTo(6);
    assertThat(NameEdges.personStart(complete, 4, 5, none)).isEqualTo(4);
  }

  @Test
  void shouldTellASpanOfPronounsAndAQualifiedNoun() {
    // given
    List<Token> tokens = tokens("he_PRP_O said_VBD_O the_DT_O Vahl_NNP_PERSON administration_NN_O");

    // when / then
    assertThat(NameEdges.allPronouns(tokens.subList(0, 1))).isTrue();
    assertThat(NameEdges.allPronouns(tokens.subList(0, 2))).isFalse();
    assertThat(NameEdges.isArticle(tokens.get(2))).isTrue();
    assertThat(NameEdges.qualifiesNoun(tokens, 4)).isTrue();
    assertThat(NameEdges.qualifiesNoun(tokens, 5)).isFalse();
  }

  @Test
  void shouldTakeNoThingNounBeforeANameThatStartsARelativeClauseTheParseMissed() {
    // given "the truck Garvey drove" as CoreNLP parses it, the noun a compound of the name and the verb
    // with no subject, and "the magazine Veja reported", where the name is the verb's subject
    List<Token> relative = tokens("searched_VBD_O the_DT_O truck_NN_O Garvey_NNP_PERSON drove_VBD_O");
    Sentence missed = new Sentence(0, 0, relative.get(4).end(), relative, List.of(
        new Dependency("root", -1, 0), new Dependency("det", 3, 1), new Dependency("compound", 3, 2),
        new Dependency("obj", 0, 3), new Dependency("dep", 0, 4)));
    List<Token> subject = tokens("the_DT_O magazine_NN_O Veja_NNP_PERSON reported_VBD_O");
    Sentence named = new Sentence(0, 0, subject.get(3).end(), subject, List.of(
        new Dependency("det", 2, 0), new Dependency("compound", 2, 1), new Dependency("nsubj", 3, 2),
        new Dependency("root", -1, 3)));

    // when / then
    assertThat(NameEdges.followsThingNoun(missed, 3, 4)).isFalse();
    assertThat(NameEdges.followsThingNoun(named, 2, 3)).isTrue();
  }

  @Test
  void shouldStartAnOrganisationsNameAfterTheCapitalisedCompoundModifierRunIntoIt() {
    // given
    List<Token> based = tokens("St._NNP_ORGANIZATION Louis-based_NNP_ORGANIZATION Harwick_NNP_ORGANIZATION"
        + " Bancorp_NNP_ORGANIZATION Inc._NNP_ORGANIZATION");
    List<Token> owned = tokens("Privately-owned_JJ_ORGANIZATION Bank_NNP_ORGANIZATION Tarvo_NNP_ORGANIZATION");
    List<Token> lowerCase = tokens("the_DT_O Norland_NNP_ORGANIZATION self-rule_NN_ORGANIZATION Authority_NNP_ORGANIZATION");
    List<Token> capitalised = tokens("Rolls-Royce_NNP_ORGANIZATION Motors_NNPS_ORGANIZATION");

    // when / then
    assertThat(NameEdges.afterCompoundModifier(based, 0, 4)).isEqualTo(2);
    assertThat(NameEdges.afterCompoundModifier(owned, 0, 2)).isEqualTo(1);
    assertThat(NameEdges.afterCompoundModifier(lowerCase, 1, 3)).isEqualTo(1);
    assertThat(NameEdges.afterCompoundModifier(capitalised, 0, 1)).isEqualTo(0);
  }

  @Test
  void shouldKeepThePossessiveOfACompanysShortNameWhereItsFullNameWithALegalFormHasIt() {
    // given a company's full name with its "'s" and legal form, and an owner the models ran into a party's name
    List<Token> company = tokens("Corran_NNP_ORGANIZATION 's_POS_ORGANIZATION Foods_NNPS_ORGANIZATION Inc._NNP_ORGANIZATION"
        + " fell_VBD_O");
    List<Token> party = tokens("Norland_NNP_ORGANIZATION 's_POS_ORGANIZATION Labour_NNP_ORGANIZATION Party_NNP_ORGANIZATION"
        + " won_VBD_O");
    List<Token> shortName = tokens("Corran_NNP_PERSON 's_POS_O shares_NNS_O and_CC_O Norland_NNP_COUNTRY 's_POS_O exports_NNS_O");
    AnnotatedText annotated = new AnnotatedText(
        List.of(sentence(0, company), sentence(1, party), sentence(2, shortName)),
        List.of(mention(0, company, 0, 4), mention(1, party, 0, 4)), List.of());

    // when
    var possessives = NameEdges.companyPossessives(annotated);

    // then
    assertThat(possessives).containsExactly(List.of("Corran", "'s"));
    assertThat(NameEdges.beforeCompanyPossessive(shortName, 0, 0, possessives)).isTrue();
    assertThat(NameEdges.beforeCompanyPossessive(shortName, 4, 4, possessives)).isFalse();
  }

  private static Sentence sentence(int index, List<Token> tokens) {
    return new Sentence(index, 0, tokens.get(tokens.size() - 1).end(), tokens, List.of());
  }

  private static AnnotatedText.NamedMention mention(int sentence, List<Token> tokens, int first, int end) {
    return new AnnotatedText.NamedMention(sentence, first, end, tokens.get(first).start(), tokens.get(end - 1).end(),
        "", "ORGANIZATION", null);
  }

  private static AnnotatedText annotated(List<Token> tokens) {
    Sentence sentence = new Sentence(0, 0, tokens.get(tokens.size() - 1).end(), tokens, List.of());
    return new AnnotatedText(List.of(sentence), List.of(), List.of());
  }
}
