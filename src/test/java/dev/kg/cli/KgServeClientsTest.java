package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import dev.kg.layers.UsesRealClients;
import dev.kg.server.Neo4jConnection;
import dev.kg.server.Neo4jConnection.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg serve} as its clients see it: the official JavaScript driver, and the real Neo4j Browser
 * in headless Chromium, both run by Node.js from {@code src/test/js} against the sample articles,
 * served with a generated password. The Browser test saves a screenshot, {@code target/browser/graph.png}.
 */
@UsesRealClients
@UsesNeo4j
@UsesCoreNlp
class KgServeClientsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCREENSHOT = Path.of("target", "browser", "graph.png");
  private static final String GRAPH_QUERY = "MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN d, m, e";

  @TempDir static Path store;

  private static NodeProject node;
  private static ServeRun serve;

  @BeforeAll
  static void serveTheSamples() throws Exception {
    node = NodeProject.installed();
    KgRun ingest = kg("ingest", Path.of(KgServeClientsTest.class.getResource("/samples").toURI()).toString(), "--store", store.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    serve = ServeRun.start("serve", "--store", store.toString(), "--bolt-port", "0", "--http-port", "0");
    assertThat(serve.serving()).as(serve.err()).isTrue();
  }

  @AfterAll
  static void stopServing() throws Exception {
    if (serve != null) {
      assertThat(serve.exitCode()).isZero();
    }
  }

  @Test
  void shouldAnswerTheOfficialJavaScriptDriver() throws Exception {
    // when
    NodeProject.Run query =
        node.run(
            "driver-query.mjs",
            Map.of("KG_BOLT_URI", serve.bolt().toString(), "KG_USER", "neo4j", "KG_PASSWORD", serve.generatedPassword()));

    // then
    assertThat(query.exitCode()).as(query.err()).isZero();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : query.out().lines().toList()) {
      rows.add(JSON.readTree(line));
    }
    assertThat(rows)
        .extracting(row -> row.get("person").asText())
        .containsExactly(
            "Andris Ozols", "Kaja Lind", "Lena Hofbauer", "Pieter de Vries", "Samuel Okafor", "Tomas Novak", "Yusuf Demirel");
    assertThat(rows.get(1).get("documents").asInt()).isEqualTo(2);
  }

  @Test
  void shouldShowTheSamplesInNeo4jBrowserInKgsStyle() throws Exception {
    // given
    Path chromium = Chromium.executable();
    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);

    // when
    NodeProject.Run browser =
        node.run(
            "browser-graph.mjs",
            Map.of(
                "KG_BROWSER_URL", serve.browser().toString(),
                "KG_USER", "neo4j",
                "KG_PASSWORD", serve.generatedPassword(),
                "KG_QUERY", GRAPH_QUERY,
                "KG_CHROMIUM", chromium.toString(),
                "KG_SCREENSHOT", SCREENSHOT.toAbsolutePath().toString()));

    // then Browser fetched kg's style and guide on connect
    assertThat(browser.exitCode()).as(browser.err()).isZero();
    JsonNode view = JSON.readTree(browser.out());
    assertThat(view.get("styleCommand").asText()).isEqualTo(":style " + serve.browser().resolve("/kg/style.grass"));
    assertThat(view.get("guideTitle").asText()).isEqualTo("Exploring kg's news graph");

    // and the graph view shows every document and entity, coloured as style.grass says
    Map<String, String> fills = new HashMap<>();
    view.get("nodes").forEach(shown -> fills.put(shown.get("caption").asText(), shown.get("fill").asText()));
    assertThat(view.get("nodes")).hasSize(documentsAndEntities());
    Map<String, String> colours = nodeColours(Files.readString(Path.of("cypher", "style.grass")));
    assertThat(fills)
        .containsEntry("Kaja Lind", colours.get("Person"))
        .containsEntry("Harbour Gazette", colours.get("Organization"))
        .containsEntry("Tallinn", colours.get("Location"))
        .containsEntry("Grain Corridor Talks Resume in Istanbul", colours.get("Document"));
    assertThat(SCREENSHOT).isNotEmptyFile();
  }

  private static int documentsAndEntities() {
    try (Neo4jConnection connection =
        Neo4jConnection.open(serve.bolt(), new Credentials("neo4j", serve.generatedPassword()))) {
      return connection
          .driver()
          .executableQuery("MATCH (n) WHERE n:Document OR n:Entity RETURN count(n) AS nodes")
          .execute()
          .records()
          .get(0)
          .get("nodes")
          .asInt();
    }
  }

  /** Each {@code node.<Label>} rule's fill colour; {@code border-color} lines are not fills. */
  private static Map<String, String> nodeColours(String grass) {
    Map<String, String> colours = new HashMap<>();
    Matcher rule = Pattern.compile("node\\.(\\w+) \\{[^}]*?\\n\\s*color: (#[0-9A-Fa-f]{6});").matcher(grass);
    while (rule.find()) {
      colours.put(rule.group(1), rule.group(2));
    }
    return colours;
  }
}
