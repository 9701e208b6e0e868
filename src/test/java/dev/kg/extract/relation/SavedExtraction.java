package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.EntityExtractor;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedFixtures;
import dev.kg.nlp.AnnotatedText;

/** A text's entities, relations and quotes, extracted from its saved annotation ({@link AnnotatedFixtures}). */
final class SavedExtraction {

  private SavedExtraction() {}

  static DocumentExtraction of(String text) {
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    SourceDocument document = new SourceDocument("test", null, null, null, null, "test.txt", text, "0");
    return new RelationExtractor().extract(new EntityExtractor().extract(document, annotated), annotated);
  }
}
