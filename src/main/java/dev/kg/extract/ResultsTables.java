package dev.kg.extract;

import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names in a document's results table: lines that are a name, a score, a name and a score
 * ("Reading 2 Stoke 2") or a name and three numbers or more ("Stoke 4 3 1 0 7 4 10", a standings
 * row). Every name in such a line is a side of the same kind, so each takes the type the recogniser
 * gave more than half of them, each tagged whole: the recogniser reads a club named after its
 * town as the town, leaves an unfamiliar or common word untagged ("Sale 31 Wasps 33") and a club
 * named after a person as that person, but a table of clubs is one of organisations, of national
 * sides one of places (as CoNLL annotates them), of golfers' rounds one of persons. Read from the
 * lines' shape alone, so that it holds for tables of any sport and season.
 */
final class ResultsTables {

  // A score or a standings figure: "2", "107", ".534", "1/2" (a line holding any other word is no table line).
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,/]\\d+)*|\\.\\d+");
  // Fewer lines of these shapes are a sentence that happens to look like one, not a table.
  private static final int LINES = 3;
  // How many numbers after a name make a standings row rather than a name and a figure or two.
  private static final int STANDINGS_NUMBERS = 3;
  // The longest side's name ("Queen 's Park Rangers"); a longer run of capitals is a heading.
  private static final int LONGEST_NAME = 5;
  // The words inside a side's name that are not capitalised ("Queen 's Park", "Brighton & Hove").
  private static final Set<String> JOINING_WORDS = Set.of("'s", "&", "of");
  // Tags that make a capitalised word no side's name: a month heading a row of prices is no club.
  private static final Set<String> NON_NAME_TAGS =
      Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT", "NUMBER", "ORDINAL");
  // Tags of names kg writes no node for: a table of indices or events keeps its names as they are.
  private static final Set<String> MISC_TAGS = Set.of("MISC", "NATIONALITY", "RELIGION", "IDEOLOGY");

  private ResultsTables() {}

  /** A side's name: tokens {@code [first, end)} of a sentence. */
  private record Side(int sentence, int first, int end) {}

  /**
   * Types the sides of the document's results table in {@code named}, if it has one, as most of them
   * are: a side the recogniser tagged whole takes that type, a side it missed, split or tagged in part
   * becomes one name of it in place of those parts.
   */
  static void retype(String text, AnnotatedText annotated, List<NameCandidate> named) {
    List<Side> sides = new ArrayList<>();
    int lines = 0;
    for (Sentence sentence : annotated.sentences()) {
      List<Side> found = sides(sentence);
      lines += found.isEmpty() ? 0 : 1;
      sides.addAll(found);
    }
    sides.removeIf(side -> !isName(annotated, side));
    EntityType type = lines < LINES ? null : majority(sides, named);
    if (type == null) {
      return;
    }
    for (Side side : sides) {
      List<NameCandidate> inside = overlapping(side, named);
      if (inside.size() == 1 && covers(inside.get(0), side)) {
        inside.get(0).type = type;
        continue;
      }
      NameCandidate whole = NameCandidate.spanning(text, annotated, side.sentence(), side.first(), side.end(), type);
      if (!NameKey.isName(whole.text)) {
        continue;
      }
      named.removeAll(inside);
      named.add(whole);
    }
  }

  /** The sides a line of the table gives: its two names, or a standings row's one; none if it is no such line. */
  private static List<Side> sides(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int nameEnd = nameEnd(tokens, 0);
    if (nameEnd == 0) {
      return List.of();
    }
    int numbersEnd = numbersEnd(tokens, nameEnd);
    if (numbersEnd == tokens.size() && numbersEnd - nameEnd >= STANDINGS_NUMBERS) {
      return List.of(new Side(sentence.index(), 0, nameEnd));
    }
    if (numbersEnd - nameEnd != 1) {
      return List.of();
    }
    int secondEnd = nameEnd(tokens, numbersEnd);
    int scoreEnd = numbersEnd(tokens, secondEnd);
    if (secondEnd == numbersEnd || scoreEnd != secondEnd + 1 || scoreEnd != tokens.size()) {
      return List.of();
    }
    return List.of(new Side(sentence.index(), 0, nameEnd), new Side(sentence.index(), numbersEnd, secondEnd));
  }

  /** Where the name starting at {@code from} ends: capitalised words, joined by "'s", "&" or "of"; {@code from} if none. */
  private static int nameEnd(List<Token> tokens, int from) {
    int end = from;
    for (int i = from; i < tokens.size() && i - from < LONGEST_NAME; i++) {
      if (isCapitalised(tokens.get(i).word())) {
        end = i + 1;
      } else if (i == from || !JOINING_WORDS.contains(tokens.get(i).word())) {
        break;
      }
    }
    return end;
  }

  private static int numbersEnd(List<Token> tokens, int from) {
    int end = from;
    while (end < tokens.size() && NUMBER.matcher(tokens.get(end).word()).matches()) {
      end++;
    }
    return end;
  }

  private static boolean isCapitalised(String word) {
    return Character.isUpperCase(word.codePointAt(0)) && word.chars().noneMatch(Character::isDigit);
  }

  /** Whether a side's words are a name the table's type may be given: no date or figure, not wholly a MISC name. */
  private static boolean isName(AnnotatedText annotated, Side side) {
    List<Token> tokens = annotated.sentences().get(side.sentence()).tokens().subList(side.first(), side.end());
    return tokens.stream().noneMatch(t -> NON_NAME_TAGS.contains(t.ner()))
        && !tokens.stream().allMatch(t -> MISC_TAGS.contains(t.ner()));
  }

  /**
   * The type the recogniser gave more than half of all the sides, each tagged whole; null when none
   * has that many, so that a table whose rows it mostly missed (grades of grain, "Redeemed" and
   * "Outstanding") is left as it is.
   */
  private static EntityType majority(List<Side> sides, List<NameCandidate> named) {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    for (Side side : sides) {
      List<NameCandidate> inside = overlapping(side, named);
      if (inside.size() == 1 && covers(inside.get(0), side)) {
        votes.merge(inside.get(0).type, 1, Integer::sum);
      }
    }
    for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
      if (2 * vote.getValue() > sides.size()) {
        return vote.getKey();
      }
    }
    return null;
  }

  private static List<NameCandidate> overlapping(Side side, List<NameCandidate> named) {
    return named.stream()
        .filter(c -> c.sentence == side.sentence() && c.tokenStart < side.end() && side.first() < c.tokenEnd)
        .toList();
  }

  private static boolean covers(NameCandidate candidate, Side side) {
    return candidate.tokenStart == side.first() && candidate.tokenEnd == side.end();
  }
}
