package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end: the sample articles that ship with kg are ingested once with the real
 * CoreNLP pipeline into an embedded store, then examined the way a user would, through kg's commands.
 */
@UsesNeo4j
@UsesCoreNlp
class KgCommandLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path store;

  private static KgRun firstIngest;

  @BeforeAll
  static void ingestSamples() throws URISyntaxException {
    firstIngest = kg("ingest", samples().toString(), "--store", store.toString());
  }

  @Test
  void shouldIngestTheSampleArticlesIntoOnePersonNodePerPerson() throws Exception {
    // given the sample articles, ingested once
    assertThat(firstIngest.exitCode()).as(firstIngest.err()).isZero();
    assertThat(firstIngest.out()).contains("Documents: 4 read", "4 created, 0 replaced, 0 unchanged; 0 input(s) failed");

    // when
    List<JsonNode> people = rows("MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases ORDER BY name");

    // then: every person the articles name, once, with the short forms the articles use
    assertThat(people)
        .extracting(row -> row.get("name").asText())
        .containsExactly(
            "Andris Ozols", "Kaja Lind", "Lena Hofbauer", "Pieter de Vries", "Samuel Okafor", "Tomas Novak", "Yusuf Demirel");
    assertThat(people.get(3).get("aliases")).extracting(JsonNode::asText).containsExactly("De Vries", "Pieter de Vries");
  }

  @Test
  void shouldKeepOrganisationsThatShareWordsApartAndJoinAcronyms() throws Exception {
    // when
    List<JsonNode> organisations = rows("MATCH (o:Organization) RETURN o.id AS id, o.aliases AS aliases");

    // then
    Map<String, JsonNode> byId = new HashMap<>();
    organisations.forEach(row -> byId.put(row.get("id").asText(), row.get("aliases")));
    assertThat(byId)
        .containsKeys(
            "organization:un-security-council",
            "organization:north-atlantic-treaty-organization",
            "organization:harbour-gazette");
    assertThat(byId.keySet()).noneMatch(id -> id.equals("organization:nato"));
    assertThat(byId.get("organization:north-atlantic-treaty-organization"))
        .extracting(JsonNode::asText)
        .contains("NATO");
  }

  @Test
  void shouldStoreDocumentMetadataFromEveryFormat() throws Exception {
    // when
    List<JsonNode> documents =
        rows("MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.published AS published, d.source AS source ORDER BY id");

    // then
    assertThat(documents)
        .extracting(d -> d.get("id").asText(), d -> d.get("title").asText(), d -> d.get("published").asText(), d -> d.get("source").asText())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("01-harbour-summit.txt", "Baltic Ministers Agree on Joint Harbour Patrols", "2025-03-14", "Harbour Gazette"),
            org.assertj.core.groups.Tuple.tuple("02-grain-corridor.md", "Grain Corridor Talks Resume in Istanbul", "2025-04-02", "null"),
            org.assertj.core.groups.Tuple.tuple("04-port-visit.html", "Estonian Leader Visits Rotterdam Port", "2025-06-11", "Harbour Gazette"),
            org.assertj.core.groups.Tuple.tuple("rail-link-2025-05", "Rail Link Between Vienna and Bratislava Approved", "2025-05-20", "Danube Wire"));
  }

  @Test
  void shouldDropPageChromeAndReaderComments() throws Exception {
    // when
    List<JsonNode> texts = rows("MATCH (d:Document) RETURN d.text AS text");

    // then
    assertThat(texts).extracting(row -> row.get("text").asText())
        .allSatisfy(text -> assertThat(text).doesNotContain("Skip to navigation", "Share this article", "Post a comment", "Great article", "Reply", "anna_k", "Ferry prices rise"));
  }

  @Test
  void shouldChangeNothingWhenTheSameArticlesAreIngestedAgain() throws Exception {
    // given
    String before = kg("stats", "--json", "--store", store.toString()).out();

    // when
    KgRun again = kg("ingest", samples().toString(), "--store", store.toString());

    // then
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 created, 0 replaced, 4 unchanged");
    assertThat(kg("stats", "--json", "--store", store.toString()).out()).isEqualTo(before);
  }

  @Test
  void shouldExportEveryNodeAndRelationshipWithMentionOffsetsIntoTheDocumentText(@TempDir Path out) throws Exception {
    // when
    Path file = out.resolve("graph.json");
    KgRun export = kg("export", "--out", file.toString(), "--store", store.toString());

    // then
    assertThat(export.exitCode()).as(export.err()).isZero();
    JsonNode graph = JSON.readTree(file.toFile());
    JsonNode stats = JSON.readTree(kg("stats", "--json", "--store", store.toString()).out());
    Map<String, JsonNode> nodes = new HashMap<>();
    graph.get("nodes").forEach(node -> nodes.put(node.get("id").asText(), node));
    long labelled = 0;
    for (String label : List.of("Document", "Entity", "Mention", "Quote", "Event", "Name", "NameKey")) {
      labelled += stats.get("labels").path(label).asLong();
    }
    assertThat(nodes).hasSize((int) labelled);
    Set<String> types = new HashSet<>();
    for (JsonNode relationship : graph.get("relationships")) {
      assertThat(nodes).containsKeys(relationship.get("start").asText(), relationship.get("end").asText());
      types.add(relationship.get("type").asText());
      if (relationship.get("type").asText().equals("HAS_MENTION")) {
        String text = nodes.get(relationship.get("start").asText()).get("properties").get("text").asText();
        JsonNode mention = nodes.get(relationship.get("end").asText()).get("properties");
        assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
            .isEqualTo(mention.get("text").asText());
      }
      if (relationship.get("type").asText().equals("REPORTS")) {
        String text = nodes.get(relationship.get("start").asText()).get("properties").get("text").asText();
        JsonNode report = relationship.get("properties");
        assertThat(text.substring(report.get("start").asInt(), report.get("end").asInt()))
            .isEqualTo(report.get("trigger").asText());
      }
    }
    assertThat(types)
        .contains("HAS_MENTION", "REFERS_TO", "MENTIONS", "CO_OCCURS_WITH", "HOLDS_POSITION", "CITIZEN_OF", "HAS_QUOTE", "SAID", "REPORTS", "PARTICIPATED_IN", "USES_NAME", "HAS_KEY")
        .isSubsetOf("HAS_MENTION", "REFERS_TO", "MENTIONS", "CO_OCCURS_WITH", "HOLDS_POSITION", "CITIZEN_OF", "HAS_QUOTE", "SAID", "REPORTS", "PARTICIPATED_IN", "TOOK_PLACE_IN", "USES_NAME", "HAS_KEY");
  }

  @Test
  void shouldReportEachBadInputOnOneLineAndIngestTheRest(@TempDir Path inputs, @TempDir Path otherStore) throws Exception {
    // given
    Files.writeString(inputs.resolve("empty.txt"), "  \n");
    Files.write(inputs.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02});
    Files.write(inputs.resolve("latin1.txt"), "Caf\u00e9 owner Jean Dupont met the mayor of Lyon on Friday to talk about parking.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.writeString(
        inputs.resolve("feed.jsonl"),
        "{\"id\": \"ok\", \"text\": \"Mayor Sophie Marchand of Lyon met railway workers on Friday to discuss the strike.\"}\n"
            + "{not json\n"
            + "{\"id\": \"ok\", \"text\": \"President Emmanuel Macron visited Berlin on Friday.\"}\n");
    Path missing = inputs.resolve("missing.txt");

    // when
    KgRun run = kg("ingest", inputs.toString(), missing.toString(), "--store", otherStore.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_INPUT_FAILED);
    assertThat(run.messages())
        .hasSize(6)
        .anySatisfy(line -> assertThat(line).endsWith("empty.txt: empty document"))
        .anySatisfy(line -> assertThat(line).contains("feed.jsonl: line 2: invalid JSON"))
        .anySatisfy(
            line -> assertThat(line)
                .endsWith("feed.jsonl: line 3: id 'ok' is already used by " + inputs.resolve("feed.jsonl") + ":1 in this run;"
                    + " give each line its own \"id\""))
        .anySatisfy(line -> assertThat(line).endsWith("binary.txt: binary file, not text"))
        .anySatisfy(line -> assertThat(line).contains("latin1.txt: not valid UTF-8"))
        .anySatisfy(line -> assertThat(line).contains("missing.txt: no such file or directory"));
    assertThat(run.out()).contains("1 created", "6 input(s) failed");
    assertThat(rows(otherStore, "MATCH (p:Person) RETURN p.name AS name"))
        .extracting(row -> row.get("name").asText())
        .containsExactly("Sophie Marchand");
  }

  @Test
  void shouldReplaceWhatAnEditedDocumentContributed(@TempDir Path inputs, @TempDir Path otherStore) throws Exception {
    // given an article, ingested
    Path article = inputs.resolve("article.txt");
    Files.writeString(article, "Mayor Sophie Marchand of Lyon met union leader Paul Girard on Friday. Marchand said talks would go on.\n");
    kg("ingest", article.toString(), "--store", otherStore.toString());

    // when it is edited to name someone else, and ingested again, first without --replace
    Files.writeString(article, "Mayor Sophie Marchand of Lyon met union leader Claire Moreau on Friday. Moreau said talks would go on.\n");
    KgRun refused = kg("ingest", article.toString(), "--store", otherStore.toString());
    KgRun again = kg("ingest", article.toString(), "--replace", "--store", otherStore.toString());

    // then
    assertThat(refused.exitCode()).isEqualTo(Kg.EXIT_INPUT_FAILED);
    assertThat(refused.messages())
        .singleElement(as(STRING))
        .endsWith("article.txt: document 'article.txt' is already in the graph with other content; --replace replaces it");
    assertThat(again.out()).contains("0 created, 1 replaced, 0 unchanged");
    assertThat(rows(otherStore, "MATCH (p:Person) RETURN p.name AS name, p.mentionCount AS mentions, p.documentCount AS documents ORDER BY name"))
        .extracting(row -> row.get("name").asText() + " " + row.get("mentions").asInt() + " " + row.get("documents").asInt())
        .containsExactly("Claire Moreau 2 1", "Sophie Marchand 1 1");
  }

  @Test
  void shouldExplainAnUnreachableServerInOneLine() {
    // when
    KgRun run = kg("stats", "--uri", "bolt://127.0.0.1:1");

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err().strip()).startsWith("kg: cannot reach Neo4j at bolt://127.0.0.1:1").doesNotContain("\n", "Exception");
  }

  @Test
  void shouldRejectInvalidCypherWithNeo4jsMessage() {
    // when
    KgRun run = kg("query", "MATCH (n RETURN n", "--store", store.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err()).startsWith("kg: ").contains("Invalid input");
  }

  private static List<JsonNode> rows(String cypher) throws Exception {
    return rows(store, cypher);
  }

  private static List<JsonNode> rows(Path store, String cypher) throws Exception {
    KgRun run = kg("query", "--json", cypher, "--store", store.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      rows.add(JSON.readTree(line));
    }
    return rows;
  }

  private static Path samples() throws URISyntaxException {
    return Path.of(KgCommandLineTest.class.getResource("/samples").toURI());
  }
}
