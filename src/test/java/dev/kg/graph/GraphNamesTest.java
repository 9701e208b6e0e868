package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.Entity;
import dev.kg.layers.UsesNeo4j;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.NameUse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class GraphNamesTest {

  private static final Entity PUTIN = person("person:putin", "Putin");
  private static final Entity VLADIMIR_PUTIN = person("person:vladimir-putin", "Vladimir Putin");
  private static final Entity KIM = person("person:kim", "Kim");
  private static final Entity KIM_JONG_UN = person("person:kim-jong-un", "Kim Jong Un");
  private static final Entity KIM_YO_JONG = person("person:kim-yo-jong", "Kim Yo Jong");
  private static final Entity KIM_ORGANIZATION = organization("organization:kim", "Kim");
  private static final Entity UN = organization("organization:un", "UN");
  private static final Entity UNITED_NATIONS = organization("organization:united-nations", "United Nations");

  private final Driver driver;

  GraphNamesTest(Driver driver) {
    this.driver = driver;
  }

  @Test
  void shouldAnswerWithTheNamesTheTransactionHasJustCounted() {
    try (Session session = driver.session()) {
      session.executeWriteWithoutResult(tx -> {
        // given a corpus that only says "Putin", read once
        tx.run("CREATE (:Document {id: 'short'}), (:Document {id: 'full'})").consume();
        GraphNames names = new GraphNames(tx);
        names.add("short", DocumentNames.of(document("short", "Putin spoke.").mention(PUTIN, "Putin").build()));
        assertThat(names.uses(List.of("putin", "vladimir-putin")))
            .containsExactly(Map.entry("putin", new NameUse("putin", 1, 0, 0)));
        assertThat(names.namesWith(List.of("part:putin"), 5)).isEmpty();

        // when a document with the full name is counted
        names.add(
            "full",
            DocumentNames.of(
                document("full", "Vladimir Putin spoke.").mention(VLADIMIR_PUTIN, "Vladimir Putin").build()));

        // then the same questions get the new answers
        assertThat(names.uses(List.of("putin", "vladimir-putin")))
            .containsOnlyKeys("putin", "vladimir-putin");
        assertThat(names.namesWith(List.of("part:putin"), 5).get("part:putin"))
            .extracting(NameUse::key)
            .containsExactly("vladimir-putin");

        // and when the first document's uses are taken back
        names.forget("short");

        // then
        assertThat(names.uses(List.of("putin", "vladimir-putin"))).containsOnlyKeys("vladimir-putin");
      });
    }
  }

  @Test
  void shouldKnowAfterCountingADocumentWhatTheGraphWouldAnswer() {
    try (Session session = driver.session()) {
      session.executeWriteWithoutResult(tx -> {
        // given names stored, and answers read before a document is counted
        tx.run("CREATE (:Document {id: 'stored'}), (:Document {id: 'new'})").consume();
        GraphNames names = new GraphNames(tx);
        names.add("stored", DocumentNames.of(document("stored", "Kim Jong Un met Kim. The UN spoke.")
            .mention(KIM_JONG_UN, "Kim Jong Un").mention(KIM, "Kim").mention(UN, "UN").build()));
        List<String> keys = List.of("kim", "kim-jong-un", "kim-yo-jong", "un", "united-nations");
        List<String> lookupKeys = List.of("part:kim", "part:jong", "part:un", "initials:un", "initials:kyj", "tail:jong-un");
        names.uses(keys);
        names.namesWith(lookupKeys, 5);
        names.namesWith(lookupKeys, 1);

        // when a document is counted with a name already used, one used as another type, and new ones
        names.add("new", DocumentNames.of(document("new", "Kim Yo Jong and Kim Jong Un met Kim at the United Nations. Kim won.")
            .mention(KIM_YO_JONG, "Kim Yo Jong").mention(KIM_JONG_UN, "Kim Jong Un").mention(KIM, "Kim")
            .mention(UNITED_NATIONS, "United Nations").mention(KIM_ORGANIZATION, "Kim").build()));

        // then its answers are the graph's own
        GraphNames graph = new GraphNames(tx);
        assertThat(names.uses(keys)).isEqualTo(graph.uses(keys));
        assertThat(sorted(names.namesWith(lookupKeys, 5))).isEqualTo(sorted(graph.namesWith(lookupKeys, 5)));
        assertThat(names.namesWith(lookupKeys, 1)).allSatisfy((lookupKey, found) -> assertThat(found).hasSize(1));
        assertThat(names.namesWith(lookupKeys, 1).keySet()).isEqualTo(graph.namesWith(lookupKeys, 1).keySet());
      });
    }
  }

  private static Map<String, List<NameUse>> sorted(Map<String, List<NameUse>> names) {
    Map<String, List<NameUse>> sorted = new TreeMap<>();
    names.forEach(
        (lookupKey, found) ->
            sorted.put(lookupKey, found.stream().sorted(Comparator.comparing(NameUse::key)).toList()));
    return sorted;
  }
}
