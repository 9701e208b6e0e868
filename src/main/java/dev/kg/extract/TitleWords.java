package dev.kg.extract;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import dev.kg.nlp.GivenNames;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a document's text tags as titles ({@code TITLE}, from CoreNLP's fine-grained gazetteer),
 * lower-cased. A person's name that starts with one of them starts with a title the recogniser ran into
 * the name ("Mayor Mora Main" where the document also writes "Mayor of Waverley, Mora Main"): the
 * gazetteer never cuts across a name the models found, so the title stays in the name just where the
 * models read it as one. A word that is also one of CoreNLP's given names ("Earl", "Dean") is left to
 * the name.
 *
 * <pre>{@code
 * TitleWords titles = TitleWords.in(annotated);
 * titles.startsName(tokens.get(first)); // "Mayor" in "Mayor Mora Main": true
 * }</pre>
 */
final class TitleWords {

  private static final String TITLE = "TITLE";

  private final Set<String> words;

  private TitleWords(Set<String> words) {
    this.words = words;
  }

  /** The title words of {@code annotated}. */
  static TitleWords in(AnnotatedText annotated) {
    Set<String> words = new HashSet<>();
    for (AnnotatedText.Sentence sentence : annotated.sentences()) {
      for (Token token : sentence.tokens()) {
        if (token.ner().equals(TITLE)) {
          words.add(token.word().toLowerCase(Locale.ROOT));
        }
      }
    }
    return new TitleWords(Set.copyOf(words));
  }

  /** Whether {@code token}, first in a person's name, is a title the document uses and no given name. */
  boolean startsName(Token token) {
    return words.contains(token.word().toLowerCase(Locale.ROOT)) && !GivenNames.shared().contains(token.word());
  }
}
