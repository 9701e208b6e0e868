package dev.kg.graph;

import dev.kg.extract.event.EventRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an event's {@code summary} says, kept apart from the names it says it with: the participants
 * of the report that describes the event (entity id to role) and, for a role no entity fills, the
 * words that stand in for a name ("<role>: <words>"). The line itself is {@link #text}, written with
 * each entity's corpus name as the graph holds it when the event or the entity's name is written, so
 * an entity whose name changes ("Kim Jong-un" becoming "Kim Jong Un") is never named in a summary by
 * a spelling the graph no longer gives it, whatever order the documents came in.
 *
 * @param participants entity id to role, sorted by id
 * @param unnamed those taking part whom the report does not name, as {@code <role>: <words>}
 */
record EventSummary(Map<String, String> participants, List<String> unnamed) {

  EventSummary {
    participants = Collections.unmodifiableSortedMap(new TreeMap<>(participants));
    unnamed = List.copyOf(unnamed);
  }

  static EventSummary of(EventReport report) {
    return new EventSummary(report.participants(), report.unnamedParticipants());
  }

  /** The number of entities the summary names, which decides the report that describes an event. */
  int size() {
    return participants.size();
  }

  /** The entities the summary names, {@code placeId} (which may be {@code null}) with them. */
  Set<String> entityIds(String placeId) {
    Set<String> ids = new TreeSet<>(participants.keySet());
    if (placeId != null) {
      ids.add(placeId);
    }
    return ids;
  }

  /**
   * "{@code <TYPE> agent: <names>; ...; place: <name>}": each role in {@link EventRole} order with its
   * entities' names in alphabetical order (the report keeps no order of mention), or else the words
   * standing in for them, then the place; {@code names} holds the name of every entity of {@link
   * #entityIds}. An entity it has no name for (a node removed, or never given a name) is left out, as
   * the graph cannot name it: a summary one name short is better than a write that fails.
   */
  String text(String type, String placeId, Map<String, String> names) {
    StringBuilder text = new StringBuilder(type);
    List<String> parts = new ArrayList<>();
    for (EventRole role : EventRole.values()) {
      List<String> named =
          participants.entrySet().stream()
              .filter(e -> e.getValue().equals(role.label()))
              .map(e -> names.get(e.getKey()))
              .filter(Objects::nonNull)
              .sorted(Comparator.naturalOrder())
              .toList();
      if (named.isEmpty()) {
        String prefix = role.label() + ": ";
        named = unnamed.stream().filter(u -> u.startsWith(prefix)).map(u -> u.substring(prefix.length())).toList();
      }
      if (!named.isEmpty()) {
        parts.add(role.label() + ": " + String.join(", ", named));
      }
    }
    String place = placeId == null ? null : names.get(placeId);
    if (place != null) {
      parts.add("place: " + place);
    }
    if (!parts.isEmpty()) {
      text.append(' ').append(String.join("; ", parts));
    }
    return text.toString();
  }
}
