package dev.kg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sentence's tokens written {@code word_POS_NER ...} for the gazetteer tests, and their tags read
 * back as {@code word/NER ...}.
 *
 * <pre>{@code
 * List<CoreLabel> tokens = TaggedTokens.of("in_IN_O Paris_NNP_LOCATION");
 * TaggedTokens.tags(tokens); // "in/O Paris/LOCATION"
 * }</pre>
 */
final class TaggedTokens {

  private TaggedTokens() {}

  static List<CoreLabel> of(String sentence) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String token : sentence.split(" ")) {
      String[] parts = token.split("_");
      CoreLabel label = new CoreLabel();
      label.setWord(parts[0]);
      label.setValue(parts[0]);
      label.setTag(parts[1]);
      label.setNER(parts[2]);
      tokens.add(label);
    }
    return tokens;
  }

  static String tags(List<CoreLabel> tokens) {
    return tokens.stream().map(t -> t.word() + "/" + t.ner()).collect(Collectors.joining(" "));
  }
}
