package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.curate.CurationRule;
import dev.kg.export.GraphExporter;
import dev.kg.extract.DocumentExtraction.Span;
import dev.kg.extract.Entity;
import dev.kg.extract.Event;
import dev.kg.extract.Evidence;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import dev.kg.extract.Relation.Role;
import dev.kg.layers.UsesNeo4j;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The documented graph model against what {@code kg export} writes: every node label, relationship
 * type and property key of a small graph with every kind of fact (mentions, a relation, a quotation,
 * an event with a place and an unnamed participant, a curation rule) must be in the "Graph model"
 * comment of {@code cypher/schema.cypher}: node properties inside the braces of their label's
 * pattern, relationship properties inside their type's braces or, for the relation edges whose
 * tallies the schema describes in prose, named there. Labels and types must also be in README's
 * "Graph model" block. So a property the writer gains fails here until the model says what it is.
 * Spark's unfinished-batch nodes exist only while a batch is unfinished and are not built here.
 */
@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class DocumentedModelTest {

  // (:A:B | :A:C {x, y?, z: [...]}) or (:A) in the model's text, comments joined into one line.
  private static final Pattern NODE = Pattern.compile("\\(:([A-Za-z:| ]+?)\\s*(?:\\{([^}]*)\\})?\\)");
  // -[:T {x, y}]-> or -[:T | U | V]->, the braces optional.
  private static final Pattern RELATIONSHIP = Pattern.compile("\\[:([A-Z_| ]+?)\\s*(?:\\{([^}]*)\\})?\\]");

  private static final Entity PUTIN = person("person:vladimir-putin", "Vladimir Putin", "Putin");
  private static final Entity KIM = person("person:kim-jong-un", "Kim Jong Un");
  private static final Entity RUSSIA = location("location:russia", LocationKind.COUNTRY, "Russia");
  private static final Entity PYONGYANG = location("location:pyongyang", LocationKind.CITY, "Pyongyang");
  private static final Entity KREMLIN = organization("organization:kremlin", "Kremlin");

  private final Driver driver;

  DocumentedModelTest(Driver driver) {
    this.driver = driver;
  }

  @Test
  void shouldDocumentEveryLabelTypeAndPropertyTheExportWrites() throws IOException {
    // given a graph with every kind of node and edge a document and a curation rule make
    String text = "President Vladimir Putin of Russia visited Kim Jong Un and his guards in Pyongyang. "
        + "\"The talks went well,\" said Putin. The Kremlin agreed.";
    new GraphWriter(driver)
        .write(
            document("visit", text)
                .mention(PUTIN, "Vladimir Putin")
                .mention(RUSSIA, "Russia")
                .mention(KIM, "Kim Jong Un")
                .mention(PYONGYANG, "Pyongyang")
                .mention(PUTIN, "Putin")
                .mention(KREMLIN, "Kremlin")
                .relation(new Relation(Relation.HOLDS_POSITION, PUTIN.id(), RUSSIA.id(), 0.9,
                    evidence(text, 0, "President Vladimir Putin of Russia"), span(text, "Vladimir Putin"),
                    span(text, "Russia"), new Role("President", "president", false), "title-of-place"))
                .quote(new Quote("The talks went well,", PUTIN.id(), evidence(text, 1, "The talks went well,"), 0.9,
                    "speech-verb"))
                .event(new Event("VISIT", "visited",
                    List.of(new Event.Participant(PUTIN.id(), "agent"), new Event.Participant(KIM.id(), "target")),
                    List.of(new Event.UnnamedParticipant("participant", "his guards", evidence(text, 0, "his guards"))),
                    PYONGYANG.id(), "2024-06-19", "on 19 June", "VISIT agent: Vladimir Putin; target: Kim Jong Un", 0.8,
                    List.of(evidence(text, 0, "visited")), false))
                .build());
    new Curation(driver).record(seq -> CurationRule.rename(seq, KIM.id(), "Kim"));

    // when
    Model exported = exported();
    String schema = Files.readString(Path.of("cypher", "schema.cypher"));
    Model documented = Model.of(modelComment(schema));
    Model readme = Model.of(readmeModel(Files.readString(Path.of("README.md"))));

    // then
    assertThat(exported.nodes.keySet())
        .containsExactly("CurationRule", "Document", "Entity", "Event", "Location", "Mention", "Name", "NameKey",
            "Organization", "Person", "Quote");
    assertThat(exported.relationships.keySet())
        .containsExactly("CO_OCCURS_WITH", "HAS_KEY", "HAS_MENTION", "HAS_QUOTE", "HOLDS_POSITION", "MENTIONS",
            "PARTICIPATED_IN", "REFERS_TO", "REPORTS", "SAID", "TOOK_PLACE_IN", "USES_NAME");
    exported.nodes.forEach((label, keys) -> {
      assertThat(documented.nodes).as("schema.cypher documents the label %s", label).containsKey(label);
      assertThat(documented.nodes.get(label)).as("schema.cypher's properties of :%s", label).containsAll(keys);
      assertThat(readme.nodes).as("README's Graph model shows the label %s", label).containsKey(label);
    });
    Set<String> words = words(modelComment(schema));
    exported.relationships.forEach((type, keys) -> {
      assertThat(documented.relationships).as("schema.cypher documents the type %s", type).containsKey(type);
      Set<String> inBraces = documented.relationships.get(type);
      assertThat(inBraces.isEmpty() ? words : inBraces)
          .as("schema.cypher's properties of [:%s]", type)
          .containsAll(keys);
      assertThat(readme.relationships).as("README's Graph model shows the type %s", type).containsKey(type);
    });
  }

  private Model exported() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(driver).export(out);
    JsonNode graph = new ObjectMapper().readTree(out.toByteArray());
    Model model = new Model();
    graph.get("nodes").forEach(node -> node.get("labels").forEach(label -> model.node(label.asText(), keys(node))));
    graph.get("relationships").forEach(edge -> model.relationship(edge.get("type").asText(), keys(edge)));
    return model;
  }

  private static Set<String> keys(JsonNode element) {
    Set<String> keys = new TreeSet<>();
    element.get("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** The comment lines before the first statement, joined, so a pattern may span lines. */
  private static String modelComment(String schema) {
    StringBuilder comment = new StringBuilder();
    for (String line : schema.split("\n")) {
      if (line.startsWith("CREATE ")) {
        break;
      }
      if (line.startsWith("//")) {
        comment.append(line.substring(2)).append(' ');
      }
    }
    return comment.toString();
  }

  /** The first fenced block under README's "## Graph model" heading. */
  private static String readmeModel(String readme) {
    String section = readme.substring(readme.indexOf("\n## Graph model\n"));
    int open = section.indexOf("```\n") + 4;
    return section.substring(open, section.indexOf("```", open)).replace('\n', ' ');
  }

  private static Set<String> words(String text) {
    return new TreeSet<>(List.of(text.split("[^A-Za-z]+")));
  }

  private static Evidence evidence(String text, int sentence, String words) {
    int start = text.indexOf(words);
    return new Evidence(sentence, start, start + words.length());
  }

  private static Span span(String text, String words) {
    int start = text.indexOf(words);
    return new Span(start, start + words.length());
  }

  /** Labels and types with the property keys seen on them. */
  private static final class Model {

    private final Map<String, Set<String>> nodes = new TreeMap<>();
    private final Map<String, Set<String>> relationships = new TreeMap<>();

    static Model of(String text) {
      Model model = new Model();
      Matcher node = NODE.matcher(text);
      while (node.find()) {
        for (String label : node.group(1).split("[:| ]+")) {
          if (!label.isEmpty()) {
            model.node(label, properties(node.group(2)));
          }
        }
      }
      Matcher relationship = RELATIONSHIP.matcher(text);
      while (relationship.find()) {
        for (String type : relationship.group(1).split("[| ]+")) {
          if (!type.isEmpty()) {
            model.relationship(type, properties(relationship.group(2)));
          }
        }
      }
      return model;
    }

    /** "id, title?, done: [step, ...]" is id, title, done. */
    private static Set<String> properties(String braces) {
      Set<String> keys = new TreeSet<>();
      if (braces != null) {
        for (String key : braces.replaceAll("\\[[^\\]]*\\]", "").split(",")) {
          keys.add(key.replaceAll("[?:]", "").strip());
        }
      }
      return keys;
    }

    void node(String label, Set<String> keys) {
      nodes.computeIfAbsent(label, ignored -> new TreeSet<>()).addAll(keys);
    }

    void relationship(String type, Set<String> keys) {
      relationships.computeIfAbsent(type, ignored -> new TreeSet<>()).addAll(keys);
    }
  }
}
