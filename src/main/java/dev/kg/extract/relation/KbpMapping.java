package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.extract.Relation;
import dev.kg.extract.Relation.Role;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the relations of CoreNLP's KBP extractor that kg's types express ({@link KbpSlots}),
 * mapping both ends to the document's entities. Its rule-based findings come with confidence 1; its statistical classifier's
 * guesses below {@link #MIN_CONFIDENCE} are dropped, since on news they name places people merely
 * talk about, and so is a guess whose two names no clause joins ({@link ClauseLink}: "The UN said food
 * aid would reach Hodeidah" places no UN office in Hodeidah), the pairs it got most wrong on text nobody
 * tuned it on. Origin ({@code per:origin}) is left to {@link RoleExtractor}, which checks that a
 * nationality modifies the person; KBP attaches it to nearby names ("an expert on Russia"). Residence in
 * a state or province ({@code per:statesorprovinces_of_residence}) is left out too: on CoNLL04
 * {@code train} its statistical guesses above the threshold are right 3 times in 25, and even its rule
 * findings added only pairs the corpus does not hold ("Illinois Sen. Paul Simon"); kg reads a state
 * written before a name or after "of" through its own patterns.
 */
final class KbpMapping {

  /**
   * KBP's confidence times this is a kg relation's: kg's own parse rules, at 1, outrank KBP's, whose
   * rules give 1 (so 0.9 here) and whose statistical model less.
   */
  static final double TRUST = 0.9;

  static final double MIN_CONFIDENCE = 0.7;

  /** How an organisation's name qualifies a title written with it ("Acme chairman", "Acme's chairman", "chairman of Acme"). */
  private static final Set<String> QUALIFIERS = Set.of("compound", "nmod:poss", "nmod:of");

  private static final String STATE_OF_RESIDENCE = "per:statesorprovinces_of_residence";

  private final EntityIndex index;
  private final FactSink sink;

  KbpMapping(EntityIndex index, FactSink sink) {
    this.index = index;
    this.sink = sink;
  }

  void add(KbpRelation relation, ParsedSentence sentence) {
    if (relation.confidence() < MIN_CONFIDENCE || relation.relation().equals(STATE_OF_RESIDENCE)) {
      return;
    }
    Optional<Mention> subject = index.mentionOver(relation.subjectStart(), relation.subjectEnd());
    if (subject.isEmpty()) {
      return;
    }
    if (relation.relation().equals("per:title")) {
      title(relation, sentence, subject.get());
      return;
    }
    Optional<Mention> object = index.mentionOver(relation.objectStart(), relation.objectEnd())
        .filter(m -> m.start() < relation.objectEnd() && relation.objectStart() < m.end());
    if (object.isEmpty() || !object.get().isName()) {
      return;
    }
    if (relation.confidence() < 1 && !joinedInClause(sentence, subject.get(), object.get())) {
      return;
    }
    Optional<String> forward = KbpSlots.forward(relation.relation());
    Optional<String> reverse = KbpSlots.reverse(relation.relation());
    if (forward.isPresent() && fits(forward.get(), subject.get(), object.get())) {
      add(forward.get(), subject.get(), object.get(), relation, sentence);
    } else if (reverse.isPresent() && fits(reverse.get(), object.get(), subject.get())) {
      add(reverse.get(), object.get(), subject.get(), relation, sentence);
    }
  }

  /**
   * Records {@code from}'s relation to {@code to} in kg's direction, unless it is a statistical guess
   * whose object the parse hangs on another name of {@code from}'s type ({@link NearerRival}), or a
   * membership in an organisation that qualifies another person's title ({@link #qualifiesAnothersTitle}).
   */
  private void add(String type, Mention from, Mention to, KbpRelation relation, ParsedSentence sentence) {
    if (relation.confidence() < 1 && NearerRival.holds(sentence, index, from, to)) {
      return;
    }
    if (type.equals("MEMBER_OF") && qualifiesAnothersTitle(sentence, from, to)) {
      return;
    }
    sink.add(type, from, to, relation.confidence() * TRUST, sentence.index(), null, null, "kbp");
  }

  /**
   * A title KBP found for a person, unless the parse gives it to someone else ({@link TitleLink}):
   * recorded without a place, which the patterns attach where the text says it.
   */
  private void title(KbpRelation relation, ParsedSentence sentence, Mention person) {
    if (index.typeOf(person.entityId()) != EntityType.PERSON) {
      return;
    }
    Span span = new Span(relation.objectStart(), relation.objectEnd());
    Map<String, Set<Integer>> people = peopleWords(sentence);
    Set<Integer> own = people.getOrDefault(person.entityId(), Set.of());
    List<Set<Integer>> others = othersThan(people, person);
    if (TitleLink.contradicts(sentence, span, own, others)) {
      return;
    }
    String title = sentence.text(relation.objectStart(), relation.objectEnd());
    String normalized = title.toLowerCase(Locale.ROOT);
    Role role = new Role(title, normalized, false);
    sink.add(Relation.HOLDS_POSITION, person, null, relation.confidence() * 0.8, sentence.index(), span, role, "kbp");
  }

  /**
   * Whether {@code organisation} qualifies a title the parse gives to another person and not to {@code
   * member} ({@link TitleLink#heldByAnother}): "Berg, currently with Acme chairman Hale" and "Berg met
   * Hale, the chairman of Acme" name Hale's employer, and KBP, which reads the words between the names,
   * gives it to Berg too.
   */
  private boolean qualifiesAnothersTitle(ParsedSentence sentence, Mention member, Mention organisation) {
    Map<String, Set<Integer>> people = peopleWords(sentence);
    Set<Integer> own = people.getOrDefault(member.entityId(), Set.of());
    List<Set<Integer>> others = othersThan(people, member);
    int head = sentence.headWord(span(organisation));
    return sentence.heads(head).stream()
        .filter(edge -> QUALIFIERS.contains(edge.relation()) && edge.governor() >= 0)
        .map(Dependency::governor)
        .anyMatch(title -> people.values().stream().noneMatch(words -> words.contains(title))
            && RoleExtractor.isTitleWord(sentence.token(title))
            && TitleLink.heldByAnother(sentence, title, own, others));
  }

  /** The words of each person's mentions in {@code people} but {@code person}'s. */
  private static List<Set<Integer>> othersThan(Map<String, Set<Integer>> people, Mention person) {
    return people.entrySet().stream()
        .filter(entry -> !entry.getKey().equals(person.entityId()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** The words of the sentence that mention each person, by entity. */
  private Map<String, Set<Integer>> peopleWords(ParsedSentence sentence) {
    Map<String, Set<Integer>> words = new HashMap<>();
    for (int i = 0; i < sentence.size(); i++) {
      int word = i;
      index.mentionAt(sentence.token(i))
          .filter(mention -> index.typeOf(mention.entityId()) == EntityType.PERSON)
          .ifPresent(mention -> words.computeIfAbsent(mention.entityId(), id -> new HashSet<>()).add(word));
    }
    return words;
  }

  /**
   * Whether some mention of each end's entity in the sentence is joined to one of the other's within a
   * clause ({@link ClauseLink}): "Anna Berg, the singer, said she had joined the Oslo Opera" states her
   * membership through the pronoun coreference attached to her.
   */
  private boolean joinedInClause(ParsedSentence sentence, Mention subject, Mention object) {
    List<Mention> subjects = index.mentionsIn(subject.entityId(), sentence.index());
    List<Mention> objects = index.mentionsIn(object.entityId(), sentence.index());
    return subjects.stream().anyMatch(s -> objects.stream().anyMatch(o -> ClauseLink.joins(sentence, span(s), span(o))));
  }

  private static Span span(Mention mention) {
    return new Span(mention.start(), mention.end());
  }

  /** Whether entity {@code id} is a country, a state or province, a city or a region, not a site. */
  private boolean isTerritory(String id) {
    LocationKind kind = index.placeKind(id);
    return kind != null && kind != LocationKind.FACILITY && kind != LocationKind.OTHER;
  }

  /** Whether the ends' entity types suit the kg type (KBP sometimes types a country as its adjective). */
  private boolean fits(String type, Mention subject, Mention object) {
    EntityType from = index.typeOf(subject.entityId());
    EntityType to = index.typeOf(object.entityId());
    return switch (type) {
      // a place may be an organisation kg reads as a site ("a spokesman for the White House"), but no
      // one is a member of a territory: KBP's work for a country ("Prime Minister of Zimbabwe") is a
      // position, and for a state ("Lincoln Chafee, Republican Senator of Rhode Island") one too
      case "MEMBER_OF", "AFFILIATED_WITH" -> from != EntityType.LOCATION && to != EntityType.PERSON
          && !isTerritory(object.entityId());
      case "LIVES_IN", "BORN_IN" -> from == EntityType.PERSON && to == EntityType.LOCATION;
      case "LOCATED_IN" -> from == EntityType.ORGANIZATION && to == EntityType.LOCATION;
      default -> false;
    };
  }
}
