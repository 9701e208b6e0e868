package dev.kg.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The given names CoreNLP ships for its coreference's gender guesses ({@code dcoref/namegender.combine.txt},
 * about 14,600 names, {@code Alexander}, {@code Sergei}, {@code Lena}): where a person's name starts
 * when the recogniser ran other capitalised words into it. kg keeps no list of names of its own.
 *
 * <p>Loaded once per JVM, on first use, from the CoreNLP models jar.
 *
 * <pre>{@code
 * GivenNames.shared().contains("Alexander"); // true
 * GivenNames.shared().contains("Ecology");   // false
 * }</pre>
 */
public final class GivenNames {

  private static final String NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private static volatile GivenNames shared;

  private final Set<String> names = new HashSet<>();

  private GivenNames() {
    ModelsJar.lines(NAMES, line -> names.add(line.substring(0, line.indexOf('\t')).toLowerCase(Locale.ROOT)));
  }

  /** The JVM-wide list. */
  public static GivenNames shared() {
    GivenNames result = shared;
    if (result == null) {
      synchronized (GivenNames.class) {
        result = shared;
        if (result == null) {
          result = new GivenNames();
          shared = result;
        }
      }
    }
    return result;
  }

  /** Whether {@code word} is a given name CoreNLP lists, whatever its case. */
  public boolean contains(String word) {
    return names.contains(word.toLowerCase(Locale.ROOT));
  }
}
