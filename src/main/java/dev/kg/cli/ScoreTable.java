package dev.kg.cli;

import dev.kg.eval.NerScore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entity-level scores of several systems side by side, one row per type and a micro-averaged row:
 * the gold count, then precision, recall and F1 (in percent) of each system.
 */
final class ScoreTable {

  private ScoreTable() {}

  /**
   * Prints the table.
   *
   * @param systems the column heading of each system, in the order of {@code scores}
   */
  static void print(PrintWriter out, List<String> systems, List<NerScore> scores) {
    Set<String> types = new TreeSet<>();
    scores.forEach(score -> types.addAll(score.byType().keySet()));
    List<String> columns = new ArrayList<>(List.of("type", "gold"));
    for (String system : systems) {
      columns.addAll(List.of(system + " P", "R", "F1"));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (String type : types) {
      rows.add(row(type, scores.stream().map(score -> score.byType().getOrDefault(type, new NerScore.Counts(0, 0, 0))).toList()));
    }
    rows.add(row("micro", scores.stream().map(NerScore::overall).toList()));
    new Table(columns, rows).print(out);
    out.flush();
  }

  private static List<Object> row(String type, List<NerScore.Counts> counts) {
    List<Object> row = new ArrayList<>(List.of(type, counts.get(0).gold()));
    for (NerScore.Counts system : counts) {
      row.addAll(List.of(percent(system.precision()), percent(system.recall()), percent(system.f1())));
    }
    return row;
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.2f", 100 * value);
  }
}
