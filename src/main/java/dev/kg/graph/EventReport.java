package dev.kg.graph;

import dev.kg.extract.Event;
import dev.kg.extract.Evidence;
import dev.kg.extract.LocationKind;
import dev.kg.extract.event.Places;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;

/**
 * One document's account of one event, as stored on its {@code REPORTS} edge: everything needed to
 * decide again, later, which reports are the same event. An {@code :Event} node is nothing but the
 * union of its reports, so it can always be rebuilt from them.
 *
 * @param documentId the reporting document
 * @param index the event's position among the document's events
 * @param participants entity id to role, sorted by id
 * @param unnamed those taking part whom the text does not name, each as {@code
 *     <role>|<words>|<sentence>:<start>:<end>}; no part of the event's identity across documents
 * @param expected whether the document tells the event only as still to come ({@link Event#expected})
 * @param published the reporting document's publication date (ISO {@code yyyy-MM-dd}), or {@code null}:
 *     the time an undated report speaks of, for {@link Occasions} alone; read from the document, not
 *     stored on the edge
 */
record EventReport(
    String documentId,
    int index,
    String type,
    String trigger,
    Map<String, String> participants,
    List<String> unnamed,
    String placeId,
    LocationKind placeKind,
    String date,
    String dateText,
    String summary,
    double confidence,
    List<String> evidence,
    boolean expected,
    String published) implements java.io.Serializable {

  static final Comparator<EventReport> ORDER =
      Comparator.comparing(EventReport::documentId).thenComparingInt(EventReport::index);

  static EventReport of(String documentId, String published, int index, Event event, LocationKind placeKind) {
    Map<String, String> participants = new TreeMap<>();
    event.participants().forEach(p -> participants.put(p.entityId(), p.role()));
    return new EventReport(
        documentId,
        index,
        event.type(),
        event.trigger(),
        participants,
        event.unnamed().stream()
            .map(u -> u.role() + "|" + u.words() + "|" + evidenceKey(u.evidence()))
            .toList(),
        event.placeId(),
        placeKind,
        event.date(),
        event.dateText(),
        event.summary(),
        event.confidence(),
        event.evidence().stream().map(EventReport::evidenceKey).toList(),
        event.expected(),
        published);
  }

  /** A report read back from the properties of its {@code REPORTS} edge, of a document published on {@code published}. */
  static EventReport read(String documentId, String published, String type, Value edge) {
    Map<String, String> participants = new TreeMap<>();
    for (String entry : edge.get("participants").asList(Value::asString)) {
      int bar = entry.indexOf('|');
      participants.put(entry.substring(bar + 1), entry.substring(0, bar));
    }
    String kind = edge.get("placeKind").asString(null);
    return new EventReport(
        documentId,
        edge.get("report").asInt(),
        type,
        edge.get("trigger").asString(),
        participants,
        // A report an earlier build wrote has none.
        edge.get("unnamed").isNull() ? List.of() : edge.get("unnamed").asList(Value::asString),
        edge.get("placeId").asString(null),
        kind == null ? null : LocationKind.valueOf(kind),
        edge.get("date").asString(null),
        edge.get("dateText").asString(null),
        edge.get("summary").asString(),
        edge.get("confidence").asDouble(),
        edge.get("evidence").asList(Value::asString),
        // An earlier build stored no tense: its reports were all taken as done.
        edge.get("expected").asBoolean(false),
        published);
  }

  /** The properties of its {@code REPORTS} edge; {@link #read} reads them back. */
  Map<String, Object> properties() {
    String[] first = evidence.get(0).split(":");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("report", index);
    // A visit's report on a meeting's node stays a visit's (Occasions).
    properties.put("type", type);
    properties.put("sentence", Integer.parseInt(first[0]));
    properties.put("start", Integer.parseInt(first[1]));
    properties.put("end", Integer.parseInt(first[2]));
    properties.put("evidence", evidence);
    properties.put("trigger", trigger);
    properties.put(
        "participants",
        participants.entrySet().stream().map(e -> e.getValue() + "|" + e.getKey()).toList());
    properties.put("unnamed", unnamed.isEmpty() ? null : unnamed);
    properties.put("placeId", placeId);
    properties.put("placeKind", placeKind == null ? null : placeKind.name());
    properties.put("date", date);
    properties.put("dateText", dateText);
    properties.put("summary", summary);
    properties.put("confidence", confidence);
    properties.put("expected", expected);
    return properties;
  }

  Places.Place place() {
    return placeId == null ? null : new Places.Place(placeId, placeKind);
  }

  Set<String> withRole(String role) {
    return participants.entrySet().stream()
        .filter(e -> e.getValue().equals(role))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** Each unnamed participant as "{@code <role>: <words>}", as the event node lists them. */
  List<String> unnamedParticipants() {
    return unnamed.stream()
        .map(entry -> entry.substring(0, entry.indexOf('|')) + ": "
            + entry.substring(entry.indexOf('|') + 1, entry.lastIndexOf('|')))
        .toList();
  }

  String key() {
    return documentId + "#" + index;
  }

  /** Compares two {@link #key}s as {@link #ORDER} compares their reports: by document, then index. */
  static int compareKeys(String a, String b) {
    int hashA = a.lastIndexOf('#');
    int hashB = b.lastIndexOf('#');
    int byDocument = a.substring(0, hashA).compareTo(b.substring(0, hashB));
    return byDocument != 0
        ? byDocument
        : Integer.compare(Integer.parseInt(a.substring(hashA + 1)), Integer.parseInt(b.substring(hashB + 1)));
  }

  private static String evidenceKey(Evidence evidence) {
    return evidence.sentence() + ":" + evidence.start() + ":" + evidence.end();
  }
}
