package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;
import static dev.kg.extract.event.EventRole.AGENT;
import static dev.kg.extract.event.EventRole.OBJECT;
import static dev.kg.extract.event.EventRole.PARTICIPANT;
import static dev.kg.extract.event.EventRole.PLACE;
import static dev.kg.extract.event.EventRole.RECIPIENT;
import static dev.kg.extract.event.EventRole.TARGET;
import static dev.kg.extract.event.PhraseEntities.mayBeABeing;
import static dev.kg.extract.event.PlacePhrases.isPlacePhrase;
import static dev.kg.extract.event.TriggerWords.partOfSpeech;
import static dev.kg.extract.event.TriggerWords.triggerLemma;

import dev.kg.extract.Animacy;
import dev.kg.extract.DependencyIndex;
import dev.kg.extract.EntityType;
import dev.kg.extract.event.EventMention.Argument;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the mention of a trigger: fills its roles from the parse (its own dependents, the clause it
 * hangs from, the event noun an adjective of death qualifies or the verb it completes, the place of
 * what it acts on), turns a weapon from agent into object and drops a target no being, then dates it
 * and weighs it.
 */
final class RoleFiller {

  /** Nouns of what an attack, a killing or a wounding is done with: weapons and what they fire. */
  private static final Set<String> INSTRUMENTS = Stream.concat(TriggerSenses.WEAPONS.stream(),
      Stream.of("device", "explosive", "ied", "fire", "gunfire", "mortar", "grenade", "mine", "shell", "gun",
          "rifle", "shrapnel", "bullet")).collect(Collectors.toUnmodifiableSet());

  /** The types whose object is the instrument: what an attack, a killing or a wounding is done with. */
  private static final Set<EventType> ARMED =
      Set.of(EventType.ATTACK, EventType.KILLING, EventType.INJURY, EventType.DESTRUCTION);

  /** The types whose target is someone: one killed, wounded or arrested, never a place or a thing. */
  private static final Set<EventType> BEFALLS_A_BEING = Set.of(EventType.KILLING, EventType.INJURY, EventType.ARREST);

  /**
   * The types whose event someone undergoes at another's hands: one killed, wounded, arrested, charged,
   * dismissed or released, or a crime's victim, is seldom who did it, and whoever reports or solves a
   * crime did not commit it.
   */
  private static final Set<EventType> DONE_TO_SOMEONE = Set.of(EventType.KILLING, EventType.INJURY,
      EventType.ARREST, EventType.PROSECUTION, EventType.DISMISSAL, EventType.RELEASE, EventType.CRIME);

  /**
   * Verbs of doing, whose subject did the event their object names ("carried out the killings",
   * "launched its massacre").
   */
  static final Set<String> DOING =
      Set.of("carry", "commit", "conduct", "perpetrate", "make", "launch", "stage", "mount", "orchestrate");

  /**
   * Verbs whose object is what their subject brought about ("the bombing caused widespread chaos", "the
   * attack sparked protests"): an outcome, not what the event was done to.
   */
  private static final Set<String> CAUSING = Set.of("cause", "trigger", "spark", "prompt", "provoke");

  /** Verbs of aiming, whose "at" or "against" phrase is what is aimed at ("targeted at the military"). */
  private static final Set<String> AIMING = Set.of("aim", "target", "direct");

  /**
   * Verbs whose subject bears the event that is their object in person ("suffered injuries", "underwent
   * torture"): whom it was done to, where one who sees, faces or survives an event done to someone may
   * have watched it, awaits it or was spared.
   */
  private static final Set<String> BEARING = Set.of("suffer", "experience", "endure", "undergo");

  /** Verbs whose subject undergoes the event that is their object ("survived an attack"). */
  private static final Set<String> UNDERGOING = Stream.concat(BEARING.stream(),
      Stream.of("see", "witness", "face", "survive", "escape")).collect(Collectors.toUnmodifiableSet());

  private final PhraseEntities entities;

  RoleFiller(PhraseEntities entities) {
    this.entities = entities;
  }

  /** The mention of a trigger of {@code type}: its roles filled from the parse, dated and weighed. */
  EventMention mention(DependencyIndex parse, Token trigger, EventType type, List<EventDate> dates) {
    char pos = partOfSpeech(trigger);
    String lemma = triggerLemma(parse, trigger);
    Map<Integer, Argument> arguments = new LinkedHashMap<>();
    boolean reduced = pos == 'V' && ArgumentRoles.reducedPassive(parse, trigger);
    boolean ofPhrase = !parse.dependents(trigger.index(), r -> r.equals("nmod:of")).isEmpty();
    for (Dependency edge : parse.dependents(trigger.index())) {
      if (pos == 'V' && (straySubject(parse, trigger.index(), edge) || resultHungAsObject(parse, edge))) {
        continue;
      }
      EventRole role =
          pos == 'N'
              ? ArgumentRoles.nominalRole(type, lemma, edge.relation(), parse.token(edge.dependent()), ofPhrase)
              : ArgumentRoles.verbalRole(
                  type, lemma, reduced ? ArgumentRoles.passive(edge.relation()) : edge.relation());
      if (pos == 'N' && type == EventType.VISIT && edge.relation().equals("nmod:of")
          && entities.typeOf(entities.entityOf(parse, parse.token(edge.dependent()))) == EntityType.LOCATION) {
        // "the Lions' tour of Australia": a visit "of" a place goes there; "the visit of the delegation"
        // is the delegation's.
        role = PLACE;
      }
      if (pos == 'N' && role == PARTICIPANT && edge.relation().equals("nmod:between") && ArgumentRoles.hostile(type)) {
        role = side(parse, edge.dependent());
      }
      if (role == OBJECT && (type == EventType.ARMS_TRANSFER || type == EventType.TRANSACTION)
          && edge.relation().equals("obj")
          && suppliesANamedParty(parse, lemma, type, parse.token(edge.dependent()))) {
        role = RECIPIENT;
      }
      int phrase = pos == 'V' && role == AGENT && edge.relation().startsWith("nsubj")
          ? doer(parse, trigger.index(), edge.dependent()) : edge.dependent();
      if (pos == 'N' && role == AGENT && edge.relation().equals("nmod:poss")) {
        phrase = boundPossessor(parse, trigger, phrase);
      }
      addArgument(parse, arguments, phrase, role, PlacePhrases.isSitePhrase(edge.relation()));
    }
    if (pos == 'V' && ArgumentRoles.withRole(type) == PARTICIPANT) {
      // "signed a treaty with Kim": the object's partner is the event's.
      for (Dependency edge : parse.dependents(trigger.index())) {
        if (edge.relation().equals("obj")) {
          parse.dependents(edge.dependent()).stream()
              .filter(d -> d.relation().equals("nmod:with") || d.relation().equals("nmod:between"))
              .forEach(d -> addArgument(parse, arguments, d.dependent(), PARTICIPANT));
        }
      }
    }
    if (pos == 'V') {
      // "police shot the gunman dead": the parser makes the gunman the subject of "dead", the complement
      // saying what the shooting left him; the verb still acts on him.
      parse.dependents(trigger.index(), r -> r.equals("xcomp")).stream()
          .filter(complement -> parse.token(complement).pos().startsWith("JJ"))
          .flatMap(complement -> parse.dependents(complement, r -> r.equals("nsubj")).stream())
          .forEach(undergoer -> addArgument(parse, arguments, undergoer, type.objectRole()));
      TriggerSenses.modifiedUndergoers(parse, trigger)
          .forEach(noun -> addArgument(parse, arguments, noun, type.objectRole()));
    }
    if (pos == 'J') {
      resultOfVerb(parse, trigger, arguments);
      // "the fatal shooting of a student at a park": the death is that of whom the event it qualifies
      // befell, where that event happened.
      for (Dependency up : parse.heads(trigger.index())) {
        if (!up.relation().equals("amod") || up.governor() < 0) {
          continue;
        }
        Integer bearer = HostClauses.host(parse, parse.token(up.governor()));
        if (bearer != null && BEARING.contains(lemma(parse.token(bearer)))) {
          // "he suffered fatal wounds": who bears a deadly harm died of it.
          parse.dependents(bearer, r -> r.equals("nsubj"))
              .forEach(subject -> addArgument(parse, arguments, subject, TARGET));
        }
        if (EventType.forTrigger(lemma(parse.token(up.governor())), 'N').isPresent()) {
          for (Dependency edge : parse.dependents(up.governor())) {
            EventRole role = edge.relation().equals("nmod:of") ? TARGET : isPlacePhrase(edge.relation()) ? PLACE : null;
            addArgument(parse, arguments, edge.dependent(), role);
          }
        }
      }
    }
    if (pos == 'N') {
      // "war crimes committed by the militia", "the attacks carried out by rebels": who did what a verb
      // of doing says was done is the event's agent.
      for (int clause : parse.dependents(trigger.index(), r -> r.equals("acl"))) {
        Token participle = parse.token(clause);
        if (participle.pos().equals("VBN") && DOING.contains(lemma(participle))) {
          parse.dependents(participle.index(), r -> r.equals("obl:agent") || r.equals("obl:by"))
              .forEach(doer -> addArgument(parse, arguments, doer, AGENT));
        }
        if (ArgumentRoles.hostile(type)) {
          // "attacks aimed at civilians", "strikes targeting the rebels": what an event is aimed at is
          // its target.
          parse.dependents(participle.index(), r -> aimedAt(parse, participle.index(), r)
                  || r.equals("obj") && participle.pos().equals("VBG") && AIMING.contains(lemma(participle)))
              .forEach(aim -> addArgument(parse, arguments, aim, TARGET));
        }
      }
      Integer claimant = HostClauses.claimant(parse, trigger);
      if (claimant != null) {
        addArgument(parse, arguments, claimant, AGENT);
      }
      if (ArgumentRoles.hostile(type) || DONE_TO_SOMEONE.contains(type)) {
        // "Russia and North Korea are under strict sanctions", "the town was under attack", "he is under
        // arrest": the subject of a copula whose predicate is "under" an event undergoes that event.
        undergoers(parse, trigger).forEach(subject -> addArgument(parse, arguments, subject, TARGET));
      }
      Integer site = PlacePhrases.copularPlace(parse, trigger);
      if (site != null) {
        addArgument(parse, arguments, site, PLACE);
      }
    }
    if (pos == 'N' && (type == EventType.VISIT || type == EventType.MEETING)) {
      // "Choe Son Hui, during a recent visit to Moscow, described the war": whoever acts during a visit
      // or talks is there.
      for (Dependency up : parse.heads(trigger.index())) {
        if (up.relation().equals("obl:during") && up.governor() >= 0) {
          parse.dependents(up.governor(), r -> r.equals("nsubj"))
              .forEach(subject -> addArgument(parse, arguments, subject, AGENT));
        }
        if (type == EventType.MEETING && up.relation().equals("obl:with") && up.governor() >= 0) {
          // "His visit was in May, with meetings with the premier", "he stayed a week, with talks with
          // the premier": meetings told as what went with a clause are held by whoever it says acted,
          // its subject or the one whose visit or meeting its subject is.
          for (int subject : parse.dependents(up.governor(), r -> r.equals("nsubj"))) {
            boolean occasion = EventType.forTrigger(lemma(parse.token(subject)), 'N')
                .filter(t -> t == EventType.VISIT || t == EventType.MEETING).isPresent();
            if (occasion) {
              parse.dependents(subject, r -> r.equals("nmod:poss"))
                  .forEach(possessor -> addArgument(parse, arguments, possessor, AGENT));
            } else {
              addArgument(parse, arguments, subject, AGENT);
            }
          }
        }
      }
    }
    Integer host = pos == 'N' ? HostClauses.host(parse, trigger) : null;
    if (host != null && PlacePhrases.locativePredicate(parse, host)) {
      addArgument(parse, arguments, host, PLACE);
    }
    if (host != null) {
      boolean hasAgent =
          arguments.values().stream().anyMatch(a -> a.role() == AGENT && a.entityId() != null);
      for (Dependency edge : parse.dependents(host)) {
        if (edge.relation().startsWith("nsubj") && !edge.relation().equals("nsubj:pass")) {
          if (UNDERGOING.contains(lemma(parse.token(host)))) {
            // "Maduro survived an attack", "Dagestan sees frequent attacks": the subject is what the
            // event befell, not who did it.
            if (ArgumentRoles.hostile(type)
                || DONE_TO_SOMEONE.contains(type) && BEARING.contains(lemma(parse.token(host)))) {
              addArgument(parse, arguments, edge.dependent(), TARGET);
            }
          } else if (!hasAgent && (!DONE_TO_SOMEONE.contains(type) || DOING.contains(lemma(parse.token(host))))) {
            // "deplored the slaughter", "exchanged her cell for house arrest", "awaits trial": one who
            // judges or meets an event done to someone did not do it, unless the verb says so ("carried
            // out the killings", "made arrests").
            addArgument(parse, arguments, doer(parse, host, edge.dependent()), AGENT);
          }
        } else if (edge.relation().equals("obl:with") && type.objectRole() == PARTICIPANT) {
          addArgument(parse, arguments, edge.dependent(), PARTICIPANT);
        } else if (isPlacePhrase(edge.relation())) {
          addArgument(parse, arguments, edge.dependent(), PLACE);
        }
      }
    }
    EventRole addressee = ArgumentRoles.addresseeRole(type);
    if (host != null && addressee != null) {
      // "were given an ultimatum", "issued a statement to reporters"; a message is given to someone, so
      // "the statement was posted to the website" has no addressee.
      HostClauses.addressees(parse, trigger, host).stream()
          .filter(given -> mayBeABeing(parse.token(given), entities.entityOf(parse, parse.token(given))))
          .forEach(given -> addArgument(parse, arguments, given, addressee));
    }
    Integer clause = pos == 'N' ? HostClauses.clauseOfSubject(parse, trigger) : null;
    if (clause != null) {
      // "The explosion targeted a bakery in Lyon", "the building was shattered by an explosion": an
      // event that is the subject or agent of a plain verb did to what that verb acts on what its
      // type does, where the verb says.
      for (Dependency edge : parse.dependents(clause)) {
        if (edge.relation().equals("obj") && DONE_TO_SOMEONE.contains(type)
            && lemma(parse.token(clause)).equals("include")
            && mayBeABeing(parse.token(edge.dependent()), entities.entityOf(parse, parse.token(edge.dependent())))) {
          // "Other fatalities included two Iraqis": those an event done to someone includes are whom it
          // befell ("the crimes included fraud" names no one).
          addArgument(parse, arguments, edge.dependent(), TARGET);
        } else if ((edge.relation().equals("obj") || edge.relation().equals("nsubj:pass")
                || aimedAt(parse, clause, edge.relation()))
            && ArgumentRoles.hostile(type) && !outcome(parse, clause, edge.dependent())) {
          addArgument(parse, arguments, edge.dependent(), TARGET);
        } else if (isPlacePhrase(edge.relation())) {
          addArgument(parse, arguments, edge.dependent(), PLACE);
        }
      }
    }
    Integer relativePlace = pos == 'V' ? parse.relativePlace(trigger.index()).orElse(null) : null;
    if (relativePlace != null && arguments.values().stream().noneMatch(a -> a.role() == PLACE)
        && isAPlace(parse, parse.token(relativePlace))) {
      // "the bus station, where six people were killed"; not "Kim's visit, where he met Shoigu" (the
      // visit is no place, and Kim no one who met).
      addArgument(parse, arguments, relativePlace, PLACE);
    }
    if (arguments.values().stream().noneMatch(a -> a.role() == PLACE)) {
      placeOfOccasion(parse, trigger, arguments);
    }
    if (arguments.values().stream().noneMatch(a -> a.role() == PLACE)) {
      placeOfParticipant(parse, arguments, Set.of(TARGET, OBJECT));
    }
    if (arguments.values().stream().noneMatch(a -> a.role() == PLACE)) {
      // "protesters in Iran ransacked the embassy": where the doer was, the deed was done, unless what
      // it was done to says otherwise.
      placeOfParticipant(parse, arguments, Set.of(AGENT));
    }
    if (ARMED.contains(type)) {
      // "killed by a roadside bomb", "a mortar shell struck the market": a weapon is what it was done
      // with, not who did it.
      arguments.replaceAll((head, a) -> a.role() == AGENT && INSTRUMENTS.contains(lemma(parse.token(head)))
          ? new Argument(head, OBJECT, a.entityId())
          : a);
    }
    if (BEFALLS_A_BEING.contains(type)) {
      // "killed at the station", where the parse hung the station as what was killed: only a being
      // dies, is wounded or is arrested, not a place or a thing.
      arguments.values().removeIf(a -> a.role() == TARGET && !mayBeABeing(parse.token(a.head()), a.entityId()));
    }
    if (type == EventType.THREAT) {
      // "warning locals to toe the line", "threatened to jail his opponent": a threat is made to
      // someone, and a thing the parser hung from it as object or "to" phrase belongs to the
      // infinitive that says what is threatened.
      arguments.values().removeIf(a -> (a.role() == TARGET || a.role() == RECIPIENT)
          && !mayBeABeing(parse.token(a.head()), a.entityId()));
    }
    if (type == EventType.REQUEST && pos == 'V' && !TriggerSenses.asksSomeone(parse, trigger)) {
      // "demanded a ban on Muslims", "urged caution": the object is what is asked, not whom.
      arguments.replaceAll((head, a) -> a.role() == TARGET ? new Argument(head, OBJECT, a.entityId()) : a);
    }
    forcesActForTheirCountry(parse, arguments);
    EventDate date = TriggerDates.date(parse, trigger.index(), host, dates);
    boolean named = arguments.values().stream().anyMatch(a -> a.entityId() != null);
    boolean negated = parse.negated(trigger.index());
    double confidence =
        (pos == 'V' ? 0.6 : 0.45) + (named ? 0.15 : 0) + (date != null ? 0.1 : 0) - (negated ? 0.3 : 0);
    return new EventMention(
        parse.sentence().index(),
        trigger.index(),
        type,
        lemma,
        List.copyOf(arguments.values()),
        date,
        Math.max(0.05, Math.min(0.95, confidence)),
        EventTense.of(parse, trigger));
  }

  /** The subjects of a nominal trigger that is the predicate "under" it of a copula ("are under sanctions"). */
  private static List<Integer> undergoers(DependencyIndex parse, Token trigger) {
    boolean underIt = parse.dependents(trigger.index(), r -> r.equals("case")).stream()
        .anyMatch(c -> parse.token(c).word().equalsIgnoreCase("under"));
    if (!underIt || parse.dependents(trigger.index(), r -> r.equals("cop")).isEmpty()) {
      return List.of();
    }
    return parse.dependents(trigger.index(), r -> r.equals("nsubj"));
  }

  /**
   * Gives an unnamed agent that names armed forces by a people's adjective its country ({@link
   * ArmedForces}): "Ukrainian forces" (captured two soldiers) are Ukraine, as "Ukraine's forces" are
   * through the possessive. The phrase keeps its head, so what the annotated sets compare is unchanged.
   */
  private void forcesActForTheirCountry(DependencyIndex parse, Map<Integer, Argument> arguments) {
    arguments.replaceAll((head, a) -> {
      int adjective = a.role() == AGENT && a.entityId() == null
          ? ArmedForces.nationality(parse, parse.token(head), entities::nameAt)
          : -1;
      return adjective < 0 ? a : new Argument(head, AGENT, entities.nameAt(parse, parse.token(adjective)));
    });
  }

  private void addArgument(DependencyIndex parse, Map<Integer, Argument> arguments, int phrase, EventRole role) {
    addArgument(parse, arguments, phrase, role, false);
  }

  /**
   * Adds a phrase as an argument; {@code site} says the trigger's own "at" phrase holds it, where an
   * organisation's name is a place (see {@link PhraseEntities#isSite}).
   */
  private void addArgument(
      DependencyIndex parse, Map<Integer, Argument> arguments, int phrase, EventRole role, boolean site) {
    int head = PhraseEntities.partitiveGroup(parse, PhraseEntities.antecedent(parse, phrase));
    if (role == null || arguments.containsKey(head)) {
      return;
    }
    Token token = parse.token(head);
    if (token.ner().equals("DATE") || token.ner().equals("TIME") || token.pos().equals("WDT")) {
      return;
    }
    String entityId = entities.entityOf(parse, token);
    if (entities.nameAt(parse, token) == null && partOfSpeech(token) == 'N'
        && EventType.forTrigger(lemma(token), 'N').isPresent() && (entityId == null || role != PLACE)) {
      // An event is no participant of another: "the blast killed five" names a cause, not a killer,
      // and so does "the Bali bombings, which killed 202", where the name says only where it was
      // ("killed in the Bali bombings" still happened in Bali).
      return;
    }
    if (role == PLACE && !entities.isLocation(parse, token, entityId)
        && !(site && entities.isSite(parse, token, entityId))) {
      // "visited Kim", "met in the Senate": a person visited takes part; an organisation is no place
      // but a site named in an "at" phrase.
      if (entityId == null || entities.typeOf(entityId) != EntityType.PERSON) {
        return;
      }
      role = PARTICIPANT;
    }
    int apposed = entities.nameInApposition(parse, head, entityId);
    int named = role == AGENT ? entities.actingName(parse, apposed, entityId)
        : role == PLACE ? entities.placeOf(parse, apposed, entityId)
        : apposed;
    arguments.putIfAbsent(named, new Argument(named, role, entityId));
  }

  /**
   * Whether the object of a transfer verb is who receives: a name given something ("supplied Russia
   * with shells"), unless the verb's subject is the one who receives ("purchased a Mercury Marquis":
   * the car is what was bought) or the object is only owned by a name ("sold his car": the car, not
   * its owner).
   */
  private boolean suppliesANamedParty(DependencyIndex parse, String lemma, EventType type, Token object) {
    return type.subjectRole(lemma) != RECIPIENT && entities.nameAt(parse, object) != null;
  }

  /**
   * Who acts through the subject of an infinitive that is a thing: its possessor ("the IRA's decision to
   * carry out the attacks", "Iran's plan to strike Israel"), since a decision or a plan does nothing
   * itself. A finite verb's subject acts itself, a group's noun too ("the IRA's brigade detonated bombs",
   * though CoreNLP's animacy lists count "brigade" and "army" among things).
   */
  private int doer(DependencyIndex parse, int verb, int subject) {
    Token head = parse.token(subject);
    boolean infinitive = parse.dependents(verb, r -> r.equals("mark")).stream()
        .anyMatch(mark -> parse.token(mark).word().equalsIgnoreCase("to"));
    if (!infinitive || entities.nameAt(parse, head) != null || !DependencyIndex.isCommonNoun(head)
        || !Animacy.coreNlp().isInanimate(lemma(head))) {
      return subject;
    }
    return parse.dependents(subject, r -> r.equals("nmod:poss")).stream().findFirst().orElse(subject);
  }

  /**
   * The subject a possessive pronoun of an event noun refers to where the clause the noun hangs from
   * has one: "the Kremlin launched its air strikes", "Russia continues its sanctions" are the Kremlin's
   * and Russia's, as a possessive in a verb's object refers to that verb's subject. The name is the
   * argument rather than the pronoun, which coreference may have left unresolved. Not where the subject
   * undergoes the event ("Kabul suffered its worst attack") or coreference puts the pronoun with
   * another entity ("Russia backed their attack", "their" being Ukraine).
   */
  private int boundPossessor(DependencyIndex parse, Token trigger, int possessor) {
    Integer host = HostClauses.host(parse, trigger);
    if (!parse.token(possessor).pos().equals("PRP$") || host == null
        || UNDERGOING.contains(lemma(parse.token(host)))) {
      return possessor;
    }
    String pronounsEntity = entities.entityOf(parse, parse.token(possessor));
    return parse.dependents(host, r -> r.equals("nsubj")).stream()
        .filter(subject -> pronounsEntity == null
            || pronounsEntity.equals(entities.entityOf(parse, parse.token(subject))))
        .findFirst()
        .map(subject -> doer(parse, host, subject))
        .orElse(possessor);
  }

  /**
   * Fills the roles of an adjective of death that says what a verb left someone ("was shot dead", "police
   * shot him dead", "found dead in his cell"): the dead is whom the verb acts on, where it is; who did it
   * is the verb's doer only where the verb is itself an attack or a killing (one who found or left
   * someone dead did not kill them).
   */
  private void resultOfVerb(DependencyIndex parse, Token adjective, Map<Integer, Argument> arguments) {
    for (Dependency up : parse.heads(adjective.index())) {
      // the parser hangs the adjective as the verb's open complement, or as its object ("was shot dead")
      if (!(up.relation().equals("xcomp") || up.relation().equals("obj")) || up.governor() < 0
          || partOfSpeech(parse.token(up.governor())) != 'V') {
        continue;
      }
      Token verb = parse.token(up.governor());
      boolean reduced = ArgumentRoles.reducedPassive(parse, verb);
      boolean doing = EventType.forTrigger(lemma(verb), 'V').filter(ARMED::contains).isPresent();
      for (Dependency edge : parse.dependents(verb.index())) {
        String relation = reduced ? ArgumentRoles.passive(edge.relation()) : edge.relation();
        EventRole role = switch (relation) {
          case "nsubj:pass", "obj" -> TARGET;
          case "nsubj", "obl:agent", "obl:by" -> doing ? AGENT : null;
          default -> isPlacePhrase(relation) ? PLACE : null;
        };
        if (edge.dependent() != adjective.index()) {
          addArgument(parse, arguments, edge.dependent(), role);
        }
      }
    }
  }

  /**
   * The side a party named in "between" takes in a hostile event: "a battle between troops and
   * terrorists" is told from the first side, so the first conjunct attacks and the others are
   * attacked.
   */
  private static EventRole side(DependencyIndex parse, int party) {
    return parse.heads(party).stream().anyMatch(d -> d.relation().startsWith("conj")) ? TARGET : AGENT;
  }

  /**
   * Whether what a verb an event noun is the subject of acts on is no undergoer of the event but what
   * it brought about ("caused widespread chaos") or part of the verb ("the attacks that have taken
   * place").
   */
  private static boolean outcome(DependencyIndex parse, int verb, int object) {
    return CAUSING.contains(lemma(parse.token(verb))) || takesPlace(parse, verb, object);
  }

  /** Whether {@code verb} and its object {@code object} are "take place" ("the attacks that have taken place"). */
  static boolean takesPlace(DependencyIndex parse, int verb, int object) {
    return lemma(parse.token(verb)).equals("take") && lemma(parse.token(object)).equals("place");
  }

  /** Whether {@code relation} hangs from a verb of aiming the phrase aimed at: "targeted at", "aimed against". */
  private static boolean aimedAt(DependencyIndex parse, int verb, String relation) {
    return (relation.equals("obl:at") || relation.equals("obl:against"))
        && AIMING.contains(lemma(parse.token(verb)));
  }

  /** Whether a phrase names a place: a location, named or not (an event noun is none). */
  private boolean isAPlace(DependencyIndex parse, Token head) {
    return entities.isLocation(parse, head, entities.entityOf(parse, head));
  }

  /**
   * Whether a subject of a verb is one the parser took from outside its clause: a clause has one
   * subject, or several joined by a conjunction, so of two subjects of one kind that no conjunction
   * joins, the one farther from the verb is a stray ("Indonesia The three militants ... have been
   * executed", a place line run into the sentence, made Indonesia a second subject).
   */
  private static boolean straySubject(DependencyIndex parse, int verb, Dependency subject) {
    if (!subject.relation().startsWith("nsubj")) {
      return false;
    }
    int distance = Math.abs(subject.dependent() - verb);
    return parse.dependents(verb, r -> r.equals(subject.relation())).stream()
        .anyMatch(other -> Math.abs(other - verb) < distance && !conjoined(parse, other, subject.dependent()));
  }

  /**
   * Whether a verb's object is an adjective of an event: the parser hangs a result there ("a farmer was
   * shot dead"), which says what the verb left someone, not whom it acts on. Other adjectives there are
   * mostly nouns the tagger misread ("IED kills Russian general"), so they stay.
   */
  private static boolean resultHungAsObject(DependencyIndex parse, Dependency edge) {
    Token object = parse.token(edge.dependent());
    return edge.relation().equals("obj") && object.pos().startsWith("JJ")
        && EventType.forTrigger(lemma(object), 'J').isPresent();
  }

  /** Whether two phrases are conjuncts of one coordination ("Kim and Putin", "A, B and C"). */
  private static boolean conjoined(DependencyIndex parse, int first, int second) {
    Set<Integer> group = conjuncts(parse, first);
    return conjuncts(parse, second).stream().anyMatch(group::contains);
  }

  /** {@code phrase} and the phrases coordinated with it. */
  static Set<Integer> conjuncts(DependencyIndex parse, int phrase) {
    Set<Integer> group = new HashSet<>(parse.dependents(phrase, r -> r.startsWith("conj")));
    group.add(phrase);
    parse.heads(phrase).stream().filter(d -> d.relation().startsWith("conj")).forEach(d -> group.add(d.governor()));
    return group;
  }

  /**
   * Gives an event without a place of its own the place of the event it is told as happening during:
   * "urged reconciliation during a trip to Sarajevo", "the Orlando attack, during which the gunman killed
   * 49 people" (the parse hangs the antecedent there).
   * What happens within an occasion happens where the occasion did; its place is what the occasion's
   * own phrase says, read as for any event noun.
   */
  private void placeOfOccasion(DependencyIndex parse, Token trigger, Map<Integer, Argument> arguments) {
    for (int occasion : parse.dependents(trigger.index(), RoleFiller::withinPhrase)) {
      Token noun = parse.token(occasion);
      EventType type = partOfSpeech(noun) == 'N' ? EventType.forTrigger(lemma(noun), 'N').orElse(null) : null;
      if (type == null) {
        continue;
      }
      boolean ofPhrase = !parse.dependents(occasion, r -> r.equals("nmod:of")).isEmpty();
      for (Dependency edge : parse.dependents(occasion)) {
        if (ArgumentRoles.nominalRole(type, lemma(noun), edge.relation(), parse.token(edge.dependent()), ofPhrase)
            == PLACE) {
          addArgument(parse, arguments, edge.dependent(), PLACE, PlacePhrases.isSitePhrase(edge.relation()));
        }
      }
    }
  }

  /**
   * Whether a relation hangs the occasion an event happened during ("during the visit"). Not "in": "killed
   * in blasts in Kandahar" is where the blasts were, which WikiEvents gives the blasts and not the deaths.
   */
  private static boolean withinPhrase(String relation) {
    return relation.equals("obl:during") || relation.equals("nmod:during");
  }

  /**
   * Gives an event without a place of its own the named place one of its arguments of {@code roles} is
   * in: "strikes on rebel positions in Aleppo" and "killed a general in Syria" happened there. Only a
   * named location counts, the first one found.
   */
  private void placeOfParticipant(DependencyIndex parse, Map<Integer, Argument> arguments, Set<EventRole> roles) {
    for (Argument argument : List.copyOf(arguments.values())) {
      if (!roles.contains(argument.role())) {
        continue;
      }
      for (Dependency edge : parse.dependents(argument.head())) {
        String entityId =
            isPlacePhrase(edge.relation()) ? entities.entityOf(parse, parse.token(edge.dependent())) : null;
        if (entityId != null && entities.typeOf(entityId) == EntityType.LOCATION) {
          addArgument(parse, arguments, edge.dependent(), PLACE);
          return;
        }
      }
    }
  }
}
