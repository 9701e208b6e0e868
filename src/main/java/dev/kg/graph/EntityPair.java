package dev.kg.graph;

import java.util.Comparator;
import java.util.Objects;

/**
 * Two distinct entities in canonical order, the smaller id first: the direction kg stores a
 * {@code CO_OCCURS_WITH} edge in, although the edge means the same both ways.
 */
record EntityPair(String first, String second) implements Comparable<EntityPair>, java.io.Serializable {

  private static final Comparator<EntityPair> ORDER =
      Comparator.comparing(EntityPair::first).thenComparing(EntityPair::second);

  EntityPair {
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException(
          "an entity pair needs two ids in order, got '" + first + "', '" + second + "'");
    }
  }

  /** The pair of {@code a} and {@code b}, whichever order they come in. */
  static EntityPair of(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.compareTo(b) < 0 ? new EntityPair(a, b) : new EntityPair(b, a);
  }

  @Override
  public int compareTo(EntityPair other) {
    return ORDER.compare(this, other);
  }
}
