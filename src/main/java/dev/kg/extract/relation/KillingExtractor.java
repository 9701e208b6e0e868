package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.nlp.AnnotatedText.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who killed whom ({@code KILLED}, person to person), from the parse: "X shot Y", "Y was
 * assassinated by X", "the assassination of Y by X", "X's assassination of Y", "Y's assassin, X". A
 * killing stated inside a clause about the killer takes the killer from that clause: "X was convicted of murdering Y", "X
 * admitted killing Y", "X fired the shots that killed Y" (the weapon's user), "X was sentenced for the
 * assassination of Y", "a grand jury indicted X in the assassination of Y" (a charge, trial or sentence
 * for the killing: its object in the active, its passive subject, or the person a noun in apposition
 * describes, "X, the suspect in the assassination of Y", "X, the man convicted of killing Y"; "X was
 * charged in the death of Y"),
 * also where the parser reads the gerund as an adjective of the victim's name ("a jury convicted X of
 * killing Y"). Taking part counts: "X acted alone in the slaying of Y". Either end may be a noun
 * describing the person ("Oswald was the gunman who killed Y", "Kennedy's assassin, Oswald, who had
 * been shot by Ruby", "Garfield's assassin Charles Guiteau", also where the parser left the name a
 * bare {@code dep} of the noun or hung the name after its comma from the verb), every victim of a
 * coordination counts ("the slayings of A and B"), and a passive's agent counts where the parser hung
 * the "by" phrase lower ("Y was shot to death in the courtyard of his building by X").
 */
final class KillingExtractor {

  private static final Set<String> VERBS = Set.of("kill", "assassinate", "murder", "slay", "shoot", "stab", "strangle");
  private static final Set<String> EVENT_NOUNS = Set.of("assassination", "murder", "killing", "slaying", "shooting");
  /**
   * A death is a killing only where someone is charged with, tried or punished for it ("X was charged
   * in the death of Y", "executed for the shooting death of Y"); "the death of Y" alone names no killer.
   */
  private static final String DEATH = "death";
  /** Nouns for a killer: "Y's assassin", which is no position held (see {@link RoleExtractor}). */
  static final Set<String> KILLER_NOUNS = Set.of("assassin", "killer", "murderer", "slayer", "gunman");
  private static final List<String> AGENT_RELATIONS = List.of("nsubj", "nsubj:xsubj", "obl:by", "obl:agent");
  /**
   * Verbs of accusing, trying and punishing: their passive subject is the one accused ("X was
   * convicted of murdering Y"), and a killing named as what they are for is the accused's.
   */
  private static final Set<String> CHARGE_VERBS =
      Set.of("convict", "charge", "accuse", "indict", "sentence", "arrest", "try", "jail", "imprison",
          "execute", "hang", "suspect", "acquit", "hold", "find", "plead");
  /**
   * Verbs of taking part: their subject (passive subject for "involve") had a hand in the killing they
   * are in: "X acted alone in the slaying of Y", "X was involved in the murder of Y".
   */
  private static final Set<String> PARTICIPATION_VERBS = Set.of("act", "participate", "involve");
  /** How a clause or phrase about the killing hangs from the clause about the killer. */
  private static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "xcomp", "ccomp", "acl", "conj");

  private final EntityIndex index;
  private final FactSink sink;

  KillingExtractor(EntityIndex index, FactSink sink) {
    this.index = index;
    this.sink = sink;
  }

  void extract(ParsedSentence sentence) {
    for (int t = 0; t < sentence.size(); t++) {
      int cue = t;
      String lemma = sentence.token(t).lemma().toLowerCase(Locale.ROOT);
      String pos = sentence.token(t).pos();
      Optional<Dependency> modified = sentence.head(t, r -> r.equals("amod"));
      if (pos.equals("VBG") && VERBS.contains(lemma) && modified.isPresent() && modified.get().governor() > t
          && sentence.dependents(t, r -> r.equals("obj")).isEmpty()) {
        killingAsModifier(sentence, t, modified.get().governor());
      } else if (pos.startsWith("VB") && VERBS.contains(lemma)) {
        List<Mention> victims = all(sentence, t, List.of("obj", "nsubj:pass"));
        if (victims.isEmpty() && pos.equals("VBN")) {
          // "President William Tolbert, assassinated in an April 1980 coup ..."
          sentence.head(t, r -> r.equals("acl")).flatMap(edge -> person(sentence, edge.governor())).ifPresent(victims::add);
        }
        Optional<Mention> victim = victims.stream().findFirst();
        Optional<Mention> killer = first(sentence, t, AGENT_RELATIONS)
            .or(() -> agentBelow(sentence, cue))
            .or(() -> killerAbove(sentence, cue, victim));
        victims.forEach(v -> add(sentence, cue, killer, Optional.of(v)));
      } else if (pos.startsWith("NN") && (EVENT_NOUNS.contains(lemma) || lemma.equals(DEATH))) {
        List<Mention> victims = all(sentence, t, List.of("nmod:of"));
        // "X's assassination of Y": with an "of" victim, the possessor is the killer; alone, the victim
        Optional<Mention> possessor = first(sentence, t, List.of("nmod:poss"));
        Optional<Mention> killerBefore = victims.isEmpty() ? Optional.empty() : possessor;
        if (victims.isEmpty()) {
          possessor.ifPresent(victims::add);
        }
        if (victims.isEmpty()) {
          // "the Kennedy assassination"
          sentence.dependents(t, r -> r.equals("compound")).stream().filter(d -> d < cue)
              .map(d -> person(sentence, d)).flatMap(Optional::stream).findFirst().ifPresent(victims::add);
        }
        Optional<Mention> victim = victims.stream().findFirst();
        Optional<Mention> named = lemma.equals(DEATH) ? Optional.empty()
            : first(sentence, t, List.of("nmod:by")).or(() -> killerBefore);
        Optional<Mention> killer = named.or(() -> chargedWith(sentence, cue, victim));
        victims.forEach(v -> add(sentence, cue, killer, Optional.of(v)));
      } else if (pos.startsWith("NN") && KILLER_NOUNS.contains(lemma)) {
        add(sentence, t, killerNamed(sentence, t),
            first(sentence, t, List.of("nmod:of", "nmod:poss")).or(() -> victimBefore(sentence, cue)));
      }
    }
  }

  /**
   * The agent of a passive killing verb that the parser hung from a phrase below the verb instead of
   * the verb itself: "Lennon was shot to death in the courtyard of his building by Chapman" (the "by"
   * phrase read as the courtyard's), two phrases down at most.
   */
  private Optional<Mention> agentBelow(ParsedSentence sentence, int verb) {
    if (sentence.dependents(verb, r -> r.equals("aux:pass")).isEmpty()) {
      return Optional.empty();
    }
    List<Integer> phrases = new ArrayList<>(sentence.dependents(verb, r -> r.startsWith("obl")));
    for (int depth = 0; depth < 2 && !phrases.isEmpty(); depth++) {
      List<Integer> below = new ArrayList<>();
      for (int phrase : phrases) {
        Optional<Mention> agent = first(sentence, phrase, List.of("nmod:by", "nmod:agent"));
        if (agent.isPresent()) {
          return agent;
        }
        below.addAll(sentence.dependents(phrase, r -> r.startsWith("nmod")));
      }
      phrases = below;
    }
    return Optional.empty();
  }

  /**
   * The killer where the killing verb has no subject of its own that names a person: the subject of
   * the clause it hangs from ("X admitted killing Y", "X was convicted of murdering Y"), or the user of
   * the weapon that is its subject ("X fired the shotgun that killed Y").
   */
  private Optional<Mention> killerAbove(ParsedSentence sentence, int verb, Optional<Mention> victim) {
    for (int subject : sentence.dependents(verb, r -> r.equals("nsubj"))) {
      if (person(sentence, subject).isEmpty()) {
        return sentence.head(subject, r -> r.equals("obj"))
            .filter(edge -> edge.governor() >= 0)
            .flatMap(edge -> first(sentence, edge.governor(), List.of("nsubj")));
      }
    }
    boolean ofNoun = sentence.dependents(verb, r -> r.equals("nsubj:xsubj")).stream()
        .anyMatch(controller -> sentence.token(controller).pos().startsWith("NN"));
    if (ofNoun) {
      // the infinitive's own subject is a noun that names no person: an intent or an effort ("attacked
      // his efforts to kill bin Laden"), whose owner is no killer
      return Optional.empty();
    }
    if (sentence.token(verb).pos().equals("VBG")) {
      // "footage of Jack Ruby fatally shooting Oswald"; also where the parser hung the gerund from the noun
      // whose "of" phrase names the shooter ("a broadcast of Jack Ruby fatally shooting Oswald")
      Optional<Mention> shooter = sentence.head(verb, r -> r.equals("acl"))
          .flatMap(edge -> person(sentence, edge.governor()).or(() -> first(sentence, edge.governor(), List.of("nmod:of"))
              .filter(of -> of.end() <= sentence.token(verb).start())))
          .filter(killer -> !sameEntity(Optional.of(killer), victim));
      if (shooter.isPresent()) {
        return shooter;
      }
    }
    int current = verb;
    for (int hops = 0; hops < 2; hops++) {
      Optional<Dependency> up = sentence.head(current, r -> CLAUSE_RELATIONS.contains(r.split(":")[0]));
      if (up.isEmpty() || up.get().governor() < 0 || !sentence.token(up.get().governor()).pos().startsWith("VB")) {
        return Optional.empty();
      }
      current = up.get().governor();
      if (sentence.negated(current)) {
        // "he had not done enough to kill bin Laden": a denied clause names no killer
        return Optional.empty();
      }
      Optional<Mention> killer = accused(sentence, current);
      if (killer.isPresent() && !sameEntity(killer, victim)) {
        return killer;
      }
    }
    return Optional.empty();
  }

  /**
   * "X was convicted of murdering Y", "X admitted killing Y", "X acted alone in killing Y" as the
   * parser often reads them: the gerund taken for an adjective of the victim's name ("murdering
   * Kennedy" as one noun phrase) rather than a verb with its object. The victim is the phrase the
   * gerund modifies, the killer the subject of the clause that phrase belongs to.
   */
  private void killingAsModifier(ParsedSentence sentence, int gerund, int noun) {
    int head = noun;
    for (Optional<Dependency> up = sentence.head(head, r -> r.equals("compound")); up.isPresent() && up.get().governor() > head;
        up = sentence.head(head, r -> r.equals("compound"))) {
      head = up.get().governor();
    }
    int phrase = head;
    Optional<Mention> victim = who(sentence, phrase);
    Optional<Mention> killer = sentence.head(phrase, r -> r.equals("obj") || r.startsWith("obl"))
        .filter(edge -> edge.governor() >= 0)
        .flatMap(edge -> killerOfClause(sentence, edge.governor(), victim))
        .or(() -> chargedOf(sentence, phrase))
        .filter(k -> k.end() <= sentence.token(gerund).start())
        .filter(k -> !sameEntity(Optional.of(k), victim));
    add(sentence, gerund, killer, victim);
  }

  /**
   * "A jury convicted X of killing Y" read with "killing Y" as the "of" phrase of X's name: the person
   * whose phrase it is, where that person is the one a verb of charging or punishing charges.
   */
  private Optional<Mention> chargedOf(ParsedSentence sentence, int phrase) {
    return sentence.head(phrase, r -> r.equals("nmod:of"))
        .filter(edge -> edge.governor() >= 0)
        .map(Dependency::governor)
        .filter(accused -> sentence.head(accused, r -> r.equals("obj") || r.equals("nsubj:pass"))
            .filter(edge -> edge.governor() >= 0 && isChargeVerb(sentence, edge.governor()))
            .isPresent())
        .flatMap(accused -> person(sentence, accused));
  }

  /**
   * The subject of the clause headed by {@code predicate} or, failing that, of the clauses it hangs
   * from (two steps at most): "X pleaded guilty to killing Y" climbs from "guilty" to "pleaded".
   */
  private Optional<Mention> killerOfClause(ParsedSentence sentence, int predicate, Optional<Mention> victim) {
    int current = predicate;
    for (int hops = 0; hops < 3; hops++) {
      Optional<Mention> killer = accused(sentence, current);
      if (killer.isPresent()) {
        return sameEntity(killer, victim) ? Optional.empty() : killer;
      }
      Optional<Dependency> up = sentence.head(current, r -> CLAUSE_RELATIONS.contains(r.split(":")[0]));
      if (up.isEmpty() || up.get().governor() < 0) {
        return Optional.empty();
      }
      current = up.get().governor();
    }
    return Optional.empty();
  }

  /**
   * The victim named before a noun like "assassin" in the same name phrase: "Kennedy assassin Sirhan
   * Sirhan", the victim's name a compound of "assassin" or, beside it, of the killer's name.
   */
  private Optional<Mention> victimBefore(ParsedSentence sentence, int noun) {
    Optional<Mention> own = sentence.dependents(noun, r -> r.equals("compound")).stream()
        .filter(dependent -> dependent < noun)
        .map(dependent -> person(sentence, dependent))
        .flatMap(Optional::stream)
        .findFirst();
    if (own.isPresent()) {
      return own;
    }
    return sentence.head(noun, r -> r.equals("compound"))
        .filter(edge -> edge.governor() > noun)
        .flatMap(edge -> sentence.dependents(edge.governor(), r -> r.equals("compound") || r.equals("nmod:poss")).stream()
            .filter(dependent -> dependent < noun)
            .map(dependent -> person(sentence, dependent))
            .flatMap(Optional::stream)
            .findFirst());
  }

  /**
   * The one charged with, tried or punished for a killing noun: "X was sentenced for the
   * assassination of Y", "X was arrested in the slaying of Y", "X was charged with violent crime in
   * the slayings of Y and Z" (the killing three prepositions at most below the verb), or the one a
   * noun of the charge describes: "X, the suspect in the assassination of Y".
   */
  private Optional<Mention> chargedWith(ParsedSentence sentence, int noun, Optional<Mention> victim) {
    int current = noun;
    for (int hops = 0; hops < 3; hops++) {
      Optional<Dependency> up = sentence.head(current, r -> r.startsWith("obl:") || r.startsWith("nmod:"));
      if (up.isEmpty() || up.get().governor() < 0) {
        return Optional.empty();
      }
      current = up.get().governor();
      if ((isChargeVerb(sentence, current) || isParticipationVerb(sentence, current))
          && sentence.token(current).pos().startsWith("VB")) {
        return accused(sentence, current).filter(killer -> !sameEntity(Optional.of(killer), victim));
      }
      if (isChargeVerb(sentence, current) && sentence.token(current).pos().startsWith("NN")) {
        // "Oswald, the suspect in the assassination of Kennedy": the noun of a charge describes the accused
        Optional<Mention> suspect = who(sentence, current).filter(killer -> !sameEntity(Optional.of(killer), victim));
        if (suspect.isPresent()) {
          return suspect;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The subject of {@code verb} or, for a verb of charging or punishing, the one it charges: its
   * object in the active ("a grand jury indicted X on a charge of murder in the assassination of Y"),
   * else its passive subject, else its subject ("X pleaded guilty to"), else, for a participle
   * describing a noun, the person that noun stands for ("X, the man convicted of killing Y").
   */
  private Optional<Mention> accused(ParsedSentence sentence, int verb) {
    List<String> relations = isChargeVerb(sentence, verb) ? List.of("obj", "nsubj:pass", "nsubj:xsubj", "nsubj")
        : isParticipationVerb(sentence, verb) ? List.of("nsubj:pass", "nsubj", "nsubj:xsubj") : List.of("nsubj", "nsubj:xsubj");
    return first(sentence, verb, relations).or(() -> sentence.head(verb, r -> r.equals("acl"))
        .filter(edge -> edge.governor() >= 0 && isChargeVerb(sentence, verb))
        .flatMap(edge -> who(sentence, edge.governor())));
  }

  private static boolean isChargeVerb(ParsedSentence sentence, int token) {
    return CHARGE_VERBS.contains(sentence.token(token).lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean isParticipationVerb(ParsedSentence sentence, int token) {
    return PARTICIPATION_VERBS.contains(sentence.token(token).lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean sameEntity(Optional<Mention> a, Optional<Mention> b) {
    return a.isPresent() && b.isPresent() && a.get().entityId().equals(b.get().entityId());
  }

  /** The person a noun like "assassin" describes, in apposition either way or as its compound head. */
  private Optional<Mention> killerNamed(ParsedSentence sentence, int noun) {
    return first(sentence, noun, List.of("appos"))
        .or(() -> sentence.head(noun, r -> r.equals("appos") || r.equals("compound"))
            .flatMap(edge -> person(sentence, edge.governor())))
        .or(() -> nameAfter(sentence, noun))
        .or(() -> nameBeforeComma(sentence, noun))
        .or(() -> nameAfterComma(sentence, noun));
  }

  /**
   * The person named right after the noun that the parser left hanging from it ({@code dep}): "Carl
   * Moss's assassin Peter Lund walks ..." read with "assassin" as the subject.
   */
  private Optional<Mention> nameAfter(ParsedSentence sentence, int noun) {
    return sentence.dependents(noun, r -> r.equals("dep")).stream()
        .map(dependent -> person(sentence, dependent))
        .flatMap(Optional::stream)
        .filter(person -> noun + 1 < sentence.size() && person.start() == sentence.token(noun + 1).start())
        .findFirst();
  }

  /**
   * The person named right before a comma that opens the noun's phrase, an apposition the parser
   * missed: "shot Lee Harvey Oswald, the accused assassin of President Kennedy" read as two objects.
   */
  private Optional<Mention> nameBeforeComma(ParsedSentence sentence, int noun) {
    int start = noun;
    while (start > 0 && sentence.heads(start - 1).stream().anyMatch(edge -> edge.governor() == noun
        && (edge.relation().equals("det") || edge.relation().equals("amod") || edge.relation().equals("compound")))) {
      start--;
    }
    return start < 2 || !sentence.token(start - 1).word().equals(",") ? Optional.empty() : person(sentence, start - 2);
  }

  /**
   * The person named right after a comma that closes the noun's phrase, an apposition the parser
   * missed: "tackled Kennedy's assassin, Sirhan Sirhan" read with the name hanging from the verb.
   */
  private Optional<Mention> nameAfterComma(ParsedSentence sentence, int noun) {
    if (noun + 2 >= sentence.size() || !sentence.token(noun + 1).word().equals(",")) {
      return Optional.empty();
    }
    return person(sentence, noun + 2)
        .filter(person -> person.start() == sentence.token(noun + 2).start())
        .filter(person -> sentence.heads(noun + 2).stream().noneMatch(edge -> edge.relation().startsWith("conj")));
  }

  private void add(ParsedSentence sentence, int cue, Optional<Mention> killer, Optional<Mention> victim) {
    if (killer.isPresent() && victim.isPresent()) {
      Span span = new Span(sentence.token(cue).start(), sentence.token(cue).end());
      sink.add("KILLED", killer.get(), victim.get(), 0.7, sentence.index(), span, null, "killing");
    }
  }

  /** Every person the dependents of {@code head} through {@code relations} stand for ("the slayings of A and B"). */
  private List<Mention> all(ParsedSentence sentence, int head, List<String> relations) {
    List<Mention> found = new ArrayList<>();
    for (String relation : relations) {
      for (int dependent : sentence.dependents(head, relation::equals)) {
        who(sentence, dependent)
            .filter(person -> found.stream().noneMatch(m -> m.entityId().equals(person.entityId())))
            .ifPresent(found::add);
      }
    }
    return found;
  }

  private Optional<Mention> first(ParsedSentence sentence, int head, List<String> relations) {
    for (String relation : relations) {
      for (int dependent : sentence.dependents(head, relation::equals)) {
        Optional<Mention> person = who(sentence, dependent);
        if (person.isPresent()) {
          return person;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The person a word stands for: a person's name, or a noun describing one, in apposition ("Kennedy's
   * assassin, Lee Harvey Oswald, who had been shot by ..."), with the name left beside it ("rock star
   * John Lennon" parsed with the name as {@code dep}) or predicated of a named subject ("Oswald was the
   * gunman who killed ...").
   */
  private Optional<Mention> who(ParsedSentence sentence, int token) {
    Optional<Mention> named = person(sentence, token);
    if (named.isEmpty() && sentence.token(token).pos().equals("WP")) {
      return describedByRelativeClause(sentence, token);
    }
    if (named.isPresent() || !sentence.token(token).pos().startsWith("NN")) {
      return named;
    }
    for (Dependency edge : sentence.dependents(token)) {
      boolean subject = edge.relation().equals("nsubj") && !sentence.dependents(token, r -> r.equals("cop")).isEmpty();
      if (edge.relation().equals("appos") || edge.relation().equals("dep") || subject) {
        Optional<Mention> person = person(sentence, edge.dependent());
        if (person.isPresent()) {
          return person;
        }
      }
    }
    return sentence.head(token, r -> r.equals("appos")).filter(edge -> edge.governor() >= 0)
        .flatMap(edge -> person(sentence, edge.governor()));
  }

  /**
   * The person a relative pronoun subject stands for, where the parse left "who" in place: the noun
   * its clause hangs from ("the gunman who killed ..." with the clause as {@code dep} of "gunman").
   */
  private Optional<Mention> describedByRelativeClause(ParsedSentence sentence, int pronoun) {
    return sentence.head(pronoun, r -> r.startsWith("nsubj"))
        .flatMap(clause -> sentence.head(clause.governor(), r -> r.equals("acl:relcl") || r.equals("dep")))
        .filter(edge -> edge.governor() >= 0 && edge.governor() < pronoun && sentence.token(edge.governor()).pos().startsWith("NN"))
        .flatMap(edge -> who(sentence, edge.governor()));
  }

  private Optional<Mention> person(ParsedSentence sentence, int token) {
    return index.mentionAt(sentence.token(token)).filter(m -> index.typeOf(m.entityId()) == EntityType.PERSON);
  }
}
