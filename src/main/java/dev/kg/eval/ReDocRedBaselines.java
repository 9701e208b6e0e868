package dev.kg.eval;

import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's own {@code kbp} relations on a Re-DocRED document, in kg's types, to score beside kg's:
 * every slot with a kg counterpart, at any confidence, each end the Re-DocRED entities its span
 * overlaps. kg adds nothing to them. The slots map as kg's own reading of KBP does, plus {@code
 * per:origin} (a nationality) as {@code CITIZEN_OF}, which kg reads through its own patterns instead.
 *
 * <pre>{@code
 * List<ReDocRedTriple> kbp = ReDocRedBaselines.kbp(document, text, annotated);
 * }</pre>
 */
public final class ReDocRedBaselines {

  /** KBP slot to kg type, for slots whose subject is kg's subject. */
  private static final Map<String, String> FORWARD = Map.ofEntries(
      Map.entry("per:employee_or_member_of", "MEMBER_OF"),
      Map.entry("per:origin", "CITIZEN_OF"),
      Map.entry("per:countries_of_residence", "LIVES_IN"),
      Map.entry("per:cities_of_residence", "LIVES_IN"),
      Map.entry("per:stateorprovinces_of_residence", "LIVES_IN"),
      Map.entry("per:city_of_birth", "BORN_IN"),
      Map.entry("per:stateorprovince_of_birth", "BORN_IN"),
      Map.entry("per:country_of_birth", "BORN_IN"),
      Map.entry("org:country_of_headquarters", "LOCATED_IN"),
      Map.entry("org:city_of_headquarters", "LOCATED_IN"),
      Map.entry("org:stateorprovince_of_headquarters", "LOCATED_IN"),
      Map.entry("org:member_of", "MEMBER_OF"),
      Map.entry("org:parents", "AFFILIATED_WITH"),
      Map.entry("org:political/religious_affiliation", "AFFILIATED_WITH"));

  /** KBP slots whose object is kg's subject. */
  private static final Map<String, String> REVERSE = Map.of(
      "org:top_members_employees", "MEMBER_OF",
      "org:members", "MEMBER_OF",
      "org:subsidiaries", "AFFILIATED_WITH");

  private ReDocRedBaselines() {}

  /** KBP's relations in {@code annotated} (the annotation of {@code text}) that have a kg type. */
  public static List<ReDocRedTriple> kbp(ReDocRedDocument document, ReDocRedText text, AnnotatedText annotated) {
    Set<ReDocRedTriple> result = new LinkedHashSet<>();
    for (KbpRelation relation : annotated.kbpRelations()) {
      List<Integer> subjects = text.verticesOver(relation.subjectStart(), relation.subjectEnd());
      List<Integer> objects = text.verticesOver(relation.objectStart(), relation.objectEnd());
      String forward = FORWARD.get(relation.relation());
      String reverse = REVERSE.get(relation.relation());
      for (int subject : subjects) {
        for (int object : objects) {
          if (forward != null) {
            ReDocRedProperties.triple(document, forward, subject, object).ifPresent(result::add);
          } else if (reverse != null) {
            ReDocRedProperties.triple(document, reverse, object, subject).ifPresent(result::add);
          }
        }
      }
    }
    return new ArrayList<>(result);
  }
}
