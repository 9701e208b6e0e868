package dev.kg.extract;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A direct quotation.
 *
 * @param text the quoted words, without the quotation marks
 * @param speakerId the {@link Entity#id()} of who said it, or {@code null} when unknown
 * @param evidence where the quotation stands
 */
public record Quote(String text, String speakerId, Evidence evidence) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** This quote with its speaker's id mapped, as resolution across documents does. */
  public Quote withEntityIds(UnaryOperator<String> mapping) {
    return new Quote(text, speakerId == null ? null : mapping.apply(speakerId), evidence);
  }
}
