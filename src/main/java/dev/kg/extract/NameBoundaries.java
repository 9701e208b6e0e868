package dev.kg.extract;

import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Names the recogniser split, cut or ran together, mended: one name it split in two joined, a name it
 * tagged in part where the document names it whole made whole, a person's
 * name run on over its particles and nickname, two persons in one hyphenated word split, and a credit
 * line's city and outlet told apart.
 */
final class NameBoundaries {

  private NameBoundaries() {}

  /** {@code candidates} with their boundaries mended; each rule reads the names the rule before it gave. */
  static List<NameCandidate> mended(String text, AnnotatedText annotated, List<NameCandidate> candidates) {
    List<NameCandidate> joined = wholeWhereNamedWhole(text, annotated, joinAdjacent(text, annotated, candidates));
    List<NameCandidate> persons = Nicknames.joined(text, annotated, withParticles(text, annotated, joined));
    return creditLines(text, annotated, splitJoinedPersons(persons));
  }

  /**
   * Fine-grained NER splits a place or organisation name the models tagged whole where its gazetteers
   * give its words different kinds (it relabels words of such a name only when its matches label all
   * of them); two such mentions of one type with nothing but a space between are one name.
   */
  private static List<NameCandidate> joinAdjacent(
      String text, AnnotatedText annotated, List<NameCandidate> candidates) {
    List<NameCandidate> joined = new ArrayList<>(candidates.size());
    for (NameCandidate next : candidates) {
      NameCandidate previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (previous != null
          && previous.type == next.type
          && next.type != EntityType.PERSON
          && previous.sentence == next.sentence
          && previous.tokenEnd == next.tokenStart
          && text.substring(previous.end, next.start).isBlank()) {
        String surface = text.substring(previous.start, next.end);
        boolean sameTag = previous.nerTag.equals(next.nerTag);
        joined.set(
            joined.size() - 1,
            NameCandidate.placed(
                annotated,
                previous.sentence,
                previous.tokenStart,
                next.tokenEnd,
                previous.start,
                next.end,
                surface,
                sameTag ? next.nerTag : next.type.name(),
                next.type,
                NameKey.of(surface)));
      } else {
        joined.add(next);
      }
    }
    return joined;
  }

  /**
   * A name the recogniser tagged in part ("South Wales" of "New South Wales Police Commissioner") where
   * it tagged the whole name elsewhere in the document: the words around the part that spell the rest of
   * that name, left untagged, are its words too, and the mention is that name, with its type. Reading each
   * sentence alone, the models lose a word of a name where its context misleads them (a sentence's first
   * word, a title run on after it); the document's other mentions say what the name is. A name the
   * document tags with two types gives none, nor does a part typed otherwise than the whole: "Cy Becker"
   * the pilot tagged whole and "Becker" a place in "Cy Becker is a neighbourhood" name two things.
   */
  static List<NameCandidate> wholeWhereNamedWhole(
      String text, AnnotatedText annotated, List<NameCandidate> candidates) {
    Map<List<String>, NameCandidate> wholeNames = new HashMap<>();
    Set<List<String>> ambiguous = new HashSet<>();
    for (NameCandidate candidate : candidates) {
      List<String> words = words(annotated, candidate.sentence, candidate.tokenStart, candidate.tokenEnd);
      NameCandidate known = wholeNames.putIfAbsent(words, candidate);
      if (known != null && known.type != candidate.type) {
        ambiguous.add(words);
      }
    }
    wholeNames.keySet().removeAll(ambiguous);
    List<NameCandidate> result = new ArrayList<>(candidates.size());
    for (NameCandidate candidate : candidates) {
      result.add(madeWhole(text, annotated, candidate, wholeNames).orElse(candidate));
    }
    return result;
  }

  /** The longest of {@code wholeNames} the candidate is a part of, spelled out by untagged words around it. */
  private static Optional<NameCandidate> madeWhole(
      String text, AnnotatedText annotated, NameCandidate part, Map<List<String>, NameCandidate> wholeNames) {
    List<Token> tokens = annotated.sentences().get(part.sentence).tokens();
    List<String> words = words(annotated, part.sentence, part.tokenStart, part.tokenEnd);
    NameCandidate longest = null;
    for (Map.Entry<List<String>, NameCandidate> whole : wholeNames.entrySet()) {
      List<String> name = whole.getKey();
      int offset = Collections.indexOfSubList(name, words);
      int first = part.tokenStart - offset;
      int end = first + name.size();
      if (name.size() <= words.size() || offset < 0 || first < 0 || end > tokens.size()
          || whole.getValue().type != part.type
          || (longest != null && longest.tokenEnd - longest.tokenStart >= name.size())) {
        continue;
      }
      boolean spelled = true;
      for (int at = first; at < end && spelled; at++) {
        boolean inPart = at >= part.tokenStart && at < part.tokenEnd;
        spelled = tokens.get(at).word().equals(name.get(at - first)) && (inPart || tokens.get(at).ner().equals("O"));
      }
      if (spelled) {
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        String surface = text.substring(start, stop);
        NameCandidate model = whole.getValue();
        longest = NameCandidate.placed(
            annotated, part.sentence, first, end, start, stop, surface, model.nerTag, model.type, NameKey.of(surface));
        // What the sentence says of the part ("... is a neighbourhood", "... said") it says of the name.
        longest.placeInContext = part.placeInContext;
        longest.organizationInContext = part.organizationInContext;
        longest.definedAsPlace = part.definedAsPlace;
        if (first == part.tokenStart) {
          longest.afterTitle = part.afterTitle;
          longest.titleBefore = part.titleBefore;
        }
      }
    }
    return Optional.ofNullable(longest);
  }

  private static List<String> words(AnnotatedText annotated, int sentence, int tokenStart, int tokenEnd) {
    return annotated.sentences().get(sentence).tokens().subList(tokenStart, tokenEnd).stream().map(Token::word).toList();
  }

  /**
   * A person's name runs on over lower-case particles into the capitalised words after them ("Ludwig
   * van Aalst", "Pedro de la Fuente"), where the recogniser stopped at the particle or took the rest
   * for another name ("Aalst", a town).
   */
  private static List<NameCandidate> withParticles(
      String text, AnnotatedText annotated, List<NameCandidate> candidates) {
    List<NameCandidate> result = new ArrayList<>(candidates.size());
    int end = -1;
    for (NameCandidate candidate : candidates) {
      if (candidate.start < end) {
        continue;
      }
      List<Token> tokens = annotated.sentences().get(candidate.sentence).tokens();
      int next = candidate.tokenEnd;
      while (next < tokens.size() && next - candidate.tokenEnd < 2
          && NameEdges.NAME_PARTICLES.contains(tokens.get(next).word())) {
        next++;
      }
      int last = next;
      while (last < tokens.size() && tokens.get(last).pos().startsWith("NNP")
          && Character.isUpperCase(tokens.get(last).word().codePointAt(0))) {
        last++;
      }
      if (candidate.type != EntityType.PERSON || next == candidate.tokenEnd || last == next) {
        result.add(candidate);
        continue;
      }
      end = tokens.get(last - 1).end();
      String surface = text.substring(candidate.start, end);
      result.add(
          new NameCandidate(
              candidate.sentence, candidate.tokenStart, last, candidate.start, end, surface, candidate.nerTag,
              EntityType.PERSON, candidate.placeKind, NameKey.of(surface)));
    }
    return result;
  }

  /**
   * A hyphenated word the recogniser took for one person ("the Patrushev-Kim meeting") names two when
   * each part is a word of another person the document names, and no name in the document holds both
   * parts ("Lopez-Ortega" after "Maria Lopez-Ortega" stays one name).
   */
  private static List<NameCandidate> splitJoinedPersons(List<NameCandidate> candidates) {
    List<NameCandidate> result = new ArrayList<>(candidates.size());
    for (NameCandidate candidate : candidates) {
      String[] parts = candidate.text.split("-");
      boolean joined =
          candidate.nerTag.equals("PERSON")
              && candidate.tokenEnd - candidate.tokenStart == 1
              && parts.length == 2
              && NameKey.isName(parts[0])
              && NameKey.isName(parts[1])
              && Character.isUpperCase(parts[0].codePointAt(0))
              && Character.isUpperCase(parts[1].codePointAt(0));
      if (!joined) {
        result.add(candidate);
        continue;
      }
      String first = NameKey.of(parts[0]).toString();
      String second = NameKey.of(parts[1]).toString();
      List<NameCandidate> others =
          candidates.stream().filter(c -> c.type == EntityType.PERSON && c != candidate).toList();
      boolean bothInOneName = others.stream().anyMatch(c -> c.key.tokens().containsAll(List.of(first, second)));
      boolean firstNamed = others.stream().anyMatch(c -> c.key.tokens().contains(first) && !c.key.tokens().contains(second));
      boolean secondNamed = others.stream().anyMatch(c -> c.key.tokens().contains(second) && !c.key.tokens().contains(first));
      if (bothInOneName || !firstNamed || !secondNamed) {
        result.add(candidate);
        continue;
      }
      int middle = candidate.start + parts[0].length();
      // Each part is a person, though "the Patrushev-Kim meeting" put an article before the whole.
      result.add(candidate.part(candidate.start, middle, EntityType.PERSON));
      result.add(candidate.part(middle + 1, candidate.end, EntityType.PERSON));
    }
    return result;
  }

  /**
   * A credit line's city and outlet, which NER reads as one name ({@link CreditLines}: "Prague CTK in
   * English"), as a place and an organisation; the words of a headline NER ran into the name are no
   * name. An outlet NER left untagged after the city it tagged ("Moscow PRAVDA"), or tagged only in part
   * ("Tokyo YOMIURI SHIMBUN"), is an organisation, in place of the part.
   */
  private static List<NameCandidate> creditLines(String text, AnnotatedText annotated, List<NameCandidate> candidates) {
    List<NameCandidate> result = new ArrayList<>(candidates.size());
    NameCandidate outlet = null;
    for (NameCandidate candidate : candidates) {
      if (outlet != null && candidate.sentence == outlet.sentence && candidate.tokenEnd <= outlet.tokenEnd) {
        continue; // the part of the outlet NER tagged ("YOMIURI" of "Tokyo YOMIURI SHIMBUN")
      }
      List<Token> tokens = annotated.sentences().get(candidate.sentence).tokens();
      Optional<CreditLines.Line> line = CreditLines.of(tokens, candidate.tokenStart, candidate.tokenEnd);
      if (line.isEmpty()) {
        result.add(candidate);
        if (candidate.type == EntityType.LOCATION) {
          OptionalInt stop = CreditLines.outletAfter(tokens, candidate.tokenStart, candidate.tokenEnd);
          if (stop.isPresent()) {
            outlet = named(text, tokens, candidate.sentence, candidate.tokenEnd, stop.getAsInt(), "ORGANIZATION",
                EntityType.ORGANIZATION, LocationKind.OTHER);
            result.add(outlet);
          }
        }
        continue;
      }
      result.add(named(text, tokens, candidate.sentence, line.get().city(), line.get().outlet(), "CITY",
          EntityType.LOCATION, LocationKind.CITY));
      result.add(named(text, tokens, candidate.sentence, line.get().outlet(), candidate.tokenEnd, "ORGANIZATION",
          EntityType.ORGANIZATION, LocationKind.OTHER));
    }
    return result;
  }

  private static NameCandidate named(
      String text, List<Token> tokens, int sentence, int first, int end, String nerTag, EntityType type, LocationKind kind) {
    int start = tokens.get(first).start();
    int stop = tokens.get(end - 1).end();
    String surface = text.substring(start, stop);
    return new NameCandidate(sentence, first, end, start, stop, surface, nerTag, type, kind, NameKey.of(surface));
  }
}
