package dev.kg.extract;

import dev.kg.name.Honorifics;
import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.GivenNames;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a name starts and ends inside the mention the recogniser tagged: the articles, possessives,
 * titles and words glued on before a person's name that it took into the mention are no part of it.
 */
final class NameEdges {

  private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");
  private static final Set<String> POSSESSIVE_WORDS = Set.of("'s", "’s", "'", "’");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Pattern NOUN_PHRASE_START = Pattern.compile("NN.*|JJ.*|CD|VBG|VBN|DT|PRP\\$");
  // The lower-case words a person's name holds ("Pieter de Vries", "Ludwig van Aalst").
  static final Set<String> NAME_PARTICLES =
      Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter",
          "la", "le", "al", "el", "bin", "ibn", "ben", "y", "zu");
  // The words between an office's title and its holder's name besides its capitalised portfolio.
  private static final Set<String> PORTFOLIO_WORDS = Set.of("of", "for", "and", "&");

  // A capitalised word that ends in a hyphen and lower-case letters ("Louis-based", "Privately-owned"): a
  // compound modifier ("self-rule", in lower case, may be a word of the name: "the Palestinian self-rule Authority").
  private static final Pattern COMPOUND_MODIFIER = Pattern.compile("\\p{Lu}.*-\\p{Ll}+");

  private NameEdges() {}

  /**
   * The first word of the organisation's or place's name in tokens {@code [first, last]}: after the
   * compound modifier the recogniser ran into it ("St. Louis-based Harwick Bancorp Inc.",
   * "Privately-owned Bank Duta"). A name's words are capitalised after a hyphen too ("Rolls-Royce",
   * "Mercedes-Benz"); a word ending in a hyphen and a lower-case word describes the name that follows.
   */
  static int afterCompoundModifier(List<Token> tokens, int first, int last) {
    int start = first;
    for (int i = first; i < last; i++) {
      if (COMPOUND_MODIFIER.matcher(tokens.get(i).word()).matches()) {
        start = i + 1;
      }
    }
    return start;
  }

  /**
   * The first word of the name in tokens {@code [first, last]}: after the marks with no letter or digit
   * the recogniser ran into it, such as the dash that opens a reporter's sign-off ("-- Amra Kevic,
   * Belgrade newsroom"). A name starts with a word: of the 29,441 names CoNLL's training and validation
   * sets annotate, 3 start with a mark (two with a bracketed given name, "( Tom ) Seaver").
   */
  static int afterMarks(List<Token> tokens, int first, int last) {
    while (first <= last && tokens.get(first).word().codePoints().noneMatch(Character::isLetterOrDigit)) {
      first++;
    }
    return first;
  }

  /**
   * The first word of the name in tokens {@code [first, last]}: after its articles, unless one is the
   * name's own.
   */
  static int afterArticles(List<Token> tokens, int first, int last) {
    while (first <= last && isArticle(tokens.get(first)) && !isNamesOwnArticle(tokens, first)) {
      first++;
    }
    return first;
  }

  /**
   * The last word of the name in tokens {@code [first, last]}: before its possessives, unless an
   * organisation's or a place's name owns its "'s" ("Moody's said", "at Lord's,", "St John's").
   */
  static int beforePossessive(List<Token> tokens, int first, int last, EntityType type) {
    while (last >= first && POSSESSIVE_WORDS.contains(tokens.get(last).word())
        && !(type != EntityType.PERSON && possessesNothing(tokens, last + 1))) {
      last--;
    }
    return last;
  }

  /**
   * The words up to and including the "'s" inside each company's name the recogniser tagged
   * ("Harwick 's Foods Inc." gives "Harwick 's"): the company's short name, which keeps the "'s" as
   * its full name does ("Harwick 's said", "Harwick 's shares"). Only a name ending in a legal form is
   * read, as only it is surely one company's: the recogniser also runs an owner into a name ("Britain
   * 's Labour Party").
   */
  static Set<List<String>> companyPossessives(AnnotatedText annotated) {
    Set<List<String>> starts = new HashSet<>();
    for (AnnotatedText.NamedMention mention : annotated.entityMentions()) {
      List<String> words = annotated.sentences().get(mention.sentence()).tokens()
          .subList(mention.tokenStart(), mention.tokenEnd()).stream().map(Token::word).toList();
      if (!mention.ner().equals("ORGANIZATION") || !NameKey.isLegalForm(words.get(words.size() - 1))) {
        continue;
      }
      for (int i = 1; i < words.size() - 1; i++) {
        if (POSSESSIVE_WORDS.contains(words.get(i))) {
          starts.add(words.subList(0, i + 1));
        }
      }
    }
    return starts;
  }

  /**
   * Whether the name in tokens {@code [first, last]} and the "'s" after it begin a company's name the
   * document gives ({@link #companyPossessives}): the "'s" is then the name's own.
   */
  static boolean beforeCompanyPossessive(List<Token> tokens, int first, int last, Set<List<String>> companyPossessives) {
    return last + 1 < tokens.size() && POSSESSIVE_WORDS.contains(tokens.get(last + 1).word())
        && companyPossessives.contains(tokens.subList(first, last + 2).stream().map(Token::word).toList());
  }

  /**
   * Where a person's name in tokens {@code [first, last]} starts: after words glued on before it, an
   * open portfolio, honorifics and title words.
   */
  static int personStart(List<Token> tokens, int first, int last, TitleWords titleWords) {
    int start = afterPortfolio(tokens, afterGluedWords(tokens, first, last), last);
    while (start < last
        && (Honorifics.isHonorific(tokens.get(start).word()) || titleWords.startsName(tokens.get(start)))) {
      start++;
    }
    return start;
  }

  /**
   * Where a person's name really starts: after the last possessive or free-standing all-lowercase
   * word (other than a particle such as "de" or "bin") inside the span. A recogniser sometimes glues
   * site chrome or a possessor to the name that follows ("Skip to main content Vladimir Putin",
   * "Russia's Vladimir Putin"); a person's name holds no such word, though the lowercase part of a
   * hyphenated one ("Jong-un") is no free-standing word. Organisation names keep their "of" and "and".
   */
  private static int afterGluedWords(List<Token> tokens, int first, int last) {
    for (int i = last; i > first; i--) {
      Token token = tokens.get(i);
      String word = token.word();
      boolean freeStanding = tokens.get(i - 1).end() < token.start();
      boolean lowercase =
          word.codePoints().anyMatch(Character::isLetter) && word.codePoints().noneMatch(Character::isUpperCase);
      if (POSSESSIVE_WORDS.contains(word) || (freeStanding && lowercase && !NAME_PARTICLES.contains(word))) {
        return i + 1;
      }
    }
    return first;
  }

  /**
   * Where a person's name starts when the recogniser ran the portfolio of the office before it into
   * the name ("Minister of Natural Resources and Ecology Alexander Kozlov"): a title's portfolio that
   * stops at "and" or "of" goes on into the next words, so the name starts at its first word that
   * CoreNLP's list of given names knows, when the words before it are none. A name with no known given
   * name is left whole, as is one after a complete portfolio ("Minister of Foreign Affairs Choe Son Hui").
   */
  private static int afterPortfolio(List<Token> tokens, int first, int last) {
    if (!followsOpenPortfolio(tokens, first) || GivenNames.shared().contains(tokens.get(first).word())) {
      return first;
    }
    for (int i = first + 1; i < last; i++) {
      if (GivenNames.shared().contains(tokens.get(i).word())) {
        return i;
      }
    }
    return first;
  }

  /**
   * Whether the words before {@code first} are a title, "of" or "for", and capitalised words, ending
   * in a word that cannot end it ("Minister of Natural Resources and").
   */
  private static boolean followsOpenPortfolio(List<Token> tokens, int first) {
    if (first == 0 || !PORTFOLIO_WORDS.contains(tokens.get(first - 1).word())) {
      return false;
    }
    boolean of = false;
    for (int i = first - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.ner().equals("TITLE")) {
        return of;
      }
      of |= token.word().equals("of") || token.word().equals("for");
      if (!PORTFOLIO_WORDS.contains(token.word()) && !Character.isUpperCase(token.word().codePointAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the token at {@code next} is a common noun in lower case that a name before it qualifies. */
  static boolean qualifiesNoun(List<Token> tokens, int next) {
    return next < tokens.size()
        && tokens.get(next).pos().startsWith("NN")
        && !tokens.get(next).pos().startsWith("NNP")
        && Character.isLowerCase(tokens.get(next).word().codePointAt(0));
  }

  /**
   * Whether an article, any adjectives and then a common noun CoreNLP's animacy lists give as a thing
   * only stand right before the name at tokens {@code [first, end)}, the parse joining the noun to the
   * name as a compound or in apposition: "the magazine Veja", "the online bank Cahoot" name a
   * magazine and a bank. The noun must be the name's: in "after the match Federer said" it is not, nor
   * in a relative clause without "that" whose subject the name is, where a finite verb follows the name
   * and the parse gives it no subject ("the car Oswald drove", "the seat Bork had been up for": the
   * parse makes the noun a compound of the name and leaves the verb hanging).
   */
  static boolean followsThingNoun(Sentence sentence, int first, int end) {
    List<Token> tokens = sentence.tokens();
    int noun = first - 1;
    if (noun < 1 || startsRelativeClause(sentence, end) || !DependencyIndex.isCommonNoun(tokens.get(noun))
        || !Character.isLowerCase(tokens.get(noun).word().codePointAt(0))
        || !Animacy.coreNlp().isInanimate(DependencyIndex.lemma(tokens.get(noun)))) {
      return false;
    }
    int before = noun - 1;
    while (before >= 0 && tokens.get(before).pos().startsWith("JJ")) {
      before--;
    }
    if (before < 0 || !ARTICLES.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency edge : sentence.dependencies()) {
      boolean nameGoverns = edge.governor() >= first && edge.governor() < end && edge.dependent() == noun;
      boolean nounGoverns = edge.governor() == noun && edge.dependent() >= first && edge.dependent() < end;
      if ((nameGoverns && (edge.relation().equals("compound") || edge.relation().equals("appos")))
          || (nounGoverns && edge.relation().equals("appos"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token at {@code next}, right after a name, is a finite verb with no subject in the
   * parse: the name is that verb's subject in a relative clause the parser did not see.
   */
  private static boolean startsRelativeClause(Sentence sentence, int next) {
    return next < sentence.tokens().size()
        && DependencyIndex.isFiniteVerb(sentence.tokens().get(next))
        && sentence.dependencies().stream()
            .noneMatch(edge -> edge.governor() == next && edge.relation().startsWith("nsubj"));
  }

  static boolean isArticle(Token token) {
    return token.word().equalsIgnoreCase("the");
  }

  /**
   * Whether no noun phrase starts at {@code next}, so that an "'s" before it that the recogniser
   * took into an organisation's or a place's name is the name's own ("Moody's said", "at McDonald's.",
   * "at Lord's,"), not a possessive ("Google's shares", "Britain's economy").
   */
  private static boolean possessesNothing(List<Token> tokens, int next) {
    return next >= tokens.size() || !NOUN_PHRASE_START.matcher(tokens.get(next).pos()).matches();
  }

  /**
   * Whether the article at {@code index} is part of the name: "The" capitalised after a word or a
   * comma, where nothing but the name asks for a capital ("at The Hague", "said The Times").
   */
  private static boolean isNamesOwnArticle(List<Token> tokens, int index) {
    if (index == 0 || !tokens.get(index).word().equals("The")) {
      return false;
    }
    String previous = tokens.get(index - 1).word();
    return previous.equals(",") || previous.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  static boolean allPronouns(List<Token> tokens) {
    return tokens.stream().allMatch(t -> PRONOUN_TAGS.contains(t.pos()));
  }
}
