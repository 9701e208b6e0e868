package dev.kg.eval;

import dev.kg.eval.ReDocRedDocument.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Wikidata properties of Re-DocRED that state one of kg's relationship types, and the entity
 * types each kg type joins. Gold relations are read through it, and both gold and predicted triples
 * are kept only where the two entities' Re-DocRED types are ones kg's type joins (kg writes persons,
 * organisations and places, so a country of a film or an album's performer is outside what it can say).
 *
 * <table>
 *   <caption>Wikidata property to kg type (reversed: the property's tail is kg's subject)</caption>
 *   <tr><th>kg type</th><th>subject to object</th><th>Wikidata properties</th></tr>
 *   <tr><td>HOLDS_POSITION</td><td>PER to ORG, LOC</td><td>P488 chairperson, P35 head of state, P6 head
 *       of government (all reversed); P39 position held is not mapped: its tail is the position
 *       ("Mayor of Paris"), which kg keeps as a title, not an entity</td></tr>
 *   <tr><td>MEMBER_OF</td><td>PER, ORG to ORG</td><td>P108 employer, P463 member of, P102 member of
 *       political party, P54 member of sports team (kg writes "works for" and KBP's employee or
 *       member as MEMBER_OF)</td></tr>
 *   <tr><td>AFFILIATED_WITH</td><td>ORG to ORG</td><td>P749 parent organization, P355 subsidiary
 *       (reversed)</td></tr>
 *   <tr><td>CITIZEN_OF</td><td>PER to LOC</td><td>P27 country of citizenship</td></tr>
 *   <tr><td>LIVES_IN</td><td>PER to LOC</td><td>P551 residence</td></tr>
 *   <tr><td>BORN_IN</td><td>PER to LOC</td><td>P19 place of birth</td></tr>
 *   <tr><td>LOCATED_IN</td><td>ORG, LOC to LOC</td><td>P131 located in the administrative territorial
 *       entity, P150 contains administrative territorial entity (reversed), P17 country, P30 continent,
 *       P276 location, P159 headquarters location, P1376 capital of, P36 capital (reversed)</td></tr>
 * </table>
 *
 * <p>Every other property is ignored (kinship, works, dates, ...), and kg's {@code KILLED} has no
 * property in Re-DocRED, so it is not scored.
 *
 * <pre>{@code
 * List<ReDocRedTriple> gold = ReDocRedProperties.gold(document);
 * }</pre>
 */
public final class ReDocRedProperties {

  /** kg's types in the order tables list them. */
  public static final List<String> TYPES = List.of(
      "HOLDS_POSITION", "MEMBER_OF", "AFFILIATED_WITH", "CITIZEN_OF", "LIVES_IN", "BORN_IN", "LOCATED_IN");

  private static final Set<String> PERSON = Set.of("PER");
  private static final Set<String> PLACE = Set.of("LOC");
  private static final Set<String> ORGANISATION = Set.of("ORG");

  /** Per kg type, the Re-DocRED entity types of its subject and of its object. */
  private static final Map<String, List<Set<String>>> JOINS = Map.of(
      "HOLDS_POSITION", List.of(PERSON, Set.of("ORG", "LOC")),
      "MEMBER_OF", List.of(Set.of("PER", "ORG"), ORGANISATION),
      "AFFILIATED_WITH", List.of(ORGANISATION, ORGANISATION),
      "CITIZEN_OF", List.of(PERSON, PLACE),
      "LIVES_IN", List.of(PERSON, PLACE),
      "BORN_IN", List.of(PERSON, PLACE),
      "LOCATED_IN", List.of(Set.of("ORG", "LOC"), PLACE));

  /** Properties whose head is kg's subject. */
  private static final Map<String, String> FORWARD = Map.ofEntries(
      Map.entry("P108", "MEMBER_OF"),
      Map.entry("P463", "MEMBER_OF"),
      Map.entry("P102", "MEMBER_OF"),
      Map.entry("P54", "MEMBER_OF"),
      Map.entry("P749", "AFFILIATED_WITH"),
      Map.entry("P27", "CITIZEN_OF"),
      Map.entry("P551", "LIVES_IN"),
      Map.entry("P19", "BORN_IN"),
      Map.entry("P131", "LOCATED_IN"),
      Map.entry("P17", "LOCATED_IN"),
      Map.entry("P30", "LOCATED_IN"),
      Map.entry("P276", "LOCATED_IN"),
      Map.entry("P159", "LOCATED_IN"),
      Map.entry("P1376", "LOCATED_IN"));

  /** Properties whose tail is kg's subject. */
  private static final Map<String, String> REVERSE = Map.of(
      "P488", "HOLDS_POSITION",
      "P35", "HOLDS_POSITION",
      "P6", "HOLDS_POSITION",
      "P355", "AFFILIATED_WITH",
      "P150", "LOCATED_IN",
      "P36", "LOCATED_IN");

  private ReDocRedProperties() {}

  /** {@code label} in kg's terms, or empty when its property has no kg type or its entities are outside it. */
  public static Optional<ReDocRedTriple> triple(ReDocRedDocument document, Label label) {
    String forward = FORWARD.get(label.property());
    String reverse = REVERSE.get(label.property());
    if (forward != null) {
      return triple(document, forward, label.head(), label.tail());
    }
    if (reverse != null) {
      return triple(document, reverse, label.tail(), label.head());
    }
    return Optional.empty();
  }

  /**
   * A relation of kg type {@code type} from vertex {@code subject} to vertex {@code object}, or empty
   * when the type has no Re-DocRED counterpart, the two are one entity, or their types are not ones it joins.
   */
  public static Optional<ReDocRedTriple> triple(ReDocRedDocument document, String type, int subject, int object) {
    List<Set<String>> joins = JOINS.get(type);
    if (joins == null || subject == object
        || !joins.get(0).contains(document.vertices().get(subject).type())
        || !joins.get(1).contains(document.vertices().get(object).type())) {
      return Optional.empty();
    }
    return Optional.of(new ReDocRedTriple(document.id(), type, subject, object));
  }

  /** The document's gold relations that kg's types state, each once. */
  public static List<ReDocRedTriple> gold(ReDocRedDocument document) {
    List<ReDocRedTriple> gold = new ArrayList<>();
    for (Label label : document.labels()) {
      triple(document, label).filter(t -> !gold.contains(t)).ifPresent(gold::add);
    }
    return gold;
  }
}
