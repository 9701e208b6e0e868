package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who killed whom ({@code KILLED}, person to person), from the parse: "X shot Y", "Y was
 * assassinated by X", "the assassination of Y by X", "Y's assassin, X".
 */
final class KillingExtractor {

  private static final Set<String> VERBS = Set.of("kill", "assassinate", "murder", "slay", "shoot", "stab", "strangle");
  private static final Set<String> EVENT_NOUNS = Set.of("assassination", "murder", "killing", "slaying", "shooting");
  private static final Set<String> KILLER_NOUNS = Set.of("assassin", "killer", "murderer", "slayer", "gunman");

  private final EntityIndex index;
  private final FactSink sink;

  KillingExtractor(EntityIndex index, FactSink sink) {
    this.index = index;
    this.sink = sink;
  }

  void extract(ParsedSentence sentence) {
    for (int t = 0; t < sentence.size(); t++) {
      String lemma = sentence.token(t).lemma().toLowerCase(Locale.ROOT);
      String pos = sentence.token(t).pos();
      if (pos.startsWith("VB") && VERBS.contains(lemma)) {
        add(sentence, t, first(sentence, t, List.of("nsubj", "obl:by", "obl:agent")),
            first(sentence, t, List.of("obj", "nsubj:pass")));
      } else if (pos.startsWith("NN") && EVENT_NOUNS.contains(lemma)) {
        add(sentence, t, first(sentence, t, List.of("nmod:by")), first(sentence, t, List.of("nmod:of", "nmod:poss")));
      } else if (pos.startsWith("NN") && KILLER_NOUNS.contains(lemma)) {
        add(sentence, t, killerNamed(sentence, t), first(sentence, t, List.of("nmod:of", "nmod:poss")));
      }
    }
  }

  /** The person a noun like "assassin" describes, in apposition either way or as its compound head. */
  private Optional<Mention> killerNamed(ParsedSentence sentence, int noun) {
    return first(sentence, noun, List.of("appos"))
        .or(() -> sentence.head(noun, r -> r.equals("appos") || r.equals("compound"))
            .flatMap(edge -> person(sentence, edge.governor())));
  }

  private void add(ParsedSentence sentence, int cue, Optional<Mention> killer, Optional<Mention> victim) {
    if (killer.isPresent() && victim.isPresent()) {
      Span span = new Span(sentence.token(cue).start(), sentence.token(cue).end());
      sink.add("KILLED", killer.get(), victim.get(), 0.7, sentence.index(), span, null, "killing");
    }
  }

  private Optional<Mention> first(ParsedSentence sentence, int head, List<String> relations) {
    for (String relation : relations) {
      for (int dependent : sentence.dependents(head, relation::equals)) {
        Optional<Mention> person = person(sentence, dependent);
        if (person.isPresent()) {
          return person;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Mention> person(ParsedSentence sentence, int token) {
    return index.mentionAt(sentence.token(token)).filter(m -> index.typeOf(m.entityId()) == EntityType.PERSON);
  }
}
