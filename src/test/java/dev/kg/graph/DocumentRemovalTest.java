package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.export.GraphExporter;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.LocationKind;
import dev.kg.layers.UsesNeo4j;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Removing a document leaves the graph a build without it would have made. */
@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class DocumentRemovalTest {

  private static final Entity KIM = person("person:kim-jong-un", "Kim Jong Un", "Kim");
  private static final Entity KIM_HYPHENATED = person("person:kim-jong-un", "Kim Jong-un");
  private static final Entity PUTIN = person("person:vladimir-putin", "Vladimir Putin", "Putin");
  private static final Entity SHOIGU = person("person:sergei-shoigu", "Sergei Shoigu");
  private static final Entity KCNA = organization("organization:kcna", "KCNA");
  private static final Entity PYONGYANG = location("location:pyongyang", LocationKind.CITY, "Pyongyang");
  private static final Entity MOSCOW = location("location:moscow", LocationKind.CITY, "Moscow");
  private static final Entity LAVROV = person("person:sergei-lavrov", "Sergei Lavrov");

  private final TestNeo4j server;
  private final GraphWriter writer;

  DocumentRemovalTest(TestNeo4j server) {
    this.server = server;
    this.writer = new GraphWriter(server.driver());
  }

  @Test
  void shouldLeaveTheGraphABuildWithoutTheDocumentMakes() {
    // given: B shares entities and sentence pairs with A and C, is the only one to spell Kim
    // Jong-un with a hyphen, and the only one that names Shoigu, Lavrov and Moscow, so the lookup
    // key part:sergei belongs to two names only B uses
    DocumentExtraction a = a();
    DocumentExtraction b = b();
    DocumentExtraction c = c();
    writer.write(a);
    writer.write(b);
    writer.write(c);

    // when
    writer.remove("b");
    String afterRemoval = export();
    server.empty();
    writer.write(a);
    writer.write(c);

    // then the two exports are equal node for node, lookup keys included
    assertThat(afterRemoval)
        .isEqualTo(export())
        .contains("person:kim-jong-un")
        .doesNotContain("Shoigu", "Lavrov", "part:sergei", "Moscow", "Kim Jong-un");
  }

  @Test
  void shouldLeaveNothingWhenTheLastDocumentGoes() {
    // given
    writer.write(a());
    writer.write(b());

    // when
    writer.remove("a");
    writer.remove("b");

    // then
    assertThat(export().strip()).isEqualTo("{\"nodes\":[],\"relationships\":[]}");
  }

  private static DocumentExtraction a() {
    return document("a", "Kim Jong Un met Vladimir Putin in Pyongyang. KCNA reported it.")
        .mention(KIM, "Kim Jong Un").mention(PUTIN, "Vladimir Putin").mention(PYONGYANG, "Pyongyang")
        .mention(KCNA, "KCNA").build();
  }

  private static DocumentExtraction b() {
    return document("b", "Kim Jong-un and Putin met Sergei Shoigu in Moscow. Kim Jong-un left. Kim Jong-un waved with Sergei Lavrov.")
        .mention(KIM_HYPHENATED, "Kim Jong-un").mention(PUTIN, "Putin").mention(SHOIGU, "Sergei Shoigu")
        .mention(MOSCOW, "Moscow").mention(KIM_HYPHENATED, "Kim Jong-un").mention(KIM_HYPHENATED, "Kim Jong-un")
        .mention(LAVROV, "Sergei Lavrov").build();
  }

  private static DocumentExtraction c() {
    return document("c", "Putin praised Kim in Pyongyang. KCNA quoted him.")
        .mention(PUTIN, "Putin").mention(KIM, "Kim").mention(PYONGYANG, "Pyongyang").mention(KCNA, "KCNA")
        .mention(PUTIN, "him", "PRONOUN").build();
  }

  private String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(server.driver()).export(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
