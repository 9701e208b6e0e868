package dev.kg.extract;

import dev.kg.name.Honorifics;
import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.GivenNames;
import dev.kg.nlp.PlaceGazetteer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the recogniser tagged in one place of a document and left untagged in another: a document
 * uses one name for one thing, so where the recogniser found "Reuters" an organisation once, every
 * other "Reuters" in the document is that organisation too, and an acronym that spells the initials of
 * an organisation or place the document names ("the Workers' Party of Korea ... the WPK") is that one.
 *
 * <p>Only tokens the recogniser left untagged are taken, and only as whole names: a repeat that runs
 * on into further capitalised words ("Clinton" in "Clinton Foundation") is part of another name. An
 * acronym, or a word the document also writes in lower case, that the recogniser tagged fewer times
 * than it left it untagged is no repeat unless the document introduces it ({@link #isUnsureWord}). A
 * headline in title case is the exception ({@link #inHeadline}): there the names are read from the rest
 * of the document whatever the recogniser made of the headline's capitalised words.
 *
 * <pre>{@code
 * List<RepeatedNames.Found> more = RepeatedNames.find(annotated, namesFound);
 * }</pre>
 */
final class RepeatedNames {

  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,6}");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}.*");
  // How the parse joins an acronym to the name it abbreviates: "the Norlake Transport Agency (NTA)" (dep or
  // appos), "Fenwick Holdings Ltd or FHL" (conj:or).
  private static final Set<String> INTRODUCING_RELATIONS = Set.of("appos", "dep", "conj:or");

  /**
   * A name in the document.
   *
   * @param sentence sentence index
   * @param tokenStart first token
   * @param tokenEnd token index just past the name
   * @param type what the name is
   */
  record Found(int sentence, int tokenStart, int tokenEnd, EntityType type) {}

  private RepeatedNames() {}

  /** The untagged repeats and acronyms of {@code names}, the names the recogniser found. */
  static List<Found> find(AnnotatedText annotated, List<Found> names) {
    Map<List<String>, EntityType> typeOfWords = typeOfWords(annotated, names);
    typeOfWords.keySet().removeIf(words -> isUnsureWord(annotated, names, words));
    shortCompanyNames(annotated, names).forEach(words -> typeOfWords.put(words, EntityType.ORGANIZATION));
    List<Found> found = new ArrayList<>();
    for (AnnotatedText.Sentence sentence : annotated.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int start = 0; start < tokens.size(); start++) {
        if (!untagged(tokens.get(start)) || !CAPITALISED.matcher(tokens.get(start).word()).matches()
            || (start > 0 && continuesName(tokens.get(start - 1))) || isModelCode(tokens, start)) {
          continue;
        }
        Found repeat = longestRepeat(sentence, start, typeOfWords, true);
        Found acronym = repeat == null ? acronym(annotated, sentence, start, names) : null;
        Found next = repeat != null ? repeat : acronym;
        if (next != null) {
          found.add(next);
          start = next.tokenEnd() - 1;
        }
      }
    }
    return found;
  }

  /**
   * The surnames written after a courtesy title ("Mr Costello", "Ms Bishop") of the persons {@code names}
   * gives in full ("Peter Costello"). A courtesy title addresses a person by surname ({@link Honorifics}),
   * so the word after it is that person's name even where the models, which read "Mr" as no part of a
   * name, left it untagged, or where CoreNLP's gazetteers, matching words, tagged a surname that is also an
   * office a title ("Bishop", "Major"). The word must be one of the document's persons' last names, so
   * an office a speaker is addressed by ("Mr President") is none; and a whole name, not
   * the first word of one ("Mr Peter Costello" is the models' to tag).
   */
  static List<Found> surnamesAfterHonorifics(AnnotatedText annotated, List<Found> names) {
    Set<String> surnames = new HashSet<>();
    for (Found name : names) {
      List<String> words = words(annotated, name);
      if (name.type() == EntityType.PERSON && words.size() > 1) {
        surnames.add(words.get(words.size() - 1));
      }
    }
    List<Found> found = new ArrayList<>();
    for (AnnotatedText.Sentence sentence : annotated.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int at = 1; at < tokens.size(); at++) {
        Token word = tokens.get(at);
        boolean whole = at + 1 == tokens.size() || !continuesName(tokens.get(at + 1));
        if (Honorifics.isHonorific(tokens.get(at - 1).word()) && surnames.contains(word.word()) && whole
            && (untagged(word) || word.ner().equals("TITLE"))) {
          found.add(new Found(sentence.index(), at, at + 1, EntityType.PERSON));
        }
      }
    }
    return found;
  }

  /**
   * Whether the token is letters in capitals written against a hyphen and a number ("MD-11", "DC-10"): a
   * maker's letters with a model number name an aircraft or a product, not the organisation whose
   * initials the letters are ("McDonnell Douglas ... the MD-11s"), so they are neither its acronym nor
   * a repeat of it. The tokenizer splits such a word at the hyphen; the offsets tell it was one word.
   */
  private static boolean isModelCode(List<Token> tokens, int at) {
    if (at + 2 >= tokens.size() || !ACRONYM.matcher(tokens.get(at).word()).matches()) {
      return false;
    }
    Token hyphen = tokens.get(at + 1);
    Token number = tokens.get(at + 2);
    return hyphen.word().equals("-") && hyphen.start() == tokens.get(at).end() && number.start() == hyphen.end()
        && Character.isDigit(number.word().charAt(0));
  }

  /**
   * The {@code names} written in the first {@code headlineSentences} sentences, a headline in title
   * case ({@link TitleCaseHeadline}): whatever the recogniser tagged there, and wherever a name runs on
   * into further capitalised words, as title case capitalises every word. Longest names first.
   */
  static List<Found> inHeadline(AnnotatedText annotated, int headlineSentences, List<Found> names) {
    Map<List<String>, EntityType> typeOfWords = typeOfWords(annotated, names);
    List<Found> found = new ArrayList<>();
    for (AnnotatedText.Sentence sentence : annotated.sentences().subList(0, headlineSentences)) {
      for (int start = 0; start < sentence.tokens().size(); start++) {
        Found repeat = longestRepeat(sentence, start, typeOfWords, false);
        if (repeat != null) {
          found.add(repeat);
          start = repeat.tokenEnd() - 1;
        }
      }
    }
    return found;
  }

  /** The type of each name's words; a name found with two types is left out. */
  private static Map<List<String>, EntityType> typeOfWords(AnnotatedText annotated, List<Found> names) {
    Map<List<String>, EntityType> typeOfWords = new HashMap<>();
    Set<List<String>> ambiguous = new HashSet<>();
    for (Found name : names) {
      List<String> words = words(annotated, name);
      EntityType known = typeOfWords.putIfAbsent(words, name.type());
      if (known != null && known != name.type()) {
        ambiguous.add(words);
      }
    }
    typeOfWords.keySet().removeAll(ambiguous);
    return typeOfWords;
  }

  /**
   * The short forms of the companies the document names in full. A name ending in a legal form
   * ("Norwest Corp.", "Harwick Aerospace Holdings Inc") is a company's, and once the text has named
   * it, it calls it by the name without that form ("Norwest") or by its first word ("Harwick"), which
   * the models, reading each sentence alone, leave untagged. The first word stands for the company only
   * where no other name of the document starts with it, and it is neither an article, a given name ("Edward D.
   * Jones & Co") nor a place in CoreNLP's gazetteers ("Kansas City Southern Industries Inc"). A short
   * form that is itself a name the models tagged keeps that name's type. ({@link NameClusters} makes a
   * first word the models did tag that company; these are the ones they left untagged.)
   */
  private static Set<List<String>> shortCompanyNames(AnnotatedText annotated, List<Found> names) {
    Set<List<String>> tagged = new HashSet<>();
    for (Found name : names) {
      tagged.add(words(annotated, name));
    }
    Set<List<String>> shortNames = new HashSet<>();
    for (Found name : names) {
      List<String> words = words(annotated, name);
      int core = words.size();
      while (core > 1 && NameKey.isLegalForm(words.get(core - 1))) {
        core--;
      }
      if (name.type() != EntityType.ORGANIZATION || core == words.size()) {
        continue;
      }
      List<String> company = words.subList(0, core);
      shortNames.add(company);
      String first = words.get(0);
      boolean sharedFirstWord = tagged.stream()
          .anyMatch(other -> other.get(0).equals(first) && !startsWith(other, company));
      Token firstToken = annotated.sentences().get(name.sentence()).tokens().get(name.tokenStart());
      if (company.size() > 1 && !sharedFirstWord && CAPITALISED.matcher(first).matches() && !NameEdges.isArticle(firstToken)
          && !GivenNames.shared().contains(first) && !PlaceGazetteer.shared().isPlace(first)) {
        shortNames.add(List.of(first));
      }
    }
    shortNames.removeAll(tagged);
    return shortNames;
  }

  private static boolean startsWith(List<String> words, List<String> prefix) {
    return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
  }

  /**
   * Whether {@code words} are one word the models tagged fewer times than they left it untagged, an
   * acronym or a word the document also writes in lower case, which the document neither spells out
   * nor joins to another name (by apposition, parentheses or "or": "the Norlake Transport Agency
   * (NTA)", "Fenwick Holdings Ltd or FHL"). Acronyms name technologies, standards and measures as often
   * as bodies ("GPRS", "USB", "UTC"), and a word the document uses as an ordinary one ("the best
   * actress") is capitalised where a line or sentence starts with it ("- Best actor - ..."): the models
   * guess from the capitals, so one tag among more untagged mentions is their guess, not the document's
   * word for a body.
   */
  private static boolean isUnsureWord(AnnotatedText annotated, List<Found> names, List<String> words) {
    if (words.size() != 1) {
      return false;
    }
    String word = words.get(0);
    if (!ACRONYM.matcher(word).matches() && !isWrittenInLowerCase(annotated, word)) {
      return false;
    }
    long tagged = names.stream().filter(name -> words(annotated, name).equals(words)).count();
    long untagged = annotated.sentences().stream()
        .flatMap(sentence -> sentence.tokens().stream())
        .filter(token -> token.word().equals(word) && untagged(token))
        .count();
    return tagged < untagged && !isIntroduced(annotated, names, word);
  }

  /** Whether the document also writes {@code word}, which has capitals, all in lower case. */
  private static boolean isWrittenInLowerCase(AnnotatedText annotated, String word) {
    String lowerCase = word.toLowerCase(Locale.ROOT);
    return !lowerCase.equals(word) && annotated.sentences().stream()
        .flatMap(sentence -> sentence.tokens().stream())
        .anyMatch(token -> token.word().equals(lowerCase));
  }

  /** Whether a name spells {@code word} out as an acronym, or the parse joins a mention of it to another name. */
  private static boolean isIntroduced(AnnotatedText annotated, List<Found> names, String word) {
    NameKey key = NameKey.of(word);
    if (names.stream().anyMatch(name -> key.isAcronymOf(String.join(" ", words(annotated, name))))) {
      return true;
    }
    List<Found> others = names.stream().filter(name -> !words(annotated, name).equals(List.of(word))).toList();
    for (AnnotatedText.Sentence sentence : annotated.sentences()) {
      for (AnnotatedText.Dependency edge : sentence.dependencies()) {
        if (edge.governor() >= 0 && INTRODUCING_RELATIONS.contains(edge.relation())
            && (joins(sentence, edge.governor(), edge.dependent(), word, others)
                || joins(sentence, edge.dependent(), edge.governor(), word, others))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether token {@code from} is {@code word} and token {@code to} is inside one of {@code others}. */
  private static boolean joins(AnnotatedText.Sentence sentence, int from, int to, String word, List<Found> others) {
    return sentence.tokens().get(from).word().equals(word)
        && others.stream().anyMatch(name -> name.sentence() == sentence.index()
            && name.tokenStart() <= to && to < name.tokenEnd());
  }

  /**
   * The longest run of tokens from {@code start} that spells a name, in {@code prose} only over
   * untagged tokens and only as a whole name, not one running on into further capitalised words.
   */
  private static Found longestRepeat(
      AnnotatedText.Sentence sentence, int start, Map<List<String>, EntityType> typeOfWords, boolean prose) {
    List<Token> tokens = sentence.tokens();
    Found longest = null;
    List<String> words = new ArrayList<>();
    for (int end = start; end < tokens.size() && (!prose || untagged(tokens.get(end))); end++) {
      words.add(tokens.get(end).word());
      EntityType type = typeOfWords.get(words);
      boolean whole = !prose || end + 1 == tokens.size() || !continuesName(tokens.get(end + 1));
      if (type != null && whole) {
        longest = new Found(sentence.index(), start, end + 1, type);
      }
    }
    return longest;
  }

  /** An all-capitals token that spells the initials of exactly one organisation or place name. */
  private static Found acronym(
      AnnotatedText annotated, AnnotatedText.Sentence sentence, int start, List<Found> names) {
    Token token = sentence.tokens().get(start);
    if (!ACRONYM.matcher(token.word()).matches()
        || (start + 1 < sentence.tokens().size() && continuesName(sentence.tokens().get(start + 1)))) {
      return null;
    }
    NameKey key = NameKey.of(token.word());
    List<EntityType> types = new ArrayList<>();
    List<String> expansions = new ArrayList<>();
    for (Found name : names) {
      String text = String.join(" ", words(annotated, name));
      if (name.type() != EntityType.PERSON && key.isAcronymOf(text)
          && !expansions.contains(text.toLowerCase(Locale.ROOT))) {
        expansions.add(text.toLowerCase(Locale.ROOT));
        types.add(name.type());
      }
    }
    return types.size() == 1 ? new Found(sentence.index(), start, start + 1, types.get(0)) : null;
  }

  private static List<String> words(AnnotatedText annotated, Found name) {
    return annotated.sentences().get(name.sentence()).tokens().subList(name.tokenStart(), name.tokenEnd())
        .stream().map(Token::word).toList();
  }

  private static boolean untagged(Token token) {
    return token.ner().equals("O");
  }

  private static boolean continuesName(Token token) {
    return token.pos().startsWith("NNP") && CAPITALISED.matcher(token.word()).matches();
  }
}
