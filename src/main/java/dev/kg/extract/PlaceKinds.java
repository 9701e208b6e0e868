package dev.kg.extract;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.PlaceGazetteer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of place a name is, from the strongest evidence the document gives, in this order:
 *
 * <ol>
 *   <li>the shape of the name: a site ("Vostochny Cosmodrome", "Hmeimim Air Base") or a building
 *       ("White House") is a {@code FACILITY}, a sea, gulf or region by name ("Sea of Japan", "Amur
 *       Region") a {@code REGION};
 *   <li>the text around it: a dateline ("PYONGYANG, June 19", "LONDON 1996-08-30"), "the city of X", a
 *       capital named ("the Ukrainian capital, Kyiv") or a city or town the parse puts in apposition or
 *       after a copula ("Erbil, the region's largest city") makes a {@code CITY}, "the X region" a {@code
 *       REGION};
 *   <li>CoreNLP's gazetteers ({@link PlaceGazetteer}): countries, states and provinces, and continents
 *       and regions, which CoreNLP's fine-grained NER sometimes takes for cities ("Asia"); a place no
 *       list calls a country or region that speaks for a government ("Washington warned") is a city;
 *   <li>the fine-grained NER tag.
 * </ol>
 *
 * Facility shapes make a place of a name the recogniser took for an organisation; a place no evidence
 * names the kind of is {@code OTHER}.
 *
 * <pre>{@code
 * Optional<LocationKind> stated = PlaceKinds.statedKind(annotated, sentence, first, last + 1, "Pyongyang");
 * LocationKind kind = PlaceKinds.kind(stated, annotated, sentence, first, last + 1, "Pyongyang", "LOCATION");
 * }</pre>
 */
public final class PlaceKinds {

  // The head nouns of site names, and of seas and regions: how such names are written, not a list of places.
  private static final Pattern FACILITY_HEAD =
      Pattern.compile("Cosmodrome|Spaceport|Airport|Airfield|Airbase|Base|Harbou?r|Shipyard|Dam|Reactor|Launch Site");
  // Buildings, which is how news writes a seat of government ("the White House", "the Elysee Palace",
  // "City Hall"): a FACILITY where the recogniser found a place, but no reason to make a place of an
  // organisation so named ("Random House", "Crystal Palace").
  private static final Pattern BUILDING_HEAD = Pattern.compile("House|Palace|Castle|Hall");
  private static final Pattern REGION_HEAD =
      Pattern.compile("Region|Ocean|Sea|Gulf|Peninsula|Strait|Straits|Bay|Desert|Basin|Valley|Mountains|Continent");
  // The head nouns of landforms, waters, roads and the units of states that no organisation's name ends
  // in: "Nabesna Glacier", "Kunene Province", "Bruce Highway", "Patriot Hills", "Tver Oblast".
  private static final Pattern GEOGRAPHIC_HEAD = Pattern.compile(
      "Glacier|Peaks|Reservoir|Canyon|Creek|Province|Governorate|Prefecture|Voivodeship|Highway|Wilderness"
          + "|Hills|Plains|Divide|Pass|Fjord|Beach|Esplanade|Monument|Oblast|Oblasts");
  // Heads that also end companies' and clubs' names ("Battle Mountain", a mining company; "Derby County";
  // a school district), so they make a place only of a name the models took for a person.
  private static final Pattern PERSONLESS_HEAD = Pattern.compile("Mountain|Peak|Range|River|Island|Islands|District");
  // The first words of a two-word landform's name: "Lake Tana", "Mount Shinn"; "Mount Sinai" is a hospital.
  private static final Set<String> GEOGRAPHIC_FIRST_WORDS = Set.of("Lake", "Mount");
  // The nouns a definition gives a settlement or a landform: "Leonessa is a town", "Goght is a village".
  private static final Set<String> DEFINING_PLACE_NOUNS =
      Set.of("town", "village", "city", "hamlet", "municipality", "comune", "commune", "community", "suburb",
          "settlement", "resort", "neighbourhood", "neighborhood", "lake", "river", "mountain", "island");
  // The words a definition may put between its article and the noun: "a German seaside resort".
  private static final Pattern DEFINITION_MODIFIER = Pattern.compile("JJ.*|NN|NNP|VBN|HYPH");
  private static final int DEFINITION_MODIFIERS = 3;
  private static final Set<String> REGION_NOUNS = Set.of("region", "regions", "peninsula", "continent");
  private static final Set<String> CITY_NOUNS = Set.of("city", "town");
  // What may stand between a name's comma and "capital" in "Kyiv, the Ukrainian capital" or "Kyiv,
  // Ukraine's capital": determiners, adjectives, proper nouns and possessives.
  private static final Pattern CAPITAL_MODIFIER = Pattern.compile("DT|JJ.*|NNPS?|POS");
  private static final int CAPITAL_MODIFIERS = 3;
  private static final Pattern ALL_CAPITALS = Pattern.compile("[\\p{Lu}\\p{Pd}.' ]*\\p{Lu}[\\p{Lu}\\p{Pd}.' ]*");
  private static final int DATELINE_SENTENCES = 3;
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  /** The place tags CoreNLP's fine-grained NER gives where its KBP gazetteers list the name as a place. */
  private static final Set<String> GAZETTEER_TAGS = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> DATELINE_FOLLOWERS = Set.of("DATE", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private PlaceKinds() {}

  /**
   * Whether a place the gazetteers tagged ({@code nerTag} one of their tags) at tokens {@code [first,
   * end)} is a word of a name the statistical model typed {@code MISC} around it: the "U.S." of the
   * "U.S. Open", the "Miss" (Mississippi) of "Miss Universe", the "Australia" of "Australia Day". The
   * gazetteers match words, not names, so their tag on part of a longer name is no place.
   */
  static boolean isInsideOtherName(List<Token> tokens, int first, int end, String nerTag) {
    if (!GAZETTEER_TAGS.contains(nerTag)) {
      return false;
    }
    return (first > 0 && tokens.get(first - 1).ner().equals("MISC"))
        || (end < tokens.size() && tokens.get(end).ner().equals("MISC"));
  }

  /** Whether a name of that shape is a site, whatever the recogniser typed it. */
  static boolean isFacilityName(String name) {
    return FACILITY_HEAD.matcher(lastWord(name)).matches() || name.endsWith("Launch Site");
  }

  /** Whether a name of that shape is a sea, gulf, region or the like ("Arabian Sea", "Korean Peninsula"). */
  static boolean isRegionName(String name) {
    return REGION_HEAD.matcher(lastWord(name)).matches() || name.startsWith("Sea of") || name.startsWith("Gulf of");
  }

  /**
   * Whether a name of that shape is a landform, a water, a road or a unit of a state ("Nabesna
   * Glacier", "Kunene Province"), whatever the recogniser typed it; where it typed a person, also
   * "Regal Mountain", "Lake Tana" (no surname ends a name with a second word "Lake" before it).
   */
  static boolean isGeographicName(String name, boolean typedPerson) {
    String[] words = name.strip().split(" ");
    String head = words[words.length - 1];
    return words.length > 1
        && (GEOGRAPHIC_HEAD.matcher(head).matches()
            || (typedPerson && (PERSONLESS_HEAD.matcher(head).matches()
                || (words.length == 2 && GEOGRAPHIC_FIRST_WORDS.contains(words[0])))));
  }

  /**
   * The first token of the name whose head alone the recogniser tagged at {@code head}: the capitalised
   * words before a bare site or region noun ("Indian" of "the Indian Ocean", which CoreNLP's gazetteers
   * tag a nationality, "Korean Peninsula"); {@code head} itself when the token is no such noun or no
   * capitalised word precedes it.
   */
  static int startOfHeadedName(List<Token> tokens, int head) {
    String word = tokens.get(head).word();
    if (!FACILITY_HEAD.matcher(word).matches() && !REGION_HEAD.matcher(word).matches()) {
      return head;
    }
    int first = head;
    while (first > 0 && isCapitalisedWord(tokens.get(first - 1))) {
      first--;
    }
    return first;
  }

  private static boolean isCapitalisedWord(Token token) {
    String word = token.word();
    return Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)
        && (token.pos().startsWith("NNP") || token.pos().startsWith("JJ"));
  }

  /**
   * The kind of the place named by tokens {@code [first, end)} of {@code sentence}.
   *
   * @param stated what {@link #statedKind} gives for the same name, which its caller keeps for the
   *     entity's kind (see {@link NameCandidate#statedKind}) instead of reading the text twice
   * @param nerTag the recogniser's fine-grained tag of the name
   */
  static LocationKind kind(
      Optional<LocationKind> stated, AnnotatedText annotated, int sentence, int first, int end, String name,
      String nerTag) {
    if (stated.isPresent()) {
      return stated.get();
    }
    PlaceGazetteer places = PlaceGazetteer.shared();
    if (places.isCountry(name)) {
      return LocationKind.COUNTRY;
    }
    boolean region = places.isRegion(name);
    if (!region && speaksAsGovernment(annotated.sentences().get(sentence), first, end)) {
      return LocationKind.CITY;
    }
    if (places.isStateOrProvince(name)) {
      return LocationKind.STATE_OR_PROVINCE;
    }
    if (region) {
      return LocationKind.REGION;
    }
    return switch (nerTag) {
      case "CITY" -> LocationKind.CITY;
      case "COUNTRY" -> LocationKind.COUNTRY;
      case "STATE_OR_PROVINCE" -> LocationKind.STATE_OR_PROVINCE;
      default -> LocationKind.OTHER;
    };
  }

  /**
   * The kind the name's own shape or the text around it states, the first two kinds of evidence above;
   * empty where only a gazetteer or the recogniser's tag would give one. A stated kind outranks guessed
   * ones wherever mentions' kinds are weighed: "Russia's Kursk border region" says what "Kursk" is,
   * where the gazetteer's CITY on a bare "in Kursk" is what most documents mean by the name.
   */
  static Optional<LocationKind> statedKind(AnnotatedText annotated, int sentence, int first, int end, String name) {
    if (isFacilityName(name) || BUILDING_HEAD.matcher(lastWord(name)).matches()) {
      return Optional.of(LocationKind.FACILITY);
    }
    if (isRegionName(name)) {
      return Optional.of(LocationKind.REGION);
    }
    Optional<LocationKind> fromText = fromText(annotated.sentences().get(sentence).tokens(), sentence, first, end, name);
    if (fromText.isPresent() || !isCalledCity(annotated.sentences().get(sentence), first, end)) {
      return fromText;
    }
    return Optional.of(LocationKind.CITY);
  }

  /**
   * Whether the name opens one of the first sentences as a dateline: in capitals, then a date, or a
   * comma and then a date, a place or a parenthesis ("PYONGYANG, June 19 (Reuters)", "AL-AIN, United
   * Arab Emirates 1996-12-06", "LONDON 1996-08-30"); "NATO, the alliance, said" is no dateline.
   */
  public static boolean isDateline(List<Token> tokens, int sentence, int first, int end, String name) {
    if (sentence >= DATELINE_SENTENCES || first != 0 || end >= tokens.size() || name.length() <= 2
        || !ALL_CAPITALS.matcher(name).matches()) {
      return false;
    }
    Token next = tokens.get(end);
    if (next.ner().equals("DATE")) {
      return true;
    }
    if (!next.word().equals(",") || end + 1 >= tokens.size()) {
      return false;
    }
    Token after = tokens.get(end + 1);
    return DATELINE_FOLLOWERS.contains(after.ner()) || Parentheses.opens(after);
  }

  /**
   * Whether the text around the name shows it is a place, whatever most documents mean by the name:
   * a dateline, "the city of X" or "the X region", a place CoreNLP's KBP gazetteers list where its
   * model tagged a place (the fine-grained tag: "a Texas woman", though sports pages name a team
   * "Texas"), or "in X" where the recogniser took X for a place ("In Detroit, the Tigers won").
   */
  static boolean isPlaceInContext(List<Token> tokens, int sentence, int first, int end, String name, String nerTag) {
    if (isDatelinePlace(tokens, sentence, first, end, name) || fromText(tokens, sentence, first, end, name).isPresent()) {
      return true;
    }
    if (GAZETTEER_TAGS.contains(nerTag)) {
      return true;
    }
    return first > 0 && lower(tokens.get(first - 1)).equals("in") && PLACE_TAGS.contains(nerTag);
  }

  /**
   * Whether the words right after the name define it as a settlement or a landform: "Leonessa is a
   * town", "Goght (; formerly Goghot) is a village", "Boltenhagen is a German seaside resort", "Bucha,
   * a town near Kyiv". The noun must end the phrase: "Smith, a town councillor" defines a person.
   */
  static boolean isDefinedAsPlace(List<Token> tokens, int end) {
    int t = end;
    if (t < tokens.size() && Parentheses.opens(tokens.get(t))) {
      while (t < tokens.size() && !Parentheses.closes(tokens.get(t))) {
        t++;
      }
      t++;
    }
    if (t + 2 >= tokens.size() || !Set.of("is", "was", ",").contains(lower(tokens.get(t)))
        || !Set.of("a", "an").contains(lower(tokens.get(t + 1)))) {
      return false;
    }
    for (int n = t + 2; n < tokens.size() && n <= t + 2 + DEFINITION_MODIFIERS; n++) {
      if (DEFINING_PLACE_NOUNS.contains(lower(tokens.get(n)))) {
        return n + 1 >= tokens.size() || !tokens.get(n + 1).pos().startsWith("NN");
      }
      if (!DEFINITION_MODIFIER.matcher(tokens.get(n).pos()).matches()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the text calls the name at tokens {@code [first, end)} a city, a town or a capital: "the
   * city of X", a capital named ("The capital, Plymouth, in the south east"), or a city or town the
   * parse puts in apposition or after a copula ("Erbil, the region's largest city"). The words that give
   * a place its kind say it is a place, whatever the recogniser typed it: the CoNLL model, trained on
   * sports pages, reads many towns as the clubs named after them.
   */
  static boolean isCalledSettlement(AnnotatedText annotated, int sentence, int first, int end) {
    Sentence words = annotated.sentences().get(sentence);
    return isCalledCapital(words.tokens(), first, end) || isCityOf(words.tokens(), first)
        || isCalledCity(words, first, end);
  }

  /** Whether the name is a place a dateline names: its city, or the country or state after it. */
  static boolean isDatelinePlace(List<Token> tokens, int sentence, int first, int end, String name) {
    return isDateline(tokens, sentence, first, end, name)
        || (sentence < DATELINE_SENTENCES && end < tokens.size() && isDatelineRegion(tokens, first, end));
  }

  /**
   * Whether tokens {@code [first, end)} are the country, state or region after a dateline's city,
   * itself in capitals: "CARLSBAD, California 1996-08-21", "AL-AIN, United Arab Emirates (Reuters)".
   */
  private static boolean isDatelineRegion(List<Token> tokens, int first, int end) {
    if (first < 2 || !tokens.get(first - 1).word().equals(",")) {
      return false;
    }
    for (int i = 0; i < first - 1; i++) {
      if (!ALL_CAPITALS.matcher(tokens.get(i).word()).matches()) {
        return false;
      }
    }
    Token next = tokens.get(end);
    return next.ner().equals("DATE") || Parentheses.opens(next);
  }

  /**
   * Whether the place named at tokens {@code [first, end)} speaks the way news makes a capital speak
   * for its government: the subject of a verb of saying ("Washington warned"), or the source of what
   * was said, a noun of such a verb ("claims from Kyiv", "reports from South Korea and Washington").
   * A country speaks so too, and is asked first; a state or a place of no known kind that does is the
   * capital, not the state ({@code Washington}, which CoreNLP lists only as a state). A name written
   * after "the" is no city: "the Kremlin said" is the seat of a government speaking.
   */
  static boolean speaksAsGovernment(Sentence sentence, int first, int end) {
    List<Token> tokens = sentence.tokens();
    if (first > 0 && lower(tokens.get(first - 1)).equals("the")) {
      return false;
    }
    for (Dependency edge : sentence.dependencies()) {
      if (edge.dependent() < first || edge.dependent() >= end || edge.governor() < 0) {
        continue;
      }
      Token governor = tokens.get(edge.governor());
      String said = governor.lemma().toLowerCase(Locale.ROOT);
      boolean speaker = edge.relation().equals("nsubj") && governor.pos().startsWith("VB");
      boolean source = edge.relation().equals("nmod:from") && governor.pos().startsWith("NN");
      if ((speaker || source) && CommunicationVerbs.QUOTING.contains(said)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text calls the place at tokens {@code [first, end)} a capital: "the Ukrainian capital,
   * Kyiv", "the capital Kyiv", "Vilnius, the capital of Lithuania", "Kyiv, Ukraine's capital".
   */
  private static boolean isCalledCapital(List<Token> tokens, int first, int end) {
    int before = first > 0 && tokens.get(first - 1).word().equals(",") ? first - 2 : first - 1;
    if (before >= 0 && tokens.get(before).word().equals("capital")) {
      return true;
    }
    if (end >= tokens.size() || !tokens.get(end).word().equals(",")) {
      return false;
    }
    for (int t = end + 1; t < tokens.size() && t <= end + 1 + CAPITAL_MODIFIERS; t++) {
      if (tokens.get(t).word().equals("capital")) {
        // "Sudan, the capital Khartoum": the capital is the name after the noun.
        return t + 1 >= tokens.size() || !tokens.get(t + 1).pos().startsWith("NNP");
      }
      if (!CAPITAL_MODIFIER.matcher(tokens.get(t).pos()).matches()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the parse makes the place at tokens {@code [first, end)} a city, a town or a capital: in
   * apposition, however many words qualify the noun ("Erbil, the region's largest city", "Bucha, a town
   * near Kyiv"), or as the subject of such a noun after a copula ("Kandahar is a city of half a million
   * people"). Many cities are in no gazetteer CoreNLP ships; the text that names one often says what it is.
   */
  private static boolean isCalledCity(Sentence sentence, int first, int end) {
    List<Token> tokens = sentence.tokens();
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() < 0) {
        continue;
      }
      boolean governorInName = edge.governor() >= first && edge.governor() < end;
      boolean dependentInName = edge.dependent() >= first && edge.dependent() < end;
      if (edge.relation().equals("appos") && governorInName != dependentInName) {
        Token noun = tokens.get(governorInName ? edge.dependent() : edge.governor());
        if (isCityNoun(noun)) {
          return true;
        }
      }
      if (edge.relation().startsWith("nsubj") && dependentInName && !governorInName
          && isCityNoun(tokens.get(edge.governor())) && hasCopula(sentence, edge.governor())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCityNoun(Token token) {
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    return token.pos().startsWith("NN") && !token.pos().startsWith("NNP")
        && (CITY_NOUNS.contains(lemma) || lemma.equals("capital"));
  }

  // "Kandahar is a city" says what Kandahar is; "he was in the capital city" says where he was, a
  // preposition before the noun.
  private static boolean hasCopula(Sentence sentence, int head) {
    List<Dependency> edges = sentence.dependencies();
    return edges.stream().anyMatch(edge -> edge.governor() == head && edge.relation().equals("cop"))
        && edges.stream().noneMatch(edge -> edge.governor() == head && edge.relation().equals("case"));
  }

  private static Optional<LocationKind> fromText(List<Token> tokens, int sentence, int first, int end, String name) {
    if (isDateline(tokens, sentence, first, end, name) || isCalledCapital(tokens, first, end)) {
      return Optional.of(LocationKind.CITY);
    }
    String before = first >= 2 ? lower(tokens.get(first - 2)) + " " + lower(tokens.get(first - 1)) : "";
    String after = end < tokens.size() ? lower(tokens.get(end)) : "";
    if (isCityOf(tokens, first) || after.equals("city")) {
      return Optional.of(LocationKind.CITY);
    }
    if (REGION_NOUNS.contains(after) || before.equals("region of") || isRegionAfterNoun(tokens, end)) {
      return Optional.of(LocationKind.REGION);
    }
    return Optional.empty();
  }

  // "the Kursk border region", "the Kharkiv frontline region": one lower-case noun may qualify the
  // region noun after the name, as it does in "the X region" itself.
  private static boolean isRegionAfterNoun(List<Token> tokens, int end) {
    return end + 1 < tokens.size() && tokens.get(end).pos().equals("NN")
        && Character.isLowerCase(tokens.get(end).word().charAt(0)) && REGION_NOUNS.contains(lower(tokens.get(end + 1)));
  }

  /**
   * Whether a common noun is one "the X region" calls a name a region by: a place named as its modifier
   * ("Russia's Kursk border region", "the Narva region of Estonia") is the region the noun describes. A
   * town or city noun is not read so: its "of" phrase names the town ("the California town of Ojai").
   */
  public static boolean isRegionNoun(Token noun) {
    return noun.pos().startsWith("NN") && REGION_NOUNS.contains(lower(noun));
  }

  // "the city of X", "the town of X"
  private static boolean isCityOf(List<Token> tokens, int first) {
    return first >= 2 && lower(tokens.get(first - 1)).equals("of") && CITY_NOUNS.contains(lower(tokens.get(first - 2)));
  }

  private static String lower(Token token) {
    return token.word().toLowerCase(Locale.ROOT);
  }

  private static String lastWord(String name) {
    String stripped = name.strip();
    return stripped.substring(stripped.lastIndexOf(' ') + 1);
  }
}
