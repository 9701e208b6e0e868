package dev.kg.extract;

import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.CoreNlpAnnotator;
import java.util.function.Supplier;

/**
 * The production {@link DocumentAnalyzer}: CoreNLP annotation followed by entity extraction.
 *
 * <pre>{@code
 * DocumentAnalyzer analyzer = new NlpDocumentAnalyzer(CoreNlpAnnotator::shared);
 * DocumentExtraction extraction = analyzer.analyze(document);
 * }</pre>
 */
public final class NlpDocumentAnalyzer implements DocumentAnalyzer {

  private final Supplier<CoreNlpAnnotator> annotator;
  private final EntityExtractor entities = new EntityExtractor();

  /**
   * @param annotator asked for the annotator on the first document, so a run with nothing new to
   *     annotate never pays for loading the models
   */
  public NlpDocumentAnalyzer(Supplier<CoreNlpAnnotator> annotator) {
    this.annotator = annotator;
  }

  @Override
  public DocumentExtraction analyze(SourceDocument document) {
    return entities.extract(document, annotator.get().annotate(document.text(), document.published()));
  }
}
