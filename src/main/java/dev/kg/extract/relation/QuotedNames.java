package dev.kg.extract.relation;

import dev.kg.nlp.AnnotatedText.Quotation;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.Set;

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

  private QuotedNames() {}

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
