package dev.kg.eval;

import java.util.ArrayList;
import java.util.List;

/** IOB2 tag sequences ({@code B-PER I-PER O}) and the typed spans they encode. */
final class Iob2 {

  /** Outside every entity. */
  static final String OUTSIDE = "O";

  /**
   * An entity span of tokens {@code [start, end)}.
   *
   * @param type e.g. {@code PER}
   */
  record Span(String type, int start, int end) {}

  private Iob2() {}

  static boolean isTag(String tag) {
    return tag.equals(OUTSIDE) || (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")));
  }

  /**
   * The spans of a tag sequence, read as conlleval reads them: an {@code I-} tag that does not
   * continue a span of its type starts one.
   */
  static List<Span> spans(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    String type = null;
    int start = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
      boolean continues = type != null && tag.startsWith("I-") && tag.substring(2).equals(type);
      if (continues) {
        continue;
      }
      if (type != null) {
        spans.add(new Span(type, start, i));
        type = null;
      }
      if (!tag.equals(OUTSIDE)) {
        type = tag.substring(2);
        start = i;
      }
    }
    return spans;
  }

  /** The tags of {@code length} tokens holding {@code spans}, which must not overlap. */
  static List<String> tags(int length, List<Span> spans) {
    List<String> tags = new ArrayList<>(java.util.Collections.nCopies(length, OUTSIDE));
    for (Span span : spans) {
      tags.set(span.start(), "B-" + span.type());
      for (int i = span.start() + 1; i < span.end(); i++) {
        tags.set(i, "I-" + span.type());
      }
    }
    return tags;
  }
}
