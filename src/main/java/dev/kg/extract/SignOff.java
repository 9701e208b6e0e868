package dev.kg.extract;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Sentence;
import java.util.List;

/**
 * The sign-off at the foot of wire copy: the text's last line, one word alone ({@code Reuter}, {@code
 * REUTER}), which marks where the copy ends. It is no sentence of the story, and what it names (the
 * wire) is no participant in it, so nothing in it is a mention; a credit line ({@code Source: Reuters})
 * says who published the article.
 *
 * <pre>{@code
 * int signOff = SignOff.sentence(text, annotated); // -1 when the text ends with no sign-off
 * }</pre>
 */
final class SignOff {

  private SignOff() {}

  /** The index of the sentence that is the text's sign-off, or -1 when it has none. */
  static int sentence(String text, AnnotatedText annotated) {
    List<Sentence> sentences = annotated.sentences();
    if (sentences.size() < 2) {
      return -1;
    }
    Sentence last = sentences.get(sentences.size() - 1);
    int lineStart = text.lastIndexOf('\n', last.start()) + 1;
    boolean lineOfItsOwn =
        lineStart > 0 && text.substring(lineStart, last.start()).isBlank() && text.substring(last.end()).isBlank();
    return last.tokens().size() == 1 && lineOfItsOwn ? last.index() : -1;
  }
}
