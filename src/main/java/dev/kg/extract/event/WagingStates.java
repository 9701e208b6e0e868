package dev.kg.extract.event;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Relation;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The country a war is waged for when the text names a person as waging it: "Vladimir Putin's war in
 * Ukraine" is the war of Russia, where the document gives Putin a position ("Russian President Vladimir
 * Putin", a {@code HOLDS_POSITION} relation to Russia). States wage wars, so the war is one event with
 * the reports that name the country ("Russia's war in Ukraine"), and the person stays among those who
 * wage it. Only nouns of war between states count: "Trump's attack on the press" is his own.
 *
 * <pre>{@code
 * WagingStates.of(extraction, entities).of("war", Set.of("person:vladimir-putin"));  // [location:russia]
 * }</pre>
 */
final class WagingStates {

  /** Lemmas of nouns for hostilities between states. */
  private static final Set<String> WARS = Set.of("war", "invasion", "incursion", "offensive");

  /** Each person the document gives a position in exactly one country, with that country. */
  private final Map<String, String> countryOfOfficial;

  private WagingStates(Map<String, String> countryOfOfficial) {
    this.countryOfOfficial = countryOfOfficial;
  }

  /** The positions {@code extraction}'s relations give persons in countries. */
  static WagingStates of(DocumentExtraction extraction, Map<String, Entity> entities) {
    Map<String, Set<String>> countries = new HashMap<>();
    for (Relation relation : extraction.relations()) {
      Entity subject = entities.get(relation.subjectId());
      Entity object = relation.objectId() == null ? null : entities.get(relation.objectId());
      if (relation.type().equals(Relation.HOLDS_POSITION) && subject != null && subject.type() == EntityType.PERSON
          && object != null && object.kind() == LocationKind.COUNTRY) {
        countries.computeIfAbsent(subject.id(), id -> new TreeSet<>()).add(object.id());
      }
    }
    Map<String, String> single = new HashMap<>();
    countries.forEach((person, held) -> {
      if (held.size() == 1) {
        single.put(person, held.iterator().next());
      }
    });
    return new WagingStates(single);
  }

  /** The countries a war told by {@code lemma} is waged for, through the persons among its {@code agents}. */
  Set<String> of(String lemma, Set<String> agents) {
    Set<String> states = new TreeSet<>();
    if (WARS.contains(lemma)) {
      agents.stream().map(countryOfOfficial::get).filter(country -> country != null).forEach(states::add);
    }
    return states;
  }
}
