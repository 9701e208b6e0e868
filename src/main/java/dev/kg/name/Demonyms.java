package dev.kg.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one answer kg gives to "is this word the adjective of that place?", for entity mentions
 * ("British officials" is a mention of Britain), identity ("Korean Central News Agency" in a document
 * about Korea) and relations ("the Russian Defence Ministry" is based in Russia).
 *
 * <p>A demonym is of a place when CoreNLP's demonym list (shipped with its models, adapted from
 * Wikipedia's list of adjectival forms of place names) says so, which covers forms no spelling rule
 * finds ("British" of Britain and the United Kingdom, "Dutch" of the Netherlands), or when it has the
 * place's words but for a last one sharing a stem of at least four letters that lacks at most the
 * place's last letter, which covers what the list leaves out ("Korean" of Korea; not "National" of
 * Nauru).
 *
 * <pre>{@code
 * Demonyms demonyms = Demonyms.coreNlp();
 * demonyms.isDemonymOf(NameKey.of("Dutch"), NameKey.of("the Netherlands"));  // true
 * demonyms.onlyPlaceOf("British", List.of("Britain", "Paris"), name -> name);  // Optional[Britain]
 * demonyms.isDemonym(NameKey.of("German"));  // true
 * }</pre>
 */
public final class Demonyms {

  private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";
  private static final int SHORTEST_STEM = 4;
  private static final Demonyms CORE_NLP = load();

  private final Map<NameKey, Set<NameKey>> places;
  private final Map<NameKey, List<String>> writtenPlaces;
  private final Set<NameKey> placeNames;

  private Demonyms(Map<NameKey, Set<NameKey>> places, Map<NameKey, List<String>> writtenPlaces) {
    this.places = places;
    this.writtenPlaces = writtenPlaces;
    this.placeNames = places.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
  }

  /** The demonyms of CoreNLP's list; an {@link IllegalStateException} if its models jar is missing. */
  public static Demonyms coreNlp() {
    return CORE_NLP;
  }

  /** Whether {@code demonym} may be the adjective of {@code place}. */
  public boolean isDemonymOf(NameKey demonym, NameKey place) {
    return places.getOrDefault(demonym, Set.of()).contains(place) || sharesStem(demonym.tokens(), place.tokens());
  }

  /**
   * The places the list gives {@code demonym} as the adjective of, as it writes them and in its order
   * ("American": America, United States, U.S.); none for a word
   * the list lacks, whatever place names share its stem.
   */
  public List<String> placesOf(String demonym) {
    return NameKey.isName(demonym) ? writtenPlaces.getOrDefault(NameKey.of(demonym), List.of()) : List.of();
  }

  /**
   * Whether {@code word} is a demonym of the list and no place of it: "German" is, "Hong Kong" and
   * "Luxembourg", which the list gives as the adjectives of themselves, are not.
   */
  public boolean isDemonym(NameKey word) {
    return places.containsKey(word) && !placeNames.contains(word);
  }

  /**
   * The one place among {@code candidates} that {@code demonym} is the adjective of, or empty when
   * none or several are: "Korean" in a text naming both North and South Korea stands for neither.
   */
  public <T> Optional<T> onlyPlaceOf(String demonym, Collection<T> candidates, Function<T, String> nameOf) {
    List<T> matching = placesAmong(demonym, candidates, nameOf);
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  /** Every one of {@code candidates} whose name ({@code nameOf}) {@code demonym} may be the adjective of. */
  public <T> List<T> placesAmong(String demonym, Collection<T> candidates, Function<T, String> nameOf) {
    if (!NameKey.isName(demonym)) {
      return List.of();
    }
    NameKey key = NameKey.of(demonym);
    return candidates.stream().filter(c -> isDemonymOf(key, NameKey.of(nameOf.apply(c)))).toList();
  }

  private static boolean sharesStem(List<String> demonym, List<String> place) {
    int last = place.size() - 1;
    if (demonym.size() != place.size() || !demonym.subList(0, last).equals(place.subList(0, last))) {
      return false;
    }
    String word = demonym.get(last);
    String placeWord = place.get(last);
    int common = 0;
    while (common < word.length() && common < placeWord.length() && word.charAt(common) == placeWord.charAt(common)) {
      common++;
    }
    return !word.equals(placeWord) && common >= SHORTEST_STEM && common >= placeWord.length() - 1;
  }

  private static Demonyms load() {
    InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("CoreNLP's models jar is not on the classpath: " + RESOURCE + " is missing");
    }
    Map<NameKey, Set<NameKey>> places = new HashMap<>();
    Map<NameKey, List<String>> written = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] forms = line.split("\t");
        if (line.startsWith("#") || !NameKey.isName(forms[0])) {
          continue;
        }
        NameKey place = NameKey.of(forms[0]);
        for (int i = 1; i < forms.length; i++) {
          if (NameKey.isName(forms[i])) {
            places.computeIfAbsent(NameKey.of(forms[i]), demonym -> new HashSet<>()).add(place);
            List<String> placesOfForm = written.computeIfAbsent(NameKey.of(forms[i]), demonym -> new ArrayList<>());
            if (!placesOfForm.contains(forms[0])) {
              placesOfForm.add(forms[0]);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    places.replaceAll((demonym, set) -> Set.copyOf(set));
    written.replaceAll((demonym, list) -> List.copyOf(list));
    return new Demonyms(Map.copyOf(places), Map.copyOf(written));
  }
}
