package dev.kg.eval;

import dev.kg.extract.EntityType;
import java.util.Optional;

/**
 * kg's relationship types in CoNLL04's labels, the one relabelling that kg's predictions ({@link
 * Conll04Predictor}) and CoreNLP's KBP baseline ({@link Conll04Baselines}, through {@link
 * dev.kg.extract.relation.KbpSlots}) are scored through: a person's position or membership at an
 * organisation is {@code Work_For}; a person's residence, birthplace, citizenship or position in a
 * place is {@code Live_In}; an organisation located in a place is {@code OrgBased_In}; a place in a
 * place is {@code Located_In}; a killing is {@code Kill}. Anything else has no label.
 *
 * <pre>{@code
 * Conll04Labels.of("BORN_IN", EntityType.PERSON, EntityType.LOCATION);   // Optional[Live_In]
 * }</pre>
 */
final class Conll04Labels {

  private Conll04Labels() {}

  /** The corpus label of a kg relation of {@code type} between entities of the given types, if any. */
  static Optional<String> of(String type, EntityType subject, EntityType object) {
    boolean person = subject == EntityType.PERSON;
    return Optional.ofNullable(
        switch (type) {
          case "HOLDS_POSITION", "MEMBER_OF", "AFFILIATED_WITH" ->
              person && object == EntityType.ORGANIZATION ? "Work_For"
                  : person && object == EntityType.LOCATION ? "Live_In" : null;
          case "LIVES_IN", "CITIZEN_OF", "BORN_IN" -> person && object == EntityType.LOCATION ? "Live_In" : null;
          case "LOCATED_IN" -> subject == EntityType.ORGANIZATION ? "OrgBased_In"
              : subject == EntityType.LOCATION ? "Located_In" : null;
          case "KILLED" -> person && object == EntityType.PERSON ? "Kill" : null;
          default -> null;
        });
  }
}
