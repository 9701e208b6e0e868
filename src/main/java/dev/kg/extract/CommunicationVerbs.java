package dev.kg.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The verbs of speaking, judging and regarding (Levin's verbs of communication and of judgement) that
 * kg's rules read, in one place, as lemmas: quotations are attributed through {@link #QUOTING}, an
 * event noun that is the object of one of {@link #ABOUT_AN_EVENT} has no agent in its subject ("she
 * described the war", "they condemned the attack"), and {@link #ACCUSING} are the verbal triggers of an
 * accusation event. The three overlap, and the groups below say exactly where:
 *
 * <ul>
 *   <li>{@code describe, call, term, label, characterise, characterize, hail, praise, mention, report,
 *       deny, predict, recall, confirm} both introduce a quotation and take an event as what they are
 *       about ({@link #QUOTING} and {@link #ABOUT_AN_EVENT});
 *   <li>{@code condemn} is in all three; {@code accuse} introduces a quotation and is an accusation,
 *       but its object is the accused, never the event, so it is not {@link #ABOUT_AN_EVENT}; {@code
 *       denounce, blame, criticize, criticise} are accusations about an event that kg does not attribute
 *       quotations through;
 *   <li>{@code welcome, support, back, oppose, discuss, justify, defend, fear, investigate} take a view
 *       of an event or look into it without saying anything quotable: {@link #ABOUT_AN_EVENT} only;
 *   <li>the other verbs of {@link #QUOTING} ({@code say, tell, warn, ...}) are verbs of saying only.
 * </ul>
 *
 * <pre>{@code
 * CommunicationVerbs.QUOTING.contains("say");               // true
 * CommunicationVerbs.ABOUT_AN_EVENT.contains("condemn");    // true
 * }</pre>
 */
public final class CommunicationVerbs {

  /** Verbs that report speech and take what it is about as their object. */
  private static final Set<String> SAYING_ABOUT =
      Set.of("describe", "call", "term", "label", "characterise", "characterize", "hail", "praise", "mention",
          "report", "deny", "predict", "recall", "confirm");

  /** Verbs of saying alone, not {@link #ABOUT_AN_EVENT}. */
  private static final Set<String> SAYING =
      Set.of("say", "tell", "state", "add", "note", "write", "warn", "claim", "declare", "insist", "stress",
          "emphasize", "emphasise", "cite", "comment", "announce", "explain", "argue", "urge", "ask", "reply",
          "respond", "assert", "affirm", "vow", "pledge", "promise", "acknowledge", "admit", "suggest", "remark",
          "observe", "quote", "dub", "commend", "tweet", "post", "highlight", "express", "thank", "frame",
          "portray", "depict", "brand", "proclaim", "pronounce", "reiterate", "caution", "echo");

  /** Verbs of a view of an event, or of looking into it, that report no speech. */
  private static final Set<String> REGARDING =
      Set.of("welcome", "support", "back", "oppose", "discuss", "justify", "defend", "fear", "investigate");

  /** The verbal triggers of an accusation (the event lexicon's {@code ACCUSATION}). */
  public static final Set<String> ACCUSING =
      Set.of("accuse", "condemn", "denounce", "blame", "criticize", "criticise");

  /** The accusations quotations are attributed through. */
  private static final Set<String> ACCUSING_ALOUD = Set.of("accuse", "condemn");

  /** The accusations whose object is what is condemned: all but {@code accuse}, whose object is the accused. */
  private static final Set<String> ACCUSING_AN_EVENT = minus(ACCUSING, "accuse");

  /** The verbs whose subject a quotation near them is attributed to. */
  public static final Set<String> QUOTING = union(SAYING, SAYING_ABOUT, ACCUSING_ALOUD);

  /**
   * The verbs whose subject talks about the event named as their object and takes no part in it,
   * unlike "held talks" or "waged war".
   */
  public static final Set<String> ABOUT_AN_EVENT = union(SAYING_ABOUT, REGARDING, ACCUSING_AN_EVENT);

  private CommunicationVerbs() {}

  @SafeVarargs
  private static Set<String> union(Set<String>... groups) {
    Set<String> union = new HashSet<>();
    for (Set<String> group : groups) {
      union.addAll(group);
    }
    return Set.copyOf(union);
  }

  private static Set<String> minus(Set<String> group, String verb) {
    Set<String> rest = new HashSet<>(group);
    rest.remove(verb);
    return Set.copyOf(rest);
  }
}
