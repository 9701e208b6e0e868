package dev.kg.nlp;

import dev.kg.nlp.AnnotatedText.Span;
import edu.stanford.nlp.ie.machinereading.structure.EntityMention;
import edu.stanford.nlp.ie.machinereading.structure.MachineReadingAnnotations;
import edu.stanford.nlp.ie.machinereading.structure.RelationMention;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * CoreNLP's own {@code relation} annotator (Roth and Yih's labels: Work_For, Live_In, OrgBased_In,
 * Located_In, Kill), run only to score kg's relations beside it; ingest does not use it. It needs a
 * constituency parse, which kg's pipeline does not make, so it has a pipeline of its own. Text is
 * pretokenized, one sentence a line, as {@link CoreNlpAnnotator#pretokenized()} reads it.
 *
 * <pre>{@code
 * List<Found> found = CoreNlpRelationAnnotator.pretokenized().annotate("John Smith works for Acme .");
 * }</pre>
 */
public final class CoreNlpRelationAnnotator {

  private static final String NO_RELATION = "_NR";

  private final StanfordCoreNLP pipeline;

  private CoreNlpRelationAnnotator(Properties properties) {
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** Loads the models; build one and reuse it. */
  public static CoreNlpRelationAnnotator pretokenized() {
    Properties properties = CoreNlpAnnotator.defaultProperties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,relation");
    properties.setProperty("tokenize.whitespace", "true");
    properties.setProperty("ssplit.eolonly", "true");
    properties.remove("ssplit.newlineIsSentenceBreak");
    properties.setProperty("parse.maxlen", "100");
    return new CoreNlpRelationAnnotator(properties);
  }

  /** The relations the annotator finds in {@code text}, with its argument order, in sentence order. */
  public List<Found> annotate(String text) {
    Annotation annotation = new Annotation(Objects.requireNonNull(text, "text"));
    pipeline.annotate(annotation);
    List<Found> result = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<RelationMention> relations = sentence.get(MachineReadingAnnotations.RelationMentionsAnnotation.class);
      if (relations == null) {
        continue;
      }
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (RelationMention relation : relations) {
        List<EntityMention> arguments = relation.getEntityMentionArgs();
        if (NO_RELATION.equals(relation.getType()) || arguments.size() != 2) {
          continue;
        }
        result.add(new Found(relation.getType(), span(tokens, arguments.get(0)), span(tokens, arguments.get(1))));
      }
    }
    return result;
  }

  private static Span span(List<CoreLabel> tokens, EntityMention mention) {
    CoreLabel first = tokens.get(mention.getExtentTokenStart());
    CoreLabel last = tokens.get(mention.getExtentTokenEnd() - 1);
    return new Span(first.beginPosition(), last.endPosition(), mention.getExtentString());
  }

  /**
   * One relation.
   *
   * @param label the Roth and Yih label, e.g. {@code Work_For}
   * @param first its first argument (the person of Work_For, the organisation of OrgBased_In, ...)
   * @param second its second argument
   */
  public record Found(String label, Span first, Span second) {}
}
