package dev.kg.extract;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.NamedMention;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Annotations written by hand, for tests that need no CoreNLP model: one sentence a line, a blank
 * line between paragraphs, tokens separated by spaces, each token {@code word} or {@code word/NER}
 * (part of speech NNP for capitalised words, CC, DT, IN or TO for a few function words, NN otherwise);
 * runs of one NER tag are one mention.
 */
final class StandInAnnotations {

  private static final Map<String, String> FUNCTION_WORDS =
      Map.of("and", "CC", "or", "CC", "the", "DT", "a", "DT", "of", "IN", "in", "IN", "on", "IN", "for", "IN", "to", "TO");

  private StandInAnnotations() {}

  /** The text the annotations are of: the lines with the tags taken out. */
  static String text(String tagged) {
    return tagged.replaceAll("/[A-Z_]+(?= |$|\n)", "");
  }

  static AnnotatedText annotate(String tagged) {
    List<AnnotatedText.Sentence> sentences = new ArrayList<>();
    List<NamedMention> mentions = new ArrayList<>();
    int offset = 0;
    List<String> lines = tagged.lines().toList();
    for (String line : lines) {
      if (line.isEmpty()) {
        offset++;
        continue;
      }
      int s = sentences.size();
      List<Token> tokens = new ArrayList<>();
      int at = offset;
      for (String item : line.split(" ")) {
        int slash = item.lastIndexOf('/');
        boolean hasTag = slash > 0 && item.substring(slash + 1).matches("[A-Z_]+");
        String word = hasTag ? item.substring(0, slash) : item;
        String ner = hasTag ? item.substring(slash + 1) : "O";
        String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : FUNCTION_WORDS.getOrDefault(word, "NN");
        tokens.add(new Token(tokens.size(), word, word, pos, ner, at, at + word.length()));
        at += word.length() + 1;
      }
      for (int t = 0; t < tokens.size(); t++) {
        String ner = tokens.get(t).ner();
        if (ner.equals("O")) {
          continue;
        }
        int end = t;
        while (end + 1 < tokens.size() && tokens.get(end + 1).ner().equals(ner)) {
          end++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = t; i <= end; i++) {
          text.append(i > t ? " " : "").append(tokens.get(i).word());
        }
        mentions.add(new NamedMention(s, t, end + 1, tokens.get(t).start(), tokens.get(end).end(), text.toString(), ner, null));
        t = end;
      }
      sentences.add(new AnnotatedText.Sentence(s, offset, at - 1, tokens, List.of()));
      offset = at;
    }
    return new AnnotatedText(sentences, mentions, List.of());
  }
}
