package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;
import static dev.kg.extract.event.TriggerWords.partOfSpeech;

import dev.kg.extract.CommunicationVerbs;
import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a trigger word reports something that happens. A negated word ("did not attack", "without
 * attacking"), a hypothetical one ("would attack", "can arrest", "called on the government to declare"),
 * an event noun only said to take place or be done by a verb that is denied or modal ("talks may
 * happen", "the vote was not held"), a forbidden
 * or prevented one ("a ban on protests", "police foiled the bombing"), a noun
 * that only classifies another ("weapons of mass destruction") or names a unit of armed forces ("the
 * strike force"), what is only speculated or rumoured about, a noun that names a kind ("any attack",
 * "such threats", "bombings are rare"), what a charge is "of", a threat nobody makes, the custody a release ends,
 * travel that names neither who goes nor where, and an event named as the time of another report
 * nothing that happened.
 */
final class TriggerGates {

  /**
   * Modal auxiliaries of what may, can or has to be: a word under one tells of no event that happened
   * ("would attack", "police can arrest protesters", "the election must be held in May").
   */
  private static final Set<String> HYPOTHETICAL =
      Set.of("would", "could", "might", "may", "should", "can", "must");

  /** Nouns an event noun after "of" only classifies: "a weapon of mass destruction", "a kind of protest". */
  private static final Set<String> CLASSIFIED = Set.of("weapon", "kind", "type", "form", "sort", "risk", "fear");

  /**
   * Determiners that make an event noun a kind rather than one that happened: "against any threat they
   * face", "denied having any such meeting", "such threats are not idle".
   */
  private static final Set<String> KINDS = Set.of("any", "such");

  /**
   * Nouns of conjecture: what they are "of", "about" or "over" is talked of, not told as having happened
   * ("speculation over an attack", "rumours about deaths").
   */
  private static final Set<String> CONJECTURE = Set.of("speculation", "rumour", "rumor", "conjecture", "hearsay");

  /** Nouns of alleging: what their "of" phrase names is what someone is said to have done. */
  private static final Set<String> CHARGES = Set.of("charge", "count", "accusation", "allegation", "suspicion");

  /**
   * Adjectives of how often events of a kind happen: what they are said of is the kind ("bombings are
   * rare"), where "talks were underway" or "protests were peaceful" tell of particular ones.
   */
  private static final Set<String> FREQUENCY =
      Set.of("rare", "common", "frequent", "infrequent", "uncommon", "unusual", "usual", "commonplace",
          "routine", "widespread");

  /** Verbs whose subject is an event that takes place: "the meeting happened", "clashes occurred". */
  private static final Set<String> OCCURRING = Set.of("happen", "occur");

  /** Verbs of waiting and expecting: an event noun they take as object ("awaiting trial") is still to come. */
  private static final Set<String> AWAITING = Set.of("await", "expect", "anticipate");

  /**
   * Verbs of wanting, planning, urging and refusing: an infinitive or participle they govern has not
   * happened ("wants to declare an emergency", "wants an emergency declared").
   */
  private static final Set<String> IRREALIS =
      Set.of("want", "plan", "intend", "hope", "call", "urge", "ask", "threaten", "seek", "aim", "try",
          "expect", "propose", "promise", "vow", "refuse", "decide", "wish", "prepare", "fail");

  /**
   * Words of forbidding: what they forbid has not happened, as far as the text says ("a ban on
   * protests", "the government prohibited the sale of SIM cards", "was barred from travelling").
   */
  private static final Set<String> FORBIDDING =
      Set.of("ban", "prohibit", "forbid", "outlaw", "bar", "prohibition", "embargo", "moratorium");

  /**
   * Verbs of keeping someone from doing something: what their "from" phrase names has not happened
   * when they did their work ("stopped them from attacking", "kept migrants from crossing").
   */
  private static final Set<String> PREVENTING =
      Set.of("prevent", "stop", "keep", "block", "deter", "dissuade", "discourage", "hinder", "restrain");

  /**
   * Verbs of forestalling: their object or passive subject did not happen either ("police prevented an
   * attack", "foiled a bombing"), where "stopped the fighting" ended what had begun.
   */
  private static final Set<String> FORESTALLING = Set.of("prevent", "foil", "thwart", "avert");

  /**
   * Occasions one attends or speaks at: whoever a clause set during one says acted was there ("Choe Son
   * Hui, during a recent visit to Moscow, described the war"), so the clause reports the occasion too.
   */
  static final Set<EventType> OCCASIONS = Set.of(EventType.VISIT, EventType.MEETING, EventType.STATEMENT);

  private TriggerGates() {}

  /** Whether the trigger word reports something that happens: not negated, hypothetical or a classifier. */
  static boolean occurs(DependencyIndex parse, Token token, char pos) {
    if (parse.negated(token.index())) {
      return false;
    }
    if (hypothetical(parse, token.index())) {
      return false;
    }
    for (Dependency down : parse.dependents(token.index())) {
      if (pos == 'N' && (down.relation().equals("det") || down.relation().equals("amod"))
          && KINDS.contains(lemma(parse.token(down.dependent())))) {
        // "any" and "such" quantify over kinds of event ("such" is the parser's adjective): the noun
        // tells of no one occurrence.
        return false;
      }
      if (pos == 'N' && down.relation().equals("amod")
          && AWAITING.contains(lemma(parse.token(down.dependent())))) {
        // The parser reads "a prison awaiting trial" with "awaiting" as the noun's adjective.
        return false;
      }
    }
    if (pos == 'N' && kindPredicated(parse, token)) {
      return false;
    }
    boolean infinitive = infinitive(parse, token.index());
    for (Dependency up : parse.heads(token.index())) {
      if (pos == 'V' && (infinitive || token.pos().equals("VBN")) && up.relation().equals("xcomp")
          && up.governor() >= 0 && IRREALIS.contains(lemma(parse.token(up.governor())))) {
        // "wants to declare an emergency", and as much "wants an emergency declared": what is only wanted
        // has not happened.
        return false;
      }
      if (up.governor() >= 0 && forbids(parse.token(up.governor()), up.relation())) {
        return false;
      }
      if (up.governor() >= 0 && prevents(parse, parse.token(up.governor()), up.relation())) {
        return false;
      }
      if (pos == 'V' && infinitive && (up.relation().equals("xcomp") || up.relation().startsWith("advcl"))
          && up.governor() >= 0
          && partOfSpeech(parse.token(up.governor())) == 'V' && !occurs(parse, parse.token(up.governor()), 'V')) {
        // "prepared to head to Brussels to meet Bush", "would fly to Paris to sign": what one goes to do
        // by a move that has not happened has not happened either.
        return false;
      }
      if (pos == 'V' && token.pos().equals("VBG") && up.governor() >= 0
          && (up.relation().endsWith(":at") || up.relation().endsWith(":to"))
          && IRREALIS.contains(lemma(parse.token(up.governor())))) {
        // "aimed at negotiating", "committed to attacking": a gerund of intent has not happened either.
        return false;
      }
      if (pos == 'N' && up.governor() >= 0 && up.relation().equals("obj") && parse.negated(up.governor())
          && !CommunicationVerbs.ABOUT_AN_EVENT.contains(lemma(parse.token(up.governor())))) {
        // "the Kremlin has not issued a statement", "did not hold talks": what is denied did not happen;
        // what one does not condemn or closed a case "without investigating" did ("did not condemn the
        // attack": a verb about an event takes no part in it).
        return false;
      }
      if (pos == 'N' && up.governor() >= 0 && carriedOut(parse, up)
          && (parse.negated(up.governor()) || hypothetical(parse, up.governor()))) {
        // "each election must be held in October", "meetings can have happened", "talks were not held":
        // a verb that only says the event takes place or is done has the event's modality, so where it
        // is denied or only may be, the event is too. What one plans or is expected "to hold" stays,
        // told as to come (EventTense).
        return false;
      }
      if (pos == 'N' && up.governor() >= 0 && up.relation().equals("obj")
          && AWAITING.contains(lemma(parse.token(up.governor())))) {
        // "is awaiting trial", "expects talks": what is waited for has not happened yet.
        return false;
      }
      if (pos == 'N' && up.governor() >= 0 && up.relation().equals("nmod:of")
          && CLASSIFIED.contains(lemma(parse.token(up.governor())))) {
        return false;
      }
      if (pos == 'N' && up.governor() >= 0 && up.relation().equals("compound")
          && ArmedForces.names(parse, parse.token(up.governor()))) {
        // "the strike force", "an invasion force": a unit named by what it is for, no event of its own.
        return false;
      }
      if (pos == 'N' && up.governor() >= 0
          && (up.relation().equals("xcomp") || up.relation().equals("obl:as") || secondObject(parse, up))
          && CommunicationVerbs.QUOTING.contains(lemma(parse.token(up.governor())))) {
        // "Macron called the explosion an attack", "described it as a massacre": a name given to what
        // the text reports, not one more event.
        return false;
      }
      if (pos == 'N' && up.governor() >= 0 && conjectured(up)
          && CONJECTURE.contains(lemma(parse.token(up.governor())))) {
        // "speculation over a U.S. attack on Iran", "rumours about various deaths": what is only
        // talked of is reported neither as done nor as planned.
        return false;
      }
      if (up.governor() >= 0 && up.relation().endsWith(":of") && CHARGES.contains(lemma(parse.token(up.governor())))) {
        // "on charges of murder and conspiracy": what someone is charged with is alleged, not reported.
        return false;
      }
    }
    return true;
  }

  /** Whether an edge makes a noun what a noun of conjecture is of, about or over. */
  private static boolean conjectured(Dependency edge) {
    String relation = edge.relation();
    return relation.equals("nmod:of") || relation.equals("nmod:about") || relation.equals("nmod:over");
  }

  /**
   * Whether a bare plural event noun is the subject of an adjective of frequency ({@link #FREQUENCY})
   * a copula predicates of it: "Bombings in Iran have been rare", "prosecutions under the act are
   * generally rare" say how often events of that kind happen, and tell of no one that happened. A
   * plural with a determiner, possessor or number ("the attacks were rare") is of particular ones.
   */
  private static boolean kindPredicated(DependencyIndex parse, Token noun) {
    if (!noun.pos().equals("NNS")
        || !parse.dependents(noun.index(), r -> r.equals("det") || r.equals("nmod:poss") || r.equals("nummod"))
            .isEmpty()) {
      return false;
    }
    // The subject a relative clause gives back to its noun ("assaults that are likely to fuel extremism")
    // is the clause's, not a predication of the kind.
    List<Integer> relatives = parse.dependents(noun.index(), r -> r.equals("acl:relcl"));
    return parse.heads(noun.index()).stream()
        .anyMatch(up -> up.relation().equals("nsubj") && up.governor() >= 0 && !relatives.contains(up.governor())
            && FREQUENCY.contains(lemma(parse.token(up.governor())))
            && !parse.dependents(up.governor(), r -> r.equals("cop")).isEmpty());
  }

  /**
   * Whether an edge makes an event noun what a verb of taking place or of doing reports: the subject of
   * "happen", "occur" or "take place", the object or passive subject of "hold" ("the vote was held")
   * or of a verb of doing ("carried out attacks", {@link RoleFiller#DOING}).
   */
  private static boolean carriedOut(DependencyIndex parse, Dependency edge) {
    Token verb = parse.token(edge.governor());
    if (partOfSpeech(verb) != 'V') {
      return false;
    }
    String lemma = lemma(verb);
    String relation = edge.relation();
    if (relation.equals("nsubj")) {
      return OCCURRING.contains(lemma) || parse.dependents(verb.index(), r -> r.equals("obj")).stream()
          .anyMatch(object -> RoleFiller.takesPlace(parse, verb.index(), object));
    }
    return (relation.equals("obj") || relation.equals("nsubj:pass"))
        && (lemma.equals("hold") || RoleFiller.DOING.contains(lemma));
  }

  /**
   * Whether {@code word} forbids what it governs by {@code relation}: a noun of forbidding its "on" or
   * "of" phrase ("a ban on public gatherings and protests", "the prohibition of strikes"), a verb its
   * object or passive subject ("banned the sale of arms", "demonstrations were prohibited"), its
   * infinitive ("forbade them to travel") or its "from" phrase ("are forbidden from travelling").
   */
  private static boolean forbids(Token word, String relation) {
    if (!FORBIDDING.contains(lemma(word))) {
      return false;
    }
    return partOfSpeech(word) == 'V'
        ? relation.equals("obj") || relation.equals("nsubj:pass") || relation.equals("xcomp")
            || relation.endsWith(":from")
        : relation.equals("nmod:on") || relation.equals("nmod:of");
  }

  /**
   * Whether {@code word} prevents what it governs by {@code relation}: a verb of keeping from its "from"
   * phrase ("stopped them from attacking"), a verb of forestalling its object or passive subject as well
   * ("prevented an attack", "the bombing was foiled"). Only where the preventing is told as done: what
   * police "failed to prevent" or "did not stop" happened, and what one has "the ability to prevent" or
   * sets up a hotline "to prevent" is a kind of event, neither told as happening nor as kept from it.
   */
  private static boolean prevents(DependencyIndex parse, Token word, String relation) {
    if (partOfSpeech(word) != 'V') {
      return false;
    }
    String lemma = lemma(word);
    boolean governed = PREVENTING.contains(lemma) && relation.endsWith(":from")
        || FORESTALLING.contains(lemma)
            && (relation.equals("obj") || relation.equals("nsubj:pass") || relation.endsWith(":from"));
    return governed && !infinitive(parse, word.index()) && occurs(parse, word, 'V');
  }

  /**
   * Whether a noun names a particular one of its kind rather than the kind: "the crime", "his
   * crimes", "crimes committed by the militia" and "committed a robbery" tell of crimes that happened,
   * where "organized crime", "the fight against crime" and "if crime rates remained the same" speak of
   * crime in general. A noun is particular with a definite determiner or a possessor, with a relative
   * clause or past participle that tells of it, or as what a verb of doing did, where that verb
   * reports something done ("an association to commit a crime" does not); a noun that modifies
   * another ("the crime barons") names a kind.
   */
  static boolean particular(DependencyIndex parse, Token noun) {
    if (parse.heads(noun.index()).stream().anyMatch(up -> up.relation().equals("compound"))) {
      return false;
    }
    for (Dependency down : parse.dependents(noun.index())) {
      String relation = down.relation();
      Token dependent = parse.token(down.dependent());
      if (relation.equals("nmod:poss") || relation.equals("acl:relcl")
          || relation.equals("acl") && dependent.pos().equals("VBN")
          || relation.equals("det") && EventExtractor.DEFINITE.contains(lemma(dependent))) {
        return true;
      }
    }
    return parse.heads(noun.index()).stream()
        .filter(up -> up.governor() >= 0 && (up.relation().equals("obj") || up.relation().equals("nsubj:pass")))
        .map(up -> parse.token(up.governor()))
        .anyMatch(verb -> RoleFiller.DOING.contains(lemma(verb)) && partOfSpeech(verb) == 'V'
            && !infinitive(parse, verb.index()) && occurs(parse, verb, 'V'));
  }

  /**
   * Whether the word at {@code index} is under a modal ("would", "could", "might", "may", "should", "can",
   * "must"), its own or that of the verb it is joined to ({@link #auxiliaryHost}): "may conduct tests and deploy weapons".
   */
  static boolean hypothetical(DependencyIndex parse, int index) {
    return parse.dependents(auxiliaryHost(parse, index)).stream()
        .anyMatch(d -> d.relation().equals("aux") && HYPOTHETICAL.contains(lemma(parse.token(d.dependent()))));
  }

  /**
   * The verb whose auxiliaries a verb in its bare form shares: the first of two joined verbs when the
   * second has no auxiliary or "to" of its own ("North Korea may conduct tests and deploy weapons",
   * "will visit Hanoi and meet Lam"), since the parser hangs the auxiliary from the first alone; the
   * word itself otherwise. A joined verb with a tense of its own ("may leave and was seen") has its own.
   */
  static int auxiliaryHost(DependencyIndex parse, int index) {
    if (!parse.token(index).pos().equals("VB")
        || !parse.dependents(index, r -> r.startsWith("aux") || r.equals("mark")).isEmpty()) {
      return index;
    }
    return parse.heads(index).stream()
        .filter(up -> up.relation().startsWith("conj") && up.governor() >= 0 && up.governor() < index
            && partOfSpeech(parse.token(up.governor())) == 'V')
        .map(up -> auxiliaryHost(parse, up.governor()))
        .findFirst().orElse(index);
  }

  /** Whether the word at {@code index} is an infinitive with "to": "to attack", "to hold talks". */
  static boolean infinitive(DependencyIndex parse, int index) {
    return parse.dependents(index).stream()
        .anyMatch(d -> d.relation().equals("mark") && lemma(parse.token(d.dependent())).equals("to"));
  }

  /**
   * Whether an event noun is the object of a verb trigger of its type ("signed a treaty"): it is that
   * verb's object, not an event of its own.
   */
  static boolean objectOfItsVerb(DependencyIndex parse, Token noun, EventType type) {
    for (Dependency up : parse.heads(noun.index())) {
      boolean objectOfVerb = up.relation().equals("obj") || up.relation().equals("nsubj:pass");
      if (objectOfVerb && up.governor() >= 0) {
        Token verb = parse.token(up.governor());
        if (partOfSpeech(verb) == 'V'
            && EventType.forTrigger(lemma(verb), 'V').equals(Optional.of(type))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an object edge is the second of two its verb has: the name in "what Macron called an
   * \"attack\"", where the quotation marks make the parser read it as an object beside "what" rather
   * than as the name given to it.
   */
  private static boolean secondObject(DependencyIndex parse, Dependency edge) {
    return edge.relation().equals("obj")
        && parse.dependents(edge.governor(), r -> r.equals("obj")).stream().anyMatch(other -> other < edge.dependent());
  }

  /**
   * Whether an event noun only says when what its clause reports happened: "residents heard gunshots
   * during the raids" and "was arguing with police during a protest" report the gunshots and the
   * argument, and name the raids and the protest, told or known elsewhere, as their time. An occasion
   * one attends is the exception ({@link #OCCASIONS}).
   */
  static boolean timesAnother(DependencyIndex parse, Token noun) {
    return parse.heads(noun.index()).stream()
        .anyMatch(d -> d.relation().equals("obl:during") || d.relation().equals("nmod:during"));
  }

  /**
   * Whether a threat noun names a danger rather than an act of threatening: "the threat of
   * terrorism", "charges that carry the threat of execution" say what may happen, and no one threatens
   * in them; "Trump's threat of sanctions" or "the threat of sanctions from Washington" has someone who
   * made it. "threat" itself names a danger as well where something is said to be one ("wildfires are an
   * annual threat"), poses one ("the fires pose a direct threat", "the threat posed by nuclear weapons")
   * or it is a threat to something ("the greatest threat to our security"); a warning or an ultimatum
   * to someone is given to them ("a warning to Pyongyang"), and a threat to do something is made.
   */
  static boolean namesADanger(DependencyIndex parse, Token threat) {
    if (!parse.dependents(threat.index(),
        r -> r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:from")).isEmpty()) {
      return false;
    }
    if (!parse.dependents(threat.index(), r -> r.equals("nmod:of")).isEmpty()) {
      return true;
    }
    return lemma(threat).equals("threat")
        && (!parse.dependents(threat.index(), r -> r.equals("cop") || r.equals("nmod:to")).isEmpty()
            || parse.dependents(threat.index(), r -> r.equals("acl")).stream()
                .anyMatch(participle -> lemma(parse.token(participle)).equals("pose"))
            || parse.heads(threat.index()).stream()
                .anyMatch(up -> up.relation().equals("obj") && up.governor() >= 0
                    && lemma(parse.token(up.governor())).equals("pose")));
  }

  /**
   * Whether an arrest noun names the custody a release or an escape ends ("released from custody",
   * "escaped from detention"): a state that the release reports leaving, not an arrest of its own.
   */
  static boolean custodyLeft(DependencyIndex parse, Token noun) {
    return parse.heads(noun.index()).stream()
        .filter(up -> up.governor() >= 0 && up.relation().endsWith(":from"))
        .map(up -> parse.token(up.governor()))
        .anyMatch(word -> EventType.forTrigger(lemma(word), partOfSpeech(word))
            .filter(type -> type == EventType.RELEASE || type == EventType.EVACUATION).isPresent());
  }

  /**
   * Whether a verb of travel ("arrive", "fly", "travel") names neither who travels nor where: "the
   * police immediately arrived", "drones flying over military sites", "the man was seen arriving on
   * foot" describe movement, not a visit; "Putin arrived on Wednesday" or "arrived in Pyongyang" is
   * one. The verb "visit" says a visit by itself.
   */
  static boolean goesNowhereNamed(EventMention mention, Token trigger) {
    return mention.type() == EventType.VISIT && partOfSpeech(trigger) == 'V' && !mention.lemma().equals("visit")
        && mention.arguments().stream().allMatch(a -> a.entityId() == null);
  }
}
