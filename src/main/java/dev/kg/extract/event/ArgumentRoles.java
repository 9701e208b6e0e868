package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;
import static dev.kg.extract.event.EventRole.AGENT;
import static dev.kg.extract.event.EventRole.OBJECT;
import static dev.kg.extract.event.EventRole.PARTICIPANT;
import static dev.kg.extract.event.EventRole.PLACE;
import static dev.kg.extract.event.EventRole.RECIPIENT;
import static dev.kg.extract.event.EventRole.TARGET;
import static dev.kg.extract.event.PlacePhrases.isPlacePhrase;

import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;

/**
 * The role a dependent of a trigger plays, read from the relation it hangs by and the trigger's type:
 * a verb's subject, object, "with", "to", "against" or place phrase, a noun's possessor, "of" phrase or
 * modifier ("Putin's visit", "the invasion of Ukraine", "a missile test").
 */
final class ArgumentRoles {

  private ArgumentRoles() {}

  static EventRole verbalRole(EventType type, String lemma, String relation) {
    return switch (relation) {
      case "nsubj", "nsubj:xsubj" -> type.subjectRole(lemma);
      case "nsubj:pass", "obj" -> type.objectRole(lemma);
      case "iobj" -> RECIPIENT;
      case "obl:agent", "obl:by" -> AGENT;
      case "obl:between" -> PARTICIPANT;
      case "obl:with" -> withRole(type);
      case "obl:to" -> toRole(type);
      case "obl:against", "obl:on" -> hostile(type) ? TARGET : null;
      case "obl:from" -> type.subjectRole(lemma) == RECIPIENT ? AGENT : null;
      default -> isPlacePhrase(relation) ? PLACE : null;
    };
  }

  /**
   * The role a nominal trigger's dependent plays by its relation; {@code ofPhrase} says whether the
   * trigger has an "of" phrase, which decides its possessor's ({@link EventType#possessorRole}).
   */
  static EventRole nominalRole(
      EventType type, String lemma, String relation, Token dependent, boolean ofPhrase) {
    return switch (relation) {
      case "nmod:poss" -> type.possessorRole(ofPhrase);
      case "nmod:by", "nmod:agent" -> AGENT;
      case "nmod:of" -> type.ofRole();
      case "nmod:between" -> PARTICIPANT;
      case "nmod:among" -> type == EventType.OUTBREAK ? TARGET : null;
      case "nmod:with" -> exchanges(type) ? otherParty(type, lemma) : withRole(type);
      case "nmod:to" -> toRole(type);
      case "nmod:against" -> hostile(type) || type == EventType.CRIME ? TARGET : null;
      case "nmod:on" -> hostile(type) ? TARGET : null;
      case "compound", "amod" -> modifierRole(type, relation, dependent, ofPhrase);
      default -> isPlacePhrase(relation) ? PLACE : null;
    };
  }

  /**
   * The role of a word modifying a nominal trigger: a weapon tested, a disease's outbreak, a people's
   * adjective, or a name as where it happened. A people's adjective says whose event it is where the
   * type leaves one reading: those a death or wound befell ("the Armenian genocide", "Iraqi deaths";
   * an "of" phrase names them instead, and the adjective is then more likely who did it, "the Serbian
   * massacre of the villagers"), those who invade ("a Ukrainian incursion"). Elsewhere it may be either
   * side ("the Syrian war", "Iranian sanctions", "American oil purchases").
   */
  private static EventRole modifierRole(EventType type, String relation, Token dependent, boolean ofPhrase) {
    if (type == EventType.WEAPONS_TEST && TriggerSenses.WEAPONS.contains(lemma(dependent))
        || type == EventType.OUTBREAK && relation.equals("compound") && dependent.pos().equals("NN")) {
      return OBJECT;
    }
    if (dependent.ner().equals("NATIONALITY")) {
      EventRole whose = switch (type) {
        case KILLING, INJURY -> relation.equals("amod") && !ofPhrase ? TARGET : null;
        case INVASION -> AGENT;
        default -> null;
      };
      if (whose != null) {
        return whose;
      }
    }
    return dependent.pos().startsWith("NNP") ? PLACE : null;
  }

  static EventRole withRole(EventType type) {
    return switch (type) {
      case ATTACK, KILLING, INJURY, DESTRUCTION, ARMS_TRANSFER, TRANSACTION -> OBJECT;
      default -> PARTICIPANT;
    };
  }

  /**
   * The role of the party a sale or purchase is made "with" ("a missile sale with Syria", "the purchase
   * of jets with France"): the other side of the exchange, the buyer of a sale and the seller of a
   * purchase. What changes hands is the "of" phrase or modifier; it is a verb's "with" phrase that can
   * be it ("supplied the rebels with weapons").
   */
  private static EventRole otherParty(EventType type, String lemma) {
    return type.subjectRole(lemma) == RECIPIENT ? AGENT : RECIPIENT;
  }

  private static boolean exchanges(EventType type) {
    return type == EventType.TRANSACTION || type == EventType.ARMS_TRANSFER;
  }

  static EventRole toRole(EventType type) {
    return switch (type) {
      case VISIT, MILITARY_DEPLOYMENT, EVACUATION, SMUGGLING -> PLACE;
      case ARMS_TRANSFER, TRANSACTION, STATEMENT, THREAT -> RECIPIENT;
      default -> null;
    };
  }

  /**
   * The role of whom a message is given to ("were given an ultimatum", "issued a statement to
   * reporters"): a threat's is the one threatened, a statement's its recipient; no other type is
   * something handed to someone.
   */
  static EventRole addresseeRole(EventType type) {
    return switch (type) {
      case THREAT -> TARGET;
      case STATEMENT -> RECIPIENT;
      default -> null;
    };
  }

  static boolean hostile(EventType type) {
    return switch (type) {
      case ATTACK, INVASION, ACCUSATION, SANCTION, THREAT, DESTRUCTION -> true;
      default -> false;
    };
  }

  /**
   * Whether a past participle with a subject but no auxiliary or object is a passive with its
   * auxiliary left out, as headlines and reduced clauses write it: "7 militants killed in blasts".
   */
  static boolean reducedPassive(DependencyIndex parse, Token verb) {
    if (!verb.pos().equals("VBN")) {
      return false;
    }
    List<String> relations = parse.dependents(verb.index()).stream().map(Dependency::relation).toList();
    return relations.contains("nsubj")
        && relations.stream().noneMatch(r -> r.startsWith("aux") || r.equals("obj") || r.equals("iobj"));
  }

  static String passive(String relation) {
    return relation.equals("nsubj") ? "nsubj:pass" : relation;
  }
}
