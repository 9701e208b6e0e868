package dev.kg.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The spelling-independent form of a name, used to decide identity and to derive stable ids.
 *
 * <p>Two names have the same key when they differ only in case, accents, hyphens, apostrophes,
 * punctuation, a leading article, a trailing possessive or a company's legal form after two words or
 * more: {@code Kim Jong-un}, {@code Kim Jong Un} and {@code KIM JONG-UN} share the key {@code kim jong
 * un}; {@code the Kremlin} and {@code Kremlin’s} share {@code kremlin}; {@code Imperial Oil Ltd.} and
 * {@code Imperial Oil} share {@code imperial oil} (news names a company in full once, then without its
 * form). Names that differ in another word ({@code North Korea}, {@code South Korea}) never share a key.
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
  // Romanisations of one Slavic ending (-ий): Zelenskyy, Zelenskiy, Zelenskii and Zelensky; Dmitrii and
  // Dmitry. After a consonant only, so Hawaii keeps its ending.
  private static final Pattern TRANSLITERATED_ENDING = Pattern.compile("(?<=[a-z]{2}[b-df-hj-np-tv-xz])(?:yy|iy|ii|yi)$");
  private static final Pattern DOTTED_LETTERS = Pattern.compile("^(\\p{L}\\.\\s?)+\\p{L}\\.?$");
  // Abbreviated legal forms of companies, and the two spelled out that name nothing else; "Company"
  // and "Corporation" stay, as they are part of names that are more than a company's ("the East India
  // Company", "the Corporation of London").
  private static final Set<String> LEGAL_FORMS =
      Set.of("inc", "incorporated", "ltd", "limited", "corp", "co", "plc", "llc", "llp", "gmbh", "ag", "sa", "nv", "bv");
  // A name keeps this many words at least: "Shell plc" is not the word "Shell".
  private static final int WORDS_BEFORE_LEGAL_FORM = 2;
  // Words an initialism may skip: "Democratic People's Republic of Korea" is DPRK.
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "to");
  // The most leading words a tail lookup key leaves out: a place's name of two words ("United States").
  private static final int TAIL_DROPS_AT_MOST = 2;

  private final List<String> tokens;

  private NameKey(List<String> tokens) {
    this.tokens = tokens;
  }

  /** The key of {@code name}; an {@link IllegalArgumentException} if it holds no letter or digit. */
  public static NameKey of(String name) {
    List<String> words = words(name);
    while (endsInLegalForm(words)) {
      words.remove(words.size() - 1);
    }
    return new NameKey(List.copyOf(words));
  }

  /** Whether {@code word} is a company's legal form ({@code Ltd}, {@code plc}, {@code Inc.}), in any case. */
  public static boolean isLegalForm(String word) {
    return LEGAL_FORMS.contains(NON_ALPHANUMERIC.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
  }

  /** Whether {@code name} ends in a company's legal form after two words or more ({@code Lear Seating Corp.}). */
  public static boolean endsInLegalForm(String name) {
    return endsInLegalForm(words(name));
  }

  private static boolean endsInLegalForm(List<String> words) {
    return words.size() > WORDS_BEFORE_LEGAL_FORM && LEGAL_FORMS.contains(words.get(words.size() - 1));
  }

  /** The words of {@code name} as a key counts them: folded, without article, possessive or dots in U.S. */
  private static List<String> words(String name) {
    Objects.requireNonNull(name, "name");
    String folded = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    folded = folded.toLowerCase(Locale.ROOT).strip();
    folded = LEADING_ARTICLE.matcher(folded).replaceFirst("");
    folded = POSSESSIVE.matcher(folded).replaceFirst("");
    folded = APOSTROPHES.matcher(folded).replaceAll("");
    if (DOTTED_LETTERS.matcher(folded).matches()) {
      // U.S. and U.N. are the words US and UN, not two one-letter words.
      folded = folded.replaceAll("[.\\s]", "");
    }
    String spaced = NON_ALPHANUMERIC.matcher(folded).replaceAll(" ").strip();
    if (spaced.isEmpty()) {
      throw new IllegalArgumentException("a name needs a letter or digit, got '" + name + "'");
    }
    return new ArrayList<>(
        Arrays.stream(spaced.split(" ")).map(t -> TRANSLITERATED_ENDING.matcher(t).replaceFirst("y")).toList());
  }

  /** The key whose {@link #slug()} is {@code slug}. */
  public static NameKey ofSlug(String slug) {
    return of(slug.replace('-', ' '));
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
   * The keys under which a shorter name may find this one, in the form {@code part:putin}: the first
   * and last word of a name of several words (a person's given or family name), its initials with and
   * without function words ({@code initials:kcna}, {@code initials:dprk}), and the name without its
   * first word or its first two, where two words or more remain ({@code tail:central-news-agency},
   * {@code tail:news-agency}). A function of the
   * key alone, so every document that uses the name gives it the same lookup keys.
   */
  public Set<String> lookupKeys() {
    Set<String> keys = new TreeSet<>();
    if (tokens.size() < 2) {
      return keys;
    }
    keys.add("part:" + tokens.get(0));
    keys.add("part:" + tokens.get(tokens.size() - 1));
    keys.add("initials:" + initials(tokens));
    String contentInitials = initials(tokens.stream().filter(t -> !FUNCTION_WORDS.contains(t)).toList());
    if (contentInitials.length() >= 2) {
      keys.add("initials:" + contentInitials);
    }
    // What a shorter name leaves out before an organisation's name: a place's adjective ("Central News
    // Agency") or its name of up to two words ("Department of Homeland Security" of the "United States
    // Department of Homeland Security").
    for (int dropped = 1; dropped <= TAIL_DROPS_AT_MOST && tokens.size() - dropped >= 2; dropped++) {
      keys.add("tail:" + String.join("-", tokens.subList(dropped, tokens.size())));
    }
    return keys;
  }

  /** The first letters of the key's words: {@code us} for {@code United States}. */
  public String initials() {
    return initials(tokens);
  }

  private static String initials(List<String> words) {
    return words.stream().map(w -> w.substring(0, 1)).collect(Collectors.joining());
  }

  /**
   * Whether this single-word key is the initialism of {@code expansion}'s capitalised words, as
   * {@code KCNA} is of {@code Korean Central News Agency} and {@code NATO} of {@code North Atlantic
   * Treaty Organization}, or {@code U.S.} of {@code United States}. Function words ("of", "and",
   * "the") may be skipped or counted.
   */
  public boolean isAcronymOf(String expansion) {
    if (tokens.size() != 1 || tokens.get(0).length() < 2) {
      return false;
    }
    String acronym = tokens.get(0);
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
