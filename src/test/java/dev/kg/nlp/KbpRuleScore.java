package dev.kg.nlp;

import edu.stanford.nlp.ie.KBPRelationExtractor.KBPInput;
import edu.stanford.nlp.ie.KBPRelationExtractor.NERTag;
import edu.stanford.nlp.ie.KBPTokensregexExtractor;
import edu.stanford.nlp.ie.machinereading.structure.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.simple.Document;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Scores "Anna Berg, born in Bergen" for {@code per:city_of_birth} with CoreNLP's KBP TokensRegex
 * extractor and with kg's, in a JVM of its own, after taking {@code args[0]} identity hash codes:
 * {@link KbpRuleExtractorTest} runs it in fresh JVMs, as identity hash codes are the JVM's.
 *
 * <pre>{@code
 * java -cp ... dev.kg.nlp.KbpRuleScore 3     // prints "coreNlp 1.0 kg 0.0617075", or another pair
 * }</pre>
 */
public final class KbpRuleScore {

  private KbpRuleScore() {}

  public static void main(String[] args) {
    // Other work a JVM did before: the identity hash codes its objects take next move on.
    for (int i = 0; i < Integer.parseInt(args[0]); i++) {
      new Object().hashCode();
    }
    KBPInput pair = new KBPInput(new Span(0, 2), new Span(5, 6), NERTag.PERSON, NERTag.CITY, sentence());
    String directory = DefaultPaths.DEFAULT_KBP_TOKENSREGEX_DIR;
    KBPTokensregexExtractor coreNlp = new KBPTokensregexExtractor(directory);
    double coreNlps = coreNlp.classify(pair).second;
    double kgs = new KbpRuleExtractor(coreNlp, directory).classify(pair).second;
    System.out.println("coreNlp " + coreNlps + " kg " + kgs);
  }

  /** The sentence as the annotators before KBP leave it (words, lemmas, tags, NER), without their models. */
  private static edu.stanford.nlp.simple.Sentence sentence() {
    String[][] words = {
      {"Anna", "Anna", "NNP", "PERSON"}, {"Berg", "Berg", "NNP", "PERSON"}, {",", ",", ",", "O"},
      {"born", "bear", "VBN", "O"}, {"in", "in", "IN", "O"}, {"Bergen", "Bergen", "NNP", "CITY"},
      {",", ",", ",", "O"}, {"joined", "join", "VBD", "O"}, {"the", "the", "DT", "O"},
      {"orchestra", "orchestra", "NN", "O"}, {".", ".", ".", "O"}};
    StringBuilder text = new StringBuilder();
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && Character.isLetter(words[i][0].charAt(0))) {
        text.append(' ');
      }
      CoreLabel token = new CoreLabel();
      token.setWord(words[i][0]);
      token.setOriginalText(words[i][0]);
      token.setValue(words[i][0]);
      token.setLemma(words[i][1]);
      token.setTag(words[i][2]);
      token.setNER(words[i][3]);
      token.setIndex(i + 1);
      token.setSentIndex(0);
      token.setBeginPosition(text.length());
      text.append(words[i][0]);
      token.setEndPosition(text.length());
      tokens.add(token);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sentence.set(CoreAnnotations.TextAnnotation.class, text.toString());
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
    Annotation document = new Annotation(text.toString());
    document.set(CoreAnnotations.TokensAnnotation.class, tokens);
    document.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    return new Document(new Properties(), new ProtobufAnnotationSerializer(false).toProto(document)).sentence(0);
  }
}
