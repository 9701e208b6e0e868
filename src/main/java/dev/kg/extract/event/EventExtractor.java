package dev.kg.extract.event;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Event;
import dev.kg.extract.Evidence;
import dev.kg.extract.Mention;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Extracts the events a document reports: triggers and roles from the parse ({@link EventDetector}),
 * arguments linked to the document's entities through their mentions (pronouns included, which
 * coreference attached to entities), dates normalised by {@link EventDate}, and the sentences about
 * one event merged into one {@link Event}.
 *
 * <p>Within a document, a trigger joins the nearest earlier event of its type that it is compatible
 * with: no date, place or agent that contradicts it, and a participant in common or none named at
 * all, so "Putin arrived in Pyongyang ... the visit ... his visit" is one visit, while Shoigu's visit
 * "on Wednesday" and his visit "in late March" stay two. Events that name no entity (sanctions "amid
 * Western sanctions") are not reported.
 *
 * <p>A visit and a meeting are one occasion when the traveller is among those meeting, on no
 * conflicting date or place: "Putin arrived in Pyongyang for talks with Kim ... the two leaders met
 * at the Kumsusan guesthouse" is one meeting with both leaders, the place and the date, however the
 * sentences split it. Such an occasion is a {@code MEETING}, since the meeting is what the visit
 * was for; a visit whose traveller meets nobody stays a visit. A visit joins a meeting told before
 * it only from the next sentence at the latest, and an occasion holds one visit, so a later trip by
 * one of those who met is a visit of its own.
 *
 * <pre>{@code
 * DocumentExtraction entities = new EntityExtractor().extract(document, annotated);
 * List<Event> events = new EventExtractor().extract(entities, annotated);
 * }</pre>
 */
public final class EventExtractor {

  /** The events {@code extraction}'s document reports, in the order of their first sentence. */
  public List<Event> extract(DocumentExtraction extraction, AnnotatedText annotated) {
    Map<String, Entity> entities =
        extraction.entities().stream().collect(Collectors.toMap(Entity::id, e -> e, (a, b) -> a));
    List<Draft> drafts = new ArrayList<>();
    for (EventMention mention : mentions(extraction, annotated)) {
      Draft draft = new Draft(mention, annotated, entities);
      Draft host = null;
      for (int i = drafts.size() - 1; i >= 0 && host == null; i--) {
        if (drafts.get(i).accepts(draft)) {
          host = drafts.get(i);
        }
      }
      for (int i = drafts.size() - 1; i >= 0 && host == null; i--) {
        if (drafts.get(i).sharesOccasion(draft)) {
          host = drafts.get(i);
        }
      }
      if (host == null) {
        drafts.add(draft);
      } else {
        host.absorb(draft);
      }
    }
    return drafts.stream().filter(Draft::namesEntity).map(d -> d.toEvent(entities)).toList();
  }

  /** Every trigger of the document with its arguments, before merging; what the WikiEvents scorer reads. */
  public List<EventMention> mentions(DocumentExtraction extraction, AnnotatedText annotated) {
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    extraction.mentions().forEach(m -> bySentence.computeIfAbsent(m.sentence(), s -> new ArrayList<>()).add(m));
    bySentence.values().forEach(list -> list.sort(Comparator.comparingInt(m -> m.end() - m.start())));
    Map<String, EntityType> types = new HashMap<>();
    extraction.entities().forEach(e -> types.put(e.id(), e.type()));
    EventDetector detector =
        new EventDetector((sentence, token) -> entityAt(bySentence.get(sentence), token), types);
    return detector.detect(annotated, EventDate.of(annotated));
  }

  private static String entityAt(List<Mention> mentions, Token token) {
    if (mentions == null) {
      return null;
    }
    for (Mention mention : mentions) {
      if (mention.start() <= token.start() && token.end() <= mention.end()) {
        return mention.entityId();
      }
    }
    return null;
  }

  /** An event of the document as its sentences are read, growing as later sentences join it. */
  private static final class Draft {

    private EventType type;
    private final String trigger;
    private final Map<String, EventRole> participants = new LinkedHashMap<>();
    private String placeId;
    private LocationKind placeKind;
    private String date;
    private String dateText;
    private double confidence;
    private boolean visit;
    private final List<Evidence> evidence = new ArrayList<>();

    Draft(EventMention mention, AnnotatedText annotated, Map<String, Entity> entities) {
      type = mention.type();
      Token token = annotated.sentences().get(mention.sentence()).tokens().get(mention.trigger());
      trigger = token.word();
      for (EventMention.Argument argument : mention.arguments()) {
        if (argument.entityId() == null || !entities.containsKey(argument.entityId())) {
          continue;
        }
        if (argument.role() == EventRole.PLACE) {
          if (placeId == null) {
            placeId = argument.entityId();
            placeKind = entities.get(placeId).kind();
          }
        } else {
          participants.merge(argument.entityId(), argument.role(), Draft::stronger);
        }
      }
      if (placeId != null && participants.containsKey(placeId)) {
        placeId = null;
        placeKind = null;
      }
      if (mention.date() != null) {
        date = mention.date().value();
        dateText = mention.date().text();
      }
      confidence = mention.confidence();
      visit = type == EventType.VISIT;
      evidence.add(new Evidence(mention.sentence(), token.start(), token.end()));
    }

    boolean accepts(Draft later) {
      boolean sameKind = later.type == type || visit && later.type == EventType.VISIT;
      if (!sameKind || !EventDate.compatible(date, later.date)) {
        return false;
      }
      boolean samePlace = placeId == null || later.placeId == null || placeId.equals(later.placeId);
      if (!samePlace && (later.participants.isEmpty() || !Places.compatible(place(), later.place()))) {
        return false;
      }
      Set<String> agents = agents();
      Set<String> laterAgents = later.agents();
      if (!agents.isEmpty() && !laterAgents.isEmpty() && agents.stream().noneMatch(laterAgents::contains)) {
        return false;
      }
      return later.participants.isEmpty()
          || participants.keySet().stream().anyMatch(later.participants::containsKey)
          || participants.isEmpty() && samePlace
          || completes(later);
    }

    /**
     * Whether {@code later} names the other side of a meeting that so far names only who held it:
     * "Putin came for talks ... the meeting with Kim".
     */
    private boolean completes(Draft later) {
      return type == EventType.MEETING && later.agents().isEmpty() && participants.size() == 1
          && agents().size() == 1 && follows(later);
    }

    /** Whether {@code later} is told in the sentence of this event's last mention or the next one. */
    private boolean follows(Draft later) {
      return later.evidence.get(0).sentence() - evidence.get(evidence.size() - 1).sentence() <= 1;
    }

    /** Whether {@code later}, a meeting after a visit or a visit after a meeting, is the same occasion. */
    boolean sharesOccasion(Draft later) {
      Set<EventType> occasion = Set.of(EventType.VISIT, EventType.MEETING);
      if (type == later.type || !occasion.contains(type) || !occasion.contains(later.type)
          || !EventDate.compatible(date, later.date) || !Places.compatible(place(), later.place())) {
        return false;
      }
      if (later.type == EventType.VISIT && (visit || !follows(later))) {
        return false;
      }
      Draft traveller = type == EventType.VISIT ? this : later;
      Draft meeting = traveller == this ? later : this;
      return traveller.agents().stream().anyMatch(meeting.participants::containsKey);
    }

    void absorb(Draft later) {
      if (later.type != type) {
        type = EventType.MEETING;
      }
      visit |= later.visit;
      later.participants.forEach((id, role) -> participants.merge(id, role, Draft::stronger));
      Places.Place finer = Places.finer(place(), later.place());
      if (finer != null && !participants.containsKey(finer.id())) {
        placeId = finer.id();
        placeKind = finer.kind();
      }
      if (later.date != null && (date == null || later.date.length() > date.length())) {
        date = later.date;
        dateText = later.dateText;
      } else if (dateText == null) {
        dateText = later.dateText;
      }
      confidence = 1 - (1 - confidence) * (1 - later.confidence);
      evidence.addAll(later.evidence);
    }

    boolean namesEntity() {
      return placeId != null || !participants.isEmpty();
    }

    Event toEvent(Map<String, Entity> entities) {
      List<Event.Participant> list =
          participants.entrySet().stream()
              .sorted(Map.Entry.<String, EventRole>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
              .map(e -> new Event.Participant(e.getKey(), e.getValue().label()))
              .toList();
      return new Event(
          type.name(),
          trigger,
          list,
          placeId,
          date,
          dateText,
          summary(entities),
          Math.min(0.99, Math.round(confidence * 100) / 100.0),
          evidence);
    }

    private String summary(Map<String, Entity> entities) {
      StringBuilder summary = new StringBuilder(type.name());
      for (EventRole role : EventRole.values()) {
        List<String> names =
            participants.entrySet().stream()
                .filter(e -> e.getValue() == role)
                .map(e -> entities.get(e.getKey()).name())
                .toList();
        if (!names.isEmpty()) {
          summary.append(' ').append(role.label()).append(": ").append(String.join(", ", names)).append(';');
        }
      }
      if (placeId != null) {
        summary.append(" place: ").append(entities.get(placeId).name()).append(';');
      }
      summary.setLength(summary.length() - (summary.charAt(summary.length() - 1) == ';' ? 1 : 0));
      return summary.toString();
    }

    private Places.Place place() {
      return placeId == null ? null : new Places.Place(placeId, placeKind);
    }

    private Set<String> agents() {
      return participants.entrySet().stream()
          .filter(e -> e.getValue() == EventRole.AGENT)
          .map(Map.Entry::getKey)
          .collect(Collectors.toSet());
    }

    private static EventRole stronger(EventRole a, EventRole b) {
      return a.ordinal() <= b.ordinal() ? a : b;
    }
  }
}
