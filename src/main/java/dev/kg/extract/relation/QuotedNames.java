package dev.kg.extract.relation;

import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Quotation;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a quotation is a name the writer puts in quotation marks ("the US-based 'Committee to Protect
 * Journalists' led ...", "anti-ship 'Silkworm' missiles", "said on ABC's 'Good Morning America.'"), not
 * someone's words: every word of it is capitalised but for the words that join a name's parts, it stands
 * inside a sentence that has words of its own before it, and no colon, comma or verb of saying sets it off
 * as speech. Capitalisation is what tells a title or a name from a phrase someone said ("Mutlaq said the
 * referendum was a 'farce'"); a quotation that opens its sentence ("'Never,' he said") or follows a colon
 * is speech whatever its case.
 */
final class QuotedNames {

  /** Parts of speech of the lower-case words a name joins its capitalised parts with ("Committee to Protect ..."). */
  private static final Set<String> JOINING = Set.of("DT", "IN", "TO", "CC", "POS", "HYPH");

  /** How a quoted term hangs from the noun right before it that names it a term ("the term 'war on terror'"). */
  private static final Set<String> NAMING_RELATIONS = Set.of("dep", "appos", "compound");

  /** "So-called" right before an opening mark, as one word or as the parts the tokenizer splits it into. */
  private static final Pattern SO_CALLED = Pattern.compile("(?i)\\bso[- ]called\\W*$");

  private QuotedNames() {}

  /**
   * Whether {@code quotation} in {@code sentence} of {@code text} is a term the writer mentions rather than
   * words someone said: "so-called" stands right before it ("MITI said the so-called 'J-curve' ..."), or
   * it stands in apposition to the common noun right before its opening mark, which names it a term
   * ("recognising that the term 'war on terror' may be misleading"). A noun that is the object of one of
   * {@code speechVerbs}, the sentence's verbs of saying, is what the verb calls the quoted phrase, which
   * the parser may hang from the noun ("called the inquiry 'a witch hunt'"): that stays the words of the
   * one who called it so.
   */
  static boolean isTerm(String text, ParsedSentence sentence, Quotation quotation, List<Integer> speechVerbs) {
    if (quotation.start() < sentence.start()) {
      return false;
    }
    if (SO_CALLED.matcher(text.substring(sentence.start(), quotation.start())).find()) {
      return true;
    }
    int noun = -1;
    for (int t = 0; t < sentence.size() && sentence.token(t).end() <= quotation.start(); t++) {
      if (Character.isLetterOrDigit(sentence.token(t).word().charAt(0))) {
        noun = t;
      }
    }
    if (noun < 0 || !text.substring(sentence.token(noun).end(), quotation.start()).isBlank()
        || !DependencyIndex.isCommonNoun(sentence.token(noun))
        || sentence.heads(noun).stream().anyMatch(edge -> speechVerbs.contains(edge.governor()))) {
      return false;
    }
    int named = noun;
    for (int t = noun + 1; t < sentence.size() && sentence.token(t).end() <= quotation.end(); t++) {
      if (sentence.heads(t).stream().anyMatch(edge -> edge.governor() == named && NAMING_RELATIONS.contains(edge.relation()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code quotation} in {@code sentence} of {@code text} is a quoted name; {@code speechVerbs} are
   * the sentence's verbs of saying outside it, any of which makes a quotation it governs directly speech.
   */
  static boolean isName(String text, ParsedSentence sentence, Quotation quotation, Iterable<Integer> speechVerbs) {
    int capitalised = 0;
    int first = -1;
    for (int t = 0; t < sentence.size(); t++) {
      Token token = sentence.token(t);
      if (token.start() < quotation.start() || token.end() > quotation.end()) {
        continue;
      }
      if (first < 0) {
        first = t;
      }
      if (!Character.isLetter(token.word().charAt(0))) {
        continue;
      }
      if (Character.isUpperCase(token.word().charAt(0))) {
        capitalised++;
      } else if (!JOINING.contains(token.pos())) {
        return false;
      }
      for (int verb : speechVerbs) {
        // what a verb of saying says hangs from it as its object or clause, not as where it was said ("said on ABC's 'Good Morning America'")
        if (sentence.heads(t).stream().anyMatch(edge -> edge.governor() == verb && !edge.relation().startsWith("obl"))) {
          return false;
        }
      }
    }
    return capitalised > 0 && wordsBefore(sentence, first) && !setOff(text, quotation.start());
  }

  /** Whether a word of the sentence comes before token {@code first}: the quotation does not open it. */
  private static boolean wordsBefore(ParsedSentence sentence, int first) {
    for (int t = 0; t < first; t++) {
      if (Character.isLetterOrDigit(sentence.token(t).word().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a colon or a comma right before the opening mark sets the quotation off as speech. */
  private static boolean setOff(String text, int open) {
    int before = open;
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    return before > 0 && (text.charAt(before - 1) == ':' || text.charAt(before - 1) == ',');
  }
}
