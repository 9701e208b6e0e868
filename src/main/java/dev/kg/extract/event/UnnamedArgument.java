package dev.kg.extract.event;

import dev.kg.extract.DependencyIndex;
import dev.kg.extract.Evidence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * An argument the text does not name, as words: the head noun with the determiner and premodifiers
 * before it ("13 people", "a man", "the suicide bomber", "his brother") and an "of" phrase right after
 * it ("a state of emergency"), never anything else that follows it ("a man who ...", "people in the
 * village"), so the words stay a phrase and not a clause.
 *
 * @param role its role
 * @param words the phrase as the text says it
 * @param evidence its sentence and character span
 */
record UnnamedArgument(EventRole role, String words, Evidence evidence) {

  /** Relations by which a word before the head belongs to its phrase. */
  private static final Set<String> PREMODIFIERS =
      Set.of("det", "det:predet", "nummod", "amod", "compound", "nmod:poss");

  /** Relations by which a word belongs to a premodifier: "at least 13", "more advanced", "Kim 's", "F - 16". */
  private static final Set<String> WITHIN_PREMODIFIER = Set.of("advmod", "fixed", "case", "punct");

  /** Parts of speech of a verb with a tense: a clause ("injure or even kill intruders"), never a premodifier. */
  private static final Set<String> FINITE_OR_BARE_VERBS = Set.of("VB", "VBD", "VBP", "VBZ");

  /**
   * {@code argument} as an unnamed participant, or empty when it is no phrase of one: a pronoun, a
   * relative pronoun, a name (its head a proper noun, or inside a name the document knows, or a title
   * or description of one: "journalist Anna Ek"), a place, a date, a phrase quantified away ("no
   * one"), one whose edge falls inside a written word (the "16s" of "F-16s"), or an agent or participant
   * CoreNLP's animacy lists give as a thing only.
   *
   * @param named whether the token at an index is part of a name of an entity
   */
  static Optional<UnnamedArgument> of(DependencyIndex parse, EventMention.Argument argument, IntPredicate named) {
    int head = argument.head();
    Token token = parse.token(head);
    boolean number = token.pos().equals("CD") && token.ner().equals("NUMBER");
    if (argument.role() == EventRole.PLACE || !(DependencyIndex.isCommonNoun(token) || number)
        || parse.negated(head) || named.test(head) || describesAName(parse, head, named)) {
      return Optional.empty();
    }
    boolean takesPart = argument.role() == EventRole.AGENT || argument.role() == EventRole.PARTICIPANT;
    if (takesPart && !PhraseEntities.mayBeABeing(token, null)) {
      // Who does something, or takes part beside who does, is someone: a thing in those roles ("the
      // recent violence includes a blast", "met their needs") is a parse or trigger gone wrong far
      // more often than an organisation told by a common noun ("the cabinet met"), which CoreNLP's
      // lists call a thing too.
      return Optional.empty();
    }
    int first = partitiveFirst(parse, head);
    int last = ofComplement(parse, head);
    if (glued(parse, first - 1, first) || glued(parse, last, last + 1)) {
      return Optional.empty();
    }
    StringBuilder words = new StringBuilder(parse.token(first).word());
    for (int i = first + 1; i <= last; i++) {
      // Spaced as the text spaces them: "Kim's wife", "a 23-year-old man".
      words.append(parse.token(i).start() > parse.token(i - 1).end() ? " " : "").append(parse.token(i).word());
    }
    Evidence evidence = new Evidence(parse.sentence().index(), parse.token(first).start(), parse.token(last).end());
    return Optional.of(new UnnamedArgument(argument.role(), words.toString(), evidence));
  }

  /** The first word of the phrase {@code noun} heads: its determiner and premodifiers, up to a verb with a tense. */
  private static int first(DependencyIndex parse, int noun) {
    Set<Integer> phrase = premodifiers(parse, noun);
    int first = noun;
    while (phrase.contains(first - 1) && !FINITE_OR_BARE_VERBS.contains(parse.token(first - 1).pos())) {
      first--;
    }
    return first;
  }

  /**
   * The first word of the phrase {@code noun} heads, or of the number before it that takes a part of
   * it ({@link PhraseEntities#partitiveGroup}): "two of the soldiers" were killed, not the soldiers.
   */
  private static int partitiveFirst(DependencyIndex parse, int noun) {
    int first = first(parse, noun);
    return parse.heads(noun).stream()
        .filter(up -> up.relation().equals("nmod:of") && up.governor() >= 0 && up.governor() < first
            && PhraseEntities.partitiveGroup(parse, up.governor()) == noun)
        .map(up -> first(parse, up.governor()))
        .findFirst()
        .orElse(first);
  }

  /**
   * The last word of the phrase, which is {@code head} unless an "of" right after it says what it is a
   * part, kind or amount of: "a state of emergency", "some form of storage facility", "a head of state".
   */
  private static int ofComplement(DependencyIndex parse, int head) {
    boolean of = head + 1 < parse.size() && parse.token(head + 1).word().equalsIgnoreCase("of");
    return parse.dependents(head, r -> r.equals("nmod:of")).stream()
        .filter(complement -> of && complement > head + 1 && first(parse, complement) == head + 2)
        .findFirst()
        .orElse(head);
  }

  /** Its role and words in lower case: the same words in one role are one participant of an event. */
  String key() {
    return role.label() + "|" + words.toLowerCase(Locale.ROOT);
  }

  /**
   * The words before {@code head} that hang from it by a {@link #PREMODIFIERS} relation, with theirs
   * and what hangs from those by a {@link #WITHIN_PREMODIFIER} one, transitively.
   */
  private static Set<Integer> premodifiers(DependencyIndex parse, int head) {
    Set<Integer> found = new HashSet<>();
    Deque<Integer> pending = new ArrayDeque<>(parse.dependents(head, PREMODIFIERS::contains));
    while (!pending.isEmpty()) {
      int word = pending.pop();
      if (word < head && found.add(word)) {
        pending.addAll(parse.dependents(word, r -> PREMODIFIERS.contains(r) || WITHIN_PREMODIFIER.contains(r)));
      }
    }
    return found;
  }

  /**
   * Whether {@code head}, or a noun it is coordinated with, is a title or description written right
   * before a name: "journalist" and "activist" in "the shooting of journalist and activist Anna Ek".
   */
  private static boolean describesAName(DependencyIndex parse, int head, IntPredicate named) {
    return RoleFiller.conjuncts(parse, head).stream()
        .anyMatch(noun -> noun + 1 < parse.size() && named.test(noun + 1));
  }

  /**
   * Whether tokens {@code before} and {@code after} are one written word the tokenizer split, so a
   * phrase ending between them would cut it: "F" and "-" of "F-16s" are, "people" and "'s" are not.
   */
  private static boolean glued(DependencyIndex parse, int before, int after) {
    if (before < 0 || after >= parse.size() || parse.token(before).end() != parse.token(after).start()) {
      return false;
    }
    return wordLike(parse.token(before).word(), parse.token(before).word().length() - 1)
        && wordLike(parse.token(after).word(), 0);
  }

  /** Whether the character at {@code index} of {@code word} is a letter, a digit or a hyphen. */
  private static boolean wordLike(String word, int index) {
    char c = word.charAt(index);
    return Character.isLetterOrDigit(c) || c == '-';
  }
}
