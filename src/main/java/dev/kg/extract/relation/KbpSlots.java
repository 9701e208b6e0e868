package dev.kg.extract.relation;

import java.util.Map;
import java.util.Optional;

/**
 * Which of CoreNLP's KBP slots state one of kg's relationship types, and in which direction: the one
 * reading of KBP that extraction ({@link KbpMapping}) and the benchmarks' CoreNLP baseline share.
 * {@code per:title} (a title, no second entity) and {@code per:origin} (left to {@link
 * RoleExtractor}) are not here.
 *
 * <pre>{@code
 * Optional<String> type = KbpSlots.forward("per:employee_or_member_of");   // MEMBER_OF, subject to object
 * Optional<String> reversed = KbpSlots.reverse("org:subsidiaries");       // AFFILIATED_WITH, object to subject
 * }</pre>
 */
public final class KbpSlots {

  /** KBP slot to kg type, for slots whose subject is the kg subject. */
  private static final Map<String, String> FORWARD =
      Map.ofEntries(
          Map.entry("per:employee_or_member_of", "MEMBER_OF"),
          Map.entry("per:countries_of_residence", "LIVES_IN"),
          Map.entry("per:cities_of_residence", "LIVES_IN"),
          Map.entry("per:stateorprovinces_of_residence", "LIVES_IN"),
          Map.entry("per:city_of_birth", "BORN_IN"),
          Map.entry("per:stateorprovince_of_birth", "BORN_IN"),
          Map.entry("per:country_of_birth", "BORN_IN"),
          Map.entry("org:country_of_headquarters", "LOCATED_IN"),
          Map.entry("org:city_of_headquarters", "LOCATED_IN"),
          Map.entry("org:stateorprovince_of_headquarters", "LOCATED_IN"),
          Map.entry("org:member_of", "MEMBER_OF"),
          Map.entry("org:parents", "AFFILIATED_WITH"),
          Map.entry("org:political/religious_affiliation", "AFFILIATED_WITH"));

  /** KBP slots whose object is the kg subject. */
  private static final Map<String, String> REVERSE =
      Map.of(
          "org:top_members_employees", "MEMBER_OF",
          "org:members", "MEMBER_OF",
          "org:subsidiaries", "AFFILIATED_WITH");

  private KbpSlots() {}

  /** The kg type {@code slot} states from its subject to its object, if any. */
  public static Optional<String> forward(String slot) {
    return Optional.ofNullable(FORWARD.get(slot));
  }

  /** The kg type {@code slot} states from its object to its subject, if any. */
  public static Optional<String> reverse(String slot) {
    return Optional.ofNullable(REVERSE.get(slot));
  }
}
