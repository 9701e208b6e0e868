package dev.kg.extract;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.PlaceGazetteer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a list of names, or a region after a comma, shows of the places in it: lists join names of
 * one kind ("Shizuoka, Aichi, Gifu and Mie", "between Moscow and Pyongyang"), and a name before
 * ", Nevada" is a place in Nevada.
 */
final class PlaceLists {

  // What the tagger makes of a word qualifying a place in a list: "northern Iraq" (JJ), "west London"
  // (NNP, though in lower case).
  private static final Pattern QUALIFIER_TAGS = Pattern.compile("JJ.*|NN|NNP");
  // How the parse attaches a place that begins a phrase of its own after a comma: a clause's subject,
  // a noun's owner.
  private static final Set<String> PHRASE_OPENING_RELATIONS = Set.of("nsubj", "nsubj:pass", "nmod:poss");

  private PlaceLists() {}

  /**
   * A name written before a comma and a place the models tagged that CoreNLP's gazetteers list as a
   * country or state ("Reno, Nevada", "the slums of Kingston, Jamaica") is a place inside it, whatever
   * the models made of the name, and the text shows it: it keeps that type against its other mentions
   * and the corpus. A name that starts with a given name ("Bob Jones, Texas") is left as it is, and so
   * are a person's name the document gives in full elsewhere ("Chang, Washington" after "Michael
   * Chang"), a pair inside a longer list ("Smith, Jordan and Pippen") and an organisation the parse makes
   * act ("The United Nations, Britain, the United States and India criticized"): an institution that
   * acts keeps its type against a place after it, as it does against its other mentions.
   */
  static void placesBeforeARegion(List<NameCandidate> candidates, AnnotatedText annotated) {
    PlaceGazetteer gazetteer = PlaceGazetteer.shared();
    for (int i = 0; i + 1 < candidates.size(); i++) {
      NameCandidate name = candidates.get(i);
      NameCandidate region = candidates.get(i + 1);
      if (name.sentence != region.sentence || region.tokenStart != name.tokenEnd + 1
          || !annotated.sentences().get(name.sentence).tokens().get(name.tokenEnd).word().equals(",")
          || region.type != EntityType.LOCATION
          || !(gazetteer.isCountry(region.text) || gazetteer.isStateOrProvince(region.text))
          || NameCandidate.startsWithGivenName(name)
          || name.organizationInContext
          || shortensAFullPersonName(name, candidates)
          || opensPhraseOfItsOwn(region, annotated)
          || (i > 0 && listed(candidates.get(i - 1), name, annotated))
          || (i + 2 < candidates.size() && listed(region, candidates.get(i + 2), annotated))) {
        continue;
      }
      name.type = EntityType.LOCATION;
      name.placeInContext = true;
    }
  }

  /**
   * Whether the document gives {@code name} in full as a person's, starting with a given name in
   * CoreNLP's list: "Chang, Washington" (two players in a headline) after "Michael Chang", "said
   * Fitzpatrick, New Zealand's captain" after "Sean Fitzpatrick". News names a person in full once
   * and by the surname after, so the comma before a region there ends a person's name; the parse
   * seldom shows it ("went to Hartmann, Austria, after a long debate"), and the tagger reads none.
   */
  private static boolean shortensAFullPersonName(NameCandidate name, List<NameCandidate> candidates) {
    return candidates.stream()
        .anyMatch(c -> NameCandidate.isFullerPersonName(c, name) && NameCandidate.startsWithGivenName(c));
  }

  /**
   * Whether the parse makes {@code place} the subject of a clause, the owner of a noun or the word
   * qualifying a title ("According to the Associated Press, Israel is ...", "Maxime Bernier, Canada's
   * foreign minister", "Mitt Romney, Florida governor Charlie Crist"): a comma before such a place
   * ends the name before it, so the place is not where that name is. A place qualifying another noun
   * stays the name's ("its Corpus Christi, Texas refinery"). Without a parse nothing shows it.
   */
  private static boolean opensPhraseOfItsOwn(NameCandidate place, AnnotatedText annotated) {
    DependencyIndex parse = new DependencyIndex(annotated.sentences().get(place.sentence));
    return parse.hangsFromOutside(place.tokenStart, place.tokenEnd,
        edge -> PHRASE_OPENING_RELATIONS.contains(edge.relation())
            || edge.relation().equals("compound") && parse.token(edge.governor()).ner().equals("TITLE"));
  }

  /**
   * In a list of three names or more ("the prefectures of Shizuoka, Aichi, Gifu and Mie"), ending in
   * "and" or "or", of which most are places, the others are places too: a list joins names of one
   * kind, and the models took an unfamiliar town for a person. A name that starts with a given name is
   * left as it is. The place keeps that type against its other mentions and the corpus, as the text
   * shows it.
   */
  static void placesListedWithPlaces(List<NameCandidate> candidates, AnnotatedText annotated) {
    int first = 0;
    while (first < candidates.size()) {
      int end = first + 1;
      while (end < candidates.size() && listed(candidates.get(end - 1), candidates.get(end), annotated)) {
        end++;
      }
      List<NameCandidate> list = candidates.subList(first, end);
      long places = list.stream().filter(c -> c.type == EntityType.LOCATION).count();
      if (list.size() >= 3 && 2 * places > list.size() && endsWithConjunction(list, annotated)) {
        for (NameCandidate item : list) {
          if (item.type != EntityType.LOCATION && !NameCandidate.startsWithGivenName(item)) {
            item.type = EntityType.LOCATION;
            item.placeInContext = true;
          }
        }
      }
      first = end;
    }
  }

  /**
   * Whether "and" or "or" comes before the last name of {@code list}: names joined by commas alone
   * are as often an address ("Hartwell Mining Center, Carterville, Ill."), whose first name is no place.
   */
  private static boolean endsWithConjunction(List<NameCandidate> list, AnnotatedText annotated) {
    List<String> words = wordsBetween(list.get(list.size() - 2), list.get(list.size() - 1), annotated);
    return words.contains("and") || words.contains("or");
  }

  /**
   * Whether {@code b} follows {@code a} in a list: nothing between them but a comma, "and" or "or",
   * and a word in lower case that qualifies {@code b} ("Basingstoke and west London").
   */
  private static boolean listed(NameCandidate a, NameCandidate b, AnnotatedText annotated) {
    if (a.sentence != b.sentence || b.tokenStart <= a.tokenEnd || b.tokenStart - a.tokenEnd > 3) {
      return false;
    }
    List<String> words = wordsBetween(a, b, annotated);
    Token before = annotated.sentences().get(b.sentence).tokens().get(b.tokenStart - 1);
    if (words.size() > 1 && QUALIFIER_TAGS.matcher(before.pos()).matches()
        && Character.isLowerCase(before.word().codePointAt(0))) {
      words = words.subList(0, words.size() - 1);
    }
    return words.equals(List.of(",")) || words.equals(List.of("and")) || words.equals(List.of("or"))
        || words.equals(List.of(",", "and")) || words.equals(List.of(",", "or"));
  }

  /** The words between two names of one sentence, in lower case. */
  private static List<String> wordsBetween(NameCandidate a, NameCandidate b, AnnotatedText annotated) {
    return annotated.sentences().get(a.sentence).tokens().subList(a.tokenEnd, b.tokenStart).stream()
        .map(t -> t.word().toLowerCase(Locale.ROOT))
        .toList();
  }

  /**
   * A place of no known kind listed with a city ("between Moscow and Pyongyang", "Moscow, Pyongyang
   * or Beijing") is a city too: lists join places of one kind.
   */
  static void kindsFromCoordination(List<NameCandidate> candidates, AnnotatedText annotated) {
    for (int i = 0; i + 1 < candidates.size(); i++) {
      NameCandidate a = candidates.get(i);
      NameCandidate b = candidates.get(i + 1);
      if (a.type != EntityType.LOCATION || b.type != EntityType.LOCATION || a.sentence != b.sentence
          || a.tokenEnd >= b.tokenStart || (a.placeKind == LocationKind.OTHER) == (b.placeKind == LocationKind.OTHER)) {
        continue;
      }
      List<Token> between = annotated.sentences().get(a.sentence).tokens().subList(a.tokenEnd, b.tokenStart);
      boolean listed =
          between.size() == 1 && Set.of("and", "or", ",").contains(between.get(0).word().toLowerCase(Locale.ROOT));
      NameCandidate other = a.placeKind == LocationKind.OTHER ? a : b;
      NameCandidate known = other == a ? b : a;
      if (listed && known.placeKind == LocationKind.CITY) {
        other.placeKind = LocationKind.CITY;
      }
    }
  }
}
