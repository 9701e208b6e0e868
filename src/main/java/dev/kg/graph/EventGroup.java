package dev.kg.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.extract.EntityId;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.event.EventDate;
import dev.kg.extract.event.EventType;
import dev.kg.extract.event.Places;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One event as the reports grouped into it add up: the {@code :Event} node's properties, its
 * participants and place, and what a further report must agree with to join it. Reports are added in
 * {@link EventReport#ORDER}, and everything here is a fold over them, so a group built from all its
 * reports at once and one built by adding a later report to its stored {@link #state} are the same.
 *
 * <p>What a report must agree with is kept once per distinct account (each distinct set of agents,
 * of people, of participants; each place), not once per report, so checking a report costs what the
 * accounts differ in however many articles told the story. Plain values only: a batch over the whole
 * corpus can group reports with it as the graph writer does.
 */
final class EventGroup {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> ROLE_STRENGTH =
      List.of("agent", "participant", "target", "recipient", "object");

  private static final int EVIDENCE = 5;

  /**
   * What is stored of a group on its node ({@code Event.grouping}, as JSON): all {@link #add} needs
   * to go on from where the group was left.
   */
  @JsonIgnoreProperties(ignoreUnknown = true) // an earlier build's grouping, to be recognised as such
  record State(
      String leader,
      String first,
      String last,
      String lastCoarse,
      String lastAmbiguous,
      String type,
      String trigger,
      int reports,
      double doubt,
      List<String> evidence,
      String date,
      String datedText,
      String firstDateText,
      EventSummary summaryAccount,
      boolean expected,
      String placeId,
      LocationKind placeKind,
      Map<String, String> roles,
      Map<String, Integer> participantDocuments,
      List<String> unnamed,
      Terms.State terms,
      Terms.State datedTerms) {}

  private final List<EventReport> members = new ArrayList<>();
  private final Set<String> documents = new HashSet<>();
  private final String leader;
  private final String first;
  private String last;
  private String lastCoarse;
  private String lastAmbiguous;
  // A visit a meeting joins becomes the meeting, and takes its word (Occasions).
  private String type;
  private String trigger;
  private int reports;
  private double doubt = 1;
  private final List<String> evidence = new ArrayList<>();
  private String date;
  private String datedText;
  private String firstDateText;
  // The account of the report that describes the event, or null until one of the event's type joins.
  private EventSummary summary;
  /** Whether every report tells the event as still to come: one that tells it done makes it done. */
  private boolean expected = true;
  private Places.Place place;
  private final Map<String, String> roles = new TreeMap<>();
  private final Map<String, Integer> participantDocuments = new TreeMap<>();
  // Those taking part whom no report names, as "<role>: <words>", by their lower case: no part of
  // what a report must agree with, since "a man" in two documents need not be one man.
  private final Map<String, String> unnamed = new LinkedHashMap<>();
  // What a report must agree with: every member's account, and the accounts of the members dated to
  // the month or day alone, which is what the group admitted dated reports by (EventClusters).
  private final Terms terms;
  private final Terms datedTerms;

  /** A group of one report, which leads it: groups are tried in the order of their leaders. */
  EventGroup(EventReport leader) {
    this(leader.key(), leader);
  }

  private EventGroup(String leader, EventReport first) {
    this.leader = leader;
    this.first = first.key();
    this.type = first.type();
    this.trigger = first.trigger();
    this.terms = new Terms();
    this.datedTerms = new Terms();
    add(first);
  }

  /**
   * The group led by {@code leader} holding {@code members}, added in {@link EventReport#ORDER}: a
   * report with no date or only a year may join a group ahead of its leader; {@code lastAmbiguous}
   * as {@link #lastAmbiguous}.
   */
  static EventGroup of(String leader, List<EventReport> members, String lastAmbiguous) {
    List<EventReport> sorted = new ArrayList<>(members);
    sorted.sort(EventReport.ORDER);
    EventGroup group = new EventGroup(leader, sorted.get(0));
    sorted.subList(1, sorted.size()).forEach(group::add);
    group.lastAmbiguous = lastAmbiguous;
    return group;
  }

  private EventGroup(State state) {
    this.leader = state.leader();
    this.first = state.first();
    this.last = state.last();
    this.lastCoarse = state.lastCoarse();
    this.lastAmbiguous = state.lastAmbiguous();
    this.type = state.type();
    this.trigger = state.trigger();
    this.reports = state.reports();
    this.doubt = state.doubt();
    this.evidence.addAll(state.evidence());
    this.date = state.date();
    this.datedText = state.datedText();
    this.firstDateText = state.firstDateText();
    this.summary = state.summaryAccount();
    this.expected = state.expected();
    this.place = state.placeId() == null ? null : new Places.Place(state.placeId(), state.placeKind());
    this.roles.putAll(state.roles());
    this.participantDocuments.putAll(state.participantDocuments());
    if (state.unnamed() != null) { // null in a grouping stored before unnamed participants
      state.unnamed().forEach(this::addUnnamed);
    }
    this.terms = Terms.of(state.terms());
    this.datedTerms = Terms.of(state.datedTerms());
  }

  /**
   * The group stored as {@code json} ({@link #json}), or {@code null} when an earlier build stored it,
   * without its dated members' terms, its last members, its accounts by type, its undated members'
   * publication dates or the account its summary is written from: its event is then grouped again. It knows
   * its members' accounts but not the members themselves: only reports of documents it cannot hold
   * yet may be added to it.
   */
  static EventGroup read(String json) {
    State state;
    try {
      state = JSON.readValue(json, State.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an Event's grouping is not what kg stores: " + json, e);
    }
    return state.datedTerms() == null || state.datedTerms().leastDatedByType() == null
            || state.terms().publishedByType() == null || state.summaryAccount() == null
        ? null
        : new EventGroup(state);
  }

  /**
   * Adds {@code report}, which comes after every report already in the group in {@link
   * EventReport#ORDER}, or the group's properties are not those of its reports (see {@link #of}).
   */
  void add(EventReport report) {
    if (!type.equals(Occasions.joined(type, report.type()))) {
      type = Occasions.joined(type, report.type());
      trigger = report.trigger();
      summary = null;
    }
    members.add(report);
    documents.add(report.documentId());
    reports++;
    doubt *= 1 - report.confidence();
    if (evidence.size() < EVIDENCE) {
      evidence.add(report.documentId() + "#" + report.evidence().get(0).split(":")[0]);
    }
    if (report.date() != null && (date == null || report.date().length() > date.length())) {
      date = report.date();
      datedText = report.dateText();
    }
    if (firstDateText == null) {
      firstDateText = report.dateText();
    }
    // The account of the event's type naming most participants describes the event; of equals, the
    // first.
    if (report.type().equals(type) && (summary == null || report.participants().size() > summary.size())) {
      summary = EventSummary.of(report);
    }
    expected &= report.expected();
    place = Places.finer(place, report.place());
    report.unnamedParticipants().forEach(this::addUnnamed);
    report.participants().forEach((id, role) -> {
      roles.merge(id, role, (a, b) -> ROLE_STRENGTH.indexOf(a) <= ROLE_STRENGTH.indexOf(b) ? a : b);
      participantDocuments.merge(id, 1, Integer::sum);
    });
    last = later(last, report.key());
    terms.add(report);
    if (EventClusters.isPrecise(report)) {
      datedTerms.add(report);
    } else {
      lastCoarse = later(lastCoarse, report.key());
    }
  }

  /**
   * Notes that {@code report}, with a year or no date, fits this group and others, so joins none:
   * a report that comes before it and joins this group may change that ({@link #lastAmbiguous}).
   */
  void ambiguous(EventReport report) {
    lastAmbiguous = later(lastAmbiguous, report.key());
  }

  /**
   * Whether {@code report} is compatible with every report in the group: same type (or a visit and a
   * meeting that are one occasion, {@link Occasions}), another document, a date and a place that fit,
   * no different agents in reports of its type, and a participant in common (a person, when both name
   * people); with {@code byAgent}, an agent in common with each as well. A meeting is known by who
   * met, so two meeting reports that each name people the other does not must share two of them
   * ({@link Terms#samePeopleMet}).
   */
  boolean admits(EventReport report, boolean byAgent) {
    return Occasions.types(type).contains(report.type()) && !documents.contains(report.documentId())
        && terms.admits(report, byAgent) && (!isMeeting(report) || terms.samePeopleMet(people(report)));
  }

  /**
   * Whether {@code report}, dated to the month or day, is compatible with every member dated to the
   * month or day: what grouping checks dated reports against, before any other report joins.
   */
  boolean admitsAmongDated(EventReport report) {
    return Occasions.types(type).contains(report.type()) && !documents.contains(report.documentId())
        && datedTerms.admits(report, false) && (!isMeeting(report) || datedTerms.samePeopleMet(people(report)));
  }

  /** Whether the group or {@code report} is a meeting, known by who met. */
  private boolean isMeeting(EventReport report) {
    String meeting = EventType.MEETING.name();
    return type.equals(meeting) || report.type().equals(meeting);
  }

  /** The group's type: that of its reports, or a meeting, when a visit and a meeting are one occasion. */
  String type() {
    return type;
  }

  /** Whether the group has a report dated to the month or day. */
  boolean isPrecise() {
    return date != null && date.length() >= 7;
  }

  /** What a report must agree with to join, as a string: equal for groups that admit the same reports. */
  String terms() {
    return terms.toString();
  }

  /** What a dated report must agree with to join ({@link #admitsAmongDated}), as a string. */
  String datedTerms() {
    return datedTerms.toString();
  }

  /** The key of the member that comes last in {@link EventReport#ORDER}. */
  String last() {
    return last;
  }

  /** The key of the member with a year or no date that comes last, or {@code null}. */
  String lastCoarse() {
    return lastCoarse;
  }

  /**
   * The key of the last report with a year or no date that fitted this group and another, so joined
   * neither, or {@code null}.
   */
  String lastAmbiguous() {
    return lastAmbiguous;
  }

  /** The key of the report the group started with, which orders groups as grouping tries them. */
  String leader() {
    return leader;
  }

  /** The key of the group's first report in {@link EventReport#ORDER}, which names the event. */
  String first() {
    return first;
  }

  /** The reports added since the group was built or read. */
  List<EventReport> members() {
    return members;
  }

  /** {@code event:<type>:<hash of the first report>}. */
  String id() {
    return "event:" + type.toLowerCase(Locale.ROOT) + ":" + shortHash(first);
  }

  /**
   * The {@code :Event} node's properties, {@code grouping} included, its summary naming each entity
   * by its name in {@code names} ({@link #summaryEntityIds}).
   */
  Map<String, Object> properties(Map<String, String> names) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("type", type);
    properties.put("trigger", trigger.toLowerCase(Locale.ROOT));
    properties.put("date", date);
    properties.put("dateText", date == null ? firstDateText : datedText);
    properties.put("summary", summary(names));
    properties.put("confidence", Math.min(0.99, Math.round((1 - doubt) * 100) / 100.0));
    properties.put("expected", expected);
    properties.put("documentCount", reports);
    properties.put("evidence", List.copyOf(evidence));
    properties.put("unnamedParticipants", unnamed.isEmpty() ? null : List.copyOf(unnamed.values()));
    properties.put("grouping", json());
    return properties;
  }

  /** The entities the summary names: the describing report's participants and the event's place. */
  Set<String> summaryEntityIds() {
    return summary.entityIds(placeId());
  }

  /** The summary line, naming each entity of {@link #summaryEntityIds} by its name in {@code names}. */
  String summary(Map<String, String> names) {
    return summary.text(type, placeId(), names);
  }

  /** Each participant with its strongest role and the number of reports naming it, by id. */
  List<Map<String, Object>> participants() {
    List<Map<String, Object>> rows = new ArrayList<>();
    roles.forEach((id, role) -> rows.add(Map.of("entityId", id, "role", role, "documents", participantDocuments.get(id))));
    return rows;
  }

  /** The most precise place the reports give, or {@code null}. */
  String placeId() {
    return place == null ? null : place.id();
  }

  /** The group as stored on its node, for {@link #read}. */
  String json() {
    State state =
        new State(
            leader, first, last, lastCoarse, lastAmbiguous, type, trigger, reports, doubt, List.copyOf(evidence), date,
            datedText, firstDateText, summary, expected, placeId(),
            place == null ? null : place.kind(),
            roles, participantDocuments, List.copyOf(unnamed.values()), terms.state(), datedTerms.state());
    try {
      return JSON.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an event's grouping", e);
    }
  }

  private void addUnnamed(String participant) {
    unnamed.putIfAbsent(participant.toLowerCase(Locale.ROOT), participant);
  }

  static Set<String> people(EventReport report) {
    Set<String> people = new HashSet<>();
    report.participants().keySet().stream().filter(id -> EntityId.is(id, EntityType.PERSON)).forEach(people::add);
    return people;
  }

  private static String later(String key, String other) {
    return key == null || EventReport.compareKeys(other, key) > 0 ? other : key;
  }

  /**
   * The accounts of a set of reports, kept once each (each distinct set of agents, of people, of
   * participants; each place), with the finest date: what a report must agree with to be compatible
   * with every one of them. Pairwise compatible dates are prefixes of the finest, so agreeing with
   * the finest is agreeing with all.
   */
  static final class Terms {

    /** The terms as stored in a grouping. */
    record State(
        String date,
        List<Places.Place> places,
        List<List<String>> agentSets,
        List<List<String>> peopleSets,
        List<List<String>> peoplelessParticipantSets,
        List<List<String>> participantSets,
        Map<String, List<List<String>>> agentSetsByType,
        Map<String, List<List<String>>> participantSetsByType,
        Map<String, Occasions.Dated> leastDatedByType,
        Map<String, List<String>> publishedByType) {}

    private String date;
    private final Set<Places.Place> places = new LinkedHashSet<>();
    private final Set<Set<String>> agentSets = new LinkedHashSet<>(); // empty ones too
    private final Set<Set<String>> peopleSets = new LinkedHashSet<>(); // of reports naming people
    private final Set<Set<String>> peoplelessParticipantSets = new LinkedHashSet<>();
    private final Set<Set<String>> participantSets = new LinkedHashSet<>();
    // The agents and participants of the reports of each type, for what a report must agree with in
    // reports of its type and of the type it can be one occasion with (Occasions).
    private final Map<String, Set<Set<String>>> agentSetsByType = new TreeMap<>();
    private final Map<String, Set<Set<String>>> participantSetsByType = new TreeMap<>();
    private final Map<String, Occasions.Dated> leastDatedByType = new TreeMap<>();
    // The publication dates of the reports of each type that only their document's publication dates.
    private final Map<String, Set<String>> publishedByType = new TreeMap<>();

    static Terms of(State state) {
      Terms terms = new Terms();
      terms.date = state.date();
      terms.places.addAll(state.places());
      state.agentSets().forEach(set -> terms.agentSets.add(Set.copyOf(set)));
      state.peopleSets().forEach(set -> terms.peopleSets.add(Set.copyOf(set)));
      state.peoplelessParticipantSets().forEach(set -> terms.peoplelessParticipantSets.add(Set.copyOf(set)));
      state.participantSets().forEach(set -> terms.participantSets.add(Set.copyOf(set)));
      state.agentSetsByType().forEach((type, sets) -> sets.forEach(set -> terms.add(terms.agentSetsByType, type, set)));
      state.participantSetsByType()
          .forEach((type, sets) -> sets.forEach(set -> terms.add(terms.participantSetsByType, type, set)));
      terms.leastDatedByType.putAll(state.leastDatedByType());
      state.publishedByType().forEach((type, days) -> terms.publishedByType.put(type, new TreeSet<>(days)));
      return terms;
    }

    void add(EventReport report) {
      if (report.date() != null && (date == null || report.date().length() > date.length())) {
        date = report.date();
      }
      places.add(report.place());
      agentSets.add(report.withRole("agent"));
      Set<String> people = people(report);
      Set<String> participants = Set.copyOf(report.participants().keySet());
      if (people.isEmpty()) {
        peoplelessParticipantSets.add(participants);
      } else {
        peopleSets.add(people);
      }
      participantSets.add(participants);
      add(agentSetsByType, report.type(), report.withRole("agent"));
      add(participantSetsByType, report.type(), participants);
      Occasions.Dated dated = Occasions.Dated.of(report);
      leastDatedByType.merge(report.type(), dated, (a, b) -> a.compareTo(b) >= 0 ? a : b);
      if (dated == Occasions.Dated.PUBLISHED) {
        publishedByType.computeIfAbsent(report.type(), t -> new TreeSet<>()).add(report.published());
      }
    }

    private void add(Map<String, Set<Set<String>>> byType, String type, Collection<String> set) {
      byType.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(Set.copyOf(set));
    }

    /** Whether {@code report} is compatible with every account: see {@link EventGroup#admits}. */
    boolean admits(EventReport report, boolean byAgent) {
      if (!EventDate.compatible(date, report.date(), report.dateText())
          || !places.stream().allMatch(known -> Places.compatible(known, report.place()))) {
        return false;
      }
      Set<String> agents = report.withRole("agent");
      Set<Set<String>> ownTypeAgents = agentSetsByType.getOrDefault(report.type(), Set.of());
      if (!agents.isEmpty() && !ownTypeAgents.stream().allMatch(set -> set.isEmpty() || !disjoint(agents, set))) {
        return false;
      }
      if (!Occasions.admits(
          report, agentSetsByType, participantSetsByType, leastDatedByType, publishedByType, date, places)) {
        return false;
      }
      if (byAgent && (agents.isEmpty() || agentSets.contains(Set.of()) || !hitsAll(agents, agentSets))) {
        return false;
      }
      Set<String> people = people(report);
      if (people.isEmpty()) {
        return hitsAll(report.participants().keySet(), participantSets);
      }
      return hitsAll(people, peopleSets) && hitsAll(report.participants().keySet(), peoplelessParticipantSets);
    }

    /**
     * Whether {@code people}, the people a meeting report names, can be the people who met in every
     * report of the terms naming two or more: the one names all the other's, or the other all its,
     * or they share two. Kim Jong Un meeting Alexander Kozlov and Kim Jong Un meeting Vladimir Putin
     * share Kim alone and are two meetings; a report of Kim and Putin is part of one of Kim, Putin
     * and Sergei Shoigu, and one naming Shoigu and one naming Sergei Lavrov beside the two leaders
     * may be one summit told twice.
     */
    boolean samePeopleMet(Set<String> people) {
      return people.size() < 2 || peopleSets.stream().allMatch(set -> set.size() < 2 || set.containsAll(people)
          || people.containsAll(set) || set.stream().filter(people::contains).count() >= 2);
    }

    State state() {
      return new State(
          date, new ArrayList<>(places), sorted(agentSets), sorted(peopleSets), sorted(peoplelessParticipantSets),
          sorted(participantSets), sorted(agentSetsByType), sorted(participantSetsByType), new TreeMap<>(leastDatedByType),
          published());
    }

    /** Equal for terms that admit the same reports. */
    @Override
    public String toString() {
      return List.of(
              date == null ? "" : date, places, agentSets, peopleSets, peoplelessParticipantSets, participantSets,
              agentSetsByType, participantSetsByType, leastDatedByType, publishedByType)
          .toString();
    }

    private Map<String, List<String>> published() {
      Map<String, List<String>> published = new TreeMap<>();
      publishedByType.forEach((type, days) -> published.put(type, List.copyOf(days)));
      return published;
    }

    private static Map<String, List<List<String>>> sorted(Map<String, Set<Set<String>>> byType) {
      Map<String, List<List<String>>> sorted = new TreeMap<>();
      byType.forEach((type, sets) -> sorted.put(type, sorted(sets)));
      return sorted;
    }

    private static List<List<String>> sorted(Set<Set<String>> sets) {
      return sets.stream().map(set -> List.copyOf(new TreeSet<>(set))).sorted(Comparator.comparing(List::toString)).toList();
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
      return a.stream().noneMatch(b::contains);
    }

    private static boolean hitsAll(Set<String> ids, Set<Set<String>> sets) {
      return sets.stream().noneMatch(set -> disjoint(ids, set));
    }
  }

  private static String shortHash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
