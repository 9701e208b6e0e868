package dev.kg.name;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The courtesy titles written before a person's name ("Mr Vaile", "Mrs. Okafor", "Dr Chen"), with the
 * period American style writes and without the one British style leaves out. They address the person
 * and are no part of the name: a name that kept one ("Mr Vaile") would be a second person beside the
 * full name ("Mark Vaile"), and the surname alone could then join neither.
 *
 * <pre>{@code
 * Honorifics.isHonorific("Mr");    // true
 * Honorifics.isHonorific("Mrs.");  // true
 * Honorifics.isHonorific("Mark");  // false
 * Honorifics.spaced("Mr.Bush said"); // "Mr. Bush said"
 * }</pre>
 */
public final class Honorifics {

  private static final Set<String> WORDS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr");
  // A capitalised title's period glued to a capitalised word ("Mr.Bush"); the lower-case letter after
  // the capital leaves initials ("Dr.J.") and capitals ("MS.DOS") as they are.
  private static final Pattern GLUED =
      Pattern.compile(
          WORDS.stream()
              .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
              .collect(Collectors.joining("|", "(?<![\\p{L}.])((?:", ")\\.)(?=\\p{Lu}\\p{Ll})")));

  private Honorifics() {}

  /** Whether {@code word} is a courtesy title, in any case, with or without its period. */
  public static boolean isHonorific(String word) {
    String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return WORDS.contains(bare.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code text} with a space put after each courtesy title glued to the name it precedes ("Mr.Bush"
   * becomes "Mr. Bush"). CoreNLP's tokenizer keeps such a pair as one word, which its tagger then
   * leaves out of every name, so the person is lost to the sentence.
   */
  public static String spaced(String text) {
    return GLUED.matcher(text).replaceAll("$1 ");
  }
}
