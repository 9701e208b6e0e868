package dev.kg.eval;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.EntityExtractor;
import dev.kg.extract.Mention;
import dev.kg.extract.Relation;
import dev.kg.extract.relation.RelationExtractor;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs kg's extraction on a Re-DocRED document, as {@code kg ingest} runs it on an article (its text
 * annotated once, entities, then relations), and states kg's relations between the document's
 * entities. A kg entity is each Re-DocRED entity that one of its mentions (names, and the pronouns
 * and descriptions coreference attached) overlaps; a relation between two kg entities is one
 * between every such pair, where {@link ReDocRedProperties} scores its type.
 *
 * <pre>{@code
 * ReDocRedText text = new ReDocRedText(document);
 * Map<ReDocRedTriple, String> predicted = new ReDocRedPredictor().routes(document, text, annotator.annotate(text.text(), null));
 * }</pre>
 */
public final class ReDocRedPredictor {

  private final EntityExtractor entities = new EntityExtractor();
  private final RelationExtractor relations = new RelationExtractor();

  /**
   * The relations kg finds in {@code document}, whose {@code text} was annotated as {@code annotated},
   * each with the route that found it, as {@link Conll04Predictor#routes} names routes.
   */
  public Map<ReDocRedTriple, String> routes(ReDocRedDocument document, ReDocRedText text, AnnotatedText annotated) {
    SourceDocument source = new SourceDocument(document.id(), document.title(), null, null, null,
        "redocred#" + document.id(), text.text(), document.id());
    DocumentExtraction extraction = relations.extract(entities.extract(source, annotated), annotated);
    Map<String, Set<Integer>> vertices = extraction.mentions().stream().collect(Collectors.groupingBy(
        Mention::entityId,
        Collectors.flatMapping(m -> text.verticesOver(m.start(), m.end()).stream(), Collectors.toCollection(TreeSet::new))));
    Map<ReDocRedTriple, Set<String>> predicted = new LinkedHashMap<>();
    for (Relation relation : extraction.relations()) {
      if (relation.objectId() == null) {
        continue;
      }
      for (int subject : vertices.getOrDefault(relation.subjectId(), Set.of())) {
        for (int object : vertices.getOrDefault(relation.objectId(), Set.of())) {
          ReDocRedProperties.triple(document, relation.type(), subject, object)
              .ifPresent(triple -> predicted.computeIfAbsent(triple, key -> new TreeSet<>()).add(Routes.of(relation)));
        }
      }
    }
    return Routes.joined(predicted);
  }
}
