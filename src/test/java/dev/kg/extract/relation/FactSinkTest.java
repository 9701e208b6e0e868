package dev.kg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.extract.Relation;
import dev.kg.ingest.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactSinkTest {

  @Test
  void shouldQuoteAPronounEndByTheNearestNameBeforeItAndElseTheFirstAfterIt() {
    // given a pronoun after two mentions of its name, and one before its sentence names it
    String text = "Okafor left the van and the crew took Okafor away after he was shot by Brandt ."
        + " When he woke , Okafor called Brandt .";
    FactSink sink = new FactSink(new EntityIndex(new DocumentExtraction(
        new SourceDocument("t", null, null, null, null, "t", text, "0"),
        List.of(new Span(0, 79), new Span(80, text.length())),
        List.of(new Entity("person:okafor", EntityType.PERSON, null, "Okafor", List.of("Okafor")),
            new Entity("person:brandt", EntityType.PERSON, null, "Brandt", List.of("Brandt"))),
        List.of(okafor(0, 0, 6), okafor(0, 38, 44), he(0, 56, 58), brandt(0, 71, 77),
            he(1, 85, 87), okafor(1, 95, 101), brandt(1, 109, 115)))));

    // when
    sink.add("KILLED", brandt(0, 71, 77), he(0, 56, 58), 1.0, 0, null, null, "killing");
    sink.add("AFFILIATED_WITH", he(1, 85, 87), brandt(1, 109, 115), 1.0, 1, null, null, "test");

    // then
    assertThat(sink.relations()).extracting(Relation::object, Relation::subject)
        .containsExactly(
            tuple(new Span(38, 44), new Span(71, 77)),
            tuple(new Span(109, 115), new Span(95, 101)));
  }

  private static Mention okafor(int sentence, int start, int end) {
    return new Mention("person:okafor", start, end, sentence, "Okafor", "PERSON");
  }

  private static Mention brandt(int sentence, int start, int end) {
    return new Mention("person:brandt", start, end, sentence, "Brandt", "PERSON");
  }

  private static Mention he(int sentence, int start, int end) {
    return new Mention("person:okafor", start, end, sentence, "he", "PRONOUN");
  }
}
