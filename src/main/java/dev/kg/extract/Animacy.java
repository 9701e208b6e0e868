package dev.kg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which common nouns name things and which beings, from the word lists CoreNLP's coreference ships
 * for its animacy guesses ({@code dcoref/animate.unigrams.txt} and {@code inanimate.unigrams.txt}):
 * "shot baskets" or "shot a video" has no one hurt, "shot three protesters" has; "Varga's statement
 * said" gives Varga's words, "Varga's lawyer said" the lawyer's.
 *
 * <pre>{@code
 * Animacy.coreNlp().isInanimate("basket");     // true
 * Animacy.coreNlp().isInanimate("protester");  // false
 * Animacy.coreNlp().mayBeABeing("lawyer");     // true
 * }</pre>
 */
public final class Animacy {

  private static final String DIRECTORY = "edu/stanford/nlp/models/dcoref/";
  private static final Animacy CORE_NLP =
      new Animacy(read(DIRECTORY + "inanimate.unigrams.txt"), read(DIRECTORY + "animate.unigrams.txt"));

  private final Set<String> inanimate;
  private final Set<String> animate;

  private Animacy(Set<String> inanimate, Set<String> animate) {
    this.inanimate = inanimate;
    this.animate = animate;
  }

  /** CoreNLP's lists; an {@link IllegalStateException} if its models jar is missing. */
  public static Animacy coreNlp() {
    return CORE_NLP;
  }

  /** Whether {@code word} is listed as inanimate only: a word on both lists ("guard", "team") may be beings. */
  public boolean isInanimate(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    return inanimate.contains(key) && !animate.contains(key);
  }

  /** Whether {@code word} is listed as animate only: "coach" and "officer" are; "guard" and "gas" are on both lists. */
  public boolean isAnimate(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    return animate.contains(key) && !inanimate.contains(key);
  }

  /** Whether {@code word} is listed as animate, a word on both lists ("guard", "team") included. */
  public boolean mayBeABeing(String word) {
    return animate.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> read(String resource) {
    InputStream in = Animacy.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("CoreNLP's models jar is not on the classpath: " + resource + " is missing");
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        words.add(line.strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    // Read-only as it is: copying its 115,000 words again cost a third of the reading.
    return Collections.unmodifiableSet(words);
  }
}
