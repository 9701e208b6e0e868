package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import edu.stanford.nlp.ie.KBPRelationExtractor;
import edu.stanford.nlp.ie.KBPRelationExtractor.KBPInput;
import edu.stanford.nlp.ie.KBPRelationExtractor.NERTag;
import edu.stanford.nlp.ie.KBPRelationExtractor.RelationType;
import edu.stanford.nlp.ie.machinereading.structure.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.KBPAnnotator;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.simple.Document;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * kg's KBP annotator classifies every candidate pair on its sentence's own tags, so its relations and
 * confidences do not depend on which pairs, or which texts, came before; CoreNLP's do.
 */
@UsesCoreNlp
class KbpAnnotatorTest {

  // "he" is a person mention whose word is tagged O. CoreNLP's extractors tag it PERSON while they
  // classify a pair it belongs to and leave the tag for the pairs after it: in one run Beckham's
  // birthplace scored 0.504 after those pairs and 0.491 in the reverse order, Real Madrid's city
  // 0.720 against 0.771 on a freshly deserialised sentence.
  private static final String PRONOUNS =
      "His son, David Beckham, who plays for Real Madrid, said he was born in London.";
  private static final String OTHER =
      "Anna Berg, born in Bergen, joined the orchestra in 1990. Acme Corp, based in Boston, hired "
          + "Maria Lopez, the former chief executive of Northwind Bank. She said she would move there.";

  private static final Properties PROPERTIES = CoreNlpAnnotator.defaultProperties();

  @Test
  void shouldScoreEachPairAlikeWhicheverPairsCameBefore() {
    // given the candidate pairs of a sentence with a pronoun mention, on which CoreNLP's extractors
    // score a pair differently depending on the pairs classified before it
    Properties beforeKbp = new Properties();
    beforeKbp.putAll(PROPERTIES);
    beforeKbp.setProperty("annotators", "tokenize,ssplit,pos,lemma," + FineGrainedNerAnnotator.NAME + ",depparse,coref");
    Annotation annotation = new Annotation(PRONOUNS);
    new StanfordCoreNLP(beforeKbp).annotate(annotation);
    KBPRelationExtractor coreNlps = new KBPAnnotator("kbp", PROPERTIES).extractor;
    assertThat(scores(coreNlps, annotation, false)).isNotEqualTo(scores(coreNlps, annotation, true));

    // when kg's extractor scores them in textual and in reverse order
    KBPRelationExtractor kgs = new KbpAnnotator.FreshSentenceExtractor(coreNlps);
    Map<String, String> forward = scores(kgs, annotation, false);
    Map<String, String> reversed = scores(kgs, annotation, true);

    // then
    assertThat(forward).containsKey("David Beckham -> London").isEqualTo(reversed);
    assertThat(forward.get("David Beckham -> London")).startsWith("per:city_of_birth");
  }

  @Test
  void shouldAnnotateTheSameTextAlikeWhateverWasAnnotatedBefore() {
    // given
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
    List<KbpRelation> first = annotator.annotate(PRONOUNS, null).kbpRelations();

    // when other texts, one of them ending with the same sentence, are annotated in between
    annotator.annotate(OTHER, null);
    annotator.annotate(OTHER + " " + PRONOUNS, null);
    List<KbpRelation> again = annotator.annotate(PRONOUNS, null).kbpRelations();

    // then the same relations, in the same order, with the same confidences
    assertThat(first).isNotEmpty().isEqualTo(again);
  }

  /**
   * What {@code extractor} makes of each type-compatible pair of the document's first sentence, the
   * pairs given to it in textual order or reversed, all on one deserialised document as CoreNLP's
   * annotator gives them.
   */
  private static Map<String, String> scores(KBPRelationExtractor extractor, Annotation annotation, boolean reverse) {
    Document document = new Document(PROPERTIES, new ProtobufAnnotationSerializer(false).toProto(annotation));
    CoreMap sentence = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    List<CoreMap> mentions = new ArrayList<>(sentence.get(CoreAnnotations.MentionsAnnotation.class));
    if (reverse) {
      Collections.reverse(mentions);
    }
    Map<String, String> result = new TreeMap<>();
    for (CoreMap subject : mentions) {
      for (CoreMap object : mentions) {
        Optional<NERTag> subjectType = type(subject);
        Optional<NERTag> objectType = type(object);
        if (subject != object && subjectType.isPresent() && objectType.isPresent()
            && RelationType.plausiblyHasRelation(subjectType.get(), objectType.get())) {
          var prediction = extractor.classify(
              new KBPInput(span(subject), span(object), subjectType.get(), objectType.get(), document.sentence(0)));
          result.put(text(subject) + " -> " + text(object), prediction.first + " " + prediction.second);
        }
      }
    }
    return result;
  }

  private static Optional<NERTag> type(CoreMap mention) {
    return NERTag.fromString(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class));
  }

  private static String text(CoreMap mention) {
    return mention.get(CoreAnnotations.TextAnnotation.class);
  }

  private static Span span(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    return new Span(tokens.get(0).index() - 1, tokens.get(tokens.size() - 1).index());
  }
}
