package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.extract.Relation;
import dev.kg.extract.Relation.Role;
import dev.kg.name.Honorifics;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the positions people hold, and where, from the ways news writes them, read off the
 * dependency parse:
 *
 * <ul>
 *   <li>a title before the name: "Deputy Defense Minister Alexander Fomin", "Russian President
 *       Vladimir Putin", "National Security Council spokesperson Adrienne Watson", "Russia's Security
 *       Council Secretary Nikolai Patrushev";
 *   <li>an appositive: "Jenny Town, director of 38 North", "Russia's top security official, Sergei
 *       Shoigu", "Pak Jong-chon, a key advisor to leader Kim Jong-un", also where the parser coordinated
 *       the descriptions with the name ("Tom Hale, leader of the farmers and vice-president of the
 *       union");
 *   <li>a copula or a verb of office: "Town is the director of 38 North", "Shoigu, who previously
 *       served as Russia's defense minister", "Fomin was named deputy minister";
 *   <li>a verb of leading or working: "Smith, who heads the agency" (a head of it), "Smith works for
 *       Acme", "Smith joined Acme", "Smith taught at Acme", "Smith covers Congress for Acme" (a member),
 *       and the passive: "the foundation headed by Smith",
 *       "Acme was founded by Smith";
 *   <li>residence: "a native of Springfield", "Springfield resident John Smith", "Smith, who lives in
 *       Springfield" ({@code LIVES_IN}).
 * </ul>
 *
 * <p>A title is a phrase with a word CoreNLP's NER tags {@code TITLE}; where the position is held is
 * an organisation, place or person named in the phrase ("of", "to", "at" or a possessive), or the
 * country of a nationality adjective. A nationality or a country's possessive also makes the person
 * that country's citizen ({@code CITIZEN_OF}), and an organisation qualified by a country is based
 * there ({@code LOCATED_IN}). A nationality alone in an indefinite description ("a Swedish politician")
 * gives the citizenship and the title but no post in the country, unless the title is a state office
 * ("a Russian deputy minister"). "Former", "ex-", "then" and past service make the role former.
 */
final class RoleExtractor {

  /** CoreNLP's named-entity classes of time expressions. */
  private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

  private static final Set<String> PREMODIFIER_RELATIONS =
      Set.of("compound", "amod", "nmod:poss", "flat", "det", "case", "nmod:of", "nmod:for", "punct", "cc", "conj:and");
  private static final Set<String> PHRASE_MODIFIERS = Set.of("compound", "amod", "flat");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("nmod:of", "nmod:to", "nmod:at", "nmod:for", "nmod:in", "nmod:with", "nmod:poss", "nmod:from");
  // Not "nominate": a nominee holds nothing yet ("nominated Roberts as Chief Justice").
  private static final Set<String> OFFICE_VERBS =
      Set.of("serve", "work", "act", "remain", "become", "name", "appoint", "elect");
  /**
   * Office verbs that give the office to their object when they have one: "the governor appointed
   * Jones as envoy" makes Jones the envoy, and the governor holds nothing by it.
   */
  private static final Set<String> CONFERRING_VERBS = Set.of("name", "appoint", "elect");
  /** Verbs of leading an organisation, with the title each makes of its subject. */
  private static final Map<String, String> LEADING_VERBS =
      Map.of("head", "head", "lead", "leader", "chair", "chairman", "direct", "director",
          "command", "commander", "manage", "manager", "found", "founder", "own", "owner");
  /** Verbs whose subject works at, or belongs to, the organisation after "for", "at" or as object. */
  private static final Set<String> WORKING_VERBS = Set.of("work", "join", "rejoin");
  /**
   * Verbs of a job done for an organisation named after "for" or "at" only, never as object ("covers
   * the White House for the AP", "taught at Harvard", "reports for CNN").
   */
  private static final Set<String> JOB_VERBS = Set.of("teach", "cover", "report");
  private static final Set<String> RESIDENCE_VERBS = Set.of("live", "reside");
  private static final Set<String> RESIDENT_NOUNS = Set.of("native", "resident", "inhabitant");
  private static final Set<String> FORMER_WORDS =
      Set.of("former", "ex", "ex-", "then", "erstwhile", "previously", "formerly", "once", "onetime", "late");
  private static final Set<String> QUALIFIERS =
      Set.of("former", "ex", "ex-", "then", "erstwhile", "current", "incumbent", "now", "key", "top", "new",
          "longtime", "long-time", "onetime", "late", "acting");

  private final EntityIndex index;
  private final FactSink sink;

  RoleExtractor(EntityIndex index, FactSink sink) {
    this.index = index;
    this.sink = sink;
  }

  void extract(ParsedSentence sentence) {
    Set<String> seen = new HashSet<>();
    for (int t = 0; t < sentence.size(); t++) {
      Optional<Mention> found = index.mentionAt(sentence.token(t));
      if (found.isEmpty() || index.typeOf(found.get().entityId()) != EntityType.PERSON) {
        continue;
      }
      Mention person = found.get();
      int last = sentence.lastToken(person);
      if (t != last || !seen.add(person.start() + ":" + person.end())) {
        continue;
      }
      int first = sentence.firstToken(person);
      premodifier(sentence, person, first);
      for (int description : descriptionsAsConjuncts(sentence, last)) {
        phrase(sentence, person, description, false, "appositive");
      }
      for (StrayDescriptions.Description stray : StrayDescriptions.of(sentence, index, first, last)) {
        phrase(sentence, person, stray.noun(), false, stray.method());
      }
      for (int m = first; m <= last; m++) {
        for (Dependency edge : sentence.dependents(m)) {
          if (edge.relation().equals("appos")) {
            phrase(sentence, person, edge.dependent(), false, "appositive");
            describingClauses(sentence, person, edge.dependent());
          }
        }
        for (Dependency edge : sentence.heads(m)) {
          if (edge.relation().equals("appos")) {
            phrase(sentence, person, edge.governor(), false, "appositive");
            describingClauses(sentence, person, edge.governor());
          } else if (edge.relation().startsWith("nsubj") && !edge.relation().equals("nsubj:xsubj")) {
            // the subject enhanced++ lends an infinitive ("He wants to be our top diplomat", "Obama
            // nominated him to be Assistant Secretary") is given a post the sentence only wishes, plans
            // or proposes, never states as held
            predicate(sentence, person, edge.governor());
          } else if (edge.relation().equals("obj") && confers(sentence, edge.governor())) {
            offices(sentence, person, edge.governor());
          } else if (edge.relation().equals("obl:agent") || edge.relation().equals("obl:by")) {
            ledBy(sentence, person, edge.governor());
          }
        }
      }
    }
  }

  /**
   * Descriptions after a comma that the parser coordinated with the name instead of setting them in
   * apposition ("Radovan Karadzic, leader of Bosnian Serbs and vice-president of the Union of Serb
   * Writers" read as three conjuncts): singular common nouns conjoined with the name, the first of them
   * right after the comma that follows it. A list of people ("Kim, his sister and aides") gives no
   * position, since {@link #describe} wants a title word or a place for one.
   */
  private static List<Integer> descriptionsAsConjuncts(ParsedSentence sentence, int last) {
    if (last + 2 >= sentence.size() || !sentence.token(last + 1).word().equals(",")) {
      return List.of();
    }
    List<Integer> conjuncts = sentence.dependents(last, r -> r.equals("conj:and")).stream()
        .filter(conjunct -> conjunct > last + 1)
        .sorted()
        .toList();
    if (conjuncts.isEmpty()) {
      return List.of();
    }
    int opening = conjuncts.get(0);
    for (int i = last + 2; i < opening; i++) {
      int word = i;
      if (sentence.heads(word).stream().noneMatch(edge -> edge.governor() == opening)) {
        return List.of();
      }
    }
    return conjuncts.stream().filter(conjunct -> sentence.token(conjunct).pos().equals("NN")).toList();
  }

  /** A title written before the name, as compound, adjective and possessive modifiers of it. */
  private void premodifier(ParsedSentence sentence, Mention person, int first) {
    int start = first;
    while (start > 0 && modifiesSpan(sentence, start - 1, first, sentence.lastToken(person))) {
      start--;
    }
    boolean titled = false;
    for (int i = start; i < first; i++) {
      titled |= sentence.token(i).ner().equals("TITLE");
    }
    if (!titled) {
      start = Math.min(start, capitalisedTitleStart(sentence, first));
    }
    if (start == first) {
      return;
    }
    List<Integer> run = new ArrayList<>();
    for (int i = start; i < first; i++) {
      run.add(i);
    }
    describe(sentence, person, run, run.get(run.size() - 1), false, "title-before-name");
  }

  /**
   * Where a capitalised title run written before the name starts, read from the tokens when the
   * parse does not hang the title off the name ("Russian Minister of Natural Resources and Ecology
   * Alexander Kozlov" parsed with the name as a conjunct of "Resources"): capitalised words, titles,
   * nationalities and names of organisations and places, joined by "of", "and", "for" or a
   * possessive, with a word NER tags {@code TITLE} among them. {@code first} when there is none.
   */
  private int capitalisedTitleStart(ParsedSentence sentence, int first) {
    int start = first;
    boolean title = false;
    for (int i = first - 1; i >= 0; i--) {
      Token token = sentence.token(i);
      boolean connector = Set.of("of", "and", "for").contains(token.word()) || token.pos().equals("POS");
      boolean person = index.mentionAt(token).map(m -> index.typeOf(m.entityId()) == EntityType.PERSON).orElse(false);
      if (person || !(connector || Character.isUpperCase(token.word().charAt(0)))
          || Honorifics.isHonorific(token.word())) {
        break;
      }
      if (!connector) {
        start = i;
      }
      title |= token.ner().equals("TITLE");
    }
    return title ? start : first;
  }

  /** Whether {@code token} hangs, through modifier edges only, off the mention {@code [first, last]}. */
  private boolean modifiesSpan(ParsedSentence sentence, int token, int first, int last) {
    Set<Integer> visited = new HashSet<>();
    int current = token;
    while (visited.add(current)) {
      Optional<Dependency> head = sentence.head(current, PREMODIFIER_RELATIONS::contains);
      // "with" in "talks with leader Kim" and "and" in "Kim and Putin" belong to the person's phrase,
      // not to its title; within the title ("Minister of Natural Resources and Ecology") they do.
      boolean function = head.isPresent() && Set.of("case", "cc").contains(head.get().relation())
          && !sentence.token(current).pos().equals("POS")
          && head.get().governor() >= first && head.get().governor() <= last;
      if (head.isEmpty() || head.get().governor() < 0 || function) {
        return false;
      }
      current = head.get().governor();
      if (current >= first && current <= last) {
        return true;
      }
      if (current > last) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Fred Coe, a producer who grew up in Nashville", "Smith, a lawyer who works for Acme": a relative
   * clause whose subject is a description in apposition with the name says what the person does, as
   * the same verb with the name for subject would ({@link #predicate}).
   */
  private void describingClauses(ParsedSentence sentence, Mention person, int description) {
    if (description < 0 || index.mentionAt(sentence.token(description)).isPresent()) {
      return;
    }
    for (int verb : sentence.dependents(description, r -> r.equals("acl:relcl"))) {
      if (sentence.dependents(verb, r -> r.equals("nsubj")).contains(description)) {
        predicate(sentence, person, verb);
      }
    }
  }

  /** "X is the director of Y", "X served as minister". */
  private void predicate(ParsedSentence sentence, Mention person, int governor) {
    if (sentence.negated(governor)) {
      // a denied predicate states the opposite: "he is not a leader" holds no post, "never worked for
      // Acme" no membership
      return;
    }
    Token head = sentence.token(sentence.partitiveNoun(governor));
    boolean copula = !sentence.dependents(governor, r -> r.equals("cop")).isEmpty();
    // a predicate behind a preposition says when or where, not what the subject is: "Sarkozy was
    // during the 2005 riots in France" holds no post "riots" in France
    boolean prepositional = !sentence.dependents(governor, r -> r.equals("case")).isEmpty();
    if (copula && head.pos().startsWith("NN") && !prepositional) {
      boolean past = sentence.dependents(governor, r -> r.equals("cop")).stream()
          .anyMatch(c -> sentence.token(c).pos().equals("VBD"));
      phrase(sentence, person, governor, past && hasFormerWord(sentence, governor), "copula");
      return;
    }
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    if (head.pos().startsWith("VB") && (LEADING_VERBS.containsKey(lemma) || WORKING_VERBS.contains(lemma) || JOB_VERBS.contains(lemma)
        || isResidence(sentence, governor, lemma))) {
      activity(sentence, person, governor, lemma);
    }
    if (head.pos().startsWith("VB") && OFFICE_VERBS.contains(lemma) && !confers(sentence, governor)) {
      offices(sentence, person, governor);
    }
  }

  /**
   * Whether {@code verb} gives an office to its object ("appointed Jones as envoy"), not to its subject.
   * A passive's object is the office ("Ryan is appointed Deputy Director", as the parser gives it).
   */
  private static boolean confers(ParsedSentence sentence, int verb) {
    Token head = sentence.token(verb);
    return head.pos().startsWith("VB") && CONFERRING_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))
        && !sentence.dependents(verb, r -> r.equals("obj")).isEmpty()
        && sentence.dependents(verb, r -> r.equals("nsubj:pass") || r.equals("aux:pass")).isEmpty();
  }

  /** The offices an office verb gives {@code person}: "served as minister", "was named chairman". */
  private void offices(ParsedSentence sentence, Mention person, int verb) {
    Token head = sentence.token(verb);
    boolean former = hasFormerWord(sentence, verb)
        || (head.pos().equals("VBD") && Set.of("serve", "work", "act").contains(head.lemma()));
    // the object of a verb that confers is the holder, never the office
    boolean objectIsOffice = !head.lemma().equals("serve") && !confers(sentence, verb);
    for (int office : sentence.dependents(verb, r -> r.equals("obl:as") || r.equals("nmod:as")
        || r.equals("xcomp") || (r.equals("obj") && objectIsOffice))) {
      phrase(sentence, person, office, former, "office-verb");
    }
  }

  /**
   * "Smith heads the agency" (a position titled after the verb), "Smith works for Acme", "Smith
   * joined Acme" ({@code MEMBER_OF}), "Smith lives in Springfield" ({@code LIVES_IN}).
   */
  private void activity(ParsedSentence sentence, Mention person, int verb, String lemma) {
    Span cue = new Span(sentence.token(verb).start(), sentence.token(verb).end());
    if (isResidence(sentence, verb, lemma)) {
      List<Integer> places = new ArrayList<>(sentence.dependents(verb, r -> r.equals("obl:in") || r.equals("obl:at")));
      sentence.whereAntecedent(verb).ifPresent(places::add);
      for (int place : places) {
        entityOf(sentence, place, person).filter(m -> index.typeOf(m.entityId()) == EntityType.LOCATION)
            .ifPresent(m -> sink.add("LIVES_IN", person, m, 0.8, sentence.index(), cue, null, "residence-verb"));
      }
      return;
    }
    boolean job = JOB_VERBS.contains(lemma);
    List<Integer> objects = new ArrayList<>(sentence.dependents(verb, r -> (r.equals("obj") && !job)
        || (WORKING_VERBS.contains(lemma) || job) && (r.equals("obl:for") || r.equals("obl:at"))));
    if (job) {
      // the parser often hangs the "for" phrase from the job's object: "covered education for the AP"
      for (int done : sentence.dependents(verb, r -> r.equals("obj"))) {
        objects.addAll(sentence.dependents(done, r -> r.equals("nmod:for") || r.equals("nmod:at")));
      }
    }
    for (int object : objects) {
      Optional<Mention> organisation = entityOf(sentence, object, person)
          .filter(m -> index.typeOf(m.entityId()) == EntityType.ORGANIZATION);
      if (organisation.isEmpty()) {
        continue;
      }
      if (WORKING_VERBS.contains(lemma) || job) {
        sink.add("MEMBER_OF", person, organisation.get(), 0.75, sentence.index(), cue, null, "working-verb");
      } else {
        String title = LEADING_VERBS.get(lemma);
        sink.add(Relation.HOLDS_POSITION, person, organisation.get(), 0.75, sentence.index(), cue,
            new Role(title, title, hasFormerWord(sentence, verb)), "leading-verb");
      }
    }
  }

  /** "lives in Oslo", "resides in Oslo", and "grew up in Oslo", where "grow" says residence only with its "up". */
  private static boolean isResidence(ParsedSentence sentence, int verb, String lemma) {
    return RESIDENCE_VERBS.contains(lemma) || lemma.equals("grow")
        && sentence.dependents(verb, r -> r.equals("compound:prt")).stream().anyMatch(p -> sentence.lower(p).equals("up"));
  }

  /**
   * "Acme was founded by Smith", "the foundation headed by Smith": a passive verb of leading whose
   * agent is the person, and whose passive subject, or the noun it modifies, is the organisation.
   */
  private void ledBy(ParsedSentence sentence, Mention person, int verb) {
    Token head = sentence.token(verb);
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    if (!head.pos().equals("VBN") || !LEADING_VERBS.containsKey(lemma)) {
      return;
    }
    List<Integer> led = new ArrayList<>(sentence.dependents(verb, r -> r.equals("nsubj:pass")));
    sentence.heads(verb).stream().filter(edge -> edge.relation().equals("acl") && edge.governor() >= 0)
        .forEach(edge -> led.add(edge.governor()));
    Span cue = new Span(head.start(), head.end());
    String title = LEADING_VERBS.get(lemma);
    for (int organisation : led) {
      entityOf(sentence, organisation, person)
          .filter(m -> index.typeOf(m.entityId()) == EntityType.ORGANIZATION)
          .ifPresent(m -> sink.add(Relation.HOLDS_POSITION, person, m, 0.75, sentence.index(), cue,
              new Role(title, title, hasFormerWord(sentence, verb)), "led-by"));
    }
  }

  /** The noun phrase headed by {@code noun} describes {@code person}: a title, or a membership. */
  private void phrase(ParsedSentence sentence, Mention person, int described, boolean former, String method) {
    int noun = sentence.partitiveNoun(described);
    if (noun < 0 || !sentence.token(noun).pos().startsWith("NN") || isPersonName(sentence, noun)) {
      return;
    }
    List<Integer> tokens = new ArrayList<>(modifiers(sentence, noun));
    tokens.add(noun);
    tokens.sort(Comparator.naturalOrder());
    describe(sentence, person, tokens, noun, former || hasFormerWord(sentence, noun), method);
  }

  // A position is held in an organisation or a place, never in a person: "an advisor to leader Kim"
  // gives the advisor a title, not a post in Kim.
  private boolean isPerson(Mention mention) {
    return index.typeOf(mention.entityId()) == EntityType.PERSON;
  }

  /**
   * Turns a phrase describing {@code person} into relations: the title words, the entities named in
   * the phrase or attached to its head by a preposition or possessive, and nationality adjectives.
   */
  private void describe(
      ParsedSentence sentence, Mention person, List<Integer> phrase, int head, boolean former, String method) {
    List<Mention> places = new ArrayList<>();
    List<Mention> countries = new ArrayList<>();
    List<Mention> nationalities = new ArrayList<>();
    List<Integer> titleTokens = new ArrayList<>();
    boolean hasTitle = false;
    for (int i : phrase) {
      Token token = sentence.token(i);
      boolean possessor = sentence.head(i, r -> r.equals("nmod:poss")).isPresent();
      Optional<Mention> entity = index.mentionAt(token).filter(m -> !m.entityId().equals(person.entityId()));
      if (entity.isPresent()) {
        if (!isPerson(entity.get())) {
          addDistinct(index.isCountry(entity.get().entityId()) ? countries : places, entity.get());
        }
      } else if (token.ner().equals("NATIONALITY") || token.ner().equals("COUNTRY")) {
        index.nationalityAt(sentence, i).ifPresent(country -> addDistinct(nationalities, country));
      } else if (isTitleWord(token) && !possessor) {
        titleTokens.add(i);
        hasTitle |= token.ner().equals("TITLE");
      }
    }
    // A nationality qualifies an organisation named in the phrase ("the Russian Security Council
    // secretary"), not one the title is held at or sent to ("the Eritrean ambassador to the UN").
    List<Mention> inPhrase = List.copyOf(places);
    List<Mention> sentTo = new ArrayList<>();
    for (Dependency edge : sentence.dependents(head)) {
      if (PLACE_PREPOSITIONS.contains(edge.relation())) {
        Optional<Mention> object = entityOf(sentence, edge.dependent(), person).filter(m -> !isPerson(m));
        object.ifPresent(m -> addDistinct(index.isCountry(m.entityId()) ? countries : places, m));
        object.filter(m -> edge.relation().equals("nmod:to")).ifPresent(sentTo::add);
      }
    }
    // a title starts at a word of its own, not at the second half of a hyphenated one whose first half
    // the phrase left out ("a 27-year veteran", "Right-wing candidate Felipe Calderon")
    while (!titleTokens.isEmpty() && titleTokens.get(0) > 0 && sentence.token(titleTokens.get(0) - 1).pos().equals("HYPH")) {
      titleTokens.remove(0);
    }
    if (titleTokens.isEmpty()) {
      return;
    }
    List<Integer> topic = topicPlaces(sentence, titleTokens.get(0), places);
    if (!topic.isEmpty()) {
      Set<String> topicIds = topic.stream().map(i -> index.mentionAt(sentence.token(i)))
          .flatMap(Optional::stream).map(Mention::entityId).collect(Collectors.toSet());
      places.removeIf(m -> topicIds.contains(m.entityId()));
      countries.removeIf(m -> topicIds.contains(m.entityId()));
      titleTokens.addAll(0, topic);
    }
    String headLemma = sentence.token(head).lemma().toLowerCase(Locale.ROOT);
    if (KillingExtractor.KILLER_NOUNS.contains(headLemma) || seeksOffice(sentence, head)) {
      return;
    }
    if (headLemma.equals("member") && !places.isEmpty()) {
      places.forEach(p -> sink.add("MEMBER_OF", person, p, 0.8, sentence.index(), null, null, method));
      return;
    }
    if (headLemma.equals("citizen") || headLemma.equals("national")) {
      countries.forEach(c -> sink.add("CITIZEN_OF", person, c, 0.8, sentence.index(), null, null, method));
      return;
    }
    // "North Carolina's native son" says where the person is from as "a native of North Carolina" does
    boolean residentModifier = sentence.dependents(head, r -> r.equals("amod")).stream()
        .anyMatch(modifier -> RESIDENT_NOUNS.contains(sentence.lower(modifier)));
    if (RESIDENT_NOUNS.contains(headLemma) || residentModifier) {
      places.stream().filter(p -> index.typeOf(p.entityId()) == EntityType.LOCATION).forEach(p ->
          sink.add("LIVES_IN", person, p, 0.8, sentence.index(), null, null, method));
      countries.forEach(c -> sink.add("LIVES_IN", person, c, 0.8, sentence.index(), null, null, method));
      return;
    }
    // the evidence of every fact the phrase gives runs from the name over the noun that says it
    int first = titleTokens.get(0);
    int last = titleTokens.get(titleTokens.size() - 1);
    Span cue = new Span(sentence.token(first).start(), sentence.token(last).end());
    // Without a word NER knows as a title, a noun is taken for a position only where the phrase says
    // where it is held ("Security Council Secretary", "an expert at King's College").
    if (!hasTitle) {
      places.removeIf(place -> index.typeOf(place.entityId()) == EntityType.LOCATION);
      if (places.isEmpty() && countries.isEmpty() && nationalities.isEmpty()) {
        return;
      }
      // a nationality before a noun that is no title says whose citizen the person is, and no post
      // held there ("Australian terror suspect David Hicks", "a British businessman")
      if (places.isEmpty() && countries.stream().noneMatch(Mention::isName)) {
        nationalities.forEach(country -> addDistinct(countries, country));
        countries.forEach(c -> sink.add("CITIZEN_OF", person, c, 0.7, sentence.index(), cue, null, method));
        return;
      }
    }
    // "a Swedish politician" says whose citizen the person is, not that the person holds a post in
    // Sweden, which "the Swedish ambassador", "Sweden's ambassador" and "a Swedish minister" do say.
    boolean citizenOnly = countries.stream().noneMatch(Mention::isName) && isIndefinite(sentence, head);
    nationalities.forEach(country -> addDistinct(countries, country));
    Role role = role(sentence, titleTokens, former || titleTokens.stream().anyMatch(i -> isFormerWord(sentence, i)));
    if (role == null) {
      return;
    }
    double confidence = (method.equals("title-before-name") ? 0.9 : 0.8) - (hasTitle ? 0 : 0.2);
    if (!hasTitle && places.isEmpty() && countries.size() == nationalities.size()) {
      sink.add(Relation.HOLDS_POSITION, person, null, confidence, sentence.index(), cue, role, method);
    } else if (!places.isEmpty()) {
      Mention place = places.get(places.size() - 1);
      sink.add(Relation.HOLDS_POSITION, person, place, confidence, sentence.index(), cue, role, method);
      for (Mention country : countries) {
        if (index.typeOf(place.entityId()) == EntityType.ORGANIZATION && inPhrase.contains(place)) {
          sink.add("LOCATED_IN", place, country, 0.7, sentence.index(), null, null, method);
        }
      }
    } else if (!countries.isEmpty() && !(citizenOnly && !StateOffices.isStateOffice(role))) {
      sink.add(Relation.HOLDS_POSITION, person, countries.get(0), confidence, sentence.index(), cue, role, method);
    } else {
      sink.add(Relation.HOLDS_POSITION, person, null, confidence, sentence.index(), cue, role, method);
    }
    for (Mention country : countries) {
      // a country a post is sent to is not the holder's own: "South Korea's ambassador to the United States"
      if (sentTo.stream().noneMatch(m -> m.entityId().equals(country.entityId()))) {
        sink.add("CITIZEN_OF", person, country, 0.7, sentence.index(), cue, null, method);
      }
    }
  }

  /**
   * The place names written right before a title held at an organisation, which say what the post is
   * about and not where it is held: "a Japan–Korea trade expert at the University of Leeds", "a Brazil
   * analyst at the Brookings Institution" hold their posts at the university and the institution, and
   * Japan, Korea and Brazil are their subjects, neither a post's seat nor a citizenship. The names (and
   * the hyphens joining them) are read leftwards from the title's first word, each a place's name,
   * never a possessor ("Norway's Brazil envoy" is Norway's) nor a nationality ("the Eritrean ambassador
   * to the UN" is Eritrea's; "a Russian expert" may be Russian). Without an organisation among the
   * phrase's places the names stay where the post is held: "the Ohio governor" governs Ohio.
   */
  private List<Integer> topicPlaces(ParsedSentence sentence, int firstTitle, List<Mention> places) {
    List<Integer> topic = new ArrayList<>();
    Set<String> topicIds = new HashSet<>();
    for (int i = firstTitle - 1; i >= 0; i--) {
      Token token = sentence.token(i);
      if (isDash(token)) {
        topic.add(0, i);
        continue;
      }
      boolean possessor = sentence.head(i, r -> r.equals("nmod:poss")).isPresent();
      Optional<Mention> place = index.mentionAt(token)
          .filter(m -> !possessor && m.isName() && index.typeOf(m.entityId()) == EntityType.LOCATION);
      if (place.isEmpty()) {
        break;
      }
      topic.add(0, i);
      topicIds.add(place.get().entityId());
    }
    while (!topic.isEmpty() && isDash(sentence.token(topic.get(0)))) {
      topic.remove(0);
    }
    boolean heldAtOrganisation = places.stream()
        .anyMatch(m -> index.typeOf(m.entityId()) == EntityType.ORGANIZATION && !topicIds.contains(m.entityId()));
    return heldAtOrganisation && !topic.isEmpty() ? topic : List.of();
  }

  /**
   * Whether the noun {@code head} is for an office its "for" phrase names, a title no one is named in:
   * "Bush's nominee for Ambassador to the UN, John Bolton", "the party's candidate for mayor" hold
   * neither the office they are put forward for nor a post where it is.
   */
  private boolean seeksOffice(ParsedSentence sentence, int head) {
    return sentence.dependents(head, r -> r.equals("nmod:for")).stream()
        .anyMatch(office -> sentence.token(office).ner().equals("TITLE") && index.mentionAt(sentence.token(office)).isEmpty());
  }

  /**
   * The entity a dependent of a title names: itself, or, for a common noun, the organisation that
   * qualifies it ("chairman of the House subcommittee", "an engineer with the USDA's research
   * service"): a part of an organisation is held at that organisation.
   */
  private Optional<Mention> entityOf(ParsedSentence sentence, int token, Mention person) {
    Optional<Mention> direct = index.mentionAt(sentence.token(token)).filter(m -> !m.entityId().equals(person.entityId()));
    if (direct.isPresent() || !sentence.token(token).pos().startsWith("NN")) {
      return direct;
    }
    return sentence.dependents(token, r -> r.equals("compound") || r.equals("nmod:poss")).stream()
        .filter(modifier -> modifier < token)
        .map(modifier -> index.mentionAt(sentence.token(modifier)))
        .flatMap(Optional::stream)
        .filter(m -> index.typeOf(m.entityId()) == EntityType.ORGANIZATION)
        .findFirst();
  }

  private Role role(ParsedSentence sentence, List<Integer> titleTokens, boolean former) {
    Token first = sentence.token(titleTokens.get(0));
    Token last = sentence.token(titleTokens.get(titleTokens.size() - 1));
    List<String> words = new ArrayList<>();
    for (int i : titleTokens) {
      Token token = sentence.token(i);
      String lower = token.word().toLowerCase(Locale.ROOT);
      // a place a title is about stays in it whatever its tag ("Russia–Asia/JJ relations expert")
      boolean named = index.mentionAt(token).isPresent();
      if (QUALIFIERS.contains(lower) || Honorifics.isHonorific(lower) || isDash(token)
          || (token.pos().startsWith("JJ") && !token.ner().equals("TITLE") && !named)) {
        continue;
      }
      words.add(token.pos().equals("NNS") ? token.lemma().toLowerCase(Locale.ROOT) : lower);
    }
    String title = sentence.text(first.start(), last.end());
    if (words.isEmpty()) {
      return null;
    }
    return new Role(title, String.join(" ", words), former);
  }

  /** Modifier tokens of {@code noun} that belong to its phrase: compounds and adjectives, recursively. */
  private static Set<Integer> modifiers(ParsedSentence sentence, int noun) {
    Set<Integer> result = new TreeSet<>();
    List<Integer> pending = new ArrayList<>(List.of(noun));
    while (!pending.isEmpty()) {
      int current = pending.remove(pending.size() - 1);
      for (int dependent : sentence.dependents(current, PHRASE_MODIFIERS::contains)) {
        if (dependent < noun && result.add(dependent)) {
          pending.add(dependent);
        }
      }
      for (int possessor : sentence.dependents(current, r -> r.equals("nmod:poss"))) {
        if (possessor < noun) {
          result.add(possessor);
        }
      }
    }
    return result.stream().filter(i -> !sentence.token(i).pos().equals("POS")).collect(Collectors.toCollection(TreeSet::new));
  }

  private boolean isPersonName(ParsedSentence sentence, int token) {
    return index.mentionAt(sentence.token(token))
        .filter(Mention::isName)
        .map(m -> index.typeOf(m.entityId()) == EntityType.PERSON)
        .orElse(false);
  }

  /** A word that can be part of a title: not a verb ("assassinating" in "convicted of assassinating Senator X"). */
  static boolean isTitleWord(Token token) {
    return !token.pos().equals("POS") && !token.pos().equals("DT") && !token.pos().startsWith("PRP")
        && !token.pos().startsWith("VB")
        && !token.pos().equals("CD") && Character.isLetter(token.word().charAt(0))
        && !Honorifics.isHonorific(token.word())
        // a date before the title is when, not what ("on Tuesday French President Nicolas Sarkozy")
        && !TEMPORAL_TAGS.contains(token.ner());
  }

  /** A hyphen or dash joining two names, however the tagger took it ("Japan–Korea": HYPH or SYM). */
  private static boolean isDash(Token token) {
    return token.pos().equals("HYPH") || token.word().matches("\\p{Pd}+");
  }

  /** Whether {@code noun} takes the indefinite article: "a politician", "an envoy". */
  private static boolean isIndefinite(ParsedSentence sentence, int noun) {
    return sentence.dependents(noun, r -> r.equals("det")).stream()
        .anyMatch(d -> sentence.lower(d).equals("a") || sentence.lower(d).equals("an"));
  }

  private static boolean hasFormerWord(ParsedSentence sentence, int governor) {
    return sentence.dependents(governor).stream().anyMatch(edge -> isFormerWord(sentence, edge.dependent()));
  }

  private static boolean isFormerWord(ParsedSentence sentence, int token) {
    return FORMER_WORDS.contains(sentence.lower(token));
  }

  private static void addDistinct(List<Mention> mentions, Mention mention) {
    if (mentions.stream().noneMatch(m -> m.entityId().equals(mention.entityId()))) {
      mentions.add(mention);
    }
  }
}
