package dev.kg.nlp;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of countries, states and provinces, and larger regions that CoreNLP itself ships: the
 * {@code COUNTRY} and {@code STATE_OR_PROVINCE} entries of its KBP gazetteers (what its fine-grained
 * NER applies), its coreference lists of countries and of states and provinces, and its list of
 * demonyms, whose places that no list calls a country or a state are continents and regions
 * ({@code Asia}, {@code Middle East}, {@code West Africa}, {@code Kurdistan}); and, asked word by word,
 * the cities of its fine-grained gazetteer. kg keeps no list of places of its own.
 *
 * <p>Loaded once per JVM, on first use, from the CoreNLP models jar (about half a second).
 *
 * <pre>{@code
 * PlaceGazetteer places = PlaceGazetteer.shared();
 * places.isRegion("Asia");       // true
 * places.isCountry("North Korea"); // true
 * }</pre>
 */
public final class PlaceGazetteer {

  private static final String KBP = "edu/stanford/nlp/models/kbp/english/gazetteers/";
  private static final String COREF = "edu/stanford/nlp/models/dcoref/";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Set<String> COMPASS =
      Set.of("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
          "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
          "southwestern");

  private static volatile PlaceGazetteer shared;

  private final Set<String> countries = new HashSet<>();
  private final Set<String> states = new HashSet<>();
  private final Set<String> regions = new HashSet<>();

  private PlaceGazetteer() {
    for (String file : new String[] {"regexner_cased.tab", "regexner_caseless.tab"}) {
      ModelsJar.lines(KBP + file, line -> {
        // Half a million lines, nearly all cities and titles: look at the type before splitting.
        if (line.contains("\tCOUNTRY\t")) {
          countries.add(key(line.substring(0, line.indexOf('\t'))));
        } else if (line.contains("\tSTATE_OR_PROVINCE\t")) {
          states.add(key(line.substring(0, line.indexOf('\t'))));
        }
      });
    }
    ModelsJar.lines(COREF + "countries", line -> countries.add(key(line.substring(line.indexOf('\t') + 1))));
    ModelsJar.lines(COREF + "statesandprovinces", line -> states.add(key(line)));
    ModelsJar.lines(COREF + "demonyms.txt", line -> {
      if (!line.startsWith("#")) {
        String place = key(line.split("\t", 2)[0]);
        if (!countries.contains(place) && !states.contains(place)) {
          regions.add(place);
        }
      }
    });
  }

  /** The JVM-wide gazetteer. */
  public static PlaceGazetteer shared() {
    PlaceGazetteer result = shared;
    if (result == null) {
      synchronized (PlaceGazetteer.class) {
        result = shared;
        if (result == null) {
          result = new PlaceGazetteer();
          shared = result;
        }
      }
    }
    return result;
  }

  /** Whether CoreNLP lists {@code name} as a country. */
  public boolean isCountry(String name) {
    return countries.contains(key(name));
  }

  /** Whether CoreNLP lists {@code name} as a state or province (and not as a country). */
  public boolean isStateOrProvince(String name) {
    String key = key(name);
    return states.contains(key) && !countries.contains(key);
  }

  /**
   * Whether {@code name} is a continent or region: a place with a demonym that is no country or state,
   * such a region with a point of the compass ("East Asia", "Central Europe"), or one joined by a
   * hyphen to a word that names no country or state ("Asia-Pacific"; "Russia-Ukraine" is two
   * countries); "North Korea" is a country, asked first.
   */
  public boolean isRegion(String name) {
    String[] parts = name.strip().split("-");
    if (parts.length == 2 && isRegionKey(key(parts[0]))) {
      String other = key(parts[1]);
      return !other.isEmpty() && !countries.contains(other) && !states.contains(other);
    }
    return isRegionKey(key(name));
  }

  private boolean isRegionKey(String key) {
    if (regions.contains(key)) {
      return true;
    }
    String[] words = key.split(" ");
    return words.length > 1
        && Arrays.stream(words).allMatch(word -> COMPASS.contains(word) || regions.contains(word))
        && Arrays.stream(words).anyMatch(regions::contains);
  }

  /**
   * Whether CoreNLP's fine-grained gazetteer lists {@code word} alone as a city ("Riga"). Its half a
   * million cities are not loaded here but read from that gazetteer, which annotation loads anyway, on
   * first use.
   */
  public boolean isCity(String word) {
    return FineGrainedGazetteer.kbp().listsCity(word);
  }

  /** Whether {@code name} is any of the above. */
  public boolean isPlace(String name) {
    String key = key(name);
    return countries.contains(key) || states.contains(key) || isRegionKey(key);
  }

  // The lists write names in lower case with spaces around apostrophes ("people 's"); text has "people's".
  private static String key(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT).replace(" '", "'").replace('-', ' ');
    return SPACES.matcher(key).replaceAll(" ");
  }
}
