package dev.kg.extract;

import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headline at the top of a document's text when it is written in title case ("Russia and North
 * Korea Strengthen Strategic Ties"). There every word is capitalised, so capitalisation, the evidence a
 * recogniser leans on most, says nothing: CoreNLP's news model reads such a line as one long name
 * ("North Korea Strengthen Strategic Ties", an organisation). A headline in sentence case or in
 * capitals, as the model's own training news writes them, is read like any other sentence.
 *
 * <pre>{@code
 * int headline = TitleCaseHeadline.sentences(document, annotated); // 0 when there is none
 * }</pre>
 */
final class TitleCaseHeadline {

  // Words title case leaves in lower case: prepositions, conjunctions, articles, "to".
  private static final Set<String> LOWER_CASE_TAGS = Set.of("IN", "CC", "DT", "TO");
  private static final int MIN_CAPITALISED_WORDS = 3;

  private TitleCaseHeadline() {}

  /**
   * How many sentences at the start of the text make its headline, when the document's first
   * paragraph is its title and is written in title case; otherwise 0.
   */
  static int sentences(SourceDocument document, AnnotatedText annotated) {
    String text = document.text();
    int paragraphEnd = text.indexOf("\n\n");
    String firstParagraph = paragraphEnd < 0 ? text : text.substring(0, paragraphEnd);
    if (document.title() == null || !lettersOf(firstParagraph).equals(lettersOf(document.title()))) {
      return 0;
    }
    List<Sentence> headline =
        annotated.sentences().stream().takeWhile(s -> s.start() < firstParagraph.length()).toList();
    List<Token> words =
        headline.stream().flatMap(s -> s.tokens().stream()).filter(t -> Character.isLetter(t.word().codePointAt(0))).toList();
    long capitalised = words.stream().filter(t -> Character.isUpperCase(t.word().codePointAt(0))).count();
    boolean allCapitals = words.stream().allMatch(t -> t.word().equals(t.word().toUpperCase(Locale.ROOT)));
    boolean titleCase =
        words.stream().allMatch(t -> Character.isUpperCase(t.word().codePointAt(0)) || LOWER_CASE_TAGS.contains(t.pos()));
    return titleCase && !allCapitals && capitalised >= MIN_CAPITALISED_WORDS ? headline.size() : 0;
  }

  private static String lettersOf(String line) {
    return line.codePoints()
        .filter(Character::isLetterOrDigit)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .toLowerCase(Locale.ROOT);
  }
}
