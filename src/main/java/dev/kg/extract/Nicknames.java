package dev.kg.extract;

import dev.kg.name.Honorifics;
import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.GivenNames;
import java.util.ArrayList;
import java.util.List;

/** A person's nickname in quotes inside the name, which the models stop at ({@link #joined}). */
final class Nicknames {

  private static final String QUOTES = "\"'`“”‘’«»";
  private static final String DOUBLE_QUOTES = "\"“”«»";
  /** The most words a nickname in quotes has ("Willi", "LA", "Magic Johnson"). */
  private static final int NICKNAME_WORDS = 3;

  private Nicknames() {}

  /**
   * A nickname in quotes between a person's given names and surname is part of the name (`Wilfried
   * "Willi" Schneider`, `Antonio 'LA' Reid`): the models stop at the quotes, so the given names came
   * out as a name of their own or none, and the nickname as a third. The surname must be a person the
   * models found; the given names are the capitalised proper nouns right before the opening quote,
   * from the first that is a given name in CoreNLP's list or part of a person the models found.
   */
  static List<NameCandidate> joined(String text, AnnotatedText annotated, List<NameCandidate> candidates) {
    List<NameCandidate> result = new ArrayList<>(candidates);
    for (NameCandidate surname : candidates) {
      List<Token> tokens = annotated.sentences().get(surname.sentence).tokens();
      int close = surname.tokenStart - 1;
      if (surname.type != EntityType.PERSON || close < 3 || !isQuote(text, tokens.get(close))) {
        continue;
      }
      int open = close - 1;
      while (open > 1 && close - open <= NICKNAME_WORDS && isCapitalised(tokens.get(open))) {
        open--;
      }
      int before = open;
      while (before > 0 && isCapitalisedProperNoun(tokens.get(before - 1))) {
        before--;
      }
      if (open == close - 1 || before == open || !isQuote(text, tokens.get(open))
          || !sameQuote(text, tokens.get(open), tokens.get(close)) || !result.contains(surname)) {
        continue;
      }
      // Titles before the given names ("Senator", "U.S.") are no part of the name.
      int first = before;
      while (first < open && !isGivenName(tokens.get(first), result)) {
        first++;
      }
      int start = first < open ? tokens.get(first).start() : surname.start;
      int givenEnd = open;
      // The models may take a given name for a place ("Antonio"); the nickname and surname say person.
      boolean othersArePersons = result.stream()
          .filter(c -> c.overlaps(start, surname.end))
          .allMatch(c -> c.type == EntityType.PERSON
              || (c.tokenEnd <= givenEnd && GivenNames.shared().contains(c.key.tokens().get(0))));
      if (first == open || !othersArePersons) {
        continue;
      }
      String surface = text.substring(start, surname.end);
      NameCandidate whole = new NameCandidate(
          surname.sentence, first, surname.tokenEnd, start, surname.end, surface, surname.nerTag,
          EntityType.PERSON, surname.placeKind, NameKey.of(surface));
      int at = result.indexOf(result.stream().filter(c -> c.overlaps(start, surname.end)).findFirst().orElseThrow());
      result.removeIf(c -> c.overlaps(start, surname.end));
      result.add(at, whole);
    }
    return result;
  }

  // A given name in CoreNLP's list, or a word of a person the models found.
  private static boolean isGivenName(Token token, List<NameCandidate> candidates) {
    return !Honorifics.isHonorific(token.word())
        && (GivenNames.shared().contains(token.word())
            || candidates.stream().anyMatch(c -> c.type == EntityType.PERSON && c.overlaps(token.start(), token.end())));
  }

  private static boolean isCapitalisedProperNoun(Token token) {
    return token.pos().startsWith("NNP") && isCapitalised(token);
  }

  // A nickname in quotes is capitalised whatever the tagger makes of it ("Jimmy" may be no proper noun).
  private static boolean isCapitalised(Token token) {
    return Character.isUpperCase(token.word().codePointAt(0));
  }

  // The tokeniser writes a quotation mark as `` '' ` ' whatever the text has; the text itself says which.
  private static boolean isQuote(String text, Token token) {
    return token.end() - token.start() == 1 && QUOTES.indexOf(text.charAt(token.start())) >= 0;
  }

  // An opening and a closing mark of one pair: double with double, single with single.
  private static boolean sameQuote(String text, Token open, Token close) {
    return DOUBLE_QUOTES.indexOf(text.charAt(open.start())) >= 0 == DOUBLE_QUOTES.indexOf(text.charAt(close.start())) >= 0;
  }
}
