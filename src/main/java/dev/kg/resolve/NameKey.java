package dev.kg.resolve;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The spelling-independent form of a name, used to decide identity and to derive stable ids.
 *
 * <p>Two names have the same key when they differ only in case, accents, hyphens, apostrophes,
 * punctuation, a leading article or a trailing possessive: {@code Kim Jong-un}, {@code Kim Jong Un}
 * and {@code KIM JONG-UN} share the key {@code kim jong un}; {@code the Kremlin} and {@code Kremlin’s}
 * share {@code kremlin}. Names that differ in a word ({@code North Korea}, {@code South Korea}) never
 * share a key.
 *
 * <pre>{@code
 * NameKey key = NameKey.of("Kim Jong-un");
 * key.slug();    // "kim-jong-un"
 * key.tokens();  // [kim, jong, un]
 * }</pre>
 */
public final class NameKey {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’`]s?$");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^the\\s+");

  private final List<String> tokens;

  private NameKey(List<String> tokens) {
    this.tokens = tokens;
  }

  /** The key of {@code name}; an {@link IllegalArgumentException} if it holds no letter or digit. */
  public static NameKey of(String name) {
    Objects.requireNonNull(name, "name");
    String folded = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    folded = folded.toLowerCase(Locale.ROOT).strip();
    folded = LEADING_ARTICLE.matcher(folded).replaceFirst("");
    folded = POSSESSIVE.matcher(folded).replaceFirst("");
    folded = APOSTROPHES.matcher(folded).replaceAll("");
    String spaced = NON_ALPHANUMERIC.matcher(folded).replaceAll(" ").strip();
    if (spaced.isEmpty()) {
      throw new IllegalArgumentException("a name needs a letter or digit, got '" + name + "'");
    }
    return new NameKey(List.of(spaced.split(" ")));
  }

  /** Whether {@code name} has a key at all, i.e. holds a letter or digit. */
  public static boolean isName(String name) {
    return name.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** The key's words, lower case, accents removed. */
  public List<String> tokens() {
    return tokens;
  }

  /** The key's words joined by hyphens: the name part of a stable entity id. */
  public String slug() {
    return String.join("-", tokens);
  }

  /**
   * Whether this single-word key is the initialism of {@code expansion}'s capitalised words, as
   * {@code KCNA} is of {@code Korean Central News Agency} and {@code NATO} of {@code North Atlantic
   * Treaty Organization}, or {@code U.S.} of {@code United States}. Function words ("of", "and",
   * "the") may be skipped or counted.
   */
  public boolean isAcronymOf(String expansion) {
    boolean dotted = tokens.size() > 1 && tokens.stream().allMatch(t -> t.length() == 1);
    if (!dotted && (tokens.size() != 1 || tokens.get(0).length() < 2)) {
      return false;
    }
    String acronym = String.join("", tokens);
    String[] words =
        Arrays.stream(NON_ALPHANUMERIC.split(expansion.strip())).filter(w -> !w.isEmpty()).toArray(String[]::new);
    String allInitials = initials(words, false);
    String contentInitials = initials(words, true);
    return words.length >= 2 && (acronym.equals(allInitials) || acronym.equals(contentInitials));
  }

  private static String initials(String[] words, boolean capitalisedOnly) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (!capitalisedOnly || Character.isUpperCase(word.charAt(0))) {
        initials.append(Character.toLowerCase(word.charAt(0)));
      }
    }
    return initials.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NameKey key && key.tokens.equals(tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  @Override
  public String toString() {
    return String.join(" ", tokens);
  }
}
