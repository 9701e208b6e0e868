package dev.kg.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.ingest.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIndexTest {

  @Test
  void shouldTakeThePronounsNameToBeTheNearestBeforeItAndElseTheFirstAfterIt() {
    // given "Okafor left the van and the crew took Okafor away after he fell ." and, in a second
    // sentence, "When he woke , Okafor called Okafor 's brother ."
    String text = "Okafor left the van and the crew took Okafor away after he fell . When he woke , Okafor called Okafor 's brother .";
    Mention first = name(0, 0, 6);
    Mention second = name(0, 38, 44);
    Mention fell = pronoun(0, 56, 58);
    Mention later = name(1, 81, 87);
    Mention woke = pronoun(1, 71, 73);
    EntityIndex index = new EntityIndex(new DocumentExtraction(
        new SourceDocument("t", null, null, null, null, "t", text, "0"),
        List.of(new DocumentExtraction.Span(0, 64), new DocumentExtraction.Span(65, text.length())),
        List.of(new Entity("person:okafor", EntityType.PERSON, null, "Okafor", List.of("Okafor"))),
        List.of(first, second, fell, woke, later, name(1, 95, 101))));

    // when / then
    assertThat(index.antecedentName(fell)).contains(second);
    assertThat(index.antecedentName(woke)).contains(later);
  }

  private static Mention name(int sentence, int start, int end) {
    return new Mention("person:okafor", start, end, sentence, "Okafor", "PERSON");
  }

  private static Mention pronoun(int sentence, int start, int end) {
    return new Mention("person:okafor", start, end, sentence, "he", "PRONOUN");
  }
}
