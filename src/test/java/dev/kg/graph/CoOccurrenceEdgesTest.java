package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.LocationKind;
import dev.kg.layers.UsesNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** The CO_OCCURS_WITH edges, as GraphWriter keeps them through writes, replacements and removals. */
@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class CoOccurrenceEdgesTest {

  private static final Entity LIND = person("person:lind", "Lind");
  private static final Entity OZOLS = person("person:ozols", "Ozols");
  private static final Entity NATO = organization("organization:nato", "NATO");
  private static final Entity TALLINN = location("location:tallinn", LocationKind.CITY, "Tallinn");
  private static final Entity RIGA = location("location:riga", LocationKind.CITY, "Riga");

  // Recomputes every edge from the mentions, the slow way, to compare with what the writer keeps.
  private static final String EXPECTED_EDGES =
      """
      MATCH (d:Document)-[:HAS_MENTION]->(x:Mention)-[:REFERS_TO]->(a:Entity),
            (d)-[:HAS_MENTION]->(y:Mention)-[:REFERS_TO]->(b:Entity)
      WHERE x.sentence = y.sentence AND a.id < b.id
      WITH DISTINCT a.id AS first, b.id AS second, d.id AS document, x.sentence AS sentence
      ORDER BY first, second, document, sentence
      WITH first, second, count(*) AS sentences, count(DISTINCT document) AS documents,
           collect(document + '#' + sentence) AS refs
      RETURN first, second, sentences, documents, refs[..5] AS evidence
      ORDER BY first, second
      """;

  private static final String EDGES =
      """
      MATCH (a:Entity)-[c:CO_OCCURS_WITH]->(b:Entity)
      RETURN a.id AS first, b.id AS second, c.sentences AS sentences, c.documents AS documents,
             c.evidence AS evidence
      ORDER BY first, second
      """;

  private final Driver driver;
  private final GraphWriter writer;

  CoOccurrenceEdgesTest(Driver driver) {
    this.driver = driver;
    this.writer = new GraphWriter(driver);
  }

  @Test
  void shouldLinkEntitiesMentionedInOneSentenceOnceFromTheSmallerId() {
    // given
    DocumentExtraction summit =
        document("doc-1", "Lind met Ozols in Tallinn. Lind said she and Ozols agreed. NATO waited.")
            .mention(LIND, "Lind")
            .mention(OZOLS, "Ozols")
            .mention(TALLINN, "Tallinn")
            .mention(LIND, "Lind")
            .mention(LIND, "she", "PRONOUN")
            .mention(OZOLS, "Ozols")
            .mention(NATO, "NATO")
            .build();

    // when
    writer.write(summit);

    // then
    assertThat(edges())
        .containsExactly(
            edge("location:tallinn", "person:lind", 1, 1, "doc-1#0"),
            edge("location:tallinn", "person:ozols", 1, 1, "doc-1#0"),
            edge("person:lind", "person:ozols", 2, 1, "doc-1#0", "doc-1#1"));
  }

  @Test
  void shouldCountSentencesAndDocumentsOverTheCorpus() {
    // when
    writer.write(naming("doc-1", "Lind visited Tallinn. Lind left Tallinn.", LIND, TALLINN, LIND, TALLINN));
    writer.write(naming("doc-2", "Tallinn welcomed Lind.", TALLINN, LIND));

    // then
    assertThat(edges())
        .containsExactly(edge("location:tallinn", "person:lind", 3, 2, "doc-1#0", "doc-1#1", "doc-2#0"));
  }

  @Test
  void shouldReplaceWhatAnEditedDocumentContributed() {
    // given
    writer.write(naming("doc-1", "Lind met Ozols in Riga.", LIND, OZOLS, RIGA));
    writer.write(naming("doc-2", "Ozols flew home. Lind met Ozols.", OZOLS, LIND, OZOLS));

    // when doc-1 no longer has Riga, and mentions Lind and Ozols in separate sentences
    WriteOutcome outcome = writer.write(naming("doc-1", "Lind spoke. Ozols listened.", LIND, OZOLS));

    // then
    assertThat(outcome).isEqualTo(WriteOutcome.REPLACED);
    assertThat(edges()).containsExactly(edge("person:lind", "person:ozols", 1, 1, "doc-2#1"));
    assertThat(edges()).isEqualTo(expectedEdges());
  }

  @Test
  void shouldDeleteAnEdgeWhenTheLastDocumentSupportingItIsRemoved() {
    // given
    writer.write(naming("doc-1", "Lind met Ozols in Riga.", LIND, OZOLS, RIGA));
    writer.write(naming("doc-2", "Lind met Ozols.", LIND, OZOLS));

    // when
    writer.remove("doc-1");

    // then
    assertThat(edges()).containsExactly(edge("person:lind", "person:ozols", 1, 1, "doc-2#0"));
  }

  @Test
  void shouldRefillTheEvidenceFromTheNextDocumentsWhenADocumentInItIsRemoved() {
    // given seven documents, each with two sentences that mention Lind and Tallinn
    for (int i = 1; i <= 7; i++) {
      writer.write(naming("doc-" + i, "Lind saw Tallinn. Lind left Tallinn.", LIND, TALLINN, LIND, TALLINN));
    }

    // when
    writer.remove("doc-2");
    writer.remove("doc-1");

    // then
    assertThat(edges())
        .containsExactly(
            edge("location:tallinn", "person:lind", 10, 5, "doc-3#0", "doc-3#1", "doc-4#0", "doc-4#1", "doc-5#0"));
  }

  @Test
  void shouldEndWithTheEdgesTheDocumentsHoldWhateverTheirHistory() {
    // given
    Random random = new Random(17);
    List<String> stored = new ArrayList<>();

    // when documents are written, rewritten and removed at random
    for (int step = 0; step < 120; step++) {
      String id = "doc-" + random.nextInt(12);
      if (stored.contains(id) && random.nextInt(4) == 0) {
        writer.remove(id);
        stored.remove(id);
      } else {
        writer.write(randomDocument(id, random));
        stored.add(id);
      }
    }

    // then
    assertThat(edges()).isNotEmpty().isEqualTo(expectedEdges());
  }

  @Test
  void shouldKeepEdgesRightWhenWritersRunConcurrently() throws Exception {
    // given
    Random random = new Random(5);
    List<DocumentExtraction> documents = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      documents.add(randomDocument("doc-" + i, random));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);

    // when
    try {
      List<Future<WriteOutcome>> outcomes = new ArrayList<>();
      documents.forEach(document -> outcomes.add(threads.submit(() -> writer.write(document))));
      for (Future<WriteOutcome> outcome : outcomes) {
        outcome.get();
      }
    } finally {
      threads.shutdown();
    }

    // then
    assertThat(edges()).isNotEmpty().isEqualTo(expectedEdges());
  }

  /** Five sentences, each mentioning up to four of five entities, so pairs recur across documents. */
  private static DocumentExtraction randomDocument(String id, Random random) {
    List<Entity> entities = List.of(LIND, OZOLS, NATO, TALLINN, RIGA);
    StringBuilder text = new StringBuilder();
    List<Entity> mentioned = new ArrayList<>();
    for (int sentence = 0; sentence < 5; sentence++) {
      int mentions = random.nextInt(5);
      for (int i = 0; i < mentions; i++) {
        Entity entity = entities.get(random.nextInt(entities.size()));
        mentioned.add(entity);
        text.append(entity.name()).append(' ');
      }
      text.append("spoke. ");
    }
    return naming(id, text.toString().strip(), mentioned.toArray(Entity[]::new));
  }

  /** A document whose text names {@code entities} in this order, each by its name. */
  private static DocumentExtraction naming(String id, String text, Entity... entities) {
    TestDocuments.Builder document = document(id, text);
    for (Entity entity : entities) {
      document.mention(entity, entity.name());
    }
    return document.build();
  }

  private List<Map<String, Object>> edges() {
    return rows(EDGES);
  }

  private List<Map<String, Object>> expectedEdges() {
    return rows(EXPECTED_EDGES);
  }

  private List<Map<String, Object>> rows(String cypher) {
    return driver.executableQuery(cypher).execute().records().stream().map(Record::asMap).toList();
  }

  private static Map<String, Object> edge(
      String first, String second, long sentences, long documents, String... evidence) {
    return Map.of(
        "first", first,
        "second", second,
        "sentences", sentences,
        "documents", documents,
        "evidence", List.of(evidence));
  }
}
