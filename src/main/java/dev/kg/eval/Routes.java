package dev.kg.eval;

import dev.kg.extract.Relation;
import dev.kg.extract.relation.KbpSlots;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The route that found a benchmark prediction, and precision route by route: a rule that is right on
 * the sentences it was written on and wrong elsewhere shows as a route whose precision differs between
 * sets.
 *
 * <pre>{@code
 * System.out.print(Routes.table(predictor.routes(...), gold, Conll04Relation::label));
 * }</pre>
 */
public final class Routes {

  private Routes() {}

  /** The relation's {@link Relation#method()}, KBP's statistical guesses told from its rules as "kbp-statistical". */
  static String of(Relation relation) {
    return KbpSlots.statisticalGuess(relation) ? "kbp-statistical" : relation.method();
  }

  /** Each prediction with the routes of the kg relations that state it, joined by "+" in name order. */
  static <T> Map<T, String> joined(Map<T, Set<String>> routes) {
    Map<T, String> joined = new LinkedHashMap<>();
    routes.forEach((item, names) -> joined.put(item, String.join("+", names)));
    return joined;
  }

  /**
   * One line per label and route, most predictions first within a label: label, route, predicted,
   * correct (equal to a gold item), precision.
   */
  public static <T> String table(Map<T, String> predicted, Collection<T> gold, Function<T, String> label) {
    Set<T> golden = Set.copyOf(gold);
    Map<List<String>, long[]> rows = new LinkedHashMap<>();
    predicted.forEach((item, route) -> {
      long[] count = rows.computeIfAbsent(List.of(label.apply(item), route), key -> new long[2]);
      count[0]++;
      count[1] += golden.contains(item) ? 1 : 0;
    });
    List<Map.Entry<List<String>, long[]>> ordered = new ArrayList<>(rows.entrySet());
    ordered.sort(Comparator.<Map.Entry<List<String>, long[]>, String>comparing(entry -> entry.getKey().get(0))
        .thenComparing(entry -> -entry.getValue()[0])
        .thenComparing(entry -> entry.getKey().get(1)));
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-15s %-40s %5s %5s %6s%n", "label", "route", "pred", "ok", "P"));
    for (Map.Entry<List<String>, long[]> entry : ordered) {
      long[] count = entry.getValue();
      table.append(String.format(Locale.ROOT, "%-15s %-40s %5d %5d %6.3f%n", entry.getKey().get(0), entry.getKey().get(1),
          count[0], count[1], (double) count[1] / count[0]));
    }
    return table.toString();
  }
}
