package dev.kg.extract;

import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.CoreNlpAnnotator;

/**
 * The production {@link DocumentAnalyzer}: CoreNLP annotation followed by entity extraction.
 *
 * <pre>{@code
 * DocumentAnalyzer analyzer = new NlpDocumentAnalyzer(CoreNlpAnnotator.shared());
 * DocumentExtraction extraction = analyzer.analyze(document);
 * }</pre>
 */
public final class NlpDocumentAnalyzer implements DocumentAnalyzer {

  private final CoreNlpAnnotator annotator;
  private final EntityExtractor entities = new EntityExtractor();

  public NlpDocumentAnalyzer(CoreNlpAnnotator annotator) {
    this.annotator = annotator;
  }

  @Override
  public DocumentExtraction analyze(SourceDocument document) {
    return entities.extract(document, annotator.annotate(document.text(), document.published()));
  }
}
