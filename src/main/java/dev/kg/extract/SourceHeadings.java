package dev.kg.extract;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.PlaceGazetteer;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources a digest names in its headings. A digest of what several sources say (a press review:
 * "KOMPAS", "JAKARTA POST", "REPUBLIKA") heads each source's stories with the source's name, on a line of
 * its own in capitals, before the prose that reports them. The models, reading the line alone and in
 * capitals, leave such a name untagged or read the place in it ("JAKARTA POST", "LA PRESSE"), but the
 * line names whoever said what follows: an organisation. Read from the layout, with one sign from the
 * models: two such headings or more, each a line of at most four words in capitals and no figures, each
 * followed by a sentence in ordinary case (one with a lower-case letter), and one at least that the
 * models tagged an organisation whole. A table's headings are followed by rows, not prose ("CENTRAL
 * DIVISION", then "W L PCT GB"), and a heading that CoreNLP's gazetteers list as a country, state or
 * region ("IRAQ" in a digest by country) stays the place.
 */
final class SourceHeadings {

  // The longest source's name ("NIDA'A AL-WATAN", "MEDIA INDONESIA"); a longer line is a heading of another kind.
  private static final int LONGEST_HEADING = 4;
  // One line in capitals before prose is a headline or a line shouted; a digest has two sources or more.
  private static final int HEADINGS = 2;

  private SourceHeadings() {}

  /** Makes each source heading of the document, if it has two or more, one organisation's name in {@code named}. */
  static void retype(String text, AnnotatedText annotated, List<NameCandidate> named) {
    List<Sentence> sentences = annotated.sentences();
    List<Sentence> headings = new ArrayList<>();
    // The first sentence is the headline, whatever its case.
    for (int i = 1; i + 1 < sentences.size(); i++) {
      if (isHeading(sentences.get(i)) && isProse(sentences.get(i + 1))) {
        headings.add(sentences.get(i));
      }
    }
    if (headings.size() < HEADINGS || headings.stream().noneMatch(heading -> isTaggedOrganisation(annotated, heading))) {
      return;
    }
    for (Sentence heading : headings) {
      NameCandidate source =
          NameCandidate.spanning(text, annotated, heading.index(), 0, heading.tokens().size(), EntityType.ORGANIZATION);
      if (PlaceGazetteer.shared().isPlace(source.text)) {
        continue;
      }
      named.removeIf(candidate -> candidate.sentence == heading.index());
      named.add(source);
    }
  }

  /** A line of at most four words, each with letters, all capitals, and no figure. */
  private static boolean isHeading(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    return !tokens.isEmpty() && tokens.size() <= LONGEST_HEADING
        && tokens.stream().map(Token::word).allMatch(word -> word.chars().anyMatch(Character::isLetter)
            && word.chars().noneMatch(c -> Character.isLowerCase(c) || Character.isDigit(c)));
  }

  /** A sentence in ordinary case: with a lower-case letter. */
  private static boolean isProse(Sentence sentence) {
    return sentence.tokens().stream().anyMatch(t -> t.word().chars().anyMatch(Character::isLowerCase));
  }

  /** Whether the models tagged the whole heading one organisation's name. */
  private static boolean isTaggedOrganisation(AnnotatedText annotated, Sentence heading) {
    return annotated.entityMentions().stream().anyMatch(mention -> mention.sentence() == heading.index()
        && mention.ner().equals("ORGANIZATION") && mention.tokenStart() == 0
        && mention.tokenEnd() == heading.tokens().size());
  }
}
