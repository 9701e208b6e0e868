package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityExtractor;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.graph.EntityTally.Use;
import dev.kg.ingest.SourceDocument;
import dev.kg.name.CanonicalName;
import dev.kg.nlp.StandInAnnotations;
import dev.kg.resolve.EntityMapping;
import dev.kg.resolve.Resolver.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three places that name an entity (a document's extractor, the mapping of a document's
 * entities to corpus ones, the corpus tally) choose by one {@link CanonicalName}, on the cases where
 * their own orders used to disagree.
 */
class CanonicalNameCallersTest {

  @Test
  void shouldAgreeOnTheMostUsedSpellingWhereLengthUsedToWinInADocument() {
    // given: Zelensky written twice, Zelenskyy once. The extractor and the mapping used to take the
    // longer Zelenskyy, the corpus the Zelensky more documents give.
    String extracted =
        extractedName(
            "Zelensky/PERSON spoke on Monday .", "Zelenskyy/PERSON left .", "Zelensky/PERSON returned .");
    String mapped = mappedName("person:zelensky", "Zelensky", 2, "person:zelenskyy", "Zelenskyy", 1);
    String tallied = talliedName("Zelensky", "Zelensky", "Zelenskyy");

    // then
    assertThat(List.of(extracted, mapped, tallied)).containsOnly("Zelensky");
  }

  @Test
  void shouldAgreeOnTheFullestNameWhereTheCorpusUsedToTakeTheMostDocuments() {
    // given: Putin alone twice, Vladimir Putin once. The extractor and the mapping took Vladimir
    // Putin, the corpus Putin, by two documents to one.
    String extracted =
        extractedName(
            "Putin/PERSON spoke on Monday .", "Vladimir/PERSON Putin/PERSON left .", "Putin/PERSON returned .");
    String mapped = mappedName("person:putin", "Putin", 2, "person:vladimir-putin", "Vladimir Putin", 1);
    String tallied = talliedName("Putin", "Putin", "Vladimir Putin");

    // then
    assertThat(List.of(extracted, mapped, tallied)).containsOnly("Vladimir Putin");
  }

  /** The name the extractor gives the one entity of a document tagged by hand. */
  private static String extractedName(String... sentences) {
    String tagged = String.join("\n", sentences);
    DocumentExtraction extraction =
        new EntityExtractor()
            .extract(
                new SourceDocument("d", null, null, null, null, "d", StandInAnnotations.text(tagged), "0"),
                StandInAnnotations.annotate(tagged));
    assertThat(extraction.entities()).hasSize(1);
    return extraction.entities().get(0).name();
  }

  /**
   * The name the mapping gives two local person entities, written {@code firstCount} and {@code
   * secondCount} times, that are one corpus entity.
   */
  private static String mappedName(
      String firstId, String firstName, int firstCount, String secondId, String secondName, int secondCount) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < firstCount + secondCount; i++) {
      boolean first = i < firstCount;
      String name = first ? firstName : secondName;
      mentions.add(new Mention(first ? firstId : secondId, i * 20, i * 20 + name.length(), i, name, "PERSON"));
    }
    DocumentExtraction local =
        new DocumentExtraction(
            new SourceDocument("d", null, null, null, null, "d", "", "0"),
            List.of(),
            List.of(
                new Entity(firstId, EntityType.PERSON, null, firstName, List.of(firstName)),
                new Entity(secondId, EntityType.PERSON, null, secondName, List.of(secondName))),
            mentions);
    Target corpus = new Target("one", EntityType.PERSON);
    DocumentExtraction mapped = new EntityMapping(Map.of(firstId, corpus, secondId, corpus)).apply(local);
    assertThat(mapped.entities()).hasSize(1);
    return mapped.entities().get(0).name();
  }

  /** The corpus name of an entity each of whose documents gives one of {@code names}. */
  private static String talliedName(String... names) {
    return EntityTally.of(List.of(names).stream().map(name -> new Use(1, name, List.of(name), null)).toList()).name();
  }
}
