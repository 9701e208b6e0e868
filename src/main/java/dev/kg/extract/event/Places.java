package dev.kg.extract.event;

import dev.kg.extract.LocationKind;
import java.util.Objects;

/**
 * When two places can be where one event happened. kg knows no geography beyond each location's
 * kind, so a city and a country may be the same event's place ("arrived in Pyongyang", "his visit
 * to North Korea"), while two different cities, or two different countries, never are.
 */
public final class Places {

  private Places() {}

  /** A location entity and its kind. */
  public record Place(String id, LocationKind kind) {

    public Place {
      Objects.requireNonNull(id, "id");
    }
  }

  /** Whether {@code a} and {@code b} (either may be {@code null}) can be one event's place. */
  public static boolean compatible(Place a, Place b) {
    if (a == null || b == null || a.id().equals(b.id())) {
      return true;
    }
    return (a.kind() == LocationKind.COUNTRY) != (b.kind() == LocationKind.COUNTRY);
  }

  /** Of two compatible places, the more precise: the one that is not a country. */
  public static Place finer(Place a, Place b) {
    if (a == null) {
      return b;
    }
    return b != null && a.kind() == LocationKind.COUNTRY && b.kind() != LocationKind.COUNTRY ? b : a;
  }
}
