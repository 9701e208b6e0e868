package dev.kg.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's {@code ner} annotator with its fine-grained pass done by {@link FineGrainedGazetteer}:
 * the same steps, read from the same {@code ner.*} properties, in the same order (the NER models,
 * SUTime and the number classifiers; the fine-grained gazetteers; the additional TokensRegex rules;
 * fine-grained tags; entity mentions), on the same tokens, but for how two models combine: where
 * {@code ner.model} lists two, the second does not only add the types the first lacks, as in
 * CoreNLP, but votes with the first on every name ({@link ModelVote}). Its fine-grained pass was a sixth of
 * CoreNLP's whole annotation time on news. The tags and mentions are CoreNLP's but for two stated
 * departures ({@link WholeNames}): a gazetteer match does not relabel part of a name the models
 * tagged whole, so "Commonwealth of Independent States" stays one place, nor a place with an entry
 * that may not overwrite places, so "Tibet" is no religion.
 *
 * <p>Registered with CoreNLP as a custom annotator (see {@link #NAME}); CoreNLP builds it:
 *
 * <pre>{@code
 * properties.setProperty("annotators", "tokenize,ssplit,pos,lemma," + FineGrainedNerAnnotator.NAME);
 * properties.setProperty("customAnnotatorClass." + FineGrainedNerAnnotator.NAME,
 *     FineGrainedNerAnnotator.class.getName());
 * }</pre>
 */
public final class FineGrainedNerAnnotator implements Annotator {

  /** The name kg's annotator lists give it in place of {@code ner}. */
  public static final String NAME = "kgner";

  // CoreNLP tags hyphenated words as one token ("Lopez-Ortega") and copies the tags back to the
  // pieces afterwards; its fine-grained pass and rules see the joined tokens. The two steps are
  // private to NERCombinerAnnotator, so they are called as they are rather than copied.
  private static final Method JOIN = nerAnnotatorMethod("annotationWithNERTokenization", Annotation.class);
  private static final Method SPLIT =
      nerAnnotatorMethod("transferNERAnnotationsToAnnotation", Annotation.class, Annotation.class);

  private final NERCombinerAnnotator models;
  private final ModelVote vote;
  private final FineGrainedGazetteer gazetteer;
  private final TokensRegexAnnotator rules;
  private final EntityMentionsAnnotator mentions;
  private final boolean joinHyphenated;

  /** Called by CoreNLP with the pipeline's properties; reads the {@code ner.*} ones as CoreNLP's ner. */
  public FineGrainedNerAnnotator(String name, Properties properties) {
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("ner.fine.regexner.") || key.startsWith("ner.additional.regexner.")
          || key.equals("ner.statisticalOnly") || key.equals("ner.rulesOnly") || key.equals("ner.language")) {
        throw new IllegalArgumentException(
            name + " applies CoreNLP's default fine-grained gazetteers to English only; unsupported property " + key);
      }
    }
    if (!PropertiesUtils.getBool(properties, "ner.applyFineGrained", true)) {
      throw new IllegalArgumentException(name + " is the fine-grained pass; use CoreNLP's ner without it");
    }
    this.joinHyphenated = PropertiesUtils.getBool(properties, "ner.useNERSpecificTokenization", true);
    Properties modelsOnly = new Properties();
    modelsOnly.putAll(properties);
    modelsOnly.setProperty("ner.applyFineGrained", "false");
    modelsOnly.setProperty("ner.buildEntityMentions", "false");
    modelsOnly.setProperty("ner.useNERSpecificTokenization", "false");
    modelsOnly.remove("ner.additional.tokensregex.rules");
    String modelList = properties.getProperty("ner.model");
    String[] models = modelList == null ? new String[0] : modelList.split(",");
    if (models.length > 2) {
      throw new IllegalArgumentException(name + " runs one NER model or two that vote, got " + models.length + ": " + modelList);
    }
    if (models.length == 2) {
      modelsOnly.setProperty("ner.model", models[0]);
      this.vote = ModelVote.load(models[1]);
    } else {
      this.vote = null;
    }
    try {
      this.models = new NERCombinerAnnotator(modelsOnly);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the NER models", e);
    }
    this.gazetteer = FineGrainedGazetteer.kbp();
    String rulesPrefix = "ner.additional.tokensregex";
    this.rules = properties.getProperty(rulesPrefix + ".rules", "").isEmpty()
        ? null
        : new TokensRegexAnnotator(rulesPrefix, PropertiesUtils.extractPrefixedProperties(properties, rulesPrefix + '.', true));
    if (PropertiesUtils.getBool(properties, "ner.buildEntityMentions", true)) {
      String mentionsPrefix = "ner.entitymentions";
      Properties mentionProperties = PropertiesUtils.extractPrefixedProperties(properties, mentionsPrefix + '.', true);
      mentionProperties.setProperty(mentionsPrefix + ".language", "ENGLISH");
      this.mentions = new EntityMentionsAnnotator(mentionsPrefix, mentionProperties);
    } else {
      this.mentions = null;
    }
  }

  @Override
  public void annotate(Annotation annotation) {
    Annotation tagged = joinHyphenated ? (Annotation) invoke(JOIN, annotation) : annotation;
    models.annotate(tagged);
    for (CoreMap sentence : tagged.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (vote != null) {
        vote.tag(tokens, gazetteer::listsPlace);
      }
      WholeNames.tag(gazetteer, tokens);
    }
    if (rules != null) {
      rules.annotate(tagged);
    }
    for (CoreLabel token : tagged.get(CoreAnnotations.TokensAnnotation.class)) {
      token.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, token.ner());
      // The models' pass gave a token without probabilities its tag with -1; CoreNLP does that after
      // the fine-grained pass, so with the tag the token has now.
      Map<String, Double> probabilities = token.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
      if (probabilities != null && probabilities.size() == 1 && probabilities.containsValue(-1.0)) {
        token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, Collections.singletonMap(token.ner(), -1.0));
      }
    }
    if (joinHyphenated) {
      invoke(SPLIT, tagged, annotation);
    }
    if (mentions != null) {
      mentions.annotate(annotation);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return models.requires();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    Set<Class<? extends CoreAnnotation>> satisfied = new HashSet<>(models.requirementsSatisfied());
    if (mentions != null) {
      // What CoreNLP's ner adds when it builds mentions; coreference requires them.
      satisfied.add(CoreAnnotations.MentionsAnnotation.class);
      satisfied.add(CoreAnnotations.EntityTypeAnnotation.class);
      satisfied.add(CoreAnnotations.EntityMentionIndexAnnotation.class);
      satisfied.addAll(mentions.requirementsSatisfied());
    }
    return Collections.unmodifiableSet(satisfied);
  }

  private static Method nerAnnotatorMethod(String name, Class<?>... parameters) {
    try {
      Method method = NERCombinerAnnotator.class.getDeclaredMethod(name, parameters);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("CoreNLP's NERCombinerAnnotator has no " + name + "; kg needs CoreNLP 4.5.10", e);
    }
  }

  private static Object invoke(Method method, Object... arguments) {
    try {
      return method.invoke(null, arguments);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call CoreNLP's " + method.getName(), e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("CoreNLP's " + method.getName() + " failed", e.getCause());
    }
  }
}
