package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.Evidence;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import dev.kg.extract.Relation.Role;
import dev.kg.layers.UsesNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.Plan;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class RelationEdgesTest {

  private static final Entity ANNA = person("person:anna-berg", "Anna Berg");
  private static final Entity NORLAND = location("location:norland", LocationKind.COUNTRY, "Norland");

  private static final String EDGE =
      "MATCH (:Entity {id: 'person:anna-berg'})-[r:HOLDS_POSITION]->(:Entity {id: 'location:norland'}) RETURN r";

  // The relation edge and MENTIONS edges as builds before relation tallies kept them.
  private static final String AS_AN_EARLIER_BUILD_STORED_IT =
      """
      MATCH (a:Entity {id: 'person:anna-berg'})-[r:HOLDS_POSITION]->(:Entity)
      CALL (a) {
        MATCH (d:Document)-[m:MENTIONS]->(a)
        WHERE m.evidenceTypes IS NOT NULL
        UNWIND range(0, size(m.evidenceTypes) - 1) AS i
        WITH d, m, i ORDER BY d.id, i
        RETURN collect(d.id) AS documents, collect(m.evidenceSentenceIndexes[i]) AS indexes,
               collect(m.evidenceSentences[i]) AS sentences, collect(m.evidenceStarts[i]) AS starts,
               collect(m.evidenceEnds[i]) AS ends, collect(m.evidenceConfidences[i]) AS confidences,
               collect(m.evidenceMethods[i]) AS methods, collect(m.evidenceTitles[i]) AS titles,
               collect(m.evidenceNormalizedTitles[i]) AS normalizedTitles, collect(m.evidenceFormer[i]) AS former
      }
      SET r = {confidence: r.confidence, evidenceCount: r.evidenceCount, documentCount: r.documentCount,
               documents: documents, titles: r.titles, normalizedTitles: r.normalizedTitles, current: r.current,
               evidenceDocuments: documents, evidenceSentenceIndexes: indexes, evidenceSentences: sentences,
               evidenceStarts: starts, evidenceEnds: ends, evidenceConfidences: confidences,
               evidenceMethods: methods, evidenceTitles: titles, evidenceNormalizedTitles: normalizedTitles,
               evidenceFormer: former}
      WITH a
      MATCH (:Document)-[m:MENTIONS]->(a)
      REMOVE m.evidenceTypes, m.evidenceObjects, m.evidenceSentenceIndexes, m.evidenceSentences,
             m.evidenceStarts, m.evidenceEnds, m.evidenceConfidences, m.evidenceMethods, m.evidenceTitles,
             m.evidenceNormalizedTitles, m.evidenceFormer
      """;

  private final Driver driver;
  private final GraphWriter writer;

  RelationEdgesTest(Driver driver) {
    this.driver = driver;
    this.writer = new GraphWriter(driver);
  }

  @Test
  void shouldStrengthenOneEdgeWhenTwoDocumentsStateTheSameFact() {
    // given
    DocumentExtraction first = presidency("doc-1", "Norland's President Anna Berg spoke.", 0.8, false);
    DocumentExtraction second = presidency("doc-2", "Rain fell. Norland's President Anna Berg left.", 0.6, false);

    // when
    writer.write(first);
    writer.write(second);

    // then
    List<Record> edges = driver.session().run(EDGE).list();
    assertThat(edges).hasSize(1);
    Map<String, Object> edge = edges.get(0).get("r").asMap();
    assertThat(edge.get("evidenceCount")).isEqualTo(2L);
    assertThat(edge.get("documentCount")).isEqualTo(2L);
    Map<String, Object> fact = fact();
    assertThat(fact.get("documents")).isEqualTo(List.of("doc-1", "doc-2"));
    assertThat(fact.get("sentences"))
        .isEqualTo(List.of("Norland's President Anna Berg spoke.", "Norland's President Anna Berg left."));
    assertThat(fact.get("starts")).isEqualTo(List.of(0L, 11L));
    assertThat(fact.get("ends")).isEqualTo(List.of(29L, 40L));
    assertThat(edge.get("confidence")).isEqualTo(0.92);
    assertThat(edge.get("titles")).isEqualTo(List.of("President"));
    assertThat(edge.get("current")).isEqualTo(true);
  }

  @Test
  void shouldTakeBackExactlyTheEvidenceOfARemovedDocument() {
    // given
    writer.write(presidency("doc-1", "Norland's President Anna Berg spoke.", 0.8, false));
    writer.write(presidency("doc-2", "Rain fell. Norland's President Anna Berg left.", 0.6, true));

    // when
    writer.remove("doc-1");

    // then
    Map<String, Object> edge = driver.session().run(EDGE).single().get("r").asMap();
    assertThat(fact().get("documents")).isEqualTo(List.of("doc-2"));
    assertThat(edge.get("evidenceCount")).isEqualTo(1L);
    assertThat(edge.get("confidence")).isEqualTo(0.6);
    assertThat(edge.get("current")).isEqualTo(false);

    // when the last supporting document goes
    writer.remove("doc-2");

    // then
    assertThat(driver.session().run(EDGE).list()).isEmpty();
  }

  @Test
  void shouldStoreTheSameEdgeWhateverOrderDocumentsArriveIn() {
    // given
    DocumentExtraction first = presidency("doc-1", "Norland's President Anna Berg spoke.", 0.8, false);
    DocumentExtraction second = presidency("doc-2", "Rain fell. Norland's President Anna Berg left.", 0.6, true);

    // when
    writer.write(first);
    writer.write(second);
    Map<String, Object> forward = driver.session().run(EDGE).single().get("r").asMap();
    Map<String, Object> forwardFact = fact();
    writer.remove("doc-1");
    writer.remove("doc-2");
    writer.write(second);
    writer.write(first);
    Map<String, Object> backward = driver.session().run(EDGE).single().get("r").asMap();

    // then
    assertThat(backward).isEqualTo(forward);
    assertThat(fact()).isEqualTo(forwardFact);
  }

  @Test
  void shouldReplaceNotAddEvidenceWhenADocumentIsWrittenAgain() {
    // given
    writer.write(presidency("doc-1", "Norland's President Anna Berg spoke.", 0.8, false));

    // when the same document comes back unchanged, then edited
    writer.write(presidency("doc-1", "Norland's President Anna Berg spoke.", 0.8, false));
    writer.write(presidency("doc-1", "Norland's President Anna Berg spoke again.", 0.8, false));

    // then
    Map<String, Object> edge = driver.session().run(EDGE).single().get("r").asMap();
    assertThat(edge.get("evidenceCount")).isEqualTo(1L);
    assertThat(fact().get("sentences")).isEqualTo(List.of("Norland's President Anna Berg spoke again."));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldKeepAPopularEdgeThatOfItsRemainingDocumentsWhenSomeGo() {
    // given a fact stated by many documents, some of them calling the position former
    List<DocumentExtraction> documents = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String text = "Rain fell".repeat(i % 3) + ". Norland's President Anna Berg spoke.";
      documents.add(presidency(String.format("doc-%02d", i), text, 0.1 + (i % 7) / 10.0, i % 4 == 0));
    }
    documents.forEach(writer::write);

    // when every third document goes, and one comes back edited
    for (int i = 0; i < documents.size(); i += 3) {
      writer.remove(documents.get(i).document().id());
    }
    writer.write(presidency("doc-01", "Norland's President Anna Berg left.", 0.95, true));
    Map<String, Object> edge = driver.session().run(EDGE).single().get("r").asMap();
    Map<String, Object> fact = fact();

    // then the edge and its sentences are those of a graph that only ever held the documents left
    documents.forEach(document -> writer.remove(document.document().id()));
    for (int i = 0; i < documents.size(); i++) {
      if (i % 3 != 0) {
        writer.write(i == 1 ? presidency("doc-01", "Norland's President Anna Berg left.", 0.95, true) : documents.get(i));
      }
    }
    assertThat(driver.session().run(EDGE).single().get("r").asMap()).isEqualTo(edge);
    assertThat(fact()).isEqualTo(fact);
    assertThat(edge.get("documentCount")).isEqualTo(16L);
    assertThat((List<Object>) fact.get("sentences")).hasSize(16).contains("Norland's President Anna Berg left.");
  }

  @Test
  void shouldCallFormerOnlyTheTitleTheTextGivesAsFormer() {
    // given one article where Anna is a former defence minister and the current foreign minister of Norland
    DocumentExtraction article = formerAndCurrent("doc-1");

    // when
    writer.write(article);

    // then the edge keeps both titles and says which one is former
    assertThat(driver.session().run(EDGE).single().get("r").asMap()).isEqualTo(Map.ofEntries(
        Map.entry("confidence", 0.98),
        Map.entry("evidenceCount", 2L),
        Map.entry("documentCount", 1L),
        Map.entry("tallyLogDoubt", 3912023005428L),
        Map.entry("tallyCertain", 0L),
        Map.entry("titles", List.of("Defence Minister", "Foreign Minister")),
        Map.entry("formerTitles", List.of("Defence Minister")),
        Map.entry("normalizedTitles", List.of("defence minister", "foreign minister")),
        Map.entry("formerNormalizedTitles", List.of("defence minister")),
        Map.entry("current", true),
        Map.entry("tallyTitles", List.of("Defence Minister", "Foreign Minister")),
        Map.entry("tallyTitleSentences", List.of(1L, 1L)),
        Map.entry("tallyTitleFormerSentences", List.of(1L, 0L)),
        Map.entry("tallyNormalizedTitles", List.of("defence minister", "foreign minister")),
        Map.entry("tallyNormalizedTitleSentences", List.of(1L, 1L)),
        Map.entry("tallyNormalizedTitleFormerSentences", List.of(1L, 0L))));
  }

  @Test
  void shouldKeepATitleCurrentWhileOneDocumentGivesItAsCurrent() {
    // given the presidency called former by one document and current by another
    writer.write(presidency("doc-1", "Norland's President Anna Berg spoke.", 0.8, true));
    writer.write(presidency("doc-2", "Rain fell. Norland's President Anna Berg left.", 0.6, false));
    assertThat(driver.session().run(EDGE).single().get("r").get("formerTitles").asList()).isEmpty();

    // when the document that gives it as current goes
    writer.remove("doc-2");

    // then the title is former, and so is the position
    Map<String, Object> edge = driver.session().run(EDGE).single().get("r").asMap();
    assertThat(edge.get("formerTitles")).isEqualTo(List.of("President"));
    assertThat(edge.get("formerNormalizedTitles")).isEqualTo(List.of("president"));
    assertThat(edge.get("current")).isEqualTo(false);
  }

  @Test
  void shouldCountFormerTitlesOnAnEdgeAnEarlierBuildTalliedWhenTheGraphOpens() {
    // given the article's edge as a build that kept one current flag for all titles tallied it
    writer.write(formerAndCurrent("doc-1"));
    Map<String, Object> edge = driver.session().run(EDGE).single().get("r").asMap();
    driver.session().run(
        "MATCH ()-[r:HOLDS_POSITION]->() SET r.tallyCurrent = 1 "
            + "REMOVE r.formerTitles, r.formerNormalizedTitles, r.tallyTitleFormerSentences, "
            + "r.tallyNormalizedTitleFormerSentences").consume();

    // when the graph is opened again
    Schema.load().apply(driver);

    // then the edge is what today's build writes
    assertThat(driver.session().run(EDGE).single().get("r").asMap()).isEqualTo(edge);
  }

  @Test
  void shouldListTitlesOnThePersonWhileADocumentSupportsThem() {
    // given a position with no place named
    DocumentExtraction base = document("doc-1", "Chancellor Anna Berg spoke.").mention(ANNA, "Anna Berg").build();
    Relation title = new Relation(Relation.HOLDS_POSITION, ANNA.id(), null, 0.9, new Evidence(0, 0, 20),
        new Span(11, 20), null, new Role("Chancellor", "chancellor", false), "title-before-name");

    // when
    writer.write(with(base, List.of(title), List.of()));

    // then
    Record anna = driver.session().run("MATCH (p:Person {id: 'person:anna-berg'}) RETURN p.titles AS titles").single();
    assertThat(anna.get("titles").asList()).containsExactly("Chancellor");
    assertThat(driver.session().run("MATCH ()-[r:HOLDS_POSITION]->() RETURN r").list()).isEmpty();

    // when another document names her without the title and the first is removed
    writer.write(document("doc-2", "Anna Berg left.").mention(ANNA, "Anna Berg").build());
    writer.remove("doc-1");

    // then
    assertThat(driver.session().run("MATCH (p:Person {id: 'person:anna-berg'}) RETURN p.titles AS t").single().get("t").isNull())
        .isTrue();
  }

  @Test
  void shouldKeepThePersonsTitlesTheUnionOverItsDocumentsWhenOneIsReplaced() {
    // given two documents giving Anna different titles
    writer.write(titled("doc-2", "Minister"));
    writer.write(titled("doc-1", "Chancellor"));
    assertThat(titlesOfAnna()).containsExactly("Chancellor", "Minister");

    // when the first is replaced by a version with another title
    writer.write(titled("doc-1", "Ambassador"));

    // then its old title goes, the other document's stays, in order
    assertThat(titlesOfAnna()).containsExactly("Ambassador", "Minister");
  }

  @Test
  void shouldLinkAQuoteToItsSpeakerAndDocument() {
    // given
    DocumentExtraction base =
        document("doc-1", "\"We stay,\" said Anna Berg.").mention(ANNA, "Anna Berg").build();
    Quote quote = new Quote("We stay,", ANNA.id(), new Evidence(0, 1, 9), 0.9, "speech-verb");

    // when
    writer.write(with(base, List.of(), List.of(quote)));

    // then
    Record said = driver.session().run(
        "MATCH (d:Document {id: 'doc-1'})-[:HAS_QUOTE]->(q:Quote)<-[s:SAID]-(p:Person) RETURN q, s, p.id AS speaker")
        .single();
    assertThat(said.get("speaker").asString()).isEqualTo(ANNA.id());
    assertThat(said.get("q").asMap()).containsEntry("text", "We stay,").containsEntry("start", 1L).containsEntry("end", 9L);
    assertThat(said.get("s").asMap()).containsEntry("confidence", 0.9)
        .containsEntry("evidenceSentences", List.of("\"We stay,\" said Anna Berg."));

    // when
    writer.remove("doc-1");

    // then
    assertThat(driver.session().run("MATCH (q:Quote) RETURN q").list()).isEmpty();
  }

  @Test
  void shouldRefuseARelationToAnEntityTheDocumentDoesNotList() {
    // given
    DocumentExtraction base = document("doc-1", "Anna Berg spoke.").mention(ANNA, "Anna Berg").build();
    Relation stray = new Relation("CITIZEN_OF", ANNA.id(), NORLAND.id(), 0.7, new Evidence(0, 0, 9),
        new Span(0, 9), new Span(0, 4), null, "test");

    // when / then
    assertThatThrownBy(() -> writer.write(with(base, List.of(stray), List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("location:norland");
    assertThat(driver.session().run("MATCH (d:Document) RETURN d").list()).isEmpty();
  }

  /** A document where {@code title} precedes Anna's name, with no place named. */
  private static DocumentExtraction titled(String id, String title) {
    String text = title + " Anna Berg spoke.";
    DocumentExtraction base = document(id, text).mention(ANNA, "Anna Berg").build();
    int name = title.length() + 1;
    Relation relation = new Relation(Relation.HOLDS_POSITION, ANNA.id(), null, 0.9,
        new Evidence(0, 0, name + "Anna Berg".length()), new Span(name, name + 9), null,
        new Role(title, title.toLowerCase(), false), "title-before-name");
    return with(base, List.of(relation), List.of());
  }

  @Test
  void shouldMoveTheSentencesAnEarlierBuildKeptOnTheEdgeToTheirDocumentsWhenTheGraphOpens() {
    // given a fact as an earlier build stored it: its sentences in lists on the edge, none on MENTIONS
    writer.write(presidency("doc-1", "Norland's President Anna Berg spoke.", 0.8, false));
    writer.write(presidency("doc-2", "Rain fell. Norland's President Anna Berg left.", 0.6, true));
    Map<String, Object> edge = driver.session().run(EDGE).single().get("r").asMap();
    Map<String, Object> fact = fact();
    driver.session().run(AS_AN_EARLIER_BUILD_STORED_IT).consume();
    assertThat(driver.session().run(EDGE).single().get("r").asMap()).containsKey("evidenceDocuments");

    // when the graph is opened again
    Schema.load().apply(driver);

    // then the sentences are on their documents and the edge is what today's build writes
    assertThat(driver.session().run(EDGE).single().get("r").asMap()).isEqualTo(edge);
    assertThat(fact()).isEqualTo(fact);

    // and removing a document takes back its sentence
    writer.remove("doc-1");
    assertThat(fact().get("documents")).isEqualTo(List.of("doc-2"));
  }

  @Test
  void shouldReachEveryEdgeFromItsEntitiesInPlansMadeOnANewStore() {
    // given a graph with nothing in it, as a new store is when its first document plans the statements
    driver.session().run("CALL db.clearQueryCaches()").consume();
    Map<String, Object> key = Map.of("subject", ANNA.id(), "type", Relation.HOLDS_POSITION, "object", NORLAND.id());
    Map<String, Object> edge = Map.of("subject", ANNA.id(), "type", Relation.HOLDS_POSITION, "object", NORLAND.id(),
        "properties", Map.of("evidenceCount", 1));
    Map<String, Object> parameters = Map.of("keys", List.of(key), "edges", List.of(edge));

    // when Neo4j plans the statements that read and write relation edges
    List<String> operators = new ArrayList<>();
    for (String statement : List.of(
        RelationEdges.READ_EDGES, RelationEdges.UPDATE_EDGES, RelationEdges.CREATE_EDGES, RelationEdges.DELETE_EDGES)) {
      operators(driver.session().run("EXPLAIN " + statement, parameters).consume().plan(), operators);
    }

    // then none scans the graph's relationships: kept for minutes (EmbeddedNeo4j), such a plan read
    // every relationship for each edge written, ever more as the graph grew
    assertThat(operators).contains("NodeUniqueIndexSeek").noneMatch(operator -> operator.contains("Scan"));
  }

  private static void operators(Plan plan, List<String> operators) {
    operators.add(plan.operatorType().replaceAll("[(@].*", ""));
    plan.children().forEach(child -> operators(child, operators));
  }

  /** Anna's one fact with its sentences, as {@code kg explain} reads it. */
  private Map<String, Object> fact() {
    return driver.session()
        .run(QueryLibrary.load().get("entity-facts").cypher(), Map.of("name", "person:anna-berg"))
        .single().asMap();
  }

  private List<Object> titlesOfAnna() {
    return driver.session().run("MATCH (p:Person {id: 'person:anna-berg'}) RETURN p.titles AS titles")
        .single().get("titles").asList();
  }

  /** An article where Anna is a former defence minister and the current foreign minister of Norland. */
  private static DocumentExtraction formerAndCurrent(String id) {
    String text = "Anna Berg, once Norland's Defence Minister, is now its Foreign Minister.";
    DocumentExtraction base = document(id, text).mention(ANNA, "Anna Berg").mention(NORLAND, "Norland").build();
    Span name = new Span(0, 9);
    Span country = new Span(16, 23);
    Relation defence = new Relation(Relation.HOLDS_POSITION, ANNA.id(), NORLAND.id(), 0.9, new Evidence(0, 0, 42),
        name, country, new Role("Defence Minister", "defence minister", true), "appositive-title");
    Relation foreign = new Relation(Relation.HOLDS_POSITION, ANNA.id(), NORLAND.id(), 0.8, new Evidence(0, 0, 71),
        name, country, new Role("Foreign Minister", "foreign minister", false), "copula-title");
    return with(base, List.of(defence, foreign), List.of());
  }

  /** {@code text} has "Norland's President Anna Berg" once; Anna holds the presidency of Norland. */
  private static DocumentExtraction presidency(String id, String text, double confidence, boolean former) {
    DocumentExtraction base =
        document(id, text).mention(NORLAND, "Norland").mention(ANNA, "Anna Berg").build();
    int country = text.indexOf("Norland");
    int name = text.indexOf("Anna Berg");
    int sentence = base.mentions().get(0).sentence();
    Relation relation = new Relation(Relation.HOLDS_POSITION, ANNA.id(), NORLAND.id(), confidence,
        new Evidence(sentence, country, name + "Anna Berg".length()), new Span(name, name + 9),
        new Span(country, country + 7), new Role("President", "president", former), "title-before-name");
    return with(base, List.of(relation), List.of());
  }

  private static DocumentExtraction with(DocumentExtraction base, List<Relation> relations, List<Quote> quotes) {
    return new DocumentExtraction(
        base.document(), base.sentences(), base.entities(), base.mentions(), relations, quotes, List.of());
  }
}
