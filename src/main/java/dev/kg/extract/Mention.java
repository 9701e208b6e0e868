package dev.kg.extract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One span of document text that refers to an entity.
 *
 * @param entityId the {@link Entity#id()} it refers to
 * @param start character offset into the document text, inclusive
 * @param end character offset, exclusive
 * @param sentence zero-based index of the sentence that holds it
 * @param text the covered text, {@code documentText.substring(start, end)}
 * @param nerTag the NER tag the recogniser gave this span ({@code PERSON}, {@code CITY}, ...), or
 *     {@code PRONOUN}/{@code NOMINAL} for a mention attached through coreference, {@code NATIONALITY}
 *     for a demonym attached to its country
 */
public record Mention(String entityId, int start, int end, int sentence, String text, String nerTag) {

  public Mention {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(nerTag, "nerTag");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ") for '" + text + "'");
    }
  }

  /**
   * Whether the span names the entity, as opposed to a pronoun or description resolved by
   * coreference, or a demonym ({@code NATIONALITY}: "Russian" for Russia).
   */
  @JsonIgnore
  public boolean isName() {
    return !nerTag.equals("PRONOUN") && !nerTag.equals("NOMINAL") && !nerTag.equals("NATIONALITY");
  }
}
