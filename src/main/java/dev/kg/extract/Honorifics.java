package dev.kg.extract;

import java.util.Locale;
import java.util.Set;

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
 * }</pre>
 */
public final class Honorifics {

  private static final Set<String> WORDS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr");

  private Honorifics() {}

  /** Whether {@code word} is a courtesy title, in any case, with or without its period. */
  public static boolean isHonorific(String word) {
    String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return WORDS.contains(bare.toLowerCase(Locale.ROOT));
  }
}
