package dev.kg.extract;

import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.PlaceGazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names of sides that a country's name is given to: clubs and racing teams ("Alba", "Monaco",
 * "Jordan"), which the models type organisations where CoreNLP's gazetteers list a country. The
 * sentence says which it is where it writes a country apart from the name, as a line of results or a
 * list of players does: "Alba ( Germany )", "Alba of Germany" (the side and its country), "Martin
 * Brundle ( Britain ) Jordan" (a driver, his country and his team), or where the name stands in
 * parentheses among parenthesised names the models typed organisations that are no country ("Enzo
 * Scifo ( Monaco ) , James Debbah ( Nice )": each player's club). Read from the tokens alone, so that
 * the tagger, which does not parse, reads it too.
 */
final class CountrySides {

  // The longest country's name read inside parentheses or after "of" ("Bosnia and Herzegovina" is 3).
  private static final int LONGEST_COUNTRY = 4;

  private CountrySides() {}

  /**
   * Whether the name at tokens {@code [first, end)}, which CoreNLP's gazetteers list as a country,
   * is written as a side named after one: another country written beside it, or parenthesised among
   * organisations.
   */
  static boolean isSide(List<Token> tokens, int first, int end) {
    String name = words(tokens, first, end);
    return isOtherCountry(tokens, afterOpening(tokens, end), name)
        || (end < tokens.size() && tokens.get(end).word().equals("of") && isOtherCountry(tokens, end + 1, name))
        || isOtherCountry(tokens, parenthesisBefore(tokens, first), name)
        || amongParenthesisedOrganisations(tokens, first, end);
  }

  /** Whether a country other than {@code name} is written from token {@code from} (none if {@code from} is negative). */
  private static boolean isOtherCountry(List<Token> tokens, int from, String name) {
    if (from < 0) {
      return false;
    }
    for (int end = from + 1; end <= Math.min(tokens.size(), from + LONGEST_COUNTRY); end++) {
      String words = words(tokens, from, end);
      if (!words.equalsIgnoreCase(name) && PlaceGazetteer.shared().isCountry(words)
          && (end == tokens.size() || !isCapitalised(tokens.get(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The first token inside a parenthesis opened at {@code at}, or -1 where none opens there. */
  private static int afterOpening(List<Token> tokens, int at) {
    return at + 1 < tokens.size() && tokens.get(at).word().equals("(") ? at + 1 : -1;
  }

  /** The first token inside a parenthesis closed right before {@code first}, or -1 where none closes there. */
  private static int parenthesisBefore(List<Token> tokens, int first) {
    if (first < 1 || !tokens.get(first - 1).word().equals(")")) {
      return -1;
    }
    for (int i = first - 2; i >= 0 && first - 2 - i < LONGEST_COUNTRY; i--) {
      if (tokens.get(i).word().equals("(")) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Whether the name is the whole of a parenthesis and more of the sentence's other parenthesised
   * names are organisations the gazetteers list as no country than are countries.
   */
  private static boolean amongParenthesisedOrganisations(List<Token> tokens, int first, int end) {
    if (first < 1 || end >= tokens.size() || !tokens.get(first - 1).word().equals("(")
        || !tokens.get(end).word().equals(")")) {
      return false;
    }
    int organisations = 0;
    int countries = 0;
    for (int[] inside : parenthesised(tokens)) {
      if (inside[0] == first) {
        continue;
      }
      String words = words(tokens, inside[0], inside[1]);
      if (PlaceGazetteer.shared().isCountry(words)) {
        countries++;
      } else if (tokens.subList(inside[0], inside[1]).stream().allMatch(t -> t.ner().equals("ORGANIZATION"))) {
        organisations++;
      }
    }
    return organisations > countries;
  }

  /** The token ranges {@code [start, end)} of the sentence's parentheses that hold capitalised words only. */
  private static List<int[]> parenthesised(List<Token> tokens) {
    List<int[]> ranges = new ArrayList<>();
    for (int open = 0; open < tokens.size(); open++) {
      if (!tokens.get(open).word().equals("(")) {
        continue;
      }
      int close = open + 1;
      while (close < tokens.size() && close - open <= LONGEST_COUNTRY && isCapitalised(tokens.get(close))) {
        close++;
      }
      if (close > open + 1 && close < tokens.size() && tokens.get(close).word().equals(")")) {
        ranges.add(new int[] {open + 1, close});
      }
    }
    return ranges;
  }

  private static boolean isCapitalised(Token token) {
    return Character.isUpperCase(token.word().codePointAt(0));
  }

  private static String words(List<Token> tokens, int from, int end) {
    return tokens.subList(from, end).stream().map(Token::word).collect(Collectors.joining(" "));
  }
}
