package dev.kg.curate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kg.extract.EntityId;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.name.NameKey;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One correction an analyst made to entity identity, kept so that every later write of a document
 * obeys it. Rules apply in {@code seq} order, each to what the rules before it made of the document.
 *
 * <ul>
 *   <li>{@link Kind#MERGE}: every mention of {@code entity} is a mention of {@code target}.
 *   <li>{@link Kind#ALIAS}: {@code alias} is a name of {@code target}: every mention with that name
 *       (up to spelling, see {@link NameKey}) is a mention of {@code target}, whatever entity the
 *       extraction gave it.
 *   <li>{@link Kind#SPLIT}: some mentions of {@code entity} are of another entity, {@code target}:
 *       those named {@code alias}, or all of them in the {@code documents} listed.
 *   <li>{@link Kind#RENAME}: {@code entity} is called {@code name}, whatever its documents call it.
 * </ul>
 *
 * <p>A rule that moves mentions names its target fully ({@code target}, {@code targetType}, {@code
 * targetKind}, {@code name}), so a document that does not otherwise mention the target still writes it
 * as the analyst saw it.
 *
 * @param seq position among all rules, from 1
 * @param kind what the rule does
 * @param entity the entity whose mentions move (merge, split) or that is renamed; {@code null} for an alias
 * @param alias the name whose mentions move (alias, split by name), else {@code null}
 * @param documents the documents whose mentions move (split by document), else {@code null}
 * @param target the id of the entity mentions move to; {@code null} for a rename
 * @param targetType the target's type; {@code null} for a rename
 * @param targetKind the target's location kind, for a location target only
 * @param name the target's display name, or the new name of a renamed entity
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CurationRule(
    int seq,
    Kind kind,
    String entity,
    String alias,
    List<String> documents,
    String target,
    EntityType targetType,
    LocationKind targetKind,
    String name) {

  /** What a rule does. */
  public enum Kind {
    MERGE,
    ALIAS,
    SPLIT,
    RENAME
  }

  /**
   * Where mentions go: an entity as a rule records it.
   *
   * @param kind location kind, for locations only
   */
  public record Target(String id, EntityType type, LocationKind kind, String name) {

    public Target {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      if (type != EntityType.LOCATION) {
        kind = null;
      } else if (kind == null) {
        kind = LocationKind.OTHER;
      }
    }

    /**
     * A new entity called {@code name}, under the id kg derives from a type and a canonical name
     * ({@code person:kim-jong-un}).
     */
    public static Target named(EntityType type, LocationKind kind, String name) {
      return new Target(EntityId.of(type, NameKey.of(name).slug()), type, kind, name);
    }
  }

  public CurationRule {
    if (seq < 1) {
      throw new IllegalArgumentException("rule numbers start at 1, got " + seq);
    }
    Objects.requireNonNull(kind, "kind");
    documents = documents == null ? null : List.copyOf(documents);
    boolean moves = kind != Kind.RENAME;
    require(moves == (target != null && targetType != null), kind + " needs a target exactly when it moves mentions");
    require(name != null && NameKey.isName(name), kind + " needs a name with a letter or digit");
    require((kind == Kind.ALIAS) == (entity == null), kind + (kind == Kind.ALIAS ? " takes no entity" : " needs an entity"));
    require(alias == null || NameKey.isName(alias), "an alias needs a letter or digit, got '" + alias + "'");
    switch (kind) {
      case MERGE, RENAME -> require(alias == null && documents == null, kind + " takes no alias or documents");
      case ALIAS -> require(alias != null && documents == null, "ALIAS needs an alias and takes no documents");
      case SPLIT -> {
        require((alias == null) != (documents == null), "SPLIT needs an alias or documents, not both");
        require(documents == null || !documents.isEmpty(), "SPLIT by documents needs at least one");
        require(!target.equals(entity), "SPLIT needs a target other than the entity it splits");
      }
    }
    require(kind != Kind.MERGE || !target.equals(entity), "MERGE needs two different entities");
  }

  /** Merges {@code entity} into {@code into}. */
  public static CurationRule merge(int seq, String entity, Target into) {
    return new CurationRule(seq, Kind.MERGE, entity, null, null, into.id(), into.type(), into.kind(), into.name());
  }

  /** Makes {@code alias} a name of {@code of}. */
  public static CurationRule alias(int seq, String alias, Target of) {
    return new CurationRule(seq, Kind.ALIAS, null, alias, null, of.id(), of.type(), of.kind(), of.name());
  }

  /** Moves the mentions of {@code entity} named {@code alias} to {@code into}. */
  public static CurationRule splitAlias(int seq, String entity, String alias, Target into) {
    return new CurationRule(seq, Kind.SPLIT, entity, alias, null, into.id(), into.type(), into.kind(), into.name());
  }

  /** Moves the mentions of {@code entity} in {@code documents} to {@code into}. */
  public static CurationRule splitDocuments(int seq, String entity, List<String> documents, Target into) {
    return new CurationRule(seq, Kind.SPLIT, entity, null, documents, into.id(), into.type(), into.kind(), into.name());
  }

  /** Calls {@code entity} {@code name}. */
  public static CurationRule rename(int seq, String entity, String name) {
    return new CurationRule(seq, Kind.RENAME, entity, null, null, null, null, null, name);
  }

  /** The rule's node id, {@code rule:SEQ}. */
  @JsonIgnore
  public String id() {
    return "rule:" + seq;
  }

  /** Where the rule moves mentions; {@code null} for a rename. */
  @JsonIgnore
  public Target targetEntity() {
    return target == null ? null : new Target(target, targetType, targetKind, name);
  }

  /** Every entity id the rule names, for finding the documents it concerns. */
  @JsonIgnore
  public List<String> entityIds() {
    return Stream.of(entity, target).filter(Objects::nonNull).toList();
  }

  /** One line for people: {@code merge organization:kcna into organization:korean-central-news-agency}. */
  public String describe() {
    return switch (kind) {
      case MERGE -> "merge " + entity + " into " + target;
      case ALIAS -> "alias '" + alias + "' names " + target;
      case SPLIT ->
          alias != null
              ? "split mentions named '" + alias + "' off " + entity + " into " + target
              : "split " + entity + " in " + String.join(", ", documents) + " into " + target;
      case RENAME -> "rename " + entity + " to '" + name + "'";
    };
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
