package dev.kg.eval;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import dev.kg.nlp.CoreNlpRelationAnnotator.Found;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's own relations on a CoNLL04 sentence, in the corpus's labels, to score beside kg's: what
 * its {@code kbp} annotator says, taken as it is (every slot with a CoNLL04 counterpart, any
 * confidence, spans as KBP gives them), and what its {@code relation} annotator says, whose labels
 * are the corpus's own. kg adds nothing to either.
 *
 * <pre>{@code
 * List<Conll04Relation> kbp = Conll04Baselines.kbp(sentence, annotated);
 * }</pre>
 */
public final class Conll04Baselines {

  /** KBP slot to CoNLL04 label, for slots whose subject is the label's first argument. */
  private static final Map<String, String> KBP_FORWARD =
      Map.ofEntries(
          Map.entry("per:employee_or_member_of", "Work_For"),
          Map.entry("per:countries_of_residence", "Live_In"),
          Map.entry("per:cities_of_residence", "Live_In"),
          Map.entry("per:stateorprovinces_of_residence", "Live_In"),
          Map.entry("per:city_of_birth", "Live_In"),
          Map.entry("per:stateorprovince_of_birth", "Live_In"),
          Map.entry("per:country_of_birth", "Live_In"),
          Map.entry("org:country_of_headquarters", "OrgBased_In"),
          Map.entry("org:city_of_headquarters", "OrgBased_In"),
          Map.entry("org:stateorprovince_of_headquarters", "OrgBased_In"));

  /** KBP slots whose object is the label's first argument. */
  private static final Map<String, String> KBP_REVERSE = Map.of("org:top_members_employees", "Work_For");

  private Conll04Baselines() {}

  /** KBP's relations in {@code annotated} (the sentence annotated with its own tokens) that have a CoNLL04 label. */
  public static List<Conll04Relation> kbp(Conll04Sentence sentence, AnnotatedText annotated) {
    Set<Conll04Relation> result = new LinkedHashSet<>();
    for (KbpRelation relation : annotated.kbpRelations()) {
      List<Integer> subject = sentence.tokenSpan(relation.subjectStart(), relation.subjectEnd());
      List<Integer> object = sentence.tokenSpan(relation.objectStart(), relation.objectEnd());
      String forward = KBP_FORWARD.get(relation.relation());
      String reverse = KBP_REVERSE.get(relation.relation());
      if (forward != null) {
        result.add(new Conll04Relation(sentence.doc(), forward, subject, object));
      } else if (reverse != null) {
        result.add(new Conll04Relation(sentence.doc(), reverse, object, subject));
      }
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
