package dev.kg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.ingest.InvalidJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One Re-DocRED (DocRED JSON) document: its tokenised sentences, its entities (vertices, each a list
 * of mentions) and its gold relations between them. {@link ReDocRedText} gives the text kg reads.
 *
 * <pre>{@code
 * List<ReDocRedDocument> documents = ReDocRedDocument.read(Path.of("../shared/data/re-docred/dev_revised.json"));
 * }</pre>
 *
 * @param id the document's position in its file, {@code redocred-0}, {@code redocred-1}, ...
 * @param title the Wikipedia article's title
 * @param sentences the tokens of each sentence
 * @param vertices the entities, indexed as the labels' {@code h} and {@code t} index them
 * @param labels the gold relations
 */
public record ReDocRedDocument(
    String id, String title, List<List<String>> sentences, List<Vertex> vertices, List<Label> labels) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ReDocRedDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    sentences = sentences.stream().map(List::copyOf).toList();
    vertices = List.copyOf(vertices);
    labels = List.copyOf(labels);
    for (Vertex vertex : vertices) {
      for (VertexMention mention : vertex.mentions()) {
        if (mention.sentence() < 0 || mention.sentence() >= sentences.size()
            || mention.start() < 0 || mention.end() > sentences.get(mention.sentence()).size()) {
          throw new IllegalArgumentException(
              "mention '" + mention.name() + "' at sentence " + mention.sentence() + " tokens [" + mention.start()
                  + ", " + mention.end() + ") is outside document " + id);
        }
      }
    }
    for (Label label : labels) {
      if (label.head() < 0 || label.tail() < 0 || label.head() >= vertices.size() || label.tail() >= vertices.size()) {
        throw new IllegalArgumentException("relation " + label.property() + " between " + label.head() + " and "
            + label.tail() + " names an entity document " + id + " does not have (" + vertices.size() + " entities)");
      }
    }
  }

  /** Reads a DocRED JSON file: one array of documents. */
  public static List<ReDocRedDocument> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a DocRED file (" + InvalidJson.reason(e) + ")", e);
    }
    if (root == null || !root.isArray()) {
      throw new IOException(file + ": not a DocRED file (expected a JSON array of documents)");
    }
    List<ReDocRedDocument> documents = new ArrayList<>();
    for (JsonNode document : root) {
      try {
        documents.add(parse("redocred-" + documents.size(), document));
      } catch (RuntimeException e) {
        throw new IOException(file + ": document " + documents.size() + " is not a DocRED document (" + e.getMessage() + ")", e);
      }
    }
    return documents;
  }

  private static ReDocRedDocument parse(String id, JsonNode document) {
    List<List<String>> sentences = new ArrayList<>();
    for (JsonNode sentence : required(document, "sents")) {
      List<String> tokens = new ArrayList<>();
      sentence.forEach(token -> tokens.add(token.asText()));
      sentences.add(tokens);
    }
    List<Vertex> vertices = new ArrayList<>();
    for (JsonNode vertex : required(document, "vertexSet")) {
      List<VertexMention> mentions = new ArrayList<>();
      for (JsonNode mention : vertex) {
        JsonNode pos = required(mention, "pos");
        mentions.add(new VertexMention(required(mention, "name").asText(), required(mention, "sent_id").asInt(),
            pos.get(0).asInt(), pos.get(1).asInt(), required(mention, "type").asText()));
      }
      vertices.add(new Vertex(mentions));
    }
    List<Label> labels = new ArrayList<>();
    for (JsonNode label : document.path("labels")) {
      labels.add(new Label(required(label, "h").asInt(), required(label, "t").asInt(), required(label, "r").asText()));
    }
    return new ReDocRedDocument(id, document.path("title").asText(""), sentences, vertices, labels);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return value;
  }

  /** An entity: every mention the annotators linked to it. */
  public record Vertex(List<VertexMention> mentions) {

    public Vertex {
      mentions = List.copyOf(mentions);
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("an entity needs a mention");
      }
    }

    /** The entity's type, as its first mention gives it: PER, ORG, LOC, TIME, NUM or MISC. */
    public String type() {
      return mentions.get(0).type();
    }
  }

  /**
   * One mention of an entity.
   *
   * @param sentence the index of its sentence
   * @param start its first token in the sentence
   * @param end the token after its last
   */
  public record VertexMention(String name, int sentence, int start, int end, String type) {

    public VertexMention {
      if (end <= start) {
        throw new IllegalArgumentException("mention '" + name + "' has no tokens: [" + start + ", " + end + ")");
      }
    }
  }

  /**
   * A gold relation.
   *
   * @param head the index of the subject's vertex
   * @param tail the index of the object's vertex
   * @param property the Wikidata property, e.g. {@code P108} (employer)
   */
  public record Label(int head, int tail, String property) {}
}
