package dev.kg.name;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * The one rule that picks the name an entity is shown by from the names used for it, wherever kg
 * decides one: within a document ({@code EntityExtractor}, from how many mentions write each name),
 * when two of a document's entities turn out to be one corpus entity ({@code EntityMapping}, again
 * from mentions), when an analyst's split takes an entity's name away ({@code CurationRules}, from the
 * mentions it kept), and over the corpus ({@code EntityTally}, from how many documents give each name).
 * Only the count differs between them; the order is this one:
 *
 * <ol>
 *   <li>the most words ({@link NameKey#tokens}): the fullest name, {@code Vladimir Putin} over {@code
 *       Putin}, {@code Korean Central News Agency} over {@code KCNA}. Every name of an entity that has
 *       the most words is in practice a spelling of the name its id was derived from, so the name
 *       shown agrees with the id however many documents only use a short form;
 *   <li>then the most uses: among spellings of that name ({@code Kim Jong Un}, {@code Kim Jong-un},
 *       {@code Zelensky}, {@code Zelenskyy}), the one written most;
 *   <li>then the longer, in code points ({@code Zelenskyy} over {@code Zelensky} on a tie);
 *   <li>then the alphabetically first ({@link String#compareTo}), so that the choice never depends on
 *       the order names were seen in.
 * </ol>
 *
 * <pre>{@code
 * CanonicalName.of(Map.of("Putin", 5L, "Vladimir Putin", 1L));       // "Vladimir Putin"
 * CanonicalName.of(Map.of("Kim Jong Un", 1L, "Kim Jong-un", 3L));    // "Kim Jong-un"
 * }</pre>
 */
public final class CanonicalName {

  private static final Comparator<Candidate> ORDER =
      Comparator.comparingInt(Candidate::words)
          .thenComparingLong(Candidate::uses)
          .thenComparingInt(Candidate::length)
          .reversed()
          .thenComparing(Candidate::name);

  /** A name with what the order reads off it, each computed once. */
  private record Candidate(String name, int words, long uses, int length) {

    Candidate(String name, long uses) {
      this(name, NameKey.of(name).tokens().size(), uses, name.codePointCount(0, name.length()));
    }
  }

  private CanonicalName() {}

  /**
   * The name to show for an entity.
   *
   * @param uses each name used for the entity to how often it is used (mentions in a document,
   *     documents in the corpus), at least once each
   * @throws IllegalArgumentException if there is no name, one is used less than once, or one holds no
   *     letter or digit
   */
  public static String of(Map<String, Long> uses) {
    Objects.requireNonNull(uses, "uses");
    if (uses.isEmpty()) {
      throw new IllegalArgumentException("a canonical name is chosen among names, got none");
    }
    uses.forEach(
        (name, count) -> {
          if (count < 1) {
            throw new IllegalArgumentException(
                "a canonical name is chosen among names used at least once, got '" + name + "' used " + count
                    + " time(s)");
          }
        });
    return uses.entrySet().stream()
        .map(use -> new Candidate(use.getKey(), use.getValue()))
        .min(ORDER)
        .orElseThrow()
        .name();
  }
}
