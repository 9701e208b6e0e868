package dev.kg.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A direct quotation, as said by one speaker: a quotation with several speakers ("South Korea and
 * Japan ... warning of 'escalating provocations'") is one {@code Quote} for each, with the same text
 * and evidence, which the graph writes as one {@code Quote} node with a {@code SAID} from each.
 *
 * @param text the quoted words, without the quotation marks
 * @param speakerId the {@link Entity#id()} of who said it, or {@code null} when unknown
 * @param evidence where the quotation stands: its sentence, and the span of the quoted words
 * @param confidence how sure the attribution to the speaker is, 0..1; 0 when there is no speaker
 * @param method what attributed it: {@code speech-verb} (the subject of a verb of saying in the
 *     quotation's sentence), {@code according-to}, {@code continuation}, {@code previous-sentence},
 *     {@code next-sentence}, {@code corenlp} (CoreNLP's quote attribution) or {@code none}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(String text, String speakerId, Evidence evidence, double confidence, String method) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(method, "method");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** This quote with its speaker's id mapped, as resolution across documents does. */
  public Quote withEntityIds(UnaryOperator<String> mapping) {
    return new Quote(text, speakerId == null ? null : mapping.apply(speakerId), evidence, confidence, method);
  }
}
