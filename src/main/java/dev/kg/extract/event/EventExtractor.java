package dev.kg.extract.event;

import dev.kg.extract.DependencyIndex;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Event;
import dev.kg.extract.Evidence;
import dev.kg.extract.Mention;
import dev.kg.extract.PlaceKinds;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Extracts the events a document reports: triggers and roles from the parse ({@link EventDetector}),
 * arguments linked to the document's entities through their mentions (pronouns included, which
 * coreference attached to entities; one it left unattached is the one person its sentence named before
 * it), dates normalised by {@link EventDate}, and the sentences about one event merged into one
 * {@link Event}.
 *
 * <p>Within a document, a trigger joins the nearest earlier event of its type that it is compatible
 * with: no date, place or agent that contradicts it, and a participant in common or none named at
 * all, so "Putin arrived in Pyongyang ... the visit ... his visit" is one visit, while Shoigu's visit
 * "on Wednesday" and his visit "in late March" stay two. An undated event is the story's news, so a
 * mention dated before the news ("two weeks ago", not "yesterday" or "on Monday") joins it only by a participant in
 * common or as a noun that refers back ("the attack"). Events that name no entity (sanctions "amid
 * Western sanctions") are not reported.
 *
 * <p>A visit and a meeting are one occasion when the traveller is among those meeting, on no
 * conflicting date or place: "Putin arrived in Pyongyang for talks with Kim ... the two leaders met
 * at the Kumsusan guesthouse" is one meeting with both leaders, the place and the date, however the
 * sentences split it. Such an occasion is a {@code MEETING}, since the meeting is what the visit
 * was for; a visit whose traveller meets nobody stays a visit. A visit by a group the text does not
 * name joins a meeting the next sentence gives to a group it refers back to ("officials traveled to
 * Pyongyang ... The delegation, led by Fomin, met ..."). A visit joins a meeting told before
 * it only from the next sentence at the latest, and an occasion holds one visit, so a later trip by
 * one of those who met is a visit of its own. The question is asked again each time an event gains
 * someone from a later sentence, since the sentence that names who held the talks may come after the
 * visit. A mention of "the previous visit" or "subsequent meetings" joins nothing; a country named
 * only inside the phrase for someone ("Russia's top security official") neither contradicts nor
 * matches the agent a later sentence names; a lead's visit or meeting without a place takes its
 * dateline's city.
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
    Dateline dateline = dateline(extraction, annotated, entities);
    Map<Integer, List<Mention>> bySentence = bySentence(extraction);
    BothCountries bothCountries = BothCountries.of(extraction, annotated, entities);
    for (EventMention mention : mentions(extraction, annotated)) {
      List<Mention> named = bySentence.getOrDefault(mention.sentence(), List.of());
      Draft draft = new Draft(
          mention, annotated, entities, dateline, named, bothCountries, extraction.document().published());
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
        joinOccasion(drafts, host);
      }
    }
    WagingStates waging = WagingStates.of(extraction, entities);
    drafts.forEach(draft -> draft.wagedFor(waging));
    return drafts.stream().filter(Draft::namesEntity).map(d -> d.toEvent(entities)).toList();
  }

  /**
   * The city a dateline names ("PYONGYANG, June 19 (Reuters) - ..."), where the story was filed, or
   * {@code null} when the document opens with none.
   */
  private static Dateline dateline(
      DocumentExtraction extraction, AnnotatedText annotated, Map<String, Entity> entities) {
    for (Mention mention : extraction.mentions()) {
      Entity entity = entities.get(mention.entityId());
      if (!mention.isName() || entity == null || entity.type() != EntityType.LOCATION) {
        continue;
      }
      List<Token> tokens = annotated.sentences().get(mention.sentence()).tokens();
      int end = 0;
      while (end < tokens.size() && tokens.get(end).end() <= mention.end()) {
        end++;
      }
      if (tokens.get(0).start() == mention.start()
          && PlaceKinds.isDateline(tokens, mention.sentence(), 0, end, mention.text())) {
        return new Dateline(mention.sentence(), new Places.Place(entity.id(), entity.kind()));
      }
    }
    return null;
  }

  /** A dateline's place and the sentence it opens: the lead, which reports what happened there. */
  private record Dateline(int sentence, Places.Place place) {}

  /**
   * Merges into the occasion {@code grown} belongs to every other event that shares it now that
   * {@code grown} has absorbed a later mention: "the official was in Pyongyang for talks" names no
   * traveller, so the next sentence's "Shoigu visited North Korea" starts a visit of its own, until
   * "for discussions with Kim" tells that Shoigu held those talks and makes the two one occasion.
   * Repeated until nothing joins, since each merge can name someone new.
   */
  private static void joinOccasion(List<Draft> drafts, Draft grown) {
    for (boolean joined = true; joined; ) {
      joined = false;
      for (int i = 0; i < drafts.size() && !joined; i++) {
        Draft other = drafts.get(i);
        int order = Integer.compare(drafts.indexOf(grown), i);
        Draft earlier = order < 0 ? grown : other;
        Draft later = order < 0 ? other : grown;
        if (other != grown && earlier.sharesOccasion(later)) {
          drafts.remove(later);
          earlier.absorb(later);
          grown = earlier;
          joined = true;
        }
      }
    }
  }

  /** Every trigger of the document with its arguments, before merging; what the WikiEvents scorer reads. */
  public List<EventMention> mentions(DocumentExtraction extraction, AnnotatedText annotated) {
    Map<Integer, List<Mention>> bySentence = bySentence(extraction);
    Map<String, EntityType> types = new HashMap<>();
    extraction.entities().forEach(e -> types.put(e.id(), e.type()));
    EventDetector detector =
        new EventDetector((sentence, token) -> entityOrPerson(bySentence.get(sentence), token, types), types);
    return detector.detect(annotated, EventDate.of(annotated));
  }

  /** The document's mentions by sentence, the shortest first, so a token finds the narrowest name it is in. */
  private static Map<Integer, List<Mention>> bySentence(DocumentExtraction extraction) {
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    extraction.mentions().forEach(m -> bySentence.computeIfAbsent(m.sentence(), s -> new ArrayList<>()).add(m));
    bySentence.values().forEach(list -> list.sort(Comparator.comparingInt(m -> m.end() - m.start())));
    return bySentence;
  }

  /**
   * The entity a token refers to, else, for a personal pronoun coreference left unattached, the one
   * person its sentence names before it: in "Kim's visit to Russia in September 2023, where he met
   * President Putin" the "he" who met is Kim. A sentence that names two people before the pronoun,
   * or none, leaves it unresolved.
   */
  private static String entityOrPerson(List<Mention> mentions, Token token, Map<String, EntityType> types) {
    String entity = entityAt(mentions, token);
    boolean personal = token.pos().equals("PRP") && PERSONAL_PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT));
    if (entity != null || mentions == null || !personal) {
      // A possessive ("her sister") is left alone: it would make the phrase it owns that person.
      return entity;
    }
    Set<String> before = mentions.stream()
        .filter(m -> m.end() <= token.start() && types.get(m.entityId()) == EntityType.PERSON)
        .map(Mention::entityId)
        .collect(Collectors.toSet());
    return before.size() == 1 ? before.iterator().next() : null;
  }

  /** Pronouns that stand for one person, as subject or object. */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "she", "her");

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

  /**
   * Words by which a mention points at an occasion other than the one the text is about: "Putin's
   * previous visit", "subsequent meetings with Kim", "the next round of talks".
   */
  private static final Set<String> ANOTHER_OCCASION =
      Set.of("previous", "prior", "earlier", "subsequent", "later", "next", "future", "past");

  /** Types whose plural names one occasion or measure: "held talks", "imposed sanctions". */
  private static final Set<EventType> ONE_IN_THE_PLURAL = Set.of(EventType.MEETING, EventType.SANCTION);

  /** Determiners by which a phrase refers back to something the text told before: "the delegation". */
  static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /** Whether the word at {@code index} has one of the {@link #DEFINITE} determiners. */
  private static boolean definite(DependencyIndex parse, int index) {
    return parse.dependents(index, r -> r.equals("det")).stream()
        .anyMatch(det -> DEFINITE.contains(parse.token(det).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the noun at {@code index} is a plural with no determiner, possessor or number: "a wave of bomb
   * attacks", "accused of ordering attacks", "the looting and mass killings" speak of several occasions, or
   * of such occasions in general, and none of them is the one a singular or counted mention tells ("the
   * attack", "two attacks"). The caller leaves out meetings and sanctions, whose "talks" and "sanctions"
   * are one occasion or measure, and dated mentions ("attacks on Tuesday").
   */
  private static boolean several(DependencyIndex parse, int index) {
    return parse.token(index).pos().equals("NNS")
        && parse.dependents(index, r -> r.equals("det") || r.equals("nmod:poss") || r.equals("nummod")).isEmpty();
  }

  /** An event of the document as its sentences are read, growing as later sentences join it. */
  private static final class Draft {

    private EventType type;
    private final String trigger;
    private final String lemma;
    private final Map<String, EventRole> participants = new LinkedHashMap<>();
    /** Those taking part whom the text does not name, by role and words in lower case. */
    private final Map<String, UnnamedArgument> unnamed = new LinkedHashMap<>();
    private String placeId;
    private LocationKind placeKind;
    private String date;
    private String dateText;
    private double confidence;
    private boolean visit;
    private final boolean another;
    /** Whether the first word is a noun that refers back: "the attack", "this deal", "Putin's visit". */
    private final boolean refersBack;
    /**
     * Whether the first word is dated to another time than the story's news ({@link
     * EventDate#beforeTheNews}): "two weeks ago", "last month", "in May 2006".
     */
    private final boolean anotherDay;
    /**
     * Whether the first word is a plural noun that names occasions in general ({@link #several}): "a
     * wave of bomb attacks", "mass killings".
     */
    private final boolean several;
    /** Places named only inside a phrase for someone acting for them: "Russia's top security official". */
    private final Set<String> throughPart = new HashSet<>();
    /** Whether a group the text does not name makes this visit ("senior officials traveled to Hanoi"). */
    private final boolean madeByUnnamedGroup;
    /**
     * Whether this meeting's holder is named only as the leader or a member of a group the text refers
     * back to ("The delegation, led by X, met ..."): it may be the group a visit just told of.
     */
    private final boolean heldByGroupReferredTo;
    private final List<Evidence> evidence = new ArrayList<>();
    /**
     * Whether the word that first tells this event tells it as still to come, and whether any of its
     * words tells it as done: a later "the visit" or "the planned talks" does not make a visit the
     * lead reported expected, and "Putin will visit ... Putin arrived" is a visit made.
     */
    private final boolean toCome;
    private boolean happened;
    /** Whether the word that first tells this event is a verb. */
    private final boolean verb;

    Draft(EventMention mention, AnnotatedText annotated, Map<String, Entity> entities, Dateline dateline,
        List<Mention> sentenceMentions, BothCountries bothCountries, String published) {
      type = mention.type();
      List<Token> tokens = annotated.sentences().get(mention.sentence()).tokens();
      Token token = tokens.get(mention.trigger());
      trigger = token.word();
      lemma = mention.lemma();
      DependencyIndex parse = new DependencyIndex(annotated.sentences().get(mention.sentence()));
      another = parse.dependents(mention.trigger(), r -> r.equals("amod")).stream()
          .map(modifier -> parse.token(modifier).word().toLowerCase(Locale.ROOT))
          .anyMatch(ANOTHER_OCCASION::contains);
      refersBack = TriggerWords.partOfSpeech(token) == 'N'
          && (!parse.dependents(mention.trigger(), r -> r.equals("nmod:poss")).isEmpty()
              || definite(parse, mention.trigger()));
      // Names only: a pronoun coreference attached ("it") says nothing of the words before it.
      List<Mention> names = sentenceMentions.stream().filter(Mention::isName).toList();
      for (EventMention.Argument argument : mention.arguments()) {
        List<String> pair = argument.role() == EventRole.PLACE ? List.of() : bothCountries.standFor(parse, argument.head());
        if (!pair.isEmpty()) {
          // "both countries" takes in the two, where coreference gave the phrase one of them at most.
          pair.forEach(id -> participants.merge(id, argument.role(), Draft::stronger));
          continue;
        }
        if (argument.entityId() == null) {
          UnnamedArgument.of(parse, argument, i -> entityAt(names, tokens.get(i)) != null)
              .ifPresent(u -> unnamed.putIfAbsent(u.key(), u));
        }
        if (argument.entityId() == null || !entities.containsKey(argument.entityId())) {
          continue;
        }
        if (argument.role() == EventRole.PLACE) {
          // A site CoreNLP tags as an organisation ("met at the State Department") says where the
          // report puts the event, but the graph's place is a location (TOOK_PLACE_IN), the only kind
          // of place kg can tell compatible with another.
          if (placeId == null && entities.get(argument.entityId()).type() == EntityType.LOCATION) {
            placeId = argument.entityId();
            placeKind = entities.get(placeId).kind();
          }
        } else {
          participants.merge(argument.entityId(), argument.role(), Draft::stronger);
          boolean place = entities.get(argument.entityId()).type() == EntityType.LOCATION;
          if (place && !argument.entityId().equals(entityAt(sentenceMentions, tokens.get(argument.head())))) {
            // The country of "Russia's top security official" is whom the official acts for, where the
            // person of "Kozlov's delegation" is one of those acting.
            throughPart.add(argument.entityId());
          }
        }
      }
      deployedByTheirCountry(mention, parse, sentenceMentions);
      madeByUnnamedGroup = type == EventType.VISIT && mention.arguments().stream()
          .anyMatch(a -> a.role() == EventRole.AGENT && a.entityId() == null
              && DependencyIndex.isCommonNoun(tokens.get(a.head())));
      heldByGroupReferredTo = type == EventType.MEETING && mention.arguments().stream()
          .anyMatch(a -> a.role() == EventRole.AGENT && a.entityId() != null
              && DependencyIndex.isCommonNoun(tokens.get(a.head()))
              && definite(parse, a.head()));
      throughPart.removeIf(id -> mention.arguments().stream()
          .anyMatch(a -> id.equals(a.entityId()) && id.equals(entityAt(sentenceMentions, tokens.get(a.head())))));
      if (placeId != null && participants.containsKey(placeId)) {
        placeId = null;
        placeKind = null;
      }
      boolean occasion = type == EventType.VISIT || type == EventType.MEETING;
      if (placeId == null && occasion && dateline != null && dateline.sentence() == mention.sentence()
          && !participants.containsKey(dateline.place().id())) {
        // A lead that says someone arrived, or met, and not where: the dateline says where.
        placeId = dateline.place().id();
        placeKind = dateline.place().kind();
      }
      if (mention.date() != null) {
        date = mention.date().value();
        dateText = mention.date().text();
      }
      anotherDay = EventDate.beforeTheNews(date, published);
      several = !ONE_IN_THE_PLURAL.contains(type) && several(parse, mention.trigger()) && date == null;
      confidence = mention.confidence();
      visit = type == EventType.VISIT;
      toCome = mention.tense() == EventTense.TO_COME;
      happened = mention.tense() == EventTense.HAPPENED;
      verb = TriggerWords.partOfSpeech(token) == 'V';
      evidence.add(new Evidence(mention.sentence(), token.start(), token.end()));
    }

    boolean accepts(Draft later) {
      if (another || later.another || several || later.several) {
        return false;
      }
      if (happened && later.toCome && later.verb) {
        // "A soldier was arrested ... violators will be jailed for six years", "Kim and Putin met ...
        // they will meet again": a verb that tells its event still to come tells another occasion than
        // one told as done. A noun may refer back to the one done ("the visit will end on Friday").
        return false;
      }
      boolean sameKind = later.type == type || visit && later.type == EventType.VISIT;
      if (!sameKind || !EventDate.compatible(date, later.date)) {
        return false;
      }
      boolean samePlace = placeId == null || later.placeId == null || placeId.equals(later.placeId);
      if (!samePlace && (later.named().isEmpty() || !Places.compatible(place(), later.place()))) {
        return false;
      }
      Set<String> agents = agents();
      Set<String> laterAgents = later.agents();
      if (!agents.isEmpty() && !laterAgents.isEmpty() && agents.stream().noneMatch(laterAgents::contains)) {
        return false;
      }
      if (date == null && later.anotherDay && !later.refersBack
          && named().stream().noneMatch(later.named()::contains)) {
        // "24 people were killed in Lahore ... Two weeks ago Bhutto was assassinated in a bomb attack":
        // an undated event of a news story is the day's news, so a mention dated to another day, with
        // no one in common and no "the" pointing back, tells another occasion ("the attack on Thursday"
        // may be the same one).
        return false;
      }
      return later.named().isEmpty()
          || named().stream().anyMatch(later.named()::contains)
          || named().isEmpty() && samePlace
          || completes(later);
    }

    /**
     * Whether {@code later} names the other side of a meeting that so far names only who held it:
     * "Putin came for talks ... the meeting with Kim".
     */
    private boolean completes(Draft later) {
      return type == EventType.MEETING && later.agents().isEmpty() && named().size() == 1
          && agents().size() == 1 && follows(later);
    }

    /**
     * A deployment no one named is said to make is made by the country whose troops it moves, by their
     * people's adjective ({@link ArmedForces}): "the deployment of North Korean troops" is North Korea's.
     * Only the graph's event takes the country; the mention keeps its arguments as written, which is
     * what the annotated sets compare ("French soldiers were deployed" names no Transporter there).
     */
    private void deployedByTheirCountry(EventMention mention, DependencyIndex parse, List<Mention> sentenceMentions) {
      if (type != EventType.MILITARY_DEPLOYMENT || participants.containsValue(EventRole.AGENT)) {
        return;
      }
      for (EventMention.Argument moved : mention.arguments()) {
        int adjective = moved.role() == EventRole.OBJECT && moved.entityId() == null
            ? ArmedForces.nationality(parse, parse.token(moved.head()), (p, t) -> entityAt(sentenceMentions, t))
            : -1;
        if (adjective >= 0) {
          participants.merge(entityAt(sentenceMentions, parse.token(adjective)), EventRole.AGENT, Draft::stronger);
          return;
        }
      }
    }

    /** Adds the countries a war its first word tells is waged for ({@link WagingStates}) to those waging it. */
    void wagedFor(WagingStates waging) {
      waging.of(lemma, agents()).forEach(state -> participants.merge(state, EventRole.AGENT, Draft::stronger));
    }

    /** Whether {@code later} is told in the sentence of this event's last mention or the next one. */
    private boolean follows(Draft later) {
      return later.evidence.get(0).sentence() - evidence.get(evidence.size() - 1).sentence() <= 1;
    }

    /** Whether {@code later}, a meeting after a visit or a visit after a meeting, is the same occasion. */
    boolean sharesOccasion(Draft later) {
      Set<EventType> occasion = Set.of(EventType.VISIT, EventType.MEETING);
      if (another || later.another || type == later.type
          || !occasion.contains(type) || !occasion.contains(later.type)
          || !EventDate.compatible(date, later.date) || !Places.compatible(place(), later.place())) {
        return false;
      }
      if (visit && later.visit || later.type == EventType.VISIT && !follows(later)) {
        return false;
      }
      Draft traveller = type == EventType.VISIT ? this : later;
      Draft meeting = traveller == this ? later : this;
      if (traveller == this && agents().isEmpty() && madeByUnnamedGroup && later.heldByGroupReferredTo
          && follows(later)) {
        // "Senior officials traveled to Pyongyang ... The delegation, led by Fomin, met ...": the group
        // the meeting refers back to is the one that travelled, and its leader is the traveller.
        return true;
      }
      return traveller.agents().stream().anyMatch(meeting.named()::contains);
    }

    void absorb(Draft later) {
      if (later.type != type) {
        type = EventType.MEETING;
      }
      visit |= later.visit;
      Set<String> named = new HashSet<>(named());
      named.addAll(later.named());
      throughPart.addAll(later.throughPart);
      throughPart.removeAll(named);
      later.participants.forEach((id, role) -> participants.merge(id, role, Draft::stronger));
      later.unnamed.forEach(unnamed::putIfAbsent);
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
      happened |= later.happened;
      evidence.addAll(later.evidence);
      evidence.sort(Comparator.comparingInt(Evidence::start));
    }

    boolean namesEntity() {
      return placeId != null || !participants.isEmpty();
    }

    Event toEvent(Map<String, Entity> entities) {
      List<Event.Participant> list =
          shown().entrySet().stream()
              .sorted(Map.Entry.<String, EventRole>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
              .map(e -> new Event.Participant(e.getKey(), e.getValue().label()))
              .toList();
      return new Event(
          type.name(),
          trigger,
          list,
          unnamed.values().stream()
              .sorted(Comparator.comparing(UnnamedArgument::role).thenComparingInt(u -> u.evidence().start()))
              .map(u -> new Event.UnnamedParticipant(u.role().label(), u.words(), u.evidence()))
              .toList(),
          placeId,
          date,
          dateText,
          summary(entities),
          Math.min(0.99, Math.round(confidence * 100) / 100.0),
          evidence,
          toCome && !happened);
    }

    private String summary(Map<String, Entity> entities) {
      StringBuilder summary = new StringBuilder(type.name());
      for (EventRole role : EventRole.values()) {
        List<String> names =
            shown().entrySet().stream()
                .filter(e -> e.getValue() == role)
                .map(e -> entities.get(e.getKey()).name())
                .toList();
        if (names.isEmpty()) {
          // "KILLING agent: Taliban; target: 13 people": the words stand in for a name the text does not give.
          names = unnamed.values().stream().filter(u -> u.role() == role).map(UnnamedArgument::words).toList();
        }
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

    /** The agents the text names, not counting those only named inside a phrase for someone else. */
    private Set<String> agents() {
      return participants.entrySet().stream()
          .filter(e -> e.getValue() == EventRole.AGENT && !throughPart.contains(e.getKey()))
          .map(Map.Entry::getKey)
          .collect(Collectors.toSet());
    }

    /** The participants the text names, not counting those only named inside a phrase for someone else. */
    private Set<String> named() {
      Set<String> named = new HashSet<>(participants.keySet());
      named.removeAll(throughPart);
      return named;
    }

    /**
     * The participants to store: a country named only inside the phrase for an agent ("Russia's top
     * security official") gives way to the agent the text names ("Sergei Shoigu").
     */
    private Map<String, EventRole> shown() {
      if (agents().isEmpty()) {
        return participants;
      }
      Map<String, EventRole> shown = new LinkedHashMap<>(participants);
      shown.entrySet().removeIf(e -> e.getValue() == EventRole.AGENT && throughPart.contains(e.getKey()));
      return shown;
    }

    private static EventRole stronger(EventRole a, EventRole b) {
      return a.ordinal() <= b.ordinal() ? a : b;
    }
  }
}
