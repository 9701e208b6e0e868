package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.name.Demonyms;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which entity of a document each token refers to, through the extraction's mentions (names and the
 * pronouns coreference attached), so relation ends are always entities the document lists.
 */
final class EntityIndex {

  private final Map<String, Entity> entities = new HashMap<>();
  private final List<Entity> locations = new ArrayList<>();
  private final List<Mention> mentions;
  // Each entity's names in the order of the extraction's mentions, so that a question about one
  // entity's names reads those, not every mention of the document.
  private final Map<String, List<Mention>> namesOf = new HashMap<>();
  private final ImpliedCountries implied = new ImpliedCountries();

  EntityIndex(DocumentExtraction extraction) {
    for (Entity entity : extraction.entities()) {
      entities.put(entity.id(), entity);
      if (entity.type() == EntityType.LOCATION) {
        locations.add(entity);
      }
    }
    this.mentions = extraction.mentions();
    for (Mention mention : mentions) {
      if (mention.isName()) {
        namesOf.computeIfAbsent(mention.entityId(), id -> new ArrayList<>()).add(mention);
      }
    }
  }

  /**
   * The mention covering {@code token}: a name in preference to a pronoun or description, since a
   * span NER named is better evidence than coreference.
   */
  Optional<Mention> mentionAt(Token token) {
    Mention found = null;
    for (Mention mention : mentions) {
      if (mention.start() <= token.start() && token.end() <= mention.end()
          && (found == null || (!found.isName() && mention.isName()))) {
        found = mention;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The mention that best covers the character span {@code [start, end)}: the most overlap, then a name. */
  Optional<Mention> mentionOver(int start, int end) {
    Mention best = null;
    int bestOverlap = 0;
    for (Mention mention : mentions) {
      int overlap = Math.min(end, mention.end()) - Math.max(start, mention.start());
      if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && !best.isName() && mention.isName())) {
        best = mention;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Name mentions starting at or after {@code offset}, in text order. */
  List<Mention> namesFrom(int offset) {
    return mentions.stream()
        .filter(m -> m.isName() && m.start() >= offset)
        .sorted(Comparator.comparingInt(Mention::start))
        .toList();
  }

  /** The name of entity {@code id} ending at or before {@code offset} that starts last (the first of a tie). */
  Optional<Mention> lastNameBefore(String id, int offset) {
    return namesOf.getOrDefault(id, List.of()).stream()
        .filter(m -> m.end() <= offset)
        .max(Comparator.comparingInt(Mention::start));
  }

  /** Every mention of entity {@code id} in sentence {@code sentence}: its names and the pronouns coreference attached. */
  List<Mention> mentionsIn(String id, int sentence) {
    return mentions.stream().filter(m -> m.sentence() == sentence && m.entityId().equals(id)).toList();
  }

  /** Every mention in sentence {@code sentence}, of whichever entity. */
  List<Mention> mentionsIn(int sentence) {
    return mentions.stream().filter(m -> m.sentence() == sentence).toList();
  }

  /** The first name mention of entity {@code id} in sentence {@code sentence}, if it has one. */
  Optional<Mention> nameIn(String id, int sentence) {
    return mentions.stream()
        .filter(m -> m.isName() && m.sentence() == sentence && m.entityId().equals(id))
        .min(Comparator.comparingInt(Mention::start));
  }

  /**
   * The name a pronoun or other unnamed mention of an entity stands for in its sentence: the nearest
   * name of the entity before it ("the ambulance that took Oswald to hospital after he was shot"), or
   * the first after it where none comes before; none where the sentence does not name the entity.
   */
  Optional<Mention> antecedentName(Mention mention) {
    List<Mention> names = mentions.stream()
        .filter(m -> m.isName() && m.sentence() == mention.sentence() && m.entityId().equals(mention.entityId()))
        .toList();
    return names.stream().filter(m -> m.start() < mention.start()).max(Comparator.comparingInt(Mention::start))
        .or(() -> names.stream().min(Comparator.comparingInt(Mention::start)));
  }

  EntityType typeOf(String id) {
    return entity(id).type();
  }

  /** The kind of place the entity is ({@code COUNTRY}, {@code REGION}...), or {@code null} when it is no place. */
  LocationKind placeKind(String id) {
    Entity entity = entity(id);
    return entity.type() == EntityType.LOCATION ? entity.kind() : null;
  }

  boolean isCountry(String id) {
    return placeKind(id) == LocationKind.COUNTRY;
  }

  /** The one location of the document that {@code adjective} is the demonym of ({@link Demonyms}). */
  Optional<Entity> placeOfDemonym(String adjective) {
    return Demonyms.coreNlp().onlyPlaceOf(adjective, locations, Entity::name);
  }

  /** The countries relations reached only through a nationality ({@link ImpliedCountries}). */
  ImpliedCountries implied() {
    return implied;
  }

  private Entity entity(String id) {
    Entity entity = entities.get(id);
    return entity != null ? entity : implied.entity(id).orElseThrow();
  }

  /**
   * The country mention a nationality adjective stands for: the place of the document it is the
   * demonym of, or, when the document names no such place, the country it is the nationality of
   * ({@link ImpliedCountries}); none when the document names several ("Korean" beside both Koreas).
   */
  Optional<Mention> nationalityAt(ParsedSentence sentence, int token) {
    int start = token;
    while (start > 0 && sentence.token(start - 1).ner().equals(sentence.token(token).ner())) {
      start--;
    }
    int end = token;
    while (end + 1 < sentence.size() && sentence.token(end + 1).ner().equals(sentence.token(token).ner())) {
      end++;
    }
    StringBuilder words = new StringBuilder(sentence.token(start).word());
    for (int i = start + 1; i <= end; i++) {
      words.append(' ').append(sentence.token(i).word());
    }
    String adjective = words.toString();
    List<Entity> places = Demonyms.coreNlp().placesAmong(adjective, locations, Entity::name);
    int from = sentence.token(start).start();
    int to = sentence.token(end).end();
    if (places.size() == 1) {
      return Optional.of(new Mention(places.get(0).id(), from, to, sentence.index(), adjective, "NATIONALITY"));
    }
    return places.isEmpty() ? implied.mention(adjective, from, to, sentence.index()) : Optional.empty();
  }
}
