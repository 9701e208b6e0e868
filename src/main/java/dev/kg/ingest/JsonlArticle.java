package dev.kg.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * One line of a JSONL input: {@code text} is required, the rest optional, other fields ignored.
 *
 * <pre>{@code
 * JsonlArticle line = JsonlArticle.parse("{\"id\": 17, \"text\": \"Kim met Putin.\", \"date\": \"2025-06-06\"}");
 * line.id();  // "17": numbers are read as strings
 * }</pre>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record JsonlArticle(String id, String title, String date, String url, String source, String text) {

  private static final ObjectReader READER =
      new ObjectMapper()
          .readerFor(JsonlArticle.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The article on one line; the line must hold exactly one JSON object. */
  static JsonlArticle parse(String json) throws RejectedInputException {
    try {
      JsonlArticle article = READER.readValue(json);
      if (article == null) {
        throw new RejectedInputException("expected a JSON object, got null");
      }
      return article;
    } catch (JsonProcessingException e) {
      throw new RejectedInputException("invalid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
    }
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
    return new RawArticle(
        RawArticle.headlineFirst(headline, text.lines().toList()), headline, blankToNull(source), published,
        blankToNull(url));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
