package dev.kg.nlp;

import edu.stanford.nlp.ie.KBPEnsembleExtractor;
import edu.stanford.nlp.ie.KBPRelationExtractor;
import edu.stanford.nlp.ie.KBPTokensregexExtractor;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.KBPAnnotator;
import edu.stanford.nlp.simple.Sentence;
import edu.stanford.nlp.util.Pair;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's {@code kbp} annotator, read from the same {@code kbp.*} properties and run as it is, with
 * each candidate pair classified on its sentence's own NER tags and its TokensRegex rules weighed in
 * the order of their files: the same text gives the same relations and confidences whatever the JVM
 * annotated before.
 *
 * <p>CoreNLP 4.5.10's annotator does not. Its TokensRegex and Semgrex extractors mark a pair by giving
 * its words the pair's entity types where they are tagged {@code O} (a pronoun KBP counts as a person:
 * "he", "his") and never restore the tags. They do it in the view of the sentence that {@code
 * simple.Document} deserialises once and keeps behind a soft reference, the view the statistical
 * classifier's dependency features read too. So a pair scores differently after pairs that tagged a
 * pronoun of its sentence: its result depends on the order of the pairs (from a hash map of mentions
 * whose hash codes include {@code Class} identity hashes, different in every JVM) and on whether the
 * collector has cleared the soft reference meanwhile. Here the view's tags are restored before each
 * pair, so every pair is classified as the first one on a freshly deserialised sentence is. The order
 * still decides one thing: of two pairs with the same subject, relation and object text (coreferent
 * mentions count as their chain's name) and the same confidence, CoreNLP keeps the first.
 *
 * <p>Its TokensRegex extractor also takes the weight of a pair two of its rules match in an order set
 * by the JVM's identity hash codes; {@link KbpRuleExtractor} takes its place.
 *
 * <p>Registered with CoreNLP as a custom annotator (see {@link #NAME}); CoreNLP builds it:
 *
 * <pre>{@code
 * properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref," + KbpAnnotator.NAME);
 * properties.setProperty("customAnnotatorClass." + KbpAnnotator.NAME, KbpAnnotator.class.getName());
 * }</pre>
 */
public final class KbpAnnotator implements Annotator {

  /** The name kg's annotator lists give it in place of {@code kbp}. */
  public static final String NAME = "kgkbp";

  // The annotator's extractor is a public final field it builds from its properties and calls from
  // the middle of annotate(); it is replaced as it is rather than the annotator copied.
  private static final Field EXTRACTOR = extractorField();

  private final KBPAnnotator coreNlp;

  /** Called by CoreNLP with the pipeline's properties; reads the {@code kbp.*} ones as CoreNLP's kbp. */
  public KbpAnnotator(String name, Properties properties) {
    this.coreNlp = new KBPAnnotator("kbp", properties);
    withOrderedRules((KBPEnsembleExtractor) coreNlp.extractor,
        properties.getProperty("kbp.tokensregex", DefaultPaths.DEFAULT_KBP_TOKENSREGEX_DIR));
    try {
      EXTRACTOR.set(coreNlp, new FreshSentenceExtractor(coreNlp.extractor));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot give CoreNLP's KBPAnnotator kg's extractor", e);
    }
  }

  /**
   * Puts a {@link KbpRuleExtractor} in the place of CoreNLP's TokensRegex extractor among the
   * ensemble's extractors, whose order is their precedence.
   */
  private static void withOrderedRules(KBPEnsembleExtractor ensemble, String directory) {
    for (int e = 0; e < ensemble.extractors.length; e++) {
      if (ensemble.extractors[e] instanceof KBPTokensregexExtractor rules) {
        ensemble.extractors[e] = new KbpRuleExtractor(rules, directory);
      }
    }
  }

  @Override
  public void annotate(Annotation annotation) {
    coreNlp.annotate(annotation);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return coreNlp.requires();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return coreNlp.requirementsSatisfied();
  }

  private static Field extractorField() {
    try {
      Field field = KBPAnnotator.class.getField("extractor");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("CoreNLP's KBPAnnotator has no extractor; kg needs CoreNLP 4.5.10", e);
    }
  }

  /** CoreNLP's extractors, given each pair's sentence with the tags it was deserialised with. */
  static final class FreshSentenceExtractor implements KBPRelationExtractor {

    private final KBPRelationExtractor extractors;

    FreshSentenceExtractor(KBPRelationExtractor extractors) {
      this.extractors = extractors;
    }

    @Override
    public Pair<String, Double> classify(KBPInput input) {
      restoreTags(input.sentence);
      return extractors.classify(input);
    }

    /**
     * Gives the words of the sentence's view the tags it was deserialised with, undoing what the
     * extractors set for the pairs before. They read the view the document caches, this one, or,
     * should the collector clear the cache meanwhile, a fresh one with the same tags.
     */
    private static void restoreTags(Sentence sentence) {
      List<String> tags = sentence.nerTags();
      List<CoreLabel> words = sentence.asCoreMap().get(CoreAnnotations.TokensAnnotation.class);
      for (int t = 0; t < words.size(); t++) {
        words.get(t).setNER(tags.get(t));
      }
    }
  }
}
