package dev.kg.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rows printed as an aligned text table; nested values shown as compact JSON. */
final class Table {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_CELL = 80;

  private final List<String> columns;
  private final List<List<String>> cells = new ArrayList<>();

  Table(List<String> columns, List<List<Object>> rows) {
    this.columns = List.copyOf(columns);
    for (List<Object> row : rows) {
      cells.add(row.stream().map(Table::cell).toList());
    }
  }

  void print(PrintWriter out) {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).length();
      for (List<String> row : cells) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    line(out, columns, widths);
    StringBuilder rule = new StringBuilder();
    for (int width : widths) {
      rule.append("-".repeat(width)).append("  ");
    }
    out.println(rule.toString().stripTrailing());
    for (List<String> row : cells) {
      line(out, row, widths);
    }
    out.printf("(%d row%s)%n", cells.size(), cells.size() == 1 ? "" : "s");
  }

  private static void line(PrintWriter out, List<String> values, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < values.size(); c++) {
      line.append(String.format("%-" + Math.max(1, widths[c]) + "s  ", values.get(c)));
    }
    out.println(line.toString().stripTrailing());
  }

  private static String cell(Object value) {
    String text;
    if (value == null) {
      text = "null";
    } else if (value instanceof List<?> || value instanceof Map<?, ?>) {
      try {
        text = JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        text = value.toString();
      }
    } else {
      text = value.toString();
    }
    text = text.replace('\n', ' ');
    return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
  }
}
