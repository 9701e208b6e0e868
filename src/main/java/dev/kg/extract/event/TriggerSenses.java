package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;
import static dev.kg.extract.event.PhraseEntities.mayBeABeing;
import static dev.kg.extract.event.TriggerWords.partOfSpeech;

import dev.kg.extract.Animacy;
import dev.kg.extract.DependencyIndex;
import dev.kg.extract.EntityType;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sense a sentence gives a trigger word. A purchase, sale, delivery or shipment is an arms
 * transfer when what changes hands is arms, a "test" a weapons test only of a weapon; "struck a deal"
 * and "shot baskets" are no attacks, "demonstrated that", a campaign rally or a state's protest no
 * protest, a warning that tells something a statement, and one arrests, dismisses or releases a
 * person, not a thing, and "fire" a dismissal only of a person; "asked whether" is a question, not a
 * request, "the outbreak of war" no disease, a blast by accident no attack, the death a court
 * sentences someone to no death, and a letter signed no agreement.
 */
final class TriggerSenses {

  /** Words that make a "test" a weapons test: the thing tested must be one. */
  static final Set<String> WEAPONS =
      Set.of("missile", "rocket", "nuclear", "weapon", "bomb", "warhead", "icbm", "ballistic",
          "hypersonic", "launcher", "torpedo", "drone", "satellite", "atomic", "hydrogen");

  /**
   * Words that make what changes hands arms: "supplied artillery shells", "arms shipments",
   * "military deliveries", "the purchase of ammunition". A sale of anything else is a transaction
   * ("sold her car"), and a delivery of anything else no event ("delivered the information").
   */
  private static final Set<String> MATERIEL = Set.of(
      "weapon", "weaponry", "arm", "arms", "armament", "ammunition", "munition", "ordnance", "artillery",
      "missile", "rocket", "bomb", "warhead", "icbm", "ballistic", "launcher", "torpedo", "drone", "explosive",
      "grenade", "mortar", "gun", "rifle", "bullet", "shell", "howitzer", "interceptor", "tank", "warplane",
      "fighter", "helicopter", "warship", "submarine", "military", "defence", "defense");

  /**
   * The types whose every sense but the one kg means acts on a thing: a person is arrested, dismissed or
   * released; territory captured, a rumour dismissed or a photo released is not.
   */
  static final Set<EventType> PERSONAL = Set.of(EventType.ARREST, EventType.DISMISSAL, EventType.RELEASE);

  /** Verbs of protest whose object is what they show or gather, not whom they protest against. */
  private static final Set<String> TAKES_WHAT_IT_GATHERS = Set.of("demonstrate", "rally");

  /**
   * Verbs of asking with another sense where they do not say what is asked: a question ("asked
   * whether"), leading troops ("commanded the division"), counsel ("advised the president").
   */
  private static final Set<String> ASKS_ONLY_WITH_WHAT = Set.of("ask", "command", "advise");

  /** Verbs of sending, which deploy only when what they move is armed forces ({@link #sendsForces}). */
  private static final Set<String> SENDING = Set.of("send", "dispatch");

  /** Words that say something happened by accident: "two accidental explosions", "detonated accidentally". */
  private static final Set<String> BY_ACCIDENT =
      Set.of("accidental", "accidentally", "inadvertent", "inadvertently", "unintentional", "unintentionally");

  /**
   * Lemmas of a dismissal that name it only where a person is fired or sacked: one fires weapons and shots
   * as often, and the sacking of a city is its plunder.
   */
  private static final Set<String> FIRING = Set.of("fire", "firing", "sacking");

  /** The lemmas of the personal pronouns that stand for persons ("fired him", "they were fired"); "it" is none. */
  private static final Set<String> PERSONS = Set.of("I", "you", "he", "she", "we", "they");

  private final PhraseEntities entities;

  TriggerSenses(PhraseEntities entities) {
    this.entities = entities;
  }

  /** Whether a warning says that something is so: "warned that the plan was illegal". */
  static boolean says(DependencyIndex parse, Token warn) {
    return !parse.dependents(warn.index(), r -> r.equals("ccomp")).isEmpty();
  }

  /**
   * Whether a warning only tells someone something ("warned the police", "warned the police of their
   * fears"): it has an object and says nothing that the one warned is to do or not to do, the
   * infinitive or "to"/"against" phrase of "warned Pyongyang to stop" or "warned them against
   * retaliation", nor what would follow.
   */
  static boolean alerts(DependencyIndex parse, Token warn) {
    return !parse.dependents(warn.index(), r -> r.equals("obj")).isEmpty()
        && parse.dependents(warn.index(), r -> r.equals("xcomp") || r.startsWith("obl:to")
            || r.startsWith("obl:against") || r.startsWith("advcl")).isEmpty();
  }

  boolean testsWeapon(DependencyIndex parse, Token test) {
    List<Token> near = new ArrayList<>();
    parse.dependents(test.index()).forEach(d -> near.add(parse.token(d.dependent())));
    parse.heads(test.index()).stream()
        .filter(d -> d.governor() >= 0)
        .forEach(d -> near.add(parse.token(d.governor())));
    return near.stream().anyMatch(t -> WEAPONS.contains(lemma(t)));
  }

  /**
   * Whether "shoot" has a thing for its object, which a shooting in a game or with a camera aims at
   * and no attack harms: "shot baskets", "shot a video" (an unnamed common noun CoreNLP lists as
   * inanimate only); "shot down a plane" and "shot three protesters" are attacks.
   */
  boolean shootsAThing(DependencyIndex parse, Token verb) {
    if (!lemma(verb).equals("shoot")
        || !parse.dependents(verb.index(), r -> r.equals("compound:prt")).isEmpty()) {
      return false;
    }
    return parse.dependents(verb.index(), r -> r.equals("obj")).stream()
        .map(parse::token)
        .anyMatch(o -> partOfSpeech(o) == 'N' && entities.entityOf(parse, o) == null
            && Animacy.coreNlp().isInanimate(lemma(o)));
  }

  /**
   * Whether "meet" has a thing on both sides, which is how a plan, a film or a bill meets with a
   * reception or meets a test, and no one meets anyone: "the film met with scathing reviews", "the
   * proposal met the criteria" (common nouns CoreNLP's animacy lists give as inanimate only).
   * Both sides, since the lists call an organisation told by a common noun a thing too, and "the cabinet
   * met" or "the committee met with Lena Berg" are meetings.
   */
  static boolean meetsAThing(DependencyIndex parse, Token verb) {
    if (!lemma(verb).equals("meet")) {
      return false;
    }
    List<Integer> subjects = parse.dependents(verb.index(), r -> r.equals("nsubj"));
    List<Integer> met = parse.dependents(verb.index(), r -> r.equals("obj") || r.equals("obl:with"));
    return !subjects.isEmpty() && !met.isEmpty()
        && subjects.stream().map(parse::token).allMatch(TriggerSenses::unnamedThing)
        && met.stream().map(parse::token).allMatch(TriggerSenses::unnamedThing);
  }

  /**
   * Whether a phrase's head is a common noun CoreNLP's animacy lists give as a thing. The head alone:
   * "Oliver Stone's film" stands for no one, though its possessor names someone.
   */
  private static boolean unnamedThing(Token head) {
    return DependencyIndex.isCommonNoun(head) && Animacy.coreNlp().isInanimate(lemma(head));
  }

  /**
   * Whether what a trigger acts on is a thing ({@link #isAThing}): a verb's passive subject, or its object
   * when it has none, the noun its participle modifies ("a photo released by the FBI", "capturing
   * drones"), or a noun's "of" phrase.
   */
  boolean undergoneByAThing(DependencyIndex parse, Token trigger, char pos) {
    Set<String> undergoer;
    if (pos != 'V') {
      undergoer = Set.of("nmod:of");
    } else if (parse.dependents(trigger.index(), r -> r.equals("nsubj:pass")).isEmpty()) {
      undergoer = Set.of("obj");
    } else {
      // A passive verb's subject is what it acts on, so an object beside it is the parser's ("has been
      // detained nine times", "was captured and spent time in a camp").
      undergoer = Set.of("nsubj:pass");
    }
    List<Integer> things = new ArrayList<>(parse.dependents(trigger.index(), undergoer::contains));
    if (pos == 'V') {
      things.addAll(modifiedUndergoers(parse, trigger));
      parse.heads(trigger.index()).stream()
          .filter(d -> d.governor() >= 0 && d.relation().startsWith("acl:"))
          .forEach(d -> things.add(d.governor()));
    }
    return things.stream().map(parse::token).anyMatch(t -> isAThing(parse, t));
  }

  /**
   * Whether a verb of sending moves armed forces ({@link ArmedForces}): its object, passive subject or
   * the noun its participle modifies ("dispatched thousands of soldiers", "troops sent to the border").
   * Only then does it deploy; "sent a letter" or "dispatched aid" moves a thing.
   */
  static boolean sendsForces(DependencyIndex parse, Token send) {
    if (!SENDING.contains(lemma(send))) {
      return false;
    }
    List<Integer> moved = new ArrayList<>(parse.dependents(send.index(), r -> r.equals("obj") || r.equals("nsubj:pass")));
    moved.addAll(modifiedUndergoers(parse, send));
    return moved.stream().anyMatch(m -> ArmedForces.names(parse, parse.token(m)));
  }

  /**
   * Whether "fire", "firing" or "sacking" ends someone's employment: what is fired is a person ("fired
   * the coach", "he was fired", "the firing of the police chief", "the Comey firing", "the president's
   * sacking of his deputy"): a name CoreNLP tags a person, a personal pronoun, or a common noun CoreNLP's
   * animacy lists give as a being only. One who fires a rocket, tear gas or shots, fires "it" or fires on
   * a crowd dismisses no one, nor does the sacking of a city, or a verb with nothing fired. Words of
   * dismissal but these say it by themselves.
   */
  boolean firesSomeone(DependencyIndex parse, Token trigger, char pos) {
    if (!FIRING.contains(lemma(trigger))) {
      return true;
    }
    Set<String> fired;
    if (pos != 'V') {
      // "Attila's sacking of Rome": an "of" phrase names what was sacked, and the possessor then did it.
      fired = parse.dependents(trigger.index(), r -> r.equals("nmod:of")).isEmpty()
          ? Set.of("nmod:poss", "compound")
          : Set.of("nmod:of");
    } else if (parse.dependents(trigger.index(), r -> r.equals("nsubj:pass")).isEmpty()) {
      fired = Set.of("obj");
    } else {
      fired = Set.of("nsubj:pass");
    }
    return parse.dependents(trigger.index(), fired::contains).stream()
        .map(parse::token)
        .anyMatch(t -> isAPerson(parse, t));
  }

  /** Whether a phrase's head stands for a person: a PERSON name, a personal pronoun or an animate noun. */
  private boolean isAPerson(DependencyIndex parse, Token head) {
    String entity = entities.entityOf(parse, head);
    if (entity != null || head.ner().equals("PERSON")) {
      return head.ner().equals("PERSON") || entities.typeOf(entity) == EntityType.PERSON;
    }
    return head.pos().equals("PRP") ? PERSONS.contains(lemma(head))
        : DependencyIndex.isCommonNoun(head) && Animacy.coreNlp().isAnimate(lemma(head));
  }

  /**
   * Whether what a transfer, purchase or sale moves is arms: the verb's object, passive subject or
   * "with" phrase ("supplied Russia with shells"), the noun a participle modifies ("the weapons
   * supplied"), or the noun's "of" phrase, compound or adjective ("the sale of rifles", "arms
   * shipments", "military deliveries"), itself or through a word that modifies it or is listed with it
   * ("artillery shells, missiles and other weaponry").
   */
  static boolean transfersArms(DependencyIndex parse, Token trigger) {
    Set<String> moved = partOfSpeech(trigger) == 'V'
        ? Set.of("obj", "nsubj:pass", "obl:with")
        : Set.of("nmod:of", "compound", "amod");
    List<Integer> things = new ArrayList<>(parse.dependents(trigger.index(), moved::contains));
    things.addAll(modifiedUndergoers(parse, trigger));
    for (int thing : things) {
      if (MATERIEL.contains(lemma(parse.token(thing)))) {
        return true;
      }
      for (Dependency part : parse.dependents(thing)) {
        boolean modifies = part.relation().equals("compound") || part.relation().equals("amod")
            || part.relation().startsWith("conj");
        if (modifies && MATERIEL.contains(lemma(parse.token(part.dependent())))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a verb of asking says what is asked, as a request does: "ask" an infinitive ("asked
   * citizens to take to the streets") or a "for" phrase ("asked for help"), "command" and "advise" an
   * infinitive, a clause ("advised that troops withdraw") or, for advice, an "against" phrase. The
   * other verbs of asking ({@link EventType#REQUEST}) are requests however they are built ("urged
   * restraint", "demanded his release").
   */
  static boolean asks(DependencyIndex parse, Token verb) {
    String lemma = lemma(verb);
    if (!ASKS_ONLY_WITH_WHAT.contains(lemma)) {
      return true;
    }
    if (asksToAct(parse, verb)) {
      return true;
    }
    return lemma.equals("ask")
        ? !parse.dependents(verb.index(), r -> r.equals("obl:for")).isEmpty()
        : !parse.dependents(verb.index(), r -> r.equals("ccomp") || r.equals("obl:against")).isEmpty();
  }

  /**
   * Whether a verb of asking has an infinitive or predicate of what the one asked is to do or be
   * ("urged people to avoid the area", "urged the agencies to be less lethargic").
   */
  static boolean asksToAct(DependencyIndex parse, Token verb) {
    return !parse.dependents(verb.index(), r -> r.equals("xcomp")).isEmpty()
        || parse.dependents(verb.index(), r -> r.equals("advcl:to")).stream()
            .anyMatch(d -> partOfSpeech(parse.token(d)) == 'V');
  }

  /**
   * Whether a verb of asking names whom it asks as its object: when it also says what they are to do
   * ({@link #asksToAct}) or what is asked for ("asked him for a contribution"); without either the
   * object is what is asked ("urged caution", "demanded a ban").
   */
  static boolean asksSomeone(DependencyIndex parse, Token verb) {
    return asksToAct(parse, verb) || !parse.dependents(verb.index(), r -> r.equals("obl:for")).isEmpty();
  }

  /**
   * Whether an outbreak is the start of something that happens rather than of a disease: "the
   * outbreak of war", "an outbreak of fighting" name an event whose own word kg reads.
   */
  static boolean startsAnEvent(DependencyIndex parse, Token outbreak) {
    return parse.dependents(outbreak.index(), r -> r.equals("nmod:of")).stream()
        .anyMatch(of -> EventType.forTrigger(lemma(parse.token(of)), 'N').isPresent());
  }

  /**
   * Whether a verb of protest is used in another sense: with a clause of what it shows or objects to
   * ("the test demonstrated that the missile works", "he protested that he was innocent"), or
   * "demonstrate" or "rally" with an object ("demonstrated its resolve", "rallied conservatives
   * behind him", "rallying support"); people who demonstrate, protest or rally in the street do it
   * without one.
   */
  static boolean shows(DependencyIndex parse, Token verb) {
    return !parse.dependents(verb.index(), r -> r.equals("ccomp")).isEmpty()
        || TAKES_WHAT_IT_GATHERS.contains(lemma(verb))
            && !parse.dependents(verb.index(), r -> r.equals("obj")).isEmpty();
  }

  /**
   * Whether a verb of protest has a state as its subject ("the United States and Israel have protested
   * the sale", "Russia protested"): a state objects through its diplomats, where people protest in
   * the street. CoreNLP tags a state's name COUNTRY; a possessor is no such evidence for the noun
   * ("Venezuela's political protests" are held in Venezuela), so only the verb is read this way.
   */
  static boolean objectsAsAState(DependencyIndex parse, Token verb) {
    return parse.dependents(verb.index(), r -> r.equals("nsubj")).stream()
        .anyMatch(subject -> parse.token(subject).ner().equals("COUNTRY"));
  }

  /**
   * Whether a protest noun names an election gathering: "a campaign rally", "an election rally" gather
   * a candidate's supporters, where "a rally against the reforms" or "protesters rallied" protest.
   */
  static boolean campaigns(DependencyIndex parse, Token noun) {
    return parse.dependents(noun.index(), r -> r.equals("compound")).stream()
        .map(m -> lemma(parse.token(m)))
        .anyMatch(m -> m.equals("campaign")
            || EventType.forTrigger(m, 'N').equals(Optional.of(EventType.ELECTION)));
  }

  /**
   * Whether a strike is a stoppage of work rather than an attack: one that lasts a span named before it
   * ("a 48-hour strike", CoreNLP's DURATION) or one people go or are "on" ("went on strike", "the
   * teachers are on strike"). An air strike neither lasts an hour nor is gone on.
   */
  static boolean stopsWork(DependencyIndex parse, Token noun) {
    if (!lemma(noun).equals("strike")) {
      return false;
    }
    boolean lasting = parse.dependents(noun.index()).stream()
        .anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod"))
            && parse.token(d.dependent()).ner().equals("DURATION"));
    boolean goneOn = parse.heads(noun.index()).stream().anyMatch(up -> up.relation().equals("obl:on"))
        && parse.dependents(noun.index(), r -> r.equals("det")).isEmpty();
    return lasting || goneOn;
  }

  /**
   * Whether a verb of attack is the light verb of an agreement its object names: "struck a deal" makes
   * one, and harms no one. The agreement takes the verb's subject ({@link HostClauses#host}).
   */
  static boolean concludesAnAgreement(DependencyIndex parse, Token verb) {
    return EventType.forTrigger(lemma(verb), 'V').filter(t -> t == EventType.ATTACK).isPresent()
        && parse.dependents(verb.index(), r -> r.equals("obj")).stream()
            .anyMatch(o -> EventType.forTrigger(lemma(parse.token(o)), 'N')
                .filter(t -> t == EventType.AGREEMENT).isPresent());
  }

  /**
   * The nouns a verb modifies as a participle, which undergo what it says: "the weapons supplied", a
   * parser's "invaded Ukraine" read as an adjective. A present participle in a clause after its noun
   * says what that noun does ("tactics bombarding people", "a bomber detonating a belt"), so its noun
   * is none of them.
   */
  static List<Integer> modifiedUndergoers(DependencyIndex parse, Token verb) {
    boolean doing = verb.pos().equals("VBG");
    return parse.heads(verb.index()).stream()
        .filter(d -> d.governor() >= 0
            && (d.relation().equals("amod") || d.relation().equals("acl") && !doing))
        .map(Dependency::governor)
        .toList();
  }

  /**
   * Whether a phrase is a thing: an unnamed common noun CoreNLP's animacy lists give as inanimate only,
   * unless it is a singular noun counting the beings its plural "of" phrase names ("“a number” of people
   * had been detained", where the quotation marks keep the parser from reading "a number of" as a
   * quantifier of "people"; "photos of the suspects" are still things).
   */
  private boolean isAThing(DependencyIndex parse, Token head) {
    if (mayBeABeing(head, entities.entityOf(parse, head))) {
      return false;
    }
    return !head.pos().equals("NN")
        || parse.dependents(head.index(), r -> r.equals("nmod:of")).stream()
            .map(parse::token)
            .noneMatch(of -> of.pos().equals("NNS") && mayBeABeing(of, entities.entityOf(parse, of)));
  }

  /**
   * Whether a noun of death is the penalty a court hands down: "sentenced five supporters to death" names
   * the sentence (the verb of sentencing is the event), and no one has died of it yet.
   */
  static boolean aPenalty(DependencyIndex parse, Token noun) {
    return parse.heads(noun.index()).stream()
        .anyMatch(up -> up.relation().equals("obl:to") && up.governor() >= 0
            && partOfSpeech(parse.token(up.governor())) == 'V'
            && EventType.forTrigger(lemma(parse.token(up.governor())), 'V')
                .filter(t -> t == EventType.PROSECUTION).isPresent());
  }

  /**
   * Whether a verb of signing signs something that is no agreement: "signed the letter", "signed a
   * petition", "the bill was signed" (its object or passive subject a common noun that names no
   * agreement of {@link EventType#AGREEMENT}'s own). "signed a treaty", "signed the Minsk Protocol" (a
   * name) and "the two sides signed" with nothing said of what are agreements.
   */
  static boolean signsNoAgreement(DependencyIndex parse, Token verb) {
    List<Integer> signed =
        new ArrayList<>(parse.dependents(verb.index(), r -> r.equals("obj") || r.equals("nsubj:pass")));
    signed.addAll(modifiedUndergoers(parse, verb));
    return !signed.isEmpty() && signed.stream().map(parse::token)
        .allMatch(thing -> DependencyIndex.isCommonNoun(thing)
            && EventType.forTrigger(lemma(thing), 'N').filter(t -> t == EventType.AGREEMENT).isEmpty());
  }

  /**
   * Whether an attack word tells an accident that no one did: "two accidental explosions", "the
   * device detonated accidentally", "the blast was accidental" name a blast nobody set off against
   * anyone. Only where the attack has no agent: "the accidental bombing of troops by the coalition"
   * is still the coalition's attack, aimed wrong, and the deaths an accident causes are deaths all
   * the same.
   */
  static boolean anAccident(EventMention mention, DependencyIndex parse, Token trigger) {
    if (mention.type() != EventType.ATTACK
        || mention.arguments().stream().anyMatch(argument -> argument.role() == EventRole.AGENT)) {
      return false;
    }
    boolean modified = parse.dependents(trigger.index(), r -> r.equals("amod") || r.equals("advmod")).stream()
        .anyMatch(modifier -> BY_ACCIDENT.contains(lemma(parse.token(modifier))));
    boolean predicated = parse.heads(trigger.index()).stream()
        .anyMatch(up -> up.relation().equals("nsubj") && up.governor() >= 0
            && BY_ACCIDENT.contains(lemma(parse.token(up.governor()))));
    return modified || predicated;
  }
}
