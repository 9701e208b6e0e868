package dev.kg.nlp;

import dev.kg.nlp.AnnotatedText.NamedMention;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Annotations written by hand, for tests that need no CoreNLP model: one sentence a line, a blank
 * line between paragraphs, tokens separated by spaces, each token {@code word} or {@code word/NER}
 * (part of speech NNP for capitalised words, CC, DT, IN or TO for a few function words, PRP for
 * personal pronouns, NN otherwise); runs of one NER tag are one mention, and, as CoreNLP's entity
 * mentions do, each personal pronoun is a PERSON mention though its token is untagged.
 */
public final class StandInAnnotations {

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");

  private static final Map<String, String> FUNCTION_WORDS =
      Map.of("and", "CC", "or", "CC", "the", "DT", "a", "DT", "of", "IN", "in", "IN", "on", "IN", "for", "IN", "to", "TO");

  private StandInAnnotations() {}

  /** The text the annotations are of: the lines with the tags taken out. */
  public static String text(String tagged) {
    return tagged.replaceAll("/[A-Z_]+(?= |$|\n)", "");
  }

  public static AnnotatedText annotate(String tagged) {
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
      List<NamedMention> pronouns = new ArrayList<>();
      List<Token> tokens = new ArrayList<>();
      int at = offset;
      for (String item : line.split(" ")) {
        int slash = item.lastIndexOf('/');
        boolean hasTag = slash > 0 && item.substring(slash + 1).matches("[A-Z_]+");
        String word = hasTag ? item.substring(0, slash) : item;
        String ner = hasTag ? item.substring(slash + 1) : "O";
        boolean pronoun = PERSONAL_PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
        String pos =
            pronoun ? "PRP" : Character.isUpperCase(word.charAt(0)) ? "NNP" : FUNCTION_WORDS.getOrDefault(word, "NN");
        tokens.add(new Token(tokens.size(), word, word, pos, ner, at, at + word.length()));
        if (pronoun) {
          pronouns.add(new NamedMention(s, tokens.size() - 1, tokens.size(), at, at + word.length(), word, "PERSON", null));
        }
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
      mentions.addAll(pronouns);
      mentions.sort(Comparator.comparingInt(NamedMention::start));
      sentences.add(new AnnotatedText.Sentence(s, offset, at - 1, tokens, List.of()));
      offset = at;
    }
    return new AnnotatedText(sentences, mentions, List.of());
  }
}
