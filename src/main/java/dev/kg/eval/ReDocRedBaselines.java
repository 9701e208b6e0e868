package dev.kg.eval;

import dev.kg.extract.relation.KbpSlots;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CoreNLP's own {@code kbp} relations on a Re-DocRED document, in kg's types, to score beside kg's:
 * every slot with a kg counterpart, at any confidence, each end the Re-DocRED entities its span
 * overlaps. kg adds nothing to them. The slots map as kg's own reading of KBP does ({@link KbpSlots}),
 * plus {@code per:origin} (a nationality) as {@code CITIZEN_OF}, which kg reads through its own
 * patterns instead.
 *
 * <pre>{@code
 * List<ReDocRedTriple> kbp = ReDocRedBaselines.kbp(document, text, annotated);
 * }</pre>
 */
public final class ReDocRedBaselines {

  /** A nationality, which kg reads as citizenship through its own patterns rather than from KBP. */
  private static final String ORIGIN = "per:origin";

  private ReDocRedBaselines() {}

  /** KBP's relations in {@code annotated} (the annotation of {@code text}) that have a kg type. */
  public static List<ReDocRedTriple> kbp(ReDocRedDocument document, ReDocRedText text, AnnotatedText annotated) {
    Set<ReDocRedTriple> result = new LinkedHashSet<>();
    for (KbpRelation relation : annotated.kbpRelations()) {
      List<Integer> subjects = text.verticesOver(relation.subjectStart(), relation.subjectEnd());
      List<Integer> objects = text.verticesOver(relation.objectStart(), relation.objectEnd());
      Optional<String> forward = relation.relation().equals(ORIGIN)
          ? Optional.of("CITIZEN_OF") : KbpSlots.forward(relation.relation());
      Optional<String> reverse = KbpSlots.reverse(relation.relation());
      for (int subject : subjects) {
        for (int object : objects) {
          if (forward.isPresent()) {
            ReDocRedProperties.triple(document, forward.get(), subject, object).ifPresent(result::add);
          } else if (reverse.isPresent()) {
            ReDocRedProperties.triple(document, reverse.get(), object, subject).ifPresent(result::add);
          }
        }
      }
    }
    return new ArrayList<>(result);
  }
}
