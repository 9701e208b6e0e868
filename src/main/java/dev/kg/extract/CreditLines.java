package dev.kg.extract;

import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.PlaceGazetteer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credit line of a monitored broadcast or press report names the outlet after the city it reports
 * from ("Prague CTK in English 0604 GMT 22 Jun 94", "Havana Radio Reloj Network in Spanish 1402 GMT",
 * "Moscow IZVESTIYA" alone on its line), and NER reads city and outlet as one name. A name is such a
 * line's when it is followed by "in", a language and a number (the time), or
 * when it fills its line after nothing but wire-service reference codes ("AU2206082794") and the
 * outlet is written in capitals or has two words or more after a first word CoreNLP's gazetteer lists
 * as a city ("Riga Radio Riga Network" alone: the outlet's line under the credit line proper). The
 * city is the words before the outlet's capitals ("Mexico City LA JORNADA"), or else the first word
 * ("Havana Radio Reloj Network"). Where NER tagged the city alone
 * and left the outlet untagged ("Moscow PRAVDA"), the outlet is the proper nouns after the city
 * ({@link #outletAfter}). Where NER ran the report's
 * headline into the name, the line starts after the reference code ("Loei Opium Eradication
 * Incomplete 94WD0125D Bangkok DAO SIAM in Thai").
 *
 * <pre>{@code
 * CreditLines.of(tokens, first, end); // Optional[Line[city=1, outlet=2]] for "Prague CTK" at tokens 1-2 above
 * }</pre>
 */
public final class CreditLines {

  /** A reference code: capitals and digits, with both ("AU2206082794", "94WD0125D"). */
  private static final Pattern REFERENCE = Pattern.compile("(?=.*\\d)(?=.*\\p{Lu})[\\p{Lu}\\d]+");
  /** A word in capitals ("CTK", "AL-AHALI", "UT-1", "O"). */
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}\\d.'-]*");

  /**
   * How NER tags a language: as its nationality ("in Spanish"), a miscellaneous name ("in Arabic") or
   * not at all ("in Serbo-Croatian"); never as a date ("in December 1985").
   */
  private static final Set<String> LANGUAGE_TAGS = Set.of("NATIONALITY", "MISC", "O");

  private CreditLines() {}

  /**
   * A credit line's city and outlet.
   *
   * @param city the city's first token
   * @param outlet the outlet's first token; the outlet ends where the name does
   */
  record Line(int city, int outlet) {}

  /** The city and outlet of the name of tokens {@code [first, end)}, when it is a credit line's; empty otherwise. */
  static Optional<Line> of(List<Token> tokens, int first, int end) {
    int city = first;
    for (int i = first; i < end; i++) {
      if (isReference(tokens.get(i))) {
        city = i + 1;
      }
    }
    if (end - city < 2 || isCapitals(tokens.get(city))) {
      return Optional.empty();
    }
    int capitals = city + 1;
    while (capitals < end && !isCapitals(tokens.get(capitals))) {
      capitals++;
    }
    boolean capitalOutlet = capitals < end && tokens.subList(capitals, end).stream().allMatch(CreditLines::isCapitals);
    if (isFollowedByLanguageAndTime(tokens, end) || (capitalOutlet && fillsLine(tokens, first, end))) {
      return Optional.of(new Line(city, capitalOutlet ? capitals : city + 1));
    }
    if (end - city > 2 && fillsLine(tokens, first, end) && PlaceGazetteer.shared().isCity(tokens.get(city).word())) {
      // A city and one word alone, "Boston Globe", is a newspaper's own name rather: every outlet line
      // of CoNLL04's train and dev splits has two words of outlet or more.
      return Optional.of(new Line(city, city + 1));
    }
    return Optional.empty();
  }

  /**
   * Where the outlet NER left untagged, or tagged only in part, after the city of tokens {@code [first,
   * end)} ends ("Moscow PRAVDA", "London Kanal-6 Television" on a line of their own, "Moscow ITAR-TASS
   * in English 1654 GMT", "Tokyo YOMIURI SHIMBUN" with "YOMIURI" alone an organisation): the proper
   * nouns up to the end of the line or to "in", a language and a number; empty when the city is no
   * credit line's. After a city not written in capitals, every word in capitals counts whatever NER
   * made of it ("Bangkok THE NATION", "Madras THE HINDU in English 7 May 94", "HINDU" a religion to
   * NER), as NER's models read words in capitals badly and the outlet's capitals set it off from the
   * city.
   */
  static OptionalInt outletAfter(List<Token> tokens, int first, int end) {
    boolean capitalOutlet = !isCapitals(tokens.get(first));
    int stop = end;
    while (stop < tokens.size() && (isUntaggedProperNoun(tokens.get(stop)) || (capitalOutlet && isCapitals(tokens.get(stop))))) {
      stop++;
    }
    if (stop == end || !(isFollowedByLanguageAndTime(tokens, stop) || fillsLine(tokens, first, stop))) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(stop);
  }

  /**
   * Whether tokens {@code [first, end)}, a city and an outlet, are laid out as a credit line: alone on
   * their line after reference codes, or followed by "in", a language and a number (the time).
   */
  public static boolean isLine(List<Token> tokens, int first, int end) {
    return isFollowedByLanguageAndTime(tokens, end) || fillsLine(tokens, first, end);
  }

  private static boolean isFollowedByLanguageAndTime(List<Token> tokens, int end) {
    return end + 2 < tokens.size()
        && tokens.get(end).word().equals("in")
        && Character.isUpperCase(tokens.get(end + 1).word().charAt(0))
        && LANGUAGE_TAGS.contains(tokens.get(end + 1).ner())
        && tokens.get(end + 2).pos().equals("CD");
  }

  private static boolean fillsLine(List<Token> tokens, int first, int end) {
    return end == tokens.size()
        && tokens.subList(0, first).stream().allMatch(CreditLines::isReference);
  }

  private static boolean isUntaggedProperNoun(Token token) {
    return token.pos().startsWith("NNP") && token.ner().equals("O");
  }

  private static boolean isReference(Token token) {
    return REFERENCE.matcher(token.word()).matches();
  }

  private static boolean isCapitals(Token token) {
    return CAPITALS.matcher(token.word()).matches() && token.word().chars().anyMatch(Character::isLetter);
  }
}
