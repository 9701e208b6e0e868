package dev.kg.eval;

import dev.kg.extract.relation.KbpSlots;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import dev.kg.nlp.CoreNlpRelationAnnotator.Found;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CoreNLP's own relations on a CoNLL04 sentence, in the corpus's labels, to score beside kg's: what
 * its {@code kbp} annotator says, taken as it is (any confidence, spans as KBP gives them), read as
 * kg reads KBP ({@link KbpSlots}: the slot's kg type, direction and argument types) and relabelled as
 * kg's own relations are ({@link Conll04Labels}), and what its {@code relation} annotator says, whose
 * labels are the corpus's own. kg adds nothing to either.
 *
 * <pre>{@code
 * List<Conll04Relation> kbp = Conll04Baselines.kbp(sentence, annotated);
 * }</pre>
 */
public final class Conll04Baselines {

  private Conll04Baselines() {}

  /** KBP's relations in {@code annotated} (the sentence annotated with its own tokens) that have a CoNLL04 label. */
  public static List<Conll04Relation> kbp(Conll04Sentence sentence, AnnotatedText annotated) {
    Set<Conll04Relation> result = new LinkedHashSet<>();
    for (KbpRelation relation : annotated.kbpRelations()) {
      List<Integer> subject = sentence.tokenSpan(relation.subjectStart(), relation.subjectEnd());
      List<Integer> object = sentence.tokenSpan(relation.objectStart(), relation.objectEnd());
      KbpSlots.reading(relation.relation())
          .ifPresent(reading -> Conll04Labels.of(reading.type(), reading.subject(), reading.object())
              .ifPresent(label -> result.add(reading.reversed()
                  ? new Conll04Relation(sentence.doc(), label, object, subject)
                  : new Conll04Relation(sentence.doc(), label, subject, object))));
    }
    return new ArrayList<>(result);
  }

  /** What CoreNLP's {@code relation} annotator found in the sentence, with the annotator's argument order. */
  public static List<Conll04Relation> relationAnnotator(Conll04Sentence sentence, List<Found> found) {
    Set<Conll04Relation> result = new LinkedHashSet<>();
    for (Found relation : found) {
      result.add(new Conll04Relation(sentence.doc(), relation.label(),
          sentence.tokenSpan(relation.first().start(), relation.first().end()),
          sentence.tokenSpan(relation.second().start(), relation.second().end())));
    }
    return new ArrayList<>(result);
  }
}
