package dev.kg.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table a Cypher query returned, in plain Java values (see {@link CypherRunner}).
 *
 * @param columns the column names, in the query's order
 * @param rows one list per record, aligned with {@code columns}; values may be {@code null}
 */
public record QueryResult(List<String> columns, List<List<Object>> rows) {

  public QueryResult {
    columns = List.copyOf(columns);
    List<List<Object>> copies = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " values for " + columns.size() + " columns");
      }
      // Not List.copyOf: a query may well return null.
      copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copies);
  }

  /** Each row as a map from column name to value, columns in query order. */
  public List<Map<String, Object>> asMaps() {
    List<Map<String, Object>> maps = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        map.put(columns.get(i), row.get(i));
      }
      maps.add(Collections.unmodifiableMap(map));
    }
    return Collections.unmodifiableList(maps);
  }
}
