package dev.kg.extract;

import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.GivenNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A name span the recogniser found, with the type it will be written as. The static methods read a
 * document's candidates for what they say of one name: the fuller names it begins or ends, a title before it.
 */
final class NameCandidate {
  final int sentence;
  final int tokenStart;
  final int tokenEnd;
  final int start;
  final int end;
  final String text;
  final String nerTag;
  final NameKey key;
  EntityType type;
  /** The kind of place this name is, should it be (or become) a place. */
  LocationKind placeKind;
  /** Whether the text around this mention shows it names a place (see {@link PlaceKinds#isPlaceInContext}). */
  boolean placeInContext;
  /** Whether this mention, tagged an organisation, acts as one (see {@link NameCandidates#actsAsSubject}). */
  boolean organizationInContext;
  /**
   * Whether the text defines this mention as a place or calls it a city, a town or a capital (see
   * {@link PlaceKinds#isDefinedAsPlace} and {@link PlaceKinds#isCalledSettlement}).
   */
  boolean definedAsPlace;
  /** Whether a title or courtesy title comes right before this mention ("President Ford", "Mr Vaile"). */
  boolean afterTitle;
  /**
   * The title word the document uses that stands right before this person's name ("pope" in "Pope
   * Clement XV"), lower-cased; {@code null} if none.
   */
  String titleBefore;
  /** Whether this person's name is one title word the document uses, standing alone ("the Pope"). */
  boolean loneTitle;
  /** What {@link PlaceKinds#statedKind} gives for this span, once asked; {@code null} before. */
  private Optional<LocationKind> statedKind;

  NameCandidate(
      int sentence,
      int tokenStart,
      int tokenEnd,
      int start,
      int end,
      String text,
      String nerTag,
      EntityType type,
      LocationKind placeKind,
      NameKey key) {
    this.sentence = sentence;
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
    this.start = start;
    this.end = end;
    this.text = text;
    this.nerTag = nerTag;
    this.type = type;
    this.placeKind = placeKind;
    this.key = key;
  }

  /**
   * The candidate for the name at tokens {@code [tokenStart, tokenEnd)}, its place kind read from its
   * own span ({@link PlaceKinds#kind}) and the stated part of that kept for its entity's kind.
   */
  static NameCandidate placed(AnnotatedText annotated, int sentence, int tokenStart, int tokenEnd, int start, int end,
      String text, String nerTag, EntityType type, NameKey key) {
    Optional<LocationKind> stated = PlaceKinds.statedKind(annotated, sentence, tokenStart, tokenEnd, text);
    NameCandidate candidate = new NameCandidate(
        sentence, tokenStart, tokenEnd, start, end, text, nerTag, type,
        PlaceKinds.kind(stated, annotated, sentence, tokenStart, tokenEnd, text, nerTag), key);
    candidate.statedKind = stated;
    return candidate;
  }

  /**
   * The candidate for the words at tokens {@code [tokenStart, tokenEnd)} of {@code sentence} taken as one
   * name of {@code type}, where the document's layout says so and the recogniser did not ({@link
   * ResultsTables}, {@link SourceHeadings}).
   */
  static NameCandidate spanning(String text, AnnotatedText annotated, int sentence, int tokenStart, int tokenEnd,
      EntityType type) {
    List<Token> tokens = annotated.sentences().get(sentence).tokens();
    int start = tokens.get(tokenStart).start();
    int end = tokens.get(tokenEnd - 1).end();
    String surface = text.substring(start, end);
    return placed(annotated, sentence, tokenStart, tokenEnd, start, end, surface, type.name(), type, NameKey.of(surface));
  }

  /** The kind this mention's own words or the text around them state ({@link PlaceKinds#statedKind}). */
  Optional<LocationKind> statedKind(AnnotatedText annotated) {
    if (statedKind == null) {
      statedKind = PlaceKinds.statedKind(annotated, sentence, tokenStart, tokenEnd, text);
    }
    return statedKind;
  }

  String identity() {
    return type + ":" + key;
  }

  /** The part {@code [partStart, partEnd)} of this name's text, as a name of its own in the same token. */
  NameCandidate part(int partStart, int partEnd, EntityType partType) {
    String surface = text.substring(partStart - start, partEnd - start);
    return new NameCandidate(
        sentence, tokenStart, tokenEnd, partStart, partEnd, surface, nerTag, partType, placeKind, NameKey.of(surface));
  }

  /** Whether this span shares a character with {@code [otherStart, otherEnd)}. */
  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }

  /** The most frequent value; ties go to the one declared first, so the outcome never depends on order. */
  static <T extends Comparable<T>> T majority(List<NameCandidate> candidates, Function<NameCandidate, T> value) {
    Map<T, Long> counts = candidates.stream().collect(Collectors.groupingBy(value, Collectors.counting()));
    return counts.entrySet().stream()
        .min(Map.Entry.<T, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow()
        .getKey();
  }

  /** The index of the first candidate of each distinct name that matches. */
  static List<Integer> distinctNames(List<NameCandidate> candidates, Predicate<NameCandidate> matches) {
    Map<NameKey, Integer> firstByName = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (matches.test(candidates.get(i))) {
        firstByName.putIfAbsent(candidates.get(i).key, i);
      }
    }
    return List.copyOf(firstByName.values());
  }

  /** Whether the name starts with a given name in CoreNLP's list ("Bob Jones"). */
  static boolean startsWithGivenName(NameCandidate candidate) {
    return !candidate.key.tokens().isEmpty() && GivenNames.shared().contains(candidate.key.tokens().get(0));
  }

  /** Whether a title stands before a person mention of {@code key} (`Prime Minister Howard`). */
  static boolean titledPerson(List<NameCandidate> candidates, NameKey key) {
    return candidates.stream().anyMatch(c -> c.key.equals(key) && c.type == EntityType.PERSON && c.afterTitle);
  }

  /** Whether {@code fuller} is an organisation whose name begins with all of {@code shortName}'s words. */
  static boolean isFullerOrganisationName(NameCandidate fuller, NameCandidate shortName) {
    List<String> words = shortName.key.tokens();
    return fuller.type == EntityType.ORGANIZATION
        && fuller.key.tokens().size() > words.size()
        && startsWith(fuller.key.tokens(), words);
  }

  /** Whether {@code fuller} is a person whose name begins or ends with all of {@code shortName}'s words. */
  static boolean isFullerPersonName(NameCandidate fuller, NameCandidate shortName) {
    List<String> words = shortName.key.tokens();
    return fuller.type == EntityType.PERSON
        && fuller.key.tokens().size() > words.size()
        && (startsWith(fuller.key.tokens(), words) || endsWith(fuller.key.tokens(), words));
  }

  /**
   * The first mention of each fuller person's name {@code shortName} begins or ends, leaving out a
   * fuller name that is itself part of another of them: "Sai Baba" and "Sathya Sai Baba" name one
   * person, whom "Baba" is too, where "John Smith" and "Mary Smith" name two.
   */
  static List<Integer> fullerPersonNames(List<NameCandidate> candidates, NameCandidate shortName) {
    List<Integer> fuller = distinctNames(candidates, c -> isFullerPersonName(c, shortName));
    return fuller.stream()
        .filter(i -> fuller.stream().noneMatch(j -> isFullerPersonName(candidates.get(j), candidates.get(i))))
        .toList();
  }

  private static boolean startsWith(List<String> name, List<String> part) {
    return name.subList(0, part.size()).equals(part);
  }

  private static boolean endsWith(List<String> name, List<String> part) {
    return name.subList(name.size() - part.size(), name.size()).equals(part);
  }
}
