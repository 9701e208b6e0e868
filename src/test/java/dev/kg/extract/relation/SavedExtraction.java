package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.EntityExtractor;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedFixtures;
import dev.kg.nlp.AnnotatedText;
import java.util.List;

/** A text's entities, relations and quotes, extracted from its saved annotation ({@link AnnotatedFixtures}). */
final class SavedExtraction {

  private SavedExtraction() {}

  static DocumentExtraction of(String text) {
    return extract(text, AnnotatedFixtures.of(text));
  }

  /**
   * The same with CoreNLP's KBP relations left out, so that what is found comes from kg's parse
   * patterns alone (KBP finds some of what they find, and the more confident finding is kept).
   */
  static DocumentExtraction withoutKbp(String text) {
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    return extract(text, new AnnotatedText(
        annotated.sentences(), annotated.entityMentions(), annotated.corefChains(), List.of(), annotated.quotations()));
  }

  /** The same with CoreNLP's KBP relations replaced by {@code kbp}, to test how kg reads a KBP slot. */
  static DocumentExtraction withKbp(String text, List<AnnotatedText.KbpRelation> kbp) {
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    return extract(text, new AnnotatedText(
        annotated.sentences(), annotated.entityMentions(), annotated.corefChains(), kbp, annotated.quotations()));
  }

  /** The same with CoreNLP's quotations replaced by {@code quotations}, to test what kg makes of its quote attribution. */
  static DocumentExtraction withQuotations(String text, List<AnnotatedText.Quotation> quotations) {
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    return extract(text, new AnnotatedText(
        annotated.sentences(), annotated.entityMentions(), annotated.corefChains(), annotated.kbpRelations(), quotations));
  }

  /** The same with CoreNLP's coreference chains replaced by {@code chains}, to test what kg makes of a wrong one. */
  static DocumentExtraction withCorefChains(String text, List<AnnotatedText.CorefChain> chains) {
    AnnotatedText annotated = AnnotatedFixtures.of(text);
    return extract(text, new AnnotatedText(
        annotated.sentences(), annotated.entityMentions(), chains, annotated.kbpRelations(), annotated.quotations()));
  }

  private static DocumentExtraction extract(String text, AnnotatedText annotated) {
    SourceDocument document = new SourceDocument("test", null, null, null, null, "test.txt", text, "0");
    return new RelationExtractor().extract(new EntityExtractor().extract(document, annotated), annotated);
  }
}
