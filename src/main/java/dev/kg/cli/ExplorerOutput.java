package dev.kg.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** How kg explore, path and search print: headed tables of chosen columns, or one JSON object. */
final class ExplorerOutput {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintWriter out;

  ExplorerOutput(PrintWriter out) {
    this.out = out;
  }

  void line(String text) {
    out.println(text);
  }

  /** A blank line, {@code heading}, then the table of {@code rows}. */
  void section(String heading, List<Map<String, Object>> rows, List<String> columns) {
    out.println();
    out.println(heading);
    table(rows, columns);
  }

  /** {@code columns} of {@code rows} as a table. */
  void table(List<Map<String, Object>> rows, List<String> columns) {
    List<List<Object>> cells = rows.stream().map(row -> columns.stream().map(row::get).toList()).toList();
    new Table(columns, cells).print(out);
  }

  void json(Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the result as JSON", e);
    }
  }

  void flush() {
    out.flush();
  }
}
