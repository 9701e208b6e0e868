package dev.kg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One line of a JSONL input: {@code text} is required, the rest optional, other fields ignored.
 *
 * <p>Each known field must be a JSON string ({@code null} counts as absent), except {@code id}, which
 * may also be a whole number, as many exports number their records. Any other type is refused rather
 * than read as text, so a {@code "text": true} or {@code "date": 2025} is not stored as if meant.
 *
 * <pre>{@code
 * JsonlArticle line = JsonlArticle.parse("{\"id\": 17, \"text\": \"Kim met Putin.\", \"date\": \"2025-06-06\"}");
 * line.id();  // "17"
 * JsonlArticle.parse("{\"text\": 42}");  // throws: "text" must be a string, not a number
 * }</pre>
 */
record JsonlArticle(String id, String title, String date, String url, String source, String text) {

  // Two values for one field would leave it to the parser which one is kept.
  private static final ObjectMapper JSON =
      new ObjectMapper(JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  /** The article on one line; the line must hold exactly one JSON object. */
  static JsonlArticle parse(String json) throws RejectedInputException {
    JsonNode object = tree(json);
    if (!object.isObject()) {
      throw new RejectedInputException("expected a JSON object, got " + kind(object));
    }
    return new JsonlArticle(
        id(object),
        string(object, "title"),
        string(object, "date"),
        string(object, "url"),
        string(object, "source"),
        string(object, "text"));
  }

  /** The JSON value {@code json} holds, alone: a field twice or text after it is refused. */
  static JsonNode tree(String json) throws RejectedInputException {
    try (JsonParser parser = JSON.createParser(json)) {
      JsonNode tree = JSON.readTree(parser);
      if (tree == null) {
        throw new RejectedInputException("expected a JSON object, got nothing");
      }
      if (parser.nextToken() != null) {
        throw new RejectedInputException(
            "invalid JSON: more text after the JSON value" + InvalidJson.at(parser.currentTokenLocation()));
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new RejectedInputException(InvalidJson.reason(e));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  private static String id(JsonNode object) throws RejectedInputException {
    JsonNode value = object.get("id");
    if (value != null && value.isIntegralNumber()) {
      return value.asText();
    }
    if (value != null && !value.isNull() && !value.isTextual()) {
      throw new RejectedInputException("\"id\" must be a string or a whole number, not " + kind(value));
    }
    return string(object, "id");
  }

  private static String string(JsonNode object, String field) throws RejectedInputException {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new RejectedInputException("\"" + field + "\" must be a string, not " + kind(value));
    }
    // A NUL in a file makes it binary; written as \u0000 in JSON it is the same byte in the graph.
    if (value.textValue().indexOf('\0') >= 0) {
      throw new RejectedInputException("\"" + field + "\" holds a NUL character (\\u0000)");
    }
    return value.textValue();
  }

  private static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }

  /** The declared id, or {@code null} when there is none. */
  String declaredId() {
    return blankToNull(id);
  }

  /** The article as the reader cleans it, with the date read into ISO form. */
  RawArticle toRawArticle() throws RejectedInputException {
    if (text == null) {
      throw new RejectedInputException("missing \"text\"");
    }
    if (text.isBlank()) {
      throw new RejectedInputException("empty \"text\"");
    }
    String published = null;
    if (blankToNull(date) != null) {
      published =
          NewsDate.parse(date)
              .orElseThrow(() -> new RejectedInputException("unrecognised date \"" + date + "\""))
              .toString();
    }
    String headline = blankToNull(title);
    List<String> lines = text.lines().toList();
    return new RawArticle(
        RawArticle.headlineFirst(headline, headline == null ? HardWraps.joined(lines) : HardWraps.joinedBody(lines)),
        headline, blankToNull(source), published,
        blankToNull(url), true);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
