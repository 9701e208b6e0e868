package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.ingest.SourceDocument;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared annotator skips an annotator on a document its output cannot reach the graph from; the
 * extraction must be what running every annotator on every document gives.
 */
@UsesCoreNlp
class SelectiveAnnotationTest {

  private static final String QUOTED =
      "Northwind Bank opens office in Oslo\n\n"
          + "Maria Lopez, the chief executive of Northwind Bank, visited Oslo on Monday. She met the "
          + "mayor of Oslo, Erik Strand, at the city hall. \"We will open an office here next year,\" "
          + "Lopez said. Strand welcomed the plan.";
  private static final String UNQUOTED =
      "Northwind Bank opens office in Oslo\n\n"
          + "Maria Lopez, the chief executive of Northwind Bank, visited Oslo on Monday. She met the "
          + "mayor of Oslo, Erik Strand, at the city hall. Lopez said that the bank would open an "
          + "office in the city next year. He welcomed the plan.";
  private static final String PLAIN =
      "Storm closes roads\n\n"
          + "Heavy rain fell across Norway on Tuesday. Several roads near Bergen were closed and schools "
          + "shut early as rivers rose.";

  private final NlpDocumentAnalyzer selective = new NlpDocumentAnalyzer(CoreNlpAnnotator::shared);
  private final NlpDocumentAnalyzer full = new NlpDocumentAnalyzer(CoreNlpAnnotator::unselective);

  @Test
  void shouldExtractFromAQuotedArticleWhatTheFullPipelineDoes() {
    // given an article with a quotation, a pronoun and relations
    SourceDocument article = document("quoted", QUOTED);

    // when
    DocumentExtraction extraction = selective.analyze(article);

    // then
    assertThat(extraction).isEqualTo(full.analyze(article));
    assertThat(extraction.quotes())
        .singleElement()
        .satisfies(quote -> {
          assertThat(quote.text()).startsWith("We will open an office here");
          assertThat(quote.speakerId()).isEqualTo("person:maria-lopez");
        });
    assertThat(relations(extraction)).contains("LIVES_IN person:erik-strand location:oslo");
    assertThat(pronouns(extraction)).contains("She person:maria-lopez");
  }

  @Test
  void shouldExtractFromAnArticleWithoutQuotationMarksWhatTheFullPipelineDoes() {
    // given the same facts told without a quotation mark
    SourceDocument article = document("unquoted", UNQUOTED);

    // when quote attribution is skipped
    DocumentExtraction extraction = selective.analyze(article);

    // then
    assertThat(extraction).isEqualTo(full.analyze(article));
    assertThat(extraction.quotes()).isEmpty();
    assertThat(extraction.entities()).extracting(Entity::name)
        .containsExactlyInAnyOrder("Northwind Bank", "Oslo", "Maria Lopez", "Erik Strand");
    assertThat(relations(extraction))
        .contains(
            "HOLDS_POSITION person:maria-lopez organization:northwind-bank",
            "HOLDS_POSITION person:erik-strand location:oslo");
    assertThat(pronouns(extraction)).contains("She person:maria-lopez");
  }

  @Test
  void shouldExtractFromAnArticleWithoutNamesPronounsOrQuotesWhatTheFullPipelineDoes() {
    // given
    SourceDocument article = document("plain", PLAIN);

    // when
    DocumentExtraction extraction = selective.analyze(article);

    // then
    assertThat(extraction).isEqualTo(full.analyze(article));
    assertThat(extraction.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Norway", "Bergen");
    assertThat(pronouns(extraction)).isEmpty();
    assertThat(extraction.quotes()).isEmpty();
  }

  /** "TYPE subject object" of each relation. */
  private static List<String> relations(DocumentExtraction extraction) {
    return extraction.relations().stream()
        .map(relation -> relation.type() + " " + relation.subjectId() + " " + relation.objectId())
        .toList();
  }

  /** "Text entity" of each mention coreference attached as a pronoun. */
  private static List<String> pronouns(DocumentExtraction extraction) {
    return extraction.mentions().stream()
        .filter(mention -> mention.nerTag().equals("PRONOUN"))
        .map(mention -> mention.text() + " " + mention.entityId())
        .toList();
  }

  private static SourceDocument document(String id, String text) {
    return new SourceDocument(id, null, "Test Wire", "2024-03-04", null, id + ".txt", text, "sha-" + id);
  }
}
