package dev.kg.extract.relation;

import dev.kg.extract.EntityType;
import dev.kg.extract.Relation;
import java.util.Map;
import java.util.Optional;

/**
 * Which of CoreNLP's KBP slots state one of kg's relationship types, in which direction, and between
 * which types of entity: the one reading of KBP that extraction ({@link KbpMapping}) and the
 * benchmarks' CoreNLP baselines (Re-DocRED's in kg's types, CoNLL04's relabelled from them) share.
 * {@code per:title} (a title, no second entity) and {@code per:origin} (left to {@link
 * RoleExtractor}) are not here.
 *
 * <pre>{@code
 * Optional<String> type = KbpSlots.forward("per:employee_or_member_of");   // MEMBER_OF, subject to object
 * Optional<String> reversed = KbpSlots.reverse("org:subsidiaries");       // AFFILIATED_WITH, object to subject
 * KbpSlots.reading("org:top_members_employees");  // MEMBER_OF, reversed, from a PERSON to an ORGANIZATION
 * }</pre>
 */
public final class KbpSlots {

  /**
   * A slot read as a kg relation.
   *
   * @param type the kg relationship type
   * @param reversed whether KBP's object is kg's subject ({@code org:top_members_employees}: the
   *     member is the object)
   * @param subject the type of kg's subject as the slot defines it (KBP's subject is a person in a
   *     {@code per:} slot, an organisation in an {@code org:} slot), not as NER tagged it
   * @param object the type of kg's object as the slot defines its filler (an employer is read as an
   *     organisation, which TAC KBP also allows to be a country or city)
   */
  public record Reading(String type, boolean reversed, EntityType subject, EntityType object) {}

  private static final EntityType PERSON = EntityType.PERSON;
  private static final EntityType ORGANIZATION = EntityType.ORGANIZATION;
  private static final EntityType LOCATION = EntityType.LOCATION;

  // Slot names as CoreNLP's kbp annotator writes them, which is not always TAC's spelling: it writes
  // "per:statesorprovinces_of_residence" and "org:political_religious_affiliation" (TAC's
  // "per:stateorprovinces_of_residence" and "org:political/religious_affiliation" never occur).
  private static final Map<String, Reading> READINGS =
      Map.ofEntries(
          Map.entry("per:employee_or_member_of", reads("MEMBER_OF", PERSON, ORGANIZATION)),
          Map.entry("per:countries_of_residence", reads("LIVES_IN", PERSON, LOCATION)),
          Map.entry("per:cities_of_residence", reads("LIVES_IN", PERSON, LOCATION)),
          Map.entry("per:statesorprovinces_of_residence", reads("LIVES_IN", PERSON, LOCATION)),
          Map.entry("per:city_of_birth", reads("BORN_IN", PERSON, LOCATION)),
          Map.entry("per:stateorprovince_of_birth", reads("BORN_IN", PERSON, LOCATION)),
          Map.entry("per:country_of_birth", reads("BORN_IN", PERSON, LOCATION)),
          Map.entry("org:country_of_headquarters", reads("LOCATED_IN", ORGANIZATION, LOCATION)),
          Map.entry("org:city_of_headquarters", reads("LOCATED_IN", ORGANIZATION, LOCATION)),
          Map.entry("org:stateorprovince_of_headquarters", reads("LOCATED_IN", ORGANIZATION, LOCATION)),
          Map.entry("org:member_of", reads("MEMBER_OF", ORGANIZATION, ORGANIZATION)),
          Map.entry("org:parents", reads("AFFILIATED_WITH", ORGANIZATION, ORGANIZATION)),
          Map.entry("org:political_religious_affiliation", reads("AFFILIATED_WITH", ORGANIZATION, ORGANIZATION)),
          Map.entry("org:top_members_employees", readsReversed("MEMBER_OF", PERSON, ORGANIZATION)),
          Map.entry("org:members", readsReversed("MEMBER_OF", ORGANIZATION, ORGANIZATION)),
          Map.entry("org:subsidiaries", readsReversed("AFFILIATED_WITH", ORGANIZATION, ORGANIZATION)));

  private KbpSlots() {}

  /** How kg reads {@code slot}, if it states one of kg's types. */
  public static Optional<Reading> reading(String slot) {
    return Optional.ofNullable(READINGS.get(slot));
  }

  /** The kg type {@code slot} states from its subject to its object, if any. */
  public static Optional<String> forward(String slot) {
    return reading(slot).filter(reading -> !reading.reversed()).map(Reading::type);
  }

  /** The kg type {@code slot} states from its object to its subject, if any. */
  public static Optional<String> reverse(String slot) {
    return reading(slot).filter(Reading::reversed).map(Reading::type);
  }

  private static Reading reads(String type, EntityType subject, EntityType object) {
    return new Reading(type, false, subject, object);
  }

  private static Reading readsReversed(String type, EntityType subject, EntityType object) {
    return new Reading(type, true, subject, object);
  }

  /**
   * Whether a kg relation read from KBP is a guess of its statistical model rather than a finding of
   * its rules, which KBP gives confidence 1 and kg scales to {@link KbpMapping#TRUST}.
   */
  public static boolean statisticalGuess(Relation relation) {
    return relation.method().equals("kbp") && relation.confidence() < KbpMapping.TRUST - 1e-9;
  }
}
