package dev.kg.extract.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Adjectival forms of place names ("Russian" -> Russia, "North Korean" -> North Korea), from the
 * demonym list that ships with CoreNLP's models (adapted from Wikipedia's list of adjectival and
 * demonymic forms of place names). A nationality adjective says something about the place it comes
 * from: "Ukrainian President" is Ukraine's president.
 */
final class Demonyms {

  private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";
  private static final Demonyms INSTANCE = load();

  private final Map<String, String> places;

  private Demonyms(Map<String, String> places) {
    this.places = places;
  }

  static Demonyms instance() {
    return INSTANCE;
  }

  /** The place {@code adjective} is the adjective of, e.g. {@code North Korea} for "North Korean". */
  Optional<String> place(String adjective) {
    return Optional.ofNullable(places.get(adjective.toLowerCase(Locale.ROOT)));
  }

  private static Demonyms load() {
    Map<String, String> places = new HashMap<>();
    InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("CoreNLP's models jar is not on the classpath: " + RESOURCE + " is missing");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] forms = line.split("\t");
        for (int i = 1; i < forms.length; i++) {
          if (!forms[i].isBlank()) {
            places.putIfAbsent(forms[i].trim().toLowerCase(Locale.ROOT), forms[0].trim());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Demonyms(places);
  }
}
