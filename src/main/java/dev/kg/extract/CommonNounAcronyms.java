package dev.kg.extract;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an acronym in parentheses abbreviates the lower-case phrase before it: "an intercontinental
 * ballistic missile (ICBM)", "weapons of mass destruction (WMD)", "gross domestic product (GDP)". Such an
 * acronym names a thing of a common noun, not an organisation, whatever the recogniser tagged it; an
 * acronym after a capitalised name ("the Korean Central News Agency (KCNA)") is left to the name. An
 * acronym a document defines so names no entity anywhere in that document, and neither does an
 * acronym in the plural ("PVRs"), which counts such things.
 *
 * <p>The phrase is found the way Schwartz and Hearst's abbreviation finder finds a long form: reading
 * the acronym's letters from the last, each in order further back in the phrase, the first at the
 * start of a word; here, besides, every content word of the phrase gives a letter, so that "talks with
 * the union (UN)" abbreviates nothing.
 *
 * <pre>{@code
 * // "North Korea tested an intercontinental ballistic missile (ICBM). The ICBM flew ..."
 * CommonNounAcronyms.in(annotated); // [ICBM]
 * }</pre>
 */
final class CommonNounAcronyms {

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,7}s?");
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("[\\p{Ll}][\\p{Ll}'-]*|-");
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "for", "the", "in", "on", "to", "-", "&");

  private CommonNounAcronyms() {}

  /** The acronyms {@code annotated} defines as abbreviations of lower-case phrases. */
  static Set<String> in(AnnotatedText annotated) {
    Set<String> acronyms = new HashSet<>();
    for (AnnotatedText.Sentence sentence : annotated.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (abbreviatesPhraseBefore(tokens, i)) {
          acronyms.add(tokens.get(i).word());
        }
      }
    }
    return acronyms;
  }

  /**
   * Whether {@code name} is an acronym in the plural ("PVRs record programmes", "demand for PVRs"): it
   * counts things of a common noun, as no name of a person, organisation or place does. CoNLL-2003
   * annotates none so ("ADRs" is MISC, "MPs" no name), and the CoNLL model reads one as an organisation.
   */
  static boolean isPlural(String name) {
    return name.endsWith("s") && ACRONYM.matcher(name).matches();
  }

  /** Whether the token at {@code index}, alone between parentheses, abbreviates the phrase before them. */
  private static boolean abbreviatesPhraseBefore(List<Token> tokens, int index) {
    if (index < 2 || index + 1 >= tokens.size() || !Parentheses.opens(tokens.get(index - 1)) || !Parentheses.closes(tokens.get(index + 1))
        || !ACRONYM.matcher(tokens.get(index).word()).matches()) {
      return false;
    }
    String letters = tokens.get(index).word().toLowerCase(Locale.ROOT);
    if (letters.length() > 2 && letters.endsWith("s") && Character.isUpperCase(tokens.get(index).word().charAt(letters.length() - 2))) {
      letters = letters.substring(0, letters.length() - 1);
    }
    int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
    int first = index - 1;
    while (first > 0 && index - first <= maxWords && LOWER_CASE_WORD.matcher(tokens.get(first - 1).word()).matches()) {
      first--;
    }
    List<String> words = tokens.subList(first, index - 1).stream().map(Token::word).toList();
    return words.size() >= 2 && spells(letters, words);
  }

  /**
   * Whether {@code letters} spell a phrase ending the words: matched from the last letter backwards,
   * the first letter at a word's start, every content word from there on giving at least one letter.
   */
  private static boolean spells(String letters, List<String> words) {
    int word = words.size() - 1;
    int at = words.get(word).length() - 1;
    boolean[] used = new boolean[words.size()];
    for (int i = letters.length() - 1; i >= 0; i--) {
      char letter = letters.charAt(i);
      while (true) {
        if (at < 0) {
          word--;
          if (word < 0) {
            return false;
          }
          at = words.get(word).length() - 1;
          continue;
        }
        boolean match = words.get(word).charAt(at) == letter && (i > 0 || at == 0);
        at--;
        if (match) {
          used[word] = true;
          break;
        }
      }
    }
    for (int w = word; w < words.size(); w++) {
      if (!used[w] && !FUNCTION_WORDS.contains(words.get(w))) {
        return false;
      }
    }
    return true;
  }
}
