package dev.kg.extract.event;

import static dev.kg.extract.event.EventRole.AGENT;
import static dev.kg.extract.event.EventRole.OBJECT;
import static dev.kg.extract.event.EventRole.PARTICIPANT;
import static dev.kg.extract.event.EventRole.PLACE;
import static dev.kg.extract.event.EventRole.RECIPIENT;
import static dev.kg.extract.event.EventRole.TARGET;

import dev.kg.extract.CommunicationVerbs;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * kg's event ontology for political and conflict news, with the words that signal each type and its
 * mapping to the KAIROS ontology that WikiEvents annotates.
 *
 * <p>A type lists the lemmas of its verbal, nominal and adjectival triggers, the KAIROS types it
 * covers (an event of a covered KAIROS type is this type at kg's level), the KAIROS type it is
 * written as, and the KAIROS names of its roles. Types KAIROS has no counterpart for (agreements,
 * sanctions, weapons tests, elections, exercises, accusations) map to nothing. Lemmas are general
 * English words, not names; the lists are the ontology's documentation as much as its code. Types
 * kg took from KAIROS (dismissals, releases, evacuations, smuggling) list the words KAIROS's own
 * ontology gives them.
 *
 * <pre>{@code
 * EventType.forTrigger("invade", 'V')   // Optional[INVASION]
 * INVASION.kairos("invade")            // "Conflict.Attack.Unspecified"
 * }</pre>
 */
public enum EventType {
  MEETING(
      words("meet", "negotiate", "confer", "convene"),
      words("meeting", "talk", "summit", "consultation", "negotiation", "discussion", "conference"),
      words(),
      "Contact.Contact.Meet",
      words("Contact.Contact.Meet", "Contact.RequestCommand.Meet"),
      roles(AGENT, "Participant", PARTICIPANT, "Participant", PLACE, "Place")),
  VISIT(
      words("visit", "arrive", "travel", "fly", "tour"),
      words("visit", "trip", "arrival", "tour", "journey"),
      words(),
      "Movement.Transportation.Unspecified",
      words("Movement.Transportation"),
      roles(AGENT, "Transporter", PARTICIPANT, "PassengerArtifact", PLACE, "Destination")),
  MILITARY_DEPLOYMENT(
      words("deploy", "station", "redeploy"),
      words("deployment", "redeployment"),
      words(),
      "Movement.Transportation.Unspecified",
      words("Movement.Transportation"),
      roles(AGENT, "Transporter", OBJECT, "PassengerArtifact", PLACE, "Destination")),
  AGREEMENT(
      words("sign", "ratify"),
      words("treaty", "agreement", "accord", "pact", "deal", "memorandum"),
      words(),
      null,
      words(),
      roles()),
  STATEMENT(
      words("announce", "declare", "proclaim", "broadcast"),
      words("statement", "announcement", "declaration", "communique", "broadcast"),
      words(),
      "Contact.Contact.Broadcast",
      words("Contact.Contact.Broadcast", "Contact.Contact.Unspecified"),
      roles(AGENT, "Communicator", RECIPIENT, "Recipient", PLACE, "Place")),
  ACCUSATION(
      CommunicationVerbs.ACCUSING,
      words("accusation", "condemnation", "criticism"),
      words(),
      null,
      words(),
      roles()),
  THREAT(
      words("threaten", "warn", "coerce", "blackmail", "pressure", "pressurize", "pressurise"),
      words("threat", "warning", "ultimatum", "blackmail"),
      words(),
      "Contact.ThreatenCoerce.Unspecified",
      words("Contact.ThreatenCoerce"),
      roles(AGENT, "Communicator", TARGET, "Recipient", PLACE, "Place")),
  /**
   * A demand, order or request that someone do something, KAIROS's Contact.RequestCommand, with the
   * words its ontology gives it ("request", "command", "order"), those of the RAMS types it joins
   * (AIDA's command-order and request-advise: "advise", "recommend") and the verbs news tells demands
   * with ("urged people to avoid the area", "demanded his release", "instructed the prefects to ..."):
   * who asks is the Communicator, whom they ask the Recipient, and what is asked the object, which
   * KAIROS names no role for ("demanded a ban"). "ask", "command" and "advise" have other senses (a
   * question, leading troops, counsel) and are requests only where they say what is asked ({@link
   * TriggerSenses#asks}).
   */
  REQUEST(
      words("request", "order", "command", "demand", "urge", "instruct", "ask", "beg", "advise",
          "recommend"),
      words(),
      words(),
      "Contact.RequestCommand.Unspecified",
      words("Contact.RequestCommand"),
      roles(AGENT, "Communicator", TARGET, "Recipient", RECIPIENT, "Recipient", PLACE, "Place")),
  /**
   * A crime, KAIROS's GenericCrime, with the nouns its ontology gives it ("crime", "felony", "offense",
   * "theft", "robbery"; "murder", its sixth, is a {@link #KILLING}): who commits it is the Perpetrator,
   * whom it is against the Victim. Crime is mostly spoken of in general ("organized crime", "crime
   * rates", "the fight against crime"), so a crime noun is one only where it names a particular crime
   * ({@link TriggerGates#particular}).
   */
  CRIME(
      words(),
      words("crime", "felony", "offense", "offence", "theft", "robbery"),
      words(),
      "GenericCrime.GenericCrime.GenericCrime",
      words("GenericCrime"),
      roles(AGENT, "Perpetrator", TARGET, "Victim", PLACE, "Place")),
  /**
   * An outbreak of a disease, KAIROS's DiseaseOutbreak, with the nouns its ontology gives it
   * ("outbreak", "epidemic"; its third, "transmission", names how a disease passes, not an outbreak):
   * the disease is what breaks out ("an outbreak of cholera", "the measles outbreak"), those among
   * whom it breaks out its victims.
   */
  OUTBREAK(
      words(),
      words("outbreak", "epidemic"),
      words(),
      "Disaster.DiseaseOutbreak.Unspecified",
      words("Disaster.DiseaseOutbreak"),
      roles(OBJECT, "Disease", TARGET, "Victim", PLACE, "Place")),
  ATTACK(
      words(
          "attack", "strike", "bomb", "shell", "shoot", "explode", "detonate", "ambush", "assault", "raid", "hijack",
          "bombard", "blow up", "go off"),
      words(
          "attack", "strike", "airstrike", "bombing", "explosion", "blast", "shelling", "shooting",
          "assault", "raid", "ambush", "battle", "fighting", "combat", "assassination", "offensive",
          "gunfire", "war", "conflict", "skirmish", "bombardment"),
      words(),
      "Conflict.Attack.Unspecified",
      words("Conflict.Attack"),
      roles(AGENT, "Attacker", TARGET, "Target", OBJECT, "Instrument", PLACE, "Place")),
  INVASION(
      words("invade"),
      words("invasion", "incursion"),
      words(),
      "Conflict.Attack.Unspecified",
      words("Conflict.Attack"),
      roles(AGENT, "Attacker", TARGET, "Target", PLACE, "Place")),
  KILLING(
      words(
          "kill", "die", "murder", "slay", "execute", "massacre", "slaughter", "assassinate", "exterminate",
          "pass away"),
      words("death", "killing", "murder", "slaying", "massacre", "slaughter", "genocide", "fatality"),
      words("dead", "fatal"),
      "Life.Die.Unspecified",
      words("Life.Die"),
      // KAIROS gives a death no instrument (Victim, Place, Killer, MedicalIssue): the weapon kg keeps as
      // the killing's object is the attack's, which KAIROS writes as an event of its own.
      roles(AGENT, "Killer", TARGET, "Victim", PLACE, "Place")),
  INJURY(
      words("injure", "wound", "maim", "hurt"),
      words("injury"),
      words(),
      "Life.Injure.Unspecified",
      words("Life.Injure"),
      roles(AGENT, "Injurer", TARGET, "Victim", OBJECT, "Instrument", PLACE, "Place")),
  /**
   * A purchase or sale of anything but arms ("sold his car"); one of weapons is an {@link
   * #ARMS_TRANSFER}, which {@link EventDetector} decides from what changes hands. Listed first, so
   * that scoring counts KAIROS purchases under it: WikiEvents' are of cars and trucks.
   */
  TRANSACTION(
      words("sell", "buy", "purchase", "acquire"),
      words("sale", "purchase"),
      words(),
      "Transaction.ExchangeBuySell.Unspecified",
      words("Transaction.ExchangeBuySell"),
      roles(AGENT, "Giver", RECIPIENT, "Recipient", OBJECT, "AcquiredEntity", PLACE, "Place")),
  ARMS_TRANSFER(
      words("supply", "deliver", "ship", "transfer"),
      words("delivery", "shipment", "transfer"),
      words(),
      "Transaction.ExchangeBuySell.Unspecified",
      words("Transaction.ExchangeBuySell"),
      roles(AGENT, "Giver", RECIPIENT, "Recipient", OBJECT, "AcquiredEntity", PLACE, "Place")),
  SANCTION(words("sanction", "embargo"), words("sanction", "embargo"), words(), null, words(), roles()),
  WEAPONS_TEST(words("test", "test-fire"), words("test"), words(), null, words(), roles()),
  ARREST(
      words("arrest", "detain", "capture", "jail", "imprison", "abduct", "kidnap"),
      words("arrest", "detention", "capture", "custody", "imprisonment", "abduction"),
      words(),
      "Justice.ArrestJailDetain.Unspecified",
      words("Justice.ArrestJailDetain"),
      roles(AGENT, "Jailer", TARGET, "Detainee", PLACE, "Place")),
  PROSECUTION(
      words("charge", "indict", "convict", "sentence", "prosecute", "testify"),
      words("indictment", "trial", "conviction", "prosecution"),
      words(),
      "Justice.ChargeIndict.Unspecified",
      words("Justice.ChargeIndict", "Justice.TrialHearing", "Justice.Convict", "Justice.Sentence"),
      roles(AGENT, "Prosecutor", TARGET, "Defendant", PLACE, "Place")),
  ELECTION(words("elect", "re-elect"), words("election", "referendum", "ballot"), words(), null, words(), roles()),
  EXERCISE(words(), words("exercise", "drill", "maneuver", "manoeuvre", "wargame"), words(), null, words(), roles()),
  DEMONSTRATION(
      words("protest", "demonstrate", "rally"),
      words("protest", "demonstration", "rally"),
      words(),
      "Conflict.Demonstrate.Unspecified",
      words("Conflict.Demonstrate"),
      roles(AGENT, "Demonstrator", PLACE, "Place")),
  DESTRUCTION(
      words("destroy", "damage", "demolish", "ransack", "vandalize", "vandalise"),
      words("destruction", "damage"),
      words(),
      "ArtifactExistence.DamageDestroyDisableDismantle.Unspecified",
      words("ArtifactExistence.DamageDestroyDisableDismantle"),
      roles(AGENT, "Damager", TARGET, "Artifact", OBJECT, "Instrument", PLACE, "Place")),
  /**
   * An end of employment: whom an employer dismisses, the employee KAIROS names, or who resigns or
   * retires, who acts and so is its agent, to whom KAIROS gives no role of its own. One sacked,
   * ousted or fired ("sacked every commander", "ousted by a popular revolution", "the firing of the
   * police chief") is dismissed too, and the nouns name it as the verbs do ("his resignation", "the
   * dismissal of the governor"); "fire", "firing" and "sacking" only where a person is fired ({@link
   * TriggerSenses#firesSomeone}), since one fires weapons and shots as often and a city is sacked.
   */
  DISMISSAL(
      words("dismiss", "resign", "retire", "sack", "oust", "fire"),
      words("firing", "sacking", "dismissal", "resignation", "ouster"),
      words(),
      "Personnel.EndPosition.Unspecified",
      words("Personnel.EndPosition"),
      roles(TARGET, "Employee", PLACE, "Place")),
  /** A release from custody: whom a court, judge or jailer sets free. */
  RELEASE(
      words("release", "parole", "free"),
      words("release", "parole"),
      words(),
      "Justice.ReleaseParole.Unspecified",
      words("Justice.ReleaseParole"),
      roles(AGENT, "JudgeCourt", TARGET, "Defendant", PLACE, "Place")),
  /**
   * A flight or removal of people from danger, KAIROS's evacuation, with the words its ontology gives
   * it: whom an army evacuates, or who escapes, is the one moved.
   */
  EVACUATION(
      words("evacuate", "escape"),
      words("evacuation"),
      words(),
      "Movement.Transportation.Evacuation",
      words("Movement.Transportation"),
      roles(AGENT, "Transporter", TARGET, "PassengerArtifact", PLACE, "Destination")),
  /**
   * Moving goods or people across a border or into a place against the law, KAIROS's illegal
   * transportation, with the words its ontology gives it: the smuggler moves what is smuggled. The
   * graph's place, where it happened or where to, is written as no KAIROS role: "smuggling in the border
   * area" and "smuggled across the border" name no destination, which KAIROS's Destination is.
   */
  SMUGGLING(
      words("smuggle", "trespass", "intrude"),
      words("smuggling"),
      words(),
      "Movement.Transportation.IllegalTransportation",
      words("Movement.Transportation"),
      roles(AGENT, "Transporter", OBJECT, "PassengerArtifact"));

  /** Lemmas whose grammatical subject is the one the event happens to, not the one who acts. */
  private static final Set<String> SUBJECT_UNDERGOES = Set.of("die", "dead", "pass away");

  /** Lemmas whose subject is the one moved and whose object what it got away from ("escaped the war"). */
  private static final Set<String> GETS_AWAY = Set.of("escape");

  /** Lemmas whose grammatical subject is the one who receives. */
  private static final Set<String> SUBJECT_RECEIVES = Set.of("buy", "purchase", "acquire");

  /** Lemmas whose subject is what goes off ("the bomb exploded"). */
  private static final Set<String> GOES_OFF = Set.of("explode", "go off");

  /**
   * Lemmas whose object is the device set off ("detonated a bomb"), where "bombed the city" and "blew
   * up the bridge" name the target.
   */
  private static final Set<String> SETS_OFF = Set.of("explode", "detonate");

  /** Lemmas of detonations, whose device KAIROS names apart from other instruments. */
  private static final Set<String> DETONATION =
      Set.of("explode", "detonate", "bomb", "bombing", "explosion", "blast", "blow up", "go off");

  /**
   * Lemmas of a judgement, whose subject is the court or judge that gives it ("a court convicted
   * him"), where the subject of "charged" or "prosecuted" is the prosecutor: KAIROS's Convict and
   * Sentence name that role JudgeCourt.
   */
  private static final Set<String> JUDGING = Set.of("convict", "sentence", "conviction");

  /** Lemmas whose subject is a witness, which no KAIROS justice event has a role for. */
  private static final Set<String> TESTIFYING = Set.of("testify");

  private final Set<String> verbs;
  private final Set<String> nouns;
  private final Set<String> adjectives;
  private final String kairos;
  private final List<String> kairosCovered;
  private final Map<EventRole, String> kairosRoles;

  EventType(
      Set<String> verbs,
      Set<String> nouns,
      Set<String> adjectives,
      String kairos,
      Set<String> kairosCovered,
      Map<EventRole, String> kairosRoles) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.adjectives = adjectives;
    this.kairos = kairos;
    this.kairosCovered = List.copyOf(kairosCovered);
    this.kairosRoles = kairosRoles;
  }

  /**
   * The type a word with this lemma signals, if any.
   *
   * @param partOfSpeech {@code 'V'} verb, {@code 'N'} common noun, {@code 'J'} adjective
   */
  public static Optional<EventType> forTrigger(String lemma, char partOfSpeech) {
    for (EventType type : values()) {
      Set<String> words =
          switch (partOfSpeech) {
            case 'V' -> type.verbs;
            case 'N' -> type.nouns;
            case 'J' -> type.adjectives;
            default -> Set.of();
          };
      if (words.contains(lemma)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * The kg type that covers a KAIROS type, e.g. {@code Life.Die.Unspecified} to {@link #KILLING}: the
   * first written as it, so that {@code Movement.Transportation.Evacuation} is an {@link #EVACUATION}
   * though {@link #VISIT} covers every movement, else the first that covers it.
   */
  public static Optional<EventType> forKairos(String kairosType) {
    return Arrays.stream(values())
        .filter(type -> kairosType.equals(type.kairos))
        .findFirst()
        .or(() -> Arrays.stream(values()).filter(type -> type.covers(kairosType)).findFirst());
  }

  /** Whether an event of {@code kairosType} is of this type at kg's level. */
  public boolean covers(String kairosType) {
    return kairosCovered.stream().anyMatch(k -> kairosType.equals(k) || kairosType.startsWith(k + "."));
  }

  /** The KAIROS type an event with this trigger lemma is written as, or {@code null} if KAIROS has none. */
  public String kairos(String triggerLemma) {
    if (this == ATTACK && DETONATION.contains(triggerLemma)) {
      return "Conflict.Attack.DetonateExplode";
    }
    return kairos;
  }

  /**
   * The KAIROS name of a role in an event with this trigger lemma, or {@code null} if it has none: the
   * one who convicts or sentences is the court ({@code JudgeCourt}), the one who charges the
   * prosecutor, and one who testifies has no KAIROS role.
   */
  public String kairosRole(EventRole role, String triggerLemma) {
    if (role == OBJECT && this == ATTACK && DETONATION.contains(triggerLemma)) {
      return "ExplosiveDevice";
    }
    if (this == PROSECUTION && role == AGENT && JUDGING.contains(triggerLemma)) {
      return "JudgeCourt";
    }
    if (this == PROSECUTION && role == AGENT && TESTIFYING.contains(triggerLemma)) {
      return null;
    }
    return kairosRoles.get(role);
  }

  /**
   * The role of a verbal trigger's subject: who acts, except for "die" (who dies), "escape" (who gets
   * away) and "buy" (who gets).
   */
  EventRole subjectRole(String triggerLemma) {
    if (SUBJECT_UNDERGOES.contains(triggerLemma) || GETS_AWAY.contains(triggerLemma)) {
      return TARGET;
    }
    if (SUBJECT_RECEIVES.contains(triggerLemma)) {
      return RECIPIENT;
    }
    if (this == ATTACK && GOES_OFF.contains(triggerLemma)) {
      return OBJECT;
    }
    return AGENT;
  }

  /**
   * The role of a verbal trigger's direct object: where one visits, what one signs, whom one
   * attacks, what one detonates, what one escapes from (a danger or a place, for which KAIROS's
   * evacuation has no role but its origin).
   */
  EventRole objectRole(String triggerLemma) {
    if (this == ATTACK && SETS_OFF.contains(triggerLemma) || GETS_AWAY.contains(triggerLemma)) {
      return OBJECT;
    }
    return objectRole();
  }

  /** The role of a trigger's direct object as its type has it. */
  EventRole objectRole() {
    return switch (this) {
      case VISIT -> PLACE;
      case MEETING, EXERCISE -> PARTICIPANT;
      case AGREEMENT, ARMS_TRANSFER, TRANSACTION, WEAPONS_TEST, MILITARY_DEPLOYMENT, STATEMENT, SMUGGLING -> OBJECT;
      default -> TARGET;
    };
  }

  /**
   * The role of a nominal trigger's possessor: "Putin's visit" is his, "his arrest", "the
   * journalists' release" and "the chief's firing" happen to them, unless an "of" phrase names whom it
   * happens to: in "the army's release of the prisoners" the possessor did it.
   */
  EventRole possessorRole(boolean ofPhrase) {
    return switch (this) {
      case KILLING, INJURY, ARREST, PROSECUTION, RELEASE, DISMISSAL -> ofPhrase ? AGENT : TARGET;
      default -> AGENT;
    };
  }

  /** The role of a nominal trigger's "of" complement: "the visit of", "the invasion of", "the supply of". */
  EventRole ofRole() {
    return switch (this) {
      case VISIT, MEETING, DEMONSTRATION, EXERCISE, STATEMENT -> AGENT;
      case ARMS_TRANSFER, TRANSACTION, WEAPONS_TEST, MILITARY_DEPLOYMENT, AGREEMENT, SMUGGLING, CRIME, OUTBREAK -> OBJECT;
      default -> TARGET;
    };
  }

  private static Set<String> words(String... words) {
    return Set.of(words);
  }

  private static Map<EventRole, String> roles(Object... roleNames) {
    Map<EventRole, String> roles = new EnumMap<>(EventRole.class);
    for (int i = 0; i < roleNames.length; i += 2) {
      roles.put((EventRole) roleNames[i], (String) roleNames[i + 1]);
    }
    return roles;
  }
}
