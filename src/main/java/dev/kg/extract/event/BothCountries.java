package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;

import dev.kg.extract.DependencyIndex;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two countries a document's "both countries" or "the two nations" stands for: the last two it
 * joined by a conjunction before the phrase ("Colombia and Venezuela almost went to war ... The two
 * countries only entered an agreement"), else the two it names most, when no third country is named
 * as often as the second ("ties between Pyongyang and Moscow as both countries face Western
 * sanctions", in a story about Russia and North Korea). Coreference gives such a plural phrase one of
 * the two at most, so an event it takes part in would lose the other. A document that pairs no two
 * countries either way leaves the phrase as it is.
 */
final class BothCountries {

  /** Nouns for a country itself; "both states" or "both sides" may be provinces or parties. */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");

  /** Two countries a conjunction joins, at the token of one of them. */
  private record Joined(int sentence, int token, List<String> pair) {}

  /** The pairs of countries the document joins, in order, and the pair it names most, if any. */
  private record Pairs(List<Joined> joined, List<String> namedMost) {}

  private final DocumentExtraction extraction;
  private final AnnotatedText annotated;
  private final Map<String, Entity> entities;
  // Read on the first "both countries": most documents have none, and the reading parses every
  // sentence that names two countries.
  private Pairs pairs;

  private BothCountries(DocumentExtraction extraction, AnnotatedText annotated, Map<String, Entity> entities) {
    this.extraction = extraction;
    this.annotated = annotated;
    this.entities = entities;
  }

  /** What "both countries" stands for in {@code extraction}'s document, read when the phrase is first met. */
  static BothCountries of(DocumentExtraction extraction, AnnotatedText annotated, Map<String, Entity> entities) {
    return new BothCountries(extraction, annotated, entities);
  }

  /** The pairs of countries the document joins, and the pair it names most, if any. */
  private Pairs pairs() {
    if (pairs != null) {
      return pairs;
    }
    Map<Integer, List<Mention>> countryNames = new HashMap<>();
    Map<String, Integer> named = new HashMap<>();
    for (Mention mention : extraction.mentions()) {
      Entity entity = entities.get(mention.entityId());
      if (mention.isName() && entity != null && entity.kind() == LocationKind.COUNTRY) {
        countryNames.computeIfAbsent(mention.sentence(), s -> new ArrayList<>()).add(mention);
        named.merge(entity.id(), 1, Integer::sum);
      }
    }
    List<Joined> joined = new ArrayList<>();
    // a sentence naming one country joins no two
    countryNames.keySet().stream().sorted().filter(sentence -> countryNames.get(sentence).size() > 1)
        .forEach(sentence -> joined.addAll(
            joinedIn(new DependencyIndex(annotated.sentences().get(sentence)), countryNames.get(sentence))));
    List<Map.Entry<String, Integer>> ranked = named.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .toList();
    boolean clear = ranked.size() == 2 || ranked.size() > 2 && ranked.get(1).getValue() > ranked.get(2).getValue();
    pairs = new Pairs(joined, clear ? List.of(ranked.get(0).getKey(), ranked.get(1).getKey()) : List.of());
    return pairs;
  }

  /** The pairs of two countries, and no more, a conjunction joins in one sentence ("Colombia and Venezuela"). */
  private static List<Joined> joinedIn(DependencyIndex parse, List<Mention> names) {
    List<Joined> joined = new ArrayList<>();
    for (Token token : parse.sentence().tokens()) {
      if (parse.dependents(token.index(), r -> r.startsWith("conj")).isEmpty()) {
        continue;
      }
      Set<Integer> group = RoleFiller.conjuncts(parse, token.index());
      Set<String> countries = new LinkedHashSet<>();
      group.forEach(i -> countries.add(countryAt(names, parse.token(i))));
      if (group.size() == 2 && countries.size() == 2 && !countries.contains(null)) {
        joined.add(new Joined(parse.sentence().index(), token.index(), List.copyOf(countries)));
      }
    }
    return joined;
  }

  private static String countryAt(List<Mention> names, Token token) {
    return names.stream()
        .filter(m -> m.start() <= token.start() && token.end() <= m.end())
        .map(Mention::entityId)
        .findFirst()
        .orElse(null);
  }

  /**
   * The two countries the phrase headed by token {@code head} of {@code parse}'s sentence stands for,
   * or none when it is no "both countries" or "the two nations" (a plural country noun with "both",
   * or with "two" and "the"), or the document pairs no two countries.
   */
  List<String> standFor(DependencyIndex parse, int head) {
    Token noun = parse.token(head);
    if (!noun.pos().equals("NNS") || !COUNTRY_NOUNS.contains(lemma(noun))) {
      return List.of();
    }
    boolean both = parse.dependents(head, r -> r.startsWith("det") || r.equals("cc:preconj")).stream()
        .anyMatch(d -> word(parse, d).equals("both"));
    boolean theTwo = parse.dependents(head, r -> r.equals("nummod")).stream().anyMatch(d -> word(parse, d).equals("two"))
        && parse.dependents(head, r -> r.equals("det")).stream().anyMatch(d -> word(parse, d).equals("the"));
    if (!both && !theTwo) {
      return List.of();
    }
    int sentence = parse.sentence().index();
    Pairs found = pairs();
    return found.joined().stream()
        .filter(j -> j.sentence() < sentence || j.sentence() == sentence && j.token() < head)
        .reduce((earlier, later) -> later)
        .map(Joined::pair)
        .orElse(found.namedMost());
  }

  private static String word(DependencyIndex parse, int index) {
    return parse.token(index).word().toLowerCase(Locale.ROOT);
  }
}
