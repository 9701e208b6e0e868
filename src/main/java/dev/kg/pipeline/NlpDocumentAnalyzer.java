package dev.kg.pipeline;

import dev.kg.extract.DocumentAnalyzer;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.EntityExtractor;
import dev.kg.extract.event.EventExtractor;
import dev.kg.extract.relation.RelationExtractor;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.CoreNlpAnnotator;
import java.util.function.Supplier;

/**
 * The production {@link DocumentAnalyzer}: CoreNLP annotation followed by entity extraction, then
 * relations and quotations between those entities, and events.
 *
 * <pre>{@code
 * DocumentAnalyzer analyzer = new NlpDocumentAnalyzer(CoreNlpAnnotator::shared);
 * DocumentExtraction extraction = analyzer.analyze(document);
 * }</pre>
 */
public final class NlpDocumentAnalyzer implements DocumentAnalyzer {

  private final Supplier<CoreNlpAnnotator> annotator;
  private final EntityExtractor entities = new EntityExtractor();
  private final RelationExtractor relations = new RelationExtractor();
  private final EventExtractor events = new EventExtractor();

  /**
   * @param annotator asked for the annotator on the first document, so a run with nothing new to
   *     annotate never pays for loading the models
   */
  public NlpDocumentAnalyzer(Supplier<CoreNlpAnnotator> annotator) {
    this.annotator = annotator;
  }

  @Override
  public DocumentExtraction analyze(SourceDocument document) {
    return analyze(document, annotator.get().annotate(document.text(), document.published()));
  }

  /**
   * The same extraction over an annotation of the document's text made elsewhere (saved CoreNLP
   * annotations replayed by a benchmark); the annotator is not asked for.
   */
  public DocumentExtraction analyze(SourceDocument document, AnnotatedText annotated) {
    DocumentExtraction extraction = relations.extract(entities.extract(document, annotated), annotated);
    return new DocumentExtraction(
        document,
        extraction.sentences(),
        extraction.entities(),
        extraction.mentions(),
        extraction.relations(),
        extraction.quotes(),
        events.extract(extraction, annotated));
  }
}
