package dev.kg.extract.relation;

import dev.kg.extract.CreditLines;
import dev.kg.extract.DependencyIndex;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.extract.PlaceKinds;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where organisations, places and people are, from the parse: "Springfield, Illinois" (a place, a
 * comma, a larger place), "the port in Vladivostok", "North Korea's official news agency KCNA", "an
 * institute based in Seoul", "Acme Co. of Springfield" are {@code LOCATED_IN} from the organisation
 * or smaller place to the place that contains it; "John Smith of Springfield" is {@code LIVES_IN},
 * "John Smith of Acme" {@code MEMBER_OF}, and so are "John Smith and Ann Lee of Acme", "John Smith, 45, of
 * Springfield" and "John Smith at Acme"; "John Smith was born in Springfield", "John Smith, born in
 * Springfield,", "John Smith (born 1950 in Springfield)", "Smith was a writer born in Springfield" and
 * "Springfield, where Smith was born" {@code BORN_IN}; a
 * place's possessive before a person's name, "Ohio's Richard Celeste", is {@code LIVES_IN} (a country's
 * {@code CITIZEN_OF}); a person's home is where the person lives ("her Germantown home", "his home in
 * Larchmont", "Beaumont, Texas, Smith's hometown"), and so is a person's native place ("his native
 * South Carolina") and the place a copula says the person is from ("Smith is from Ohio"); a
 * birthplace ("Smith's Ohio birthplace", "Ohio born Smith") is {@code BORN_IN}, an organisation's
 * headquarters ("Acme's Springfield headquarters") {@code LOCATED_IN}.
 * What is in "Springfield, Illinois" is in Illinois too. "The Daily Post, the newspaper of the Labour
 * Party" is {@code AFFILIATED_WITH} the party. A place described by a common noun that names a
 * larger place is in it: "Kiev, the capital of Ukraine", "Ukraine's capital, Kiev", "the Ukrainian
 * city of Kharkiv" when the country is named. An organisation the parse gives a place as compound
 * modifier is based there ("Havana Radio Reloj"), and one whose name starts with a nationality is
 * based in that country when the sentence names it ("the Chinese Government ... China"). A name
 * followed by "in" and a place is in it even where the parser hangs the phrase from the verb ("taken
 * to the International Court of Justice in The Hague"), a person described as someone "from" a
 * place lives there ("Derwinski, a Republican from Chicago"), and a person whose possessive names an
 * organisation belongs to it ("Mulroney's Progressive Conservative Party", {@code MEMBER_OF}).
 */
final class PlaceExtractor {

  private static final Pattern DESCRIPTION_TAG = Pattern.compile("NN.*|JJ");
  private static final Pattern APPOSITIVE_TAG = Pattern.compile("DT|JJ.*|NN.*");
  private static final Set<String> SEATED = Set.of("base", "headquarter", "locate");
  private static final Set<String> HOMES = Set.of("home", "hometown", "homes", "residence");
  /** A person's birthplace is a home that says more: where the person was born. */
  private static final String BIRTHPLACE = "birthplace";
  /** An organisation's seat, written like a person's home: "the agency's Rockville headquarters". */
  private static final Set<String> SEATS = Set.of("headquarters", "offices");
  /** The heads of a country's offices in another country, which its nationality does not place. */
  private static final Set<String> DIPLOMATIC_MISSIONS = Set.of("embassy", "consulate", "legation");
  /** How the parser hangs a birth participle from the name or noun it describes. */
  private static final Set<String> BIRTH_ATTACHMENTS = Set.of("acl", "amod", "dep", "appos");
  private static final Set<String> CONTAINING = Set.of("nmod:in", "nmod:poss", "obl:in", "nmod:of", "nmod:from");
  /** How the words of a title written before a name hang from it and from each other. */
  private static final Set<String> TITLE_MODIFIERS = Set.of("compound", "amod", "flat", "nmod:poss", "nmod:of");
  /** The kinds of place a town written before them with a comma lies in (an EnumSet: a kind may be null). */
  private static final Set<LocationKind> CONTAINING_KINDS =
      EnumSet.of(LocationKind.COUNTRY, LocationKind.STATE_OR_PROVINCE, LocationKind.REGION);

  private final EntityIndex index;
  private final FactSink sink;

  PlaceExtractor(EntityIndex index, FactSink sink) {
    this.index = index;
    this.sink = sink;
  }

  void extract(ParsedSentence sentence) {
    for (int t = 0; t < sentence.size(); t++) {
      Optional<Mention> inner = name(sentence, t);
      if (inner.isEmpty()) {
        continue;
      }
      if (index.typeOf(inner.get().entityId()) == EntityType.PERSON) {
        describedPerson(sentence, t, inner.get());
        List<Integer> phrases = new ArrayList<>(ofPhrases(sentence, t));
        ofAfterComma(sentence, t, inner.get()).filter(phrase -> !phrases.contains(phrase)).ifPresent(phrases::add);
        for (int place : phrases) {
          Optional<Mention> outer = name(sentence, place);
          if (outer.isPresent() && index.typeOf(outer.get().entityId()) == EntityType.LOCATION) {
            located("LIVES_IN", sentence, inner.get(), outer.get(), place, 0.7, "person-of-place");
          } else if (outer.isPresent() && index.typeOf(outer.get().entityId()) == EntityType.ORGANIZATION) {
            sink.add("MEMBER_OF", inner.get(), outer.get(), 0.6, sentence.index(), null, null, "person-of-organisation");
          }
        }
        for (int place : sentence.dependents(t, r -> r.equals("nmod:at"))) {
          name(sentence, place).filter(outer -> index.typeOf(outer.entityId()) == EntityType.ORGANIZATION).ifPresent(outer ->
              sink.add("MEMBER_OF", inner.get(), outer, 0.6, sentence.index(), null, null, "person-at-organisation"));
        }
        for (int place : sentence.dependents(t, r -> r.equals("nmod:poss"))) {
          name(sentence, place).filter(outer -> index.typeOf(outer.entityId()) == EntityType.LOCATION).ifPresent(outer ->
              sink.add(index.isCountry(outer.entityId()) ? "CITIZEN_OF" : "LIVES_IN", inner.get(), outer, 0.6,
                  sentence.index(), null, null, "place-possessive"));
        }
        continue;
      }
      commaPlace(sentence, t, inner.get());
      placeAfter(sentence, t, inner.get());
      if (index.typeOf(inner.get().entityId()) == EntityType.LOCATION) {
        nativePlace(sentence, t, inner.get());
        fromPlace(sentence, t, inner.get());
      }
      if (index.typeOf(inner.get().entityId()) == EntityType.ORGANIZATION) {
        describedOrganisation(sentence, t, inner.get());
        nationalOrganisation(sentence, t, inner.get());
        possessingPerson(sentence, t, inner.get());
        creditLine(sentence, t, inner.get());
        for (int place : sentence.dependents(t, r -> r.equals("compound"))) {
          if (place < t) {
            contained(sentence, inner.get(), place, 0.7, "place-before-organisation");
          }
        }
      } else if (!index.isCountry(inner.get().entityId())) {
        describedPlace(sentence, t, inner.get());
      }
      for (Dependency edge : sentence.dependents(t)) {
        if (CONTAINING.contains(edge.relation())
            && !(edge.relation().equals("nmod:of") && index.typeOf(inner.get().entityId()) == EntityType.LOCATION)) {
          contained(sentence, inner.get(), edge.dependent(), edge.relation().equals("nmod:poss") ? 0.6 : 0.7, "place-modifier");
        } else if (edge.relation().equals("acl") && SEATED.contains(sentence.token(edge.dependent()).lemma())) {
          for (int place : sentence.dependents(edge.dependent(), r -> r.equals("obl:in") || r.equals("nmod:in"))) {
            contained(sentence, inner.get(), place, 0.85, "based-in");
          }
        }
      }
    }
    for (int t = 0; t < sentence.size(); t++) {
      passiveSeat(sentence, t);
      bornAfterPlace(sentence, t);
      home(sentence, t);
    }
  }

  /**
   * "Havana Radio Reloj Network in Spanish 1402 GMT", "Bangkok THE NATION" alone on its line: the
   * credit line of a monitored report names the outlet after the city it publishes or broadcasts from
   * ({@link CreditLines}), so the outlet is based there, however the parser linked the two words.
   */
  private void creditLine(ParsedSentence sentence, int token, Mention outlet) {
    if (token == 0 || sentence.firstToken(outlet) != token) {
      return;
    }
    Optional<Mention> city = name(sentence, token - 1)
        .filter(place -> index.typeOf(place.entityId()) == EntityType.LOCATION && !index.isCountry(place.entityId()));
    if (city.isEmpty()) {
      return;
    }
    if (CreditLines.isLine(sentence.tokens(), sentence.firstToken(city.get()), sentence.lastToken(outlet) + 1)) {
      sink.add("LOCATED_IN", outlet, city.get(), 0.7, sentence.index(), null, null, "credit-line");
    }
  }

  /**
   * A person's possessive before an organisation's name ("Brian Mulroney's Progressive Conservative
   * Party", "Hernandez Galicia's Mexican Oil Workers Union"): the person belongs to it, as a leader,
   * founder or member; which of them the possessive does not say, so the fact is membership.
   */
  private void possessingPerson(ParsedSentence sentence, int token, Mention organisation) {
    for (int possessor : sentence.dependents(token, r -> r.equals("nmod:poss"))) {
      name(sentence, possessor).filter(person -> index.typeOf(person.entityId()) == EntityType.PERSON).ifPresent(person ->
          sink.add("MEMBER_OF", person, organisation, 0.6, sentence.index(), null, null, "person-possessive"));
    }
  }

  /**
   * The phrases after "of" or "from" that say where the person named at {@code token} is from or
   * belongs: the name's own, or else those written after the last name it is coordinated with, which
   * the parser hangs from either name ("James Blight and David Welch of Harvard University"). Those
   * are shared only with a name whose title does not already place it ({@link #placedByTitle}).
   */
  private List<Integer> ofPhrases(ParsedSentence sentence, int token) {
    List<Integer> conjuncts = sentence.dependents(token, r -> r.equals("conj:and")).stream()
        .filter(conjunct -> conjunct > token)
        .filter(conjunct -> name(sentence, conjunct).filter(m -> index.typeOf(m.entityId()) == EntityType.PERSON).isPresent())
        .toList();
    List<Integer> own = new ArrayList<>();
    List<Integer> shared = new ArrayList<>();
    for (int phrase : sentence.dependents(token, r -> r.equals("nmod:of") || r.equals("nmod:from"))) {
      (conjuncts.stream().anyMatch(conjunct -> conjunct < phrase) ? shared : own).add(phrase);
    }
    if (!own.isEmpty()) {
      return own;
    }
    if (placedByTitle(sentence, token)) {
      return List.of();
    }
    for (int conjunct : conjuncts) {
      sentence.dependents(conjunct, r -> r.equals("nmod:of") || r.equals("nmod:from")).stream()
          .filter(phrase -> phrase > conjunct)
          .forEach(shared::add);
    }
    return shared;
  }

  /**
   * Whether the title written before the name at {@code token} names a place, an organisation or a
   * nationality ("U.S. Secretary of State Condoleezza Rice"): a person the sentence already places
   * takes no share of the "of" phrase of the name coordinated after hers ("... Rice and Wu Yi of the
   * People's Republic of China" puts only Wu Yi in China).
   */
  private boolean placedByTitle(ParsedSentence sentence, int token) {
    int start = index.mentionAt(sentence.token(token)).map(Mention::start).orElse(sentence.token(token).start());
    List<Integer> pending = new ArrayList<>(List.of(token));
    Set<Integer> seen = new HashSet<>(pending);
    while (!pending.isEmpty()) {
      int current = pending.remove(pending.size() - 1);
      for (int modifier : sentence.dependents(current, TITLE_MODIFIERS::contains)) {
        if (sentence.token(modifier).end() > start || !seen.add(modifier)) {
          continue;
        }
        boolean placed = sentence.token(modifier).ner().equals("NATIONALITY") || name(sentence, modifier)
            .filter(m -> index.typeOf(m.entityId()) != EntityType.PERSON).isPresent();
        if (placed) {
          return true;
        }
        pending.add(modifier);
      }
    }
    return false;
  }

  /**
   * "Daniel Sullivan, 30, of Boothbay", "his widow, Norma Viscomi, of Niagara Falls": where news
   * writes a person's home town or organisation after the name (and the age), set off by commas, the
   * object of that "of", wherever the parser attached the phrase.
   */
  private Optional<Integer> ofAfterComma(ParsedSentence sentence, int token, Mention person) {
    if (token + 1 >= sentence.size() || sentence.token(token + 1).start() < person.end()) {
      return Optional.empty();
    }
    int next = token + 1;
    if (!sentence.token(next).word().equals(",")) {
      return Optional.empty();
    }
    next++;
    if (next + 1 < sentence.size() && sentence.token(next).pos().equals("CD") && sentence.token(next + 1).word().equals(",")) {
      next += 2;
    }
    if (next >= sentence.size() || !sentence.lower(next).equals("of")) {
      return Optional.empty();
    }
    return sentence.head(next, r -> r.equals("case")).map(Dependency::governor).filter(object -> object > token);
  }

  /**
   * "Derwinski, a Republican from Chicago", "David Cicippio, an electronics technician from North
   * Wales, Pa.": a person in apposition with a description of someone from a place lives there.
   */
  private void describedPerson(ParsedSentence sentence, int token, Mention person) {
    for (int description : sentence.dependents(token, r -> r.equals("appos"))) {
      // "a Republican" is an adjective to the tagger
      if (name(sentence, description).isPresent()
          || !DESCRIPTION_TAG.matcher(sentence.token(description).pos()).matches()) {
        continue;
      }
      for (int place : sentence.dependents(description, r -> r.equals("nmod:from"))) {
        placeAt(sentence, place)
            .filter(outer -> index.typeOf(outer.entityId()) == EntityType.LOCATION)
            .ifPresent(outer -> located("LIVES_IN", sentence, person, outer, place, 0.7, "person-described-from-place"));
      }
    }
  }

  /**
   * "her Germantown home", "his home in Larchmont", "Smith's hometown of Salida", "Beaumont, Texas,
   * Smith's hometown", "Ohio being Smith's home state": a home whose possessor is a person (a pronoun
   * counts through coreference) is in the place named before it, after "in" or "of", in apposition
   * with it or said to be it ({@code LIVES_IN}); a birthplace ("Smith's Ohio birthplace") says {@code
   * BORN_IN}. An organisation's headquarters or offices say where it is ({@code LOCATED_IN}: "the
   * agency's Rockville headquarters").
   */
  private void home(ParsedSentence sentence, int noun) {
    if (!sentence.token(noun).pos().startsWith("NN")) {
      return;
    }
    String word = sentence.lower(noun);
    boolean home = HOMES.contains(word) || sentence.dependents(noun, r -> r.equals("compound")).stream()
        .anyMatch(modifier -> modifier < noun && sentence.lower(modifier).equals("home"));
    boolean birthplace = word.equals(BIRTHPLACE);
    boolean seat = SEATS.contains(word);
    if (!home && !birthplace && !seat) {
      return;
    }
    for (int owner : sentence.dependents(noun, r -> r.equals("nmod:poss"))) {
      Optional<Mention> possessor = index.mentionAt(sentence.token(owner));
      EntityType type = possessor.map(m -> index.typeOf(m.entityId())).orElse(null);
      if (type != (seat ? EntityType.ORGANIZATION : EntityType.PERSON)) {
        continue;
      }
      String relation = seat ? "LOCATED_IN" : birthplace ? "BORN_IN" : "LIVES_IN";
      for (int place : homePlaces(sentence, noun)) {
        placeAt(sentence, place)
            .filter(outer -> index.typeOf(outer.entityId()) == EntityType.LOCATION)
            .ifPresent(outer -> located(relation, sentence, possessor.get(), outer, place, 0.75, seat ? "seat" : "home"));
      }
    }
  }

  /** Where the parse puts the place of a home: before it, after "in" or "of", in apposition, or as the subject it is said of. */
  private static List<Integer> homePlaces(ParsedSentence sentence, int noun) {
    List<Integer> places = new ArrayList<>(sentence.dependents(noun,
        r -> r.equals("compound") || r.equals("nmod:in") || r.equals("nmod:of") || r.equals("appos")));
    for (Dependency edge : sentence.heads(noun)) {
      if (edge.relation().equals("appos") && edge.governor() >= 0) {
        places.add(edge.governor());
      }
    }
    if (!sentence.dependents(noun, r -> r.equals("cop")).isEmpty()) {
      places.addAll(sentence.dependents(noun, r -> r.equals("nsubj")));
    }
    return places;
  }

  /**
   * "his native South Carolina", "her native Sweden": a place qualified by "native" and a person's
   * possessive (a pronoun counts through coreference) is where that person is from, as "a native of"
   * it says: {@code LIVES_IN}, or {@code CITIZEN_OF} a country, as a place's possessive before a name
   * reads.
   */
  private void nativePlace(ParsedSentence sentence, int token, Mention place) {
    boolean nativeTo = sentence.dependents(token, r -> r.equals("amod")).stream()
        .anyMatch(adjective -> sentence.lower(adjective).equals("native"));
    if (!nativeTo) {
      return;
    }
    for (int owner : sentence.dependents(token, r -> r.equals("nmod:poss"))) {
      index.mentionAt(sentence.token(owner))
          .filter(person -> index.typeOf(person.entityId()) == EntityType.PERSON)
          .ifPresent(person -> sink.add(index.isCountry(place.entityId()) ? "CITIZEN_OF" : "LIVES_IN", person, place,
              0.75, sentence.index(), null, null, "native-place"));
    }
  }

  /**
   * "Madonna is from Bay City, Mich.", "Smith, who is from Ohio": a place a copula says someone is
   * from is where that person is from ({@code LIVES_IN}, as "a native of" it says); the subject may be a
   * pronoun coreference resolved.
   */
  private void fromPlace(ParsedSentence sentence, int token, Mention place) {
    boolean from = sentence.dependents(token, r -> r.equals("case")).stream().anyMatch(c -> sentence.lower(c).equals("from"));
    if (!from || sentence.dependents(token, r -> r.equals("cop")).isEmpty()) {
      return;
    }
    for (int subject : sentence.dependents(token, r -> r.equals("nsubj"))) {
      index.mentionAt(sentence.token(subject))
          .filter(person -> index.typeOf(person.entityId()) == EntityType.PERSON)
          .ifPresent(person -> located("LIVES_IN", sentence, person, place, token, 0.7, "person-from-place"));
    }
  }

  /**
   * "Illinois born Charlton Heston", "James Dickey, Georgia born, ...": a place written right before
   * "born" is the birthplace of the person named right after it, or of the person the place phrase is
   * in apposition with.
   */
  private void bornAfterPlace(ParsedSentence sentence, int born) {
    if (born == 0 || !sentence.lower(born).equals("born")) {
      return;
    }
    Optional<Mention> place = name(sentence, born - 1).filter(m -> index.typeOf(m.entityId()) == EntityType.LOCATION);
    if (place.isEmpty()) {
      return;
    }
    Optional<Mention> after = born + 1 < sentence.size() ? name(sentence, born + 1) : Optional.empty();
    Optional<Mention> person = after.filter(m -> m.start() >= sentence.token(born).end())
        .or(() -> sentence.head(born - 1, r -> r.equals("appos")).filter(edge -> edge.governor() >= 0)
            .flatMap(edge -> name(sentence, edge.governor())))
        .filter(m -> index.typeOf(m.entityId()) == EntityType.PERSON);
    person.ifPresent(p -> sink.add("BORN_IN", p, place.get(), 0.75, sentence.index(), null, null, "born-in"));
  }

  /**
   * "a patient at St. Nicholas Hospital in Gosforth", "taken to the International Court of Justice in
   * The Hague", "St. Louis County in northeastern Minnesota": a name followed right away by "in" (or,
   * for an organisation, "at") and a place is in that place, wherever the parser attached the
   * phrase (it often hangs it from the verb).
   */
  private void placeAfter(ParsedSentence sentence, int token, Mention inner) {
    boolean organisation = index.typeOf(inner.entityId()) == EntityType.ORGANIZATION;
    if (token + 2 >= sentence.size() || sentence.token(token + 1).start() < inner.end()
        || (!organisation && index.isCountry(inner.entityId()))) {
      return;
    }
    String preposition = sentence.lower(token + 1);
    if (!preposition.equals("in") && !(organisation && preposition.equals("at"))) {
      return;
    }
    sentence.head(token + 1, r -> r.equals("case"))
        .filter(edge -> edge.governor() > token + 1 && !isAttached(sentence, token, edge.governor()))
        .ifPresent(edge -> {
          contained(sentence, inner, edge.governor(), 0.6, "place-after-name");
          coordinatedBefore(sentence, token, inner, true)
              .forEach(other -> contained(sentence, other, edge.governor(), 0.6, "place-after-name"));
        });
  }

  /**
   * The names of {@code inner}'s type coordinated before it, none a country or followed by a state or
   * country of its own: "Gyandzha or Shamkhor in Azerbaijan", "Grande Isle and St. Albans, Vt.", where
   * the container written after the last is every item's. The parse hangs every later item of a list
   * from the first, so with {@code wholeList} the items between count too ("Brazoria, Fort Bend,
   * Galveston and Harris Counties in southeast Texas"): for a place written after "in", not after a
   * comma, which in a list may pair the last item alone with its town or state ("the Museum of
   * Contemporary Art, Chicago, ..., Eyebeam, New York").
   */
  private List<Mention> coordinatedBefore(ParsedSentence sentence, int token, Mention inner, boolean wholeList) {
    EntityType type = index.typeOf(inner.entityId());
    int first = firstConjunct(sentence, token);
    if (first >= token) {
      return List.of();
    }
    List<Integer> items = new ArrayList<>(List.of(first));
    if (wholeList) {
      sentence.dependents(first, r -> r.startsWith("conj")).stream()
          .filter(item -> item > first && sentence.token(item).start() < inner.start())
          .forEach(items::add);
    }
    List<Mention> others = new ArrayList<>();
    for (int item : items) {
      name(sentence, item)
          .filter(other -> index.typeOf(other.entityId()) == type && !index.isCountry(other.entityId()))
          .filter(other -> !hasOwnContainer(sentence, other))
          .filter(other -> others.stream().noneMatch(m -> m.entityId().equals(other.entityId())))
          .ifPresent(others::add);
    }
    return others;
  }

  /** Whether the parse already hangs {@code dependent} from {@code governor} (the modifier rules read it). */
  private static boolean isAttached(ParsedSentence sentence, int governor, int dependent) {
    return sentence.heads(dependent).stream().anyMatch(edge -> edge.governor() == governor);
  }

  /**
   * "Acme is headquartered in Springfield", "Ann Smith was born in Springfield, Illinois": a passive
   * verb of seat or birth with a named subject and a place after "in", or the place a "where" clause of
   * that verb describes ("Springfield, where Ann Smith was born"). A birth participle describing
   * the name says the same without a verb: "Tom Wolfe, born in Richmond, was ...", "Olof Berg (born 12
   * May 1981 in Bergen) is ...", "Burke was an Irish statesman born in Dublin" ({@link #describedByBirth}).
   */
  private void passiveSeat(ParsedSentence sentence, int verb) {
    String lemma = sentence.token(verb).lemma().toLowerCase(Locale.ROOT);
    boolean birth = lemma.equals("bear") && sentence.token(verb).word().equalsIgnoreCase("born");
    if (!birth && !SEATED.contains(lemma)) {
      return;
    }
    List<Integer> subjects = new ArrayList<>(sentence.dependents(verb, r -> r.equals("nsubj:pass") || r.equals("nsubj")));
    if (birth && subjects.isEmpty()) {
      subjects.addAll(describedByBirth(sentence, verb));
    }
    for (int subject : subjects) {
      Optional<Mention> inner = index.mentionAt(sentence.token(subject)).or(() -> appositiveName(sentence, subject));
      if (inner.isEmpty()) {
        continue;
      }
      EntityType type = index.typeOf(inner.get().entityId());
      if (birth != (type == EntityType.PERSON) || type == EntityType.LOCATION) {
        continue;
      }
      List<Integer> places = new ArrayList<>(sentence.dependents(verb, r -> r.equals("obl:in") || r.equals("nmod:in")));
      sentence.whereAntecedent(verb).ifPresent(places::add);
      for (int place : places) {
        placeAt(sentence, place)
            .filter(outer -> index.typeOf(outer.entityId()) == EntityType.LOCATION)
            .ifPresent(outer -> located(birth ? "BORN_IN" : "LOCATED_IN", sentence, inner.get(), outer, place, 0.85,
                birth ? "born-in" : "based-in"));
      }
    }
  }

  /**
   * The name in apposition with a description that is no name: "the seventh President of the United
   * States, Andrew Jackson, was born in Waxhaw" has the description as the verb's subject.
   */
  private Optional<Mention> appositiveName(ParsedSentence sentence, int description) {
    return sentence.dependents(description, r -> r.equals("appos")).stream()
        .map(appositive -> name(sentence, appositive))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Who a birth participle without a subject of its own describes, however the parser attached it
   * after a name: that name ("Tom Wolfe, born in Richmond, was ...", "Olof Berg (born 12 May 1981 in
   * Bergen) is ...", where the parser leaves the parenthesis a bare {@code dep}), or, after the noun a
   * copula predicates of someone, its subject ("Burke was an Irish statesman born in Dublin").
   */
  private static List<Integer> describedByBirth(ParsedSentence sentence, int born) {
    List<Integer> described = new ArrayList<>();
    for (Dependency edge : sentence.heads(born)) {
      int head = edge.governor();
      if (head < 0 || head > born || !BIRTH_ATTACHMENTS.contains(edge.relation())) {
        continue;
      }
      described.add(head);
      if (edge.relation().equals("acl") && !sentence.dependents(head, r -> r.equals("cop")).isEmpty()) {
        described.addAll(sentence.dependents(head, r -> r.equals("nsubj")));
      }
    }
    return described;
  }

  /**
   * "The Daily Post, the official newspaper of the Labour Party": an organisation in apposition with
   * a description that names another organisation ({@code AFFILIATED_WITH}) or a place ({@code
   * LOCATED_IN}) after "of" or in a possessive, or whose nationality adjective names a country the
   * document names ("the Russian news agency Tass", and "the Russian Tass news agency", where the
   * name qualifies the noun), as does a nationality right before a name the recogniser left it out of
   * ("the Italian Senate"); and "Acme is a rowing club in Riverview": the subject of a copula whose
   * noun is something "in" a place is there ({@code LOCATED_IN}).
   */
  private void describedOrganisation(ParsedSentence sentence, int token, Mention organisation) {
    List<Integer> descriptions = new ArrayList<>(sentence.dependents(token, r -> r.equals("appos")));
    sentence.heads(token).stream().filter(edge -> edge.relation().equals("appos") && edge.governor() >= 0)
        .forEach(edge -> descriptions.add(edge.governor()));
    unattachedAppositive(sentence, token).ifPresent(descriptions::add);
    List<Integer> nationalDescriptions = new ArrayList<>(descriptions);
    sentence.head(sentence.lastToken(organisation), r -> r.equals("compound")).map(Dependency::governor)
        .filter(noun -> noun > token && DependencyIndex.isCommonNoun(sentence.token(noun)))
        .ifPresent(nationalDescriptions::add);
    nationalDescriptions.add(token);
    for (int description : nationalDescriptions) {
      if (description != token
          && (name(sentence, description).isPresent() || !sentence.token(description).pos().startsWith("NN"))) {
        continue;
      }
      for (int owner : sentence.dependents(description, r -> r.equals("amod"))) {
        // a nationality inside a name is the name's own ("the Turkish Foreign Ministry"): nationalOrganisation's
        if (name(sentence, owner).isEmpty()) {
          index.nationalityAt(sentence, owner).filter(country -> index.isCountry(country.entityId())).ifPresent(country ->
              sink.add("LOCATED_IN", organisation, country, 0.6, sentence.index(), null, null, "organisation-nationality"));
        }
      }
    }
    for (int described : descriptions) {
      int description = sentence.partitiveNoun(described);
      if (name(sentence, description).isPresent() || !sentence.token(description).pos().startsWith("NN")) {
        continue;
      }
      for (int owner : sentence.dependents(description, r -> r.equals("nmod:of") || r.equals("nmod:poss"))) {
        name(sentence, owner).ifPresent(other -> {
          EntityType type = index.typeOf(other.entityId());
          if (type == EntityType.ORGANIZATION) {
            sink.add("AFFILIATED_WITH", organisation, other, 0.7, sentence.index(), null, null, "organisation-appositive");
          } else if (type == EntityType.LOCATION) {
            sink.add("LOCATED_IN", organisation, other, 0.6, sentence.index(), null, null, "organisation-appositive");
          }
        });
      }
    }
    sentence.heads(token).stream().filter(edge -> isPredicateNoun(sentence, edge)).forEach(edge -> {
      if (name(sentence, edge.governor()).isEmpty()) {
        for (int place : sentence.dependents(sentence.partitiveNoun(edge.governor()), r -> r.equals("nmod:in"))) {
          contained(sentence, organisation, place, 0.6, "organisation-description");
        }
      }
    });
  }

  /**
   * "the Chinese Government", "the Russian Defence Ministry", "the North Korean Workers' Party": an
   * organisation whose name starts with a nationality adjective, of one word or two (CoreNLP's demonym
   * list writes "North Korean", "South African"), is based in that country, when the sentence names it too.
   */
  private void nationalOrganisation(ParsedSentence sentence, int token, Mention organisation) {
    if (sentence.token(token).start() != organisation.start() || isDiplomaticMission(sentence, organisation)) {
      return;
    }
    int last = sentence.lastToken(organisation);
    for (int words = Math.min(2, last - token + 1); words >= 1; words--) {
      String adjective = sentence.text(sentence.token(token).start(), sentence.token(token + words - 1).end());
      if (adjective.length() < 2 || !Character.isUpperCase(adjective.charAt(0))) {
        return;
      }
      Optional<Entity> country = index.placeOfDemonym(adjective).filter(place -> index.isCountry(place.id()));
      if (country.isPresent()) {
        index.nameIn(country.get().id(), sentence.index()).ifPresent(name -> sink.add("LOCATED_IN", organisation, name,
            0.7, sentence.index(), null, null, "national-organisation"));
        return;
      }
    }
  }

  /**
   * "the Chinese Embassy", "the Russian Consulate": a country's mission sits in another country, so its
   * nationality says whose it is, not where it is.
   */
  private static boolean isDiplomaticMission(ParsedSentence sentence, Mention organisation) {
    String head = sentence.token(sentence.lastToken(organisation)).lemma().toLowerCase(Locale.ROOT);
    return DIPLOMATIC_MISSIONS.contains(head);
  }

  /**
   * "Kiev, the capital of Ukraine", "Ukraine's capital, Kiev", "the Ukrainian city of Kharkiv",
   * "Westmere is a hamlet in the town of Guilderland", "Russia's Kursk border region": a place in
   * apposition with, after "of", the modifier of a region noun ({@link PlaceKinds#isRegionNoun})
   * or the subject of a copula with, a common noun whose possessor, "of" or "in" complement or modifier
   * names a larger place.
   */
  private void describedPlace(ParsedSentence sentence, int token, Mention place) {
    // "Argentina's debt, Latin America's third largest": a place in the possessive qualifies the noun
    // after it, whatever the parser hung it on, so it is in apposition with no description.
    int after = sentence.lastToken(place) + 1;
    if (after < sentence.size() && sentence.token(after).pos().equals("POS")) {
      return;
    }
    List<Integer> descriptions = new ArrayList<>(sentence.dependents(token, r -> r.equals("appos")));
    sentence.heads(token).stream()
        .filter(edge -> (edge.relation().equals("appos") || edge.relation().equals("nmod:of")
            || isPredicateNoun(sentence, edge)) && edge.governor() >= 0)
        .forEach(edge -> descriptions.add(edge.governor()));
    appositiveOfHead(sentence, token, place).ifPresent(descriptions::add);
    // "Russia's Kursk border region", "the Donetsk region of Ukraine": a place named as the modifier of
    // a region noun is the region that noun describes, and the noun's possessor or "of" phrase contains it.
    sentence.heads(token).stream()
        .filter(edge -> edge.relation().equals("compound") && edge.governor() >= 0
            && PlaceKinds.isRegionNoun(sentence.token(edge.governor())))
        .forEach(edge -> descriptions.add(edge.governor()));
    for (int described : descriptions) {
      int description = sentence.partitiveNoun(described);
      if (name(sentence, description).isPresent() || !sentence.token(description).pos().startsWith("NN")) {
        continue;
      }
      for (int owner : sentence.dependents(description, r -> r.equals("nmod:of") || r.equals("nmod:poss")
          || r.equals("nmod:in") || r.equals("amod") || r.equals("compound"))) {
        // a place coordinated with this one is its sibling, not its container ("in the area of Port
        // Arthur and Galveston", where both hang from "area"), and the one a region noun names is the
        // region described ("the Narva region of Estonia" puts Narva in Estonia, not the reverse)
        if (owner != token && !coordinated(sentence, token, owner) && !namedByRegionNoun(sentence, description, owner)) {
          contained(sentence, place, owner, 0.7, "place-description");
        }
      }
      for (int owner : sentence.dependents(description, r -> r.equals("amod"))) {
        if (owner != token && name(sentence, owner).isEmpty()) {
          index.nationalityAt(sentence, owner).ifPresent(country ->
              sink.add("LOCATED_IN", place, country, 0.6, sentence.index(), null, null, "place-description"));
        }
      }
    }
  }

  /** Whether {@code owner} is the region a region noun names: "Narva" of "the Narva region". */
  private static boolean namedByRegionNoun(ParsedSentence sentence, int description, int owner) {
    return PlaceKinds.isRegionNoun(sentence.token(description))
        && sentence.head(owner, r -> r.equals("compound")).map(Dependency::governor).orElse(-1) == description;
  }

  private static boolean coordinated(ParsedSentence sentence, int one, int other) {
    return firstConjunct(sentence, one) == firstConjunct(sentence, other);
  }

  /**
   * The first conjunct of the coordination {@code token} belongs to, or the token itself: the parse hangs
   * every later conjunct from the first, so two later ones of a list ("the U.S. states of Iowa, Missouri,
   * Illinois, and Minnesota") are joined only through it.
   */
  private static int firstConjunct(ParsedSentence sentence, int token) {
    return sentence.head(token, r -> r.startsWith("conj")).map(Dependency::governor).filter(head -> head >= 0).orElse(token);
  }

  /**
   * The head of a noun phrase written right after the name ending at {@code token} and a comma, which
   * the parse left unattached ({@code dep}): an appositive it failed to see, as in "an article for the
   * Rodong Sinmun, the official newspaper of the Workers' Party, thanking ...".
   */
  private static Optional<Integer> unattachedAppositive(ParsedSentence sentence, int token) {
    if (token + 2 >= sentence.size() || !sentence.token(token + 1).word().equals(",")) {
      return Optional.empty();
    }
    for (int noun = token + 2; noun < sentence.size() && APPOSITIVE_TAG.matcher(sentence.token(noun).pos()).matches();
        noun++) {
      int head = noun;
      boolean unattached = sentence.head(noun, r -> r.equals("dep")).isPresent();
      boolean phrase = true;
      for (int i = token + 2; i < noun; i++) {
        int word = i;
        phrase &= sentence.heads(word).stream().anyMatch(edge -> edge.governor() == head);
      }
      if (unattached && phrase && sentence.token(noun).pos().startsWith("NN")) {
        return Optional.of(noun);
      }
    }
    return Optional.empty();
  }

  /**
   * The appositive written right after the place and a comma that the parser hung from the noun the
   * place modifies instead: "the meeting in Cuenca, third most important city in Ecuador" read as an
   * apposition of "meeting". Not where that noun has several, a list the parser read as appositions
   * ("near the School, the former Pudu Prison, the police station and the Stadium").
   */
  private static Optional<Integer> appositiveOfHead(ParsedSentence sentence, int token, Mention place) {
    int comma = sentence.lastToken(place) + 1;
    if (token != comma - 1 || comma + 1 >= sentence.size() || !sentence.token(comma).word().equals(",")) {
      return Optional.empty();
    }
    for (Dependency up : sentence.heads(token)) {
      if (up.governor() < 0) {
        continue;
      }
      // several appositives of one noun are a list the parser misread, not a description
      List<Integer> appositives = sentence.dependents(up.governor(), r -> r.equals("appos"));
      if (appositives.size() == 1 && appositives.get(0) > comma && opensPhrase(sentence, comma + 1, appositives.get(0))) {
        return Optional.of(appositives.get(0));
      }
    }
    return Optional.empty();
  }

  /** Whether every token from {@code start} up to {@code head} belongs to the phrase {@code head} heads. */
  private static boolean opensPhrase(ParsedSentence sentence, int start, int head) {
    for (int i = start; i < head; i++) {
      int current = i;
      for (int steps = 0; current != head; steps++) {
        Optional<Dependency> up = sentence.heads(current).stream().findFirst();
        if (steps > 4 || up.isEmpty() || up.get().governor() < start || up.get().governor() > head) {
          return false;
        }
        current = up.get().governor();
      }
    }
    return true;
  }

  /** Whether {@code edge} joins a subject to a noun the copula predicates of it: "Westmere is a hamlet". */
  private static boolean isPredicateNoun(ParsedSentence sentence, Dependency edge) {
    return edge.relation().equals("nsubj") && edge.governor() >= 0
        && sentence.token(sentence.partitiveNoun(edge.governor())).pos().startsWith("NN")
        && !sentence.dependents(edge.governor(), r -> r.equals("cop")).isEmpty();
  }

  /**
   * "Springfield, Illinois": a place name, a comma, and the name of a state or country. A chain of
   * places ending in a state or country places each in the ones after it ("Fort Hamilton, Brooklyn,
   * N.Y."), and an organisation written as an address too ("Acme Mining Center, Carterville, Ill.").
   * Places coordinated before the first share its container ("Grande Isle and St. Albans, Vt.").
   */
  private void commaPlace(ParsedSentence sentence, int token, Mention inner) {
    EntityType type = index.typeOf(inner.entityId());
    boolean organisation = type == EntityType.ORGANIZATION;
    if ((!organisation && (type != EntityType.LOCATION || index.isCountry(inner.entityId())))
        || token + 2 >= sentence.size() || !sentence.token(token + 1).word().equals(",")
        || name(sentence, token).map(m -> m.end() > sentence.token(token).end()).orElse(true)) {
      return;
    }
    Optional<Mention> outer = name(sentence, token + 2).filter(m -> index.typeOf(m.entityId()) == EntityType.LOCATION);
    if (outer.isEmpty()) {
      return;
    }
    boolean chain = hasOwnContainer(sentence, outer.get());
    if (!chain && (organisation || !isContainingPlace(outer.get())) || listedPlaces(sentence, sentence.lastToken(outer.get()))) {
      return;
    }
    located("LOCATED_IN", sentence, inner, outer.get(), token + 2, 0.85, "place-comma-place");
    coordinatedBefore(sentence, token, inner, false)
        .forEach(other -> located("LOCATED_IN", sentence, other, outer.get(), token + 2, 0.8, "place-comma-place"));
  }

  /**
   * Whether the place ending at {@code last} is followed by more places, the last after "and" or "or"
   * ("road shows in Toronto, South Korea and Madrid"): then the commas joined a list's items, not a
   * place and the larger place it is in. A last item with a state or country of its own after a comma
   * ("in Toronto, Canada and Madrid, Spain") makes a list of addresses, each read as one.
   */
  private boolean listedPlaces(ParsedSentence sentence, int last) {
    int next = last + 1;
    while (next + 1 < sentence.size()) {
      boolean conjunction = Set.of("and", "or").contains(sentence.lower(next));
      int item = next + 1;
      if (sentence.token(next).word().equals(",") && Set.of("and", "or").contains(sentence.lower(item))) {
        conjunction = true;
        item++;
      } else if (!conjunction && !sentence.token(next).word().equals(",")) {
        return false;
      }
      Optional<Mention> place =
          item < sentence.size() ? name(sentence, item).filter(m -> index.typeOf(m.entityId()) == EntityType.LOCATION) : Optional.empty();
      if (place.isEmpty()) {
        return false;
      }
      if (conjunction) {
        return !hasOwnContainer(sentence, place.get());
      }
      next = sentence.lastToken(place.get()) + 1;
    }
    return false;
  }

  /** Whether a comma and a state or country follow {@code place}: "Lyon, France" in "Lyon, France and Seville, Spain". */
  private boolean hasOwnContainer(ParsedSentence sentence, Mention place) {
    int last = sentence.lastToken(place);
    return last + 2 < sentence.size() && sentence.token(last + 1).word().equals(",")
        && name(sentence, last + 2).filter(this::isContainingPlace).isPresent();
  }

  /**
   * Whether a place is one that a town written before it with a comma lies in: a country, a state or
   * province, or a region ("Frankfurt, West Germany": CoreNLP's lists give West Germany and the Soviet
   * Union only as demonyms' places, which {@link dev.kg.nlp.PlaceGazetteer} reads as regions).
   */
  private boolean isContainingPlace(Mention place) {
    return index.typeOf(place.entityId()) == EntityType.LOCATION
        && (CONTAINING_KINDS.contains(index.placeKind(place.entityId())) || "STATE_OR_PROVINCE".equals(place.nerTag()));
  }

  /**
   * Adds {@code type} from {@code inner} to the place at {@code token}, and to the larger place written
   * after it with a comma ("of Trapper Creek, Alaska").
   */
  private void located(String type, ParsedSentence sentence, Mention inner, Mention outer, int token, double confidence, String method) {
    sink.add(type, inner, outer, confidence, sentence.index(), null, null, method);
    int last = token;
    while (last + 1 < sentence.size() && name(sentence, last + 1).map(m -> m.entityId().equals(outer.entityId())).orElse(false)) {
      last++;
    }
    if (last + 2 < sentence.size() && sentence.token(last + 1).word().equals(",")) {
      name(sentence, last + 2)
          .filter(larger -> index.typeOf(larger.entityId()) == EntityType.LOCATION && !larger.entityId().equals(outer.entityId()))
          .ifPresent(larger -> sink.add(type, inner, larger, confidence * 0.9, sentence.index(), null, null, method));
    }
  }

  private void contained(ParsedSentence sentence, Mention inner, int token, double confidence, String method) {
    placeAt(sentence, token)
        .filter(outer -> index.typeOf(outer.entityId()) == EntityType.LOCATION)
        .filter(outer -> !(index.typeOf(inner.entityId()) == EntityType.LOCATION && index.isCountry(inner.entityId())))
        .ifPresent(outer -> located("LOCATED_IN", sentence, inner, outer, token, confidence, method));
  }

  /**
   * The place a preposition's object names: a name, or the name a common noun of place carries as "of"
   * complement or, failing that, as compound ("in the state of Michigan", "in the southern part of
   * Rwanda", "in Umbria province").
   */
  private Optional<Mention> placeAt(ParsedSentence sentence, int token) {
    Optional<Mention> named = name(sentence, token);
    if (named.isPresent() || !DependencyIndex.isCommonNoun(sentence.token(token))) {
      return named;
    }
    for (String relation : List.of("nmod:of", "compound")) {
      for (int dependent : sentence.dependents(token, relation::equals)) {
        Optional<Mention> place = name(sentence, dependent).filter(m -> index.typeOf(m.entityId()) == EntityType.LOCATION);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Mention> name(ParsedSentence sentence, int token) {
    return index.mentionAt(sentence.token(token)).filter(Mention::isName);
  }
}
