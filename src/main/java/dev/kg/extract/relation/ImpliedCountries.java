package dev.kg.extract.relation;

import dev.kg.extract.Entity;
import dev.kg.extract.EntityId;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.extract.Relation;
import dev.kg.name.Demonyms;
import dev.kg.name.NameKey;
import dev.kg.nlp.PlaceGazetteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The countries a document gives only by their nationality ("a German skeleton racer", "the Norwegian
 * Parliament"), which the entity layer leaves out because the document never names them: a relation
 * rule that reads a nationality as its country asks here when the document names no place of that
 * demonym. The country is the one CoreNLP's demonym list gives for the word and its gazetteers list
 * as a country, the fullest name of several ("American": the United States, not "U.S."); its mention
 * is the nationality word, tagged {@code NATIONALITY} like a demonym attached to a named country.
 *
 * <p>Only a country some relation ends at joins the document's entities ({@link #usedBy}), so a
 * nationality no relation reads ("French fries", "the Russian language") adds no node.
 *
 * <pre>{@code
 * ImpliedCountries implied = new ImpliedCountries();
 * implied.mention("German", from, to, sentence);   // Optional[location:germany mention over "German"]
 * implied.usedBy(relations);                      // [Germany] when a relation ends at it
 * }</pre>
 */
final class ImpliedCountries {

  private static final Set<String> STATED_TYPES = Set.of("CITIZEN_OF", "LOCATED_IN");

  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final Map<List<Object>, Mention> mentions = new LinkedHashMap<>();

  /** The mention over {@code [from, to)} of the country {@code demonym} is the nationality of, if there is one. */
  Optional<Mention> mention(String demonym, int from, int to, int sentence) {
    return countryName(demonym).map(name -> {
      Entity country = entities.computeIfAbsent(
          EntityId.of(EntityType.LOCATION, NameKey.of(name).slug()),
          id -> new Entity(id, EntityType.LOCATION, LocationKind.COUNTRY, name, List.of()));
      return mentions.computeIfAbsent(List.of(country.id(), from, to),
          key -> new Mention(country.id(), from, to, sentence, demonym, "NATIONALITY"));
    });
  }

  /** The implied country with id {@code id}, if this document has one. */
  Optional<Entity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  /**
   * {@code relations} as an implied country may end them: a nationality says whose citizen a person
   * is and where a place or organisation is ({@code CITIZEN_OF}, {@code LOCATED_IN}), but before an
   * occupation ("French physician X", "Italian singer X") it places no post in that country, so a
   * position there is the post alone, as it was before the country was implied; other relations to
   * an implied country are dropped.
   */
  List<Relation> withoutPositions(List<Relation> relations) {
    List<Relation> kept = new ArrayList<>();
    for (Relation r : relations) {
      boolean implied = entities.containsKey(r.subjectId()) || (r.objectId() != null && entities.containsKey(r.objectId()));
      if (!implied || STATED_TYPES.contains(r.type())) {
        kept.add(r);
      } else if (r.type().equals(Relation.HOLDS_POSITION) && !entities.containsKey(r.subjectId())) {
        kept.add(new Relation(r.type(), r.subjectId(), null, r.confidence(), r.evidence(), r.subject(), null, r.role(), r.method()));
      }
    }
    return kept;
  }

  /** The implied countries an end of {@code relations} is. */
  List<Entity> usedBy(List<Relation> relations) {
    Set<String> ends = relations.stream()
        .flatMap(r -> Stream.of(r.subjectId(), r.objectId()))
        .collect(Collectors.toSet());
    return entities.values().stream().filter(e -> ends.contains(e.id())).toList();
  }

  /** The nationality mentions of {@code countries}. */
  List<Mention> mentionsOf(List<Entity> countries) {
    Set<String> ids = countries.stream().map(Entity::id).collect(Collectors.toSet());
    return mentions.values().stream().filter(m -> ids.contains(m.entityId())).toList();
  }

  private static Optional<String> countryName(String demonym) {
    PlaceGazetteer gazetteer = PlaceGazetteer.shared();
    return Demonyms.coreNlp().placesOf(demonym).stream()
        .filter(gazetteer::isCountry)
        .max(Comparator.comparingInt(String::length));
  }
}
