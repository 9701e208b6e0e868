package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;
import static dev.kg.extract.event.TriggerWords.partOfSpeech;

import dev.kg.extract.CommunicationVerbs;
import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import java.util.Set;

/**
 * The clause an event noun hangs from, which gives it arguments: the verb it is the object or purpose
 * of ("held talks", "came for talks"), the clause that says who answers for it or took part in it
 * ("claimed responsibility for the attack", "took part in the protest"), and the plain verb it is the
 * subject of ("the explosion targeted a bakery").
 */
final class HostClauses {

  /** Verbs whose subject talks about the event that is their object: see {@link CommunicationVerbs}. */
  private static final Set<String> VERBS_ABOUT = CommunicationVerbs.ABOUT_AN_EVENT;

  /** Verbs by which one owns up to an event ("claimed responsibility for"), unlike "denied" or "shared". */
  private static final Set<String> OWNING_UP =
      Set.of("claim", "accept", "admit", "take", "assume", "acknowledge", "bear");

  /** Verbs whose subject takes part in what their "in" phrase names ("were involved in the attack"). */
  private static final Set<String> PARTAKING = Set.of("involve", "participate", "engage");

  private HostClauses() {}

  /**
   * The verb a nominal trigger hangs from as object or purpose ("held talks", "came for talks"); a
   * trigger verb whose object it is ("announced his arrival") is an event with another agent, and a
   * verb of speaking or judging ("described the war") is about the event, not part of it.
   */
  static Integer host(DependencyIndex parse, Token noun) {
    for (Dependency up : parse.heads(noun.index())) {
      if ((up.relation().equals("obl:for") || up.relation().equals("nmod:for")) && up.governor() >= 0
          && PlacePhrases.locativePredicate(parse, up.governor())) {
        // "The minister was in Hanoi for talks": whoever is there for the talks holds them, there.
        return up.governor();
      }
      boolean purpose = up.relation().equals("obl:for");
      boolean object = up.relation().equals("obj") || up.relation().equals("nsubj:pass");
      if ((purpose || object) && up.governor() >= 0) {
        Token verb = parse.token(up.governor());
        if (partOfSpeech(verb) == 'V' && !VERBS_ABOUT.contains(lemma(verb))
            && (purpose || EventType.forTrigger(lemma(verb), 'V').isEmpty()
                || TriggerSenses.concludesAnAgreement(parse, verb))) {
          return up.governor();
        }
      }
    }
    return null;
  }

  /**
   * Who a clause says answers for an event named by a noun, or took part in it: the subject of
   * "claimed responsibility for the attack", "was responsible for the bombing", "were involved in the
   * attack", "engage in blackmail" or "took part in the protest", whom news names as the perpetrator
   * or participant; not one who "denied responsibility" or "did not claim" it.
   */
  static Integer claimant(DependencyIndex parse, Token noun) {
    for (Dependency up : parse.heads(noun.index())) {
      if (up.governor() < 0) {
        continue;
      }
      String governor = lemma(parse.token(up.governor()));
      Integer clause = null;
      if (up.relation().equals("nmod:for") && governor.equals("responsibility")) {
        clause = parse.head(up.governor(), r -> r.equals("obj"))
            .map(Dependency::governor)
            .filter(verb -> verb >= 0 && OWNING_UP.contains(lemma(parse.token(verb))))
            .orElse(null);
      } else if (up.relation().equals("obl:for") && governor.equals("responsible")) {
        clause = up.governor();
      } else if (up.relation().equals("obl:in") || up.relation().equals("nmod:in")) {
        clause = partaking(parse, up.governor());
      }
      if (clause != null && !parse.negated(clause)) {
        List<Integer> subjects = parse.dependents(clause, r -> r.equals("nsubj") || r.equals("nsubj:pass"));
        if (!subjects.isEmpty() && !parse.negated(subjects.get(0))) {
          return subjects.get(0);
        }
      }
    }
    return null;
  }

  /**
   * The clause that {@code in} a phrase hangs from says someone took part in: "were involved in",
   * "participated in", "engage in", "took part in" (the phrase hanging from "took" or from "part").
   */
  private static Integer partaking(DependencyIndex parse, int governor) {
    String word = lemma(parse.token(governor));
    if (word.equals("part")) {
      return parse.head(governor, r -> r.equals("obj")).map(Dependency::governor)
          .filter(verb -> verb >= 0 && lemma(parse.token(verb)).equals("take")).orElse(null);
    }
    boolean tookPart = word.equals("take") && parse.dependents(governor, r -> r.equals("obj")).stream()
        .anyMatch(object -> lemma(parse.token(object)).equals("part"));
    return tookPart || PARTAKING.contains(word) ? governor : null;
  }

  /**
   * Whom the verb an event noun hangs from gives it to, by the grammar of verbs with two objects: a
   * passive verb's subject when the noun is still its object ("employees were given an ultimatum"), an
   * active one's indirect object ("gave them a warning"), and the "to" phrase of either ("warnings were
   * given to the Samaritans", "issued a statement to reporters").
   */
  static List<Integer> addressees(DependencyIndex parse, Token noun, int verb) {
    boolean object = parse.head(noun.index(), r -> r.equals("obj")).map(Dependency::governor)
        .filter(governor -> governor == verb).isPresent();
    boolean subject = parse.head(noun.index(), r -> r.equals("nsubj:pass")).map(Dependency::governor)
        .filter(governor -> governor == verb).isPresent();
    if (!object && !subject) {
      return List.of();
    }
    return parse.dependents(verb, r -> r.equals("iobj") || r.equals("obl:to") || object && r.equals("nsubj:pass"));
  }

  /**
   * The verb an event noun is the subject or agent of, unless that verb is a trigger with arguments
   * of its own.
   */
  static Integer clauseOfSubject(DependencyIndex parse, Token noun) {
    for (Dependency up : parse.heads(noun.index())) {
      if ((up.relation().equals("nsubj") || up.relation().equals("obl:agent")) && up.governor() >= 0) {
        Token verb = parse.token(up.governor());
        if (partOfSpeech(verb) == 'V' && EventType.forTrigger(lemma(verb), 'V').isEmpty()) {
          return up.governor();
        }
      }
    }
    return null;
  }
}
