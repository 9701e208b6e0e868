package dev.kg.eval;

import java.util.List;

/**
 * One predicted event as {@code kg eval events --out} writes it, one JSON object per line:
 * {@code {"doc_id", "trigger": {"start", "end"}, "type", "kairos", "arguments": [{"start", "end", "role"}]}},
 * token indices into the document's {@code tokens}, end exclusive; {@code type} is kg's, {@code kairos}
 * the KAIROS type it maps to, argument roles KAIROS role names.
 */
public record WikiEventsPrediction(
    String doc_id, TokenSpan trigger, String type, String kairos, List<Argument> arguments) {

  public WikiEventsPrediction {
    arguments = List.copyOf(arguments);
  }

  /** Token span {@code [start, end)}. */
  public record TokenSpan(int start, int end) {}

  /** A predicted argument: the head token of its phrase, and its KAIROS role. */
  public record Argument(int start, int end, String role) {}
}
