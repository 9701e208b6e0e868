package dev.kg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.ingest.InvalidJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a JSON Lines benchmark file, one record a non-blank line, naming the line that does not parse, and
 * writes the articles kg's reader is given, one JSON object a line.
 */
final class JsonLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  /**
   * @param what what a line holds, for the error message ("a RAMS window")
   * @param parse turns one line's JSON into a record; may throw on a malformed one
   */
  static <T> List<T> read(Path file, String what, Function<JsonNode, T> parse) throws IOException {
    List<T> records = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode tree;
        try {
          tree = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new IOException(file + ":" + number + ": not " + what + " (" + InvalidJson.reason(e) + ")", e);
        }
        if (!tree.isObject()) {
          throw new IOException(file + ":" + number + ": not " + what + " (expected a JSON object on each line, got "
              + tree.getNodeType().name().toLowerCase(Locale.ROOT) + ")");
        }
        try {
          records.add(parse.apply(tree));
        } catch (RuntimeException e) {
          throw new IOException(file + ":" + number + ": not " + what + " (" + e.getMessage() + ")", e);
        }
      }
    }
    return records;
  }

  /** {@code fields} as one JSON object on one line, in their order. */
  static String line(Map<String, String> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + fields.keySet() + " as JSON", e);
    }
  }
}
