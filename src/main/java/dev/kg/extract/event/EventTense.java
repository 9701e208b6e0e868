package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;
import static dev.kg.extract.event.TriggerWords.partOfSpeech;

import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a trigger's sentence tells its event as done or as still to come. News reports what is
 * planned, expected, demanded or feared beside what happened ("Putin will visit Pyongyang next week",
 * "the opposition called for early elections", "if the talks fail"), and WikiEvents and RAMS mark those
 * words as events too, so kg keeps them, but an analyst must be able to tell the visit announced from
 * the visit made: such an event is stored as expected.
 *
 * <p>A word is {@link #TO_COME} under "will" or "shall", "going to", or "if" or "unless" (a verb in
 * its bare form also when the verb it is joined to is: "will visit Oslo and meet Lena"), and a verb
 * not in the past also as the infinitive of a verb that is, or is hypothetical ("would have to
 * visit"), of a verb of planning or committing oneself ("was scheduled to visit", "agreed to buy"),
 * or of a noun ("an option to buy"). A noun is also to come when an adjective says so ("the planned visit", "a possible
 * attack", "an attack is likely", "his coming resignation"), when a noun of possibility is of it ("the
 * risk of war"), when it is what a verb of wanting, planning or expecting is about ("wants early
 * elections", "plans talks", "called for a ceasefire", "the talks are scheduled for Monday") or when
 * the verb it is the subject or object of is itself to come ("Putin will make a visit", "expected to
 * hold talks"). A verb in the past tense or a perfect ("attacked", "was killed", "has met"), and a
 * noun such a verb takes ("held talks"), is {@link #HAPPENED}; anything else says {@link #UNSTATED},
 * and takes the tense of the other words of its event.
 *
 * <pre>{@code
 * EventTense tense = EventTense.of(parse, trigger);   // "will visit" -> TO_COME
 * }</pre>
 */
public enum EventTense {
  /** Told as planned, expected, wanted or conditional: it has not happened yet, as far as the text says. */
  TO_COME,
  /** Told in a past tense or a perfect: it has happened. */
  HAPPENED,
  /** The word does not say (a noun, a present tense): the event's other words decide. */
  UNSTATED;

  /** Auxiliaries of the future. "would" and its kin already keep a word from being a trigger at all. */
  private static final Set<String> FUTURE = Set.of("will", "shall");

  /** Subordinators of a condition. */
  private static final Set<String> CONDITION = Set.of("if", "unless");

  /** Adjectives by which a noun names an event still to come. */
  private static final Set<String> PROSPECTIVE =
      Set.of("planned", "upcoming", "proposed", "possible", "potential", "prospective", "scheduled",
          "expected", "forthcoming", "future", "next", "impending", "imminent", "likely", "coming");

  /**
   * Verbs of wanting, planning, demanding and expecting: the event they take as object or passive
   * subject is not done yet ("wants early elections", "the talks are scheduled"), as is what an
   * infinitive they govern says ("expected to hold talks").
   */
  private static final Set<String> PROSPECTING =
      Set.of("want", "plan", "intend", "seek", "demand", "expect", "propose", "promise", "vow", "wish",
          "prepare", "schedule", "urge", "anticipate");

  /**
   * Nouns of what may come: the event their "of" phrase names is a prospect, not something told as
   * done ("the possibility of North Korea supplying munitions", "the risk of a wider war").
   */
  private static final Set<String> POSSIBILITY =
      Set.of("possibility", "prospect", "likelihood", "risk", "chance", "danger");

  /** Verbs of committing oneself: what an infinitive they govern says is agreed, not done ("agreed to buy"). */
  private static final Set<String> COMMITTING = Set.of("agree", "offer", "pledge", "undertake");

  /** Verbs whose "for" phrase is an event wanted: "called for a ceasefire", "pressed for talks". */
  private static final Set<String> PROSPECTING_FOR =
      Set.of("call", "ask", "push", "press", "hope", "wish", "prepare", "plan", "appeal", "campaign", "lobby",
          "wait");

  /** The tense {@code trigger}'s sentence gives its event. */
  static EventTense of(DependencyIndex parse, Token trigger) {
    if (toCome(parse, trigger.index()) || possible(parse, trigger.index())) {
      return TO_COME;
    }
    if (partOfSpeech(trigger) == 'N') {
      for (Dependency up : parse.heads(trigger.index())) {
        if (up.governor() < 0) {
          continue;
        }
        Token governor = parse.token(up.governor());
        String relation = up.relation();
        boolean prospected =
            PROSPECTING.contains(lemma(governor)) && (relation.equals("obj") || relation.equals("nsubj:pass"))
                || PROSPECTING_FOR.contains(lemma(governor)) && relation.equals("obl:for")
                || lemma(governor).equals("due") && relation.equals("nsubj");
        // "will make a visit", "expected to hold talks", and under "would" or "could", which keep a verb
        // from being a trigger at all: "could lead to civil war", "would discuss the release".
        boolean argumentOfAClauseToCome = partOfSpeech(governor) == 'V'
            && (isArgument(relation) || relation.equals("obl:to"))
            && (toCome(parse, governor.index()) || prospectedInfinitive(parse, governor.index())
                || TriggerGates.hypothetical(parse, governor.index()));
        if (prospected || argumentOfAClauseToCome) {
          return TO_COME;
        }
      }
      boolean prospective = parse.dependents(trigger.index(), r -> r.equals("amod")).stream()
          .anyMatch(modifier -> PROSPECTIVE.contains(lemma(parse.token(modifier))));
      if (prospective) {
        return TO_COME;
      }
      // "held talks", "the attack killed five", "talks were held": done, as the verb says.
      boolean doneByItsVerb = parse.heads(trigger.index()).stream()
          .anyMatch(up -> up.governor() >= 0 && isArgument(up.relation())
              && partOfSpeech(parse.token(up.governor())) == 'V' && past(parse, parse.token(up.governor())));
      return doneByItsVerb ? HAPPENED : UNSTATED;
    }
    if (past(parse, trigger)) {
      return HAPPENED;
    }
    // "would have to be evacuated", "will try to attack": the auxiliary is on the verb above (the
    // parser hangs the infinitive of "have to" as either complement).
    boolean underAVerbToCome = parse.heads(trigger.index()).stream()
        .anyMatch(up -> (up.relation().equals("xcomp") || up.relation().equals("ccomp")) && up.governor() >= 0
            && (toCome(parse, up.governor()) || TriggerGates.hypothetical(parse, up.governor())));
    return underAVerbToCome || intended(parse, trigger.index()) ? TO_COME : UNSTATED;
  }

  /**
   * Whether a verb is an infinitive that names what is meant or allowed to happen: one a verb of
   * planning or of committing oneself governs ("was scheduled to visit Oslo", "agreed to acquire the
   * firm") or one that qualifies a noun ("an option to buy shares", "his decision to invade"). The
   * sentence tells the plan, the agreement or the option, not the act.
   */
  private static boolean intended(DependencyIndex parse, int verb) {
    return TriggerGates.infinitive(parse, verb)
        && (complementOf(parse, verb, governor -> PROSPECTING.contains(governor) || COMMITTING.contains(governor))
            || parse.heads(verb).stream().anyMatch(up -> up.relation().equals("acl") && up.governor() >= 0
                && partOfSpeech(parse.token(up.governor())) == 'N'));
  }

  /**
   * Whether the word at {@code index} is what a noun of possibility is "of" ("the risk of a wider war"),
   * or the subject of an adjective of what is to come ("an attack is likely", "made purchases of wheat
   * less likely"), as much as the noun it qualifies ("a likely attack").
   */
  private static boolean possible(DependencyIndex parse, int index) {
    return parse.heads(index).stream()
        .anyMatch(up -> up.governor() >= 0
            && ((up.relation().equals("acl:of") || up.relation().equals("nmod:of"))
                    && POSSIBILITY.contains(lemma(parse.token(up.governor())))
                || up.relation().equals("nsubj") && parse.token(up.governor()).pos().startsWith("JJ")
                    && PROSPECTIVE.contains(lemma(parse.token(up.governor())))));
  }

  /** Whether a relation makes a noun the subject or object of its verb (not a subject it controls). */
  private static boolean isArgument(String relation) {
    return relation.equals("obj") || relation.equals("nsubj") || relation.equals("nsubj:pass");
  }

  /** Whether a verb is in the past tense or a perfect: "attacked", "was killed", "has met". */
  private static boolean past(DependencyIndex parse, Token verb) {
    return verb.pos().equals("VBD")
        || parse.dependents(verb.index()).stream()
            .filter(d -> d.relation().equals("aux") || d.relation().equals("aux:pass"))
            .map(d -> parse.token(d.dependent()))
            .anyMatch(aux -> aux.pos().equals("VBD") || lemma(aux).equals("have"));
  }

  /** Whether the word at {@code index} is under a future auxiliary, "going to", or a condition. */
  private static boolean toCome(DependencyIndex parse, int index) {
    for (Dependency down : parse.dependents(TriggerGates.auxiliaryHost(parse, index))) {
      String word = lemma(parse.token(down.dependent()));
      if (down.relation().equals("aux") && FUTURE.contains(word)
          || down.relation().equals("mark") && CONDITION.contains(word)) {
        return true;
      }
    }
    if (TriggerGates.infinitive(parse, index) && parse.heads(index).stream().allMatch(up -> up.governor() < 0)
        && parse.sentence().tokens().stream().noneMatch(DependencyIndex::isFiniteVerb)) {
      // A headline's infinitive, its only verb, is its future: "UNION PACIFIC TO SELL PART OF REFINERY".
      return true;
    }
    return parse.heads(index).stream()
        .anyMatch(up -> up.relation().equals("xcomp") && up.governor() >= 0
            && lemma(parse.token(up.governor())).equals("go")
            && parse.token(up.governor()).pos().equals("VBG"));
  }

  /**
   * Whether the verb at {@code index} is an infinitive a verb of wanting, planning or expecting governs
   * ("expected to hold talks"), or "due" does ("due to hold talks").
   */
  private static boolean prospectedInfinitive(DependencyIndex parse, int index) {
    return complementOf(parse, index, governor -> PROSPECTING.contains(governor) || governor.equals("due"));
  }

  /** Whether the verb at {@code index} is the open complement of a word whose lemma {@code governors} accepts. */
  private static boolean complementOf(DependencyIndex parse, int index, Predicate<String> governors) {
    return parse.heads(index).stream()
        .anyMatch(up -> up.relation().equals("xcomp") && up.governor() >= 0
            && governors.test(lemma(parse.token(up.governor()))));
  }
}
