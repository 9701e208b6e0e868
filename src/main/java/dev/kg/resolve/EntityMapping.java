package dev.kg.resolve;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.name.CanonicalName;
import dev.kg.resolve.Resolver.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rewrites a document's extraction from its local entity ids to corpus entity ids: entities, mentions
 * and every fact that names an entity (relations, quotes, events, through their {@code
 * withEntityIds}). Two local entities that turn out to be one corpus entity become one entity with
 * the aliases of both.
 *
 * <pre>{@code
 * DocumentExtraction resolved = new EntityMapping(Resolver.targets(names, corpus)).apply(extraction);
 * }</pre>
 */
public final class EntityMapping {

  private final Map<String, Target> targets;

  /** @param targets the corpus entity of each local entity id */
  public EntityMapping(Map<String, Target> targets) {
    this.targets = Map.copyOf(targets);
  }

  /** Each local entity id with its corpus entity id, as {@code local=corpus}, sorted. */
  public List<String> pairs() {
    return targets.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().id()).sorted().toList();
  }

  /** The corpus entity id of the local entity {@code localId}. */
  public String idOf(String localId) {
    Target target = targets.get(localId);
    if (target == null) {
      throw new IllegalArgumentException("no corpus entity for local entity '" + localId + "'");
    }
    return target.id();
  }

  /** {@code extraction} with corpus entity ids. */
  public DocumentExtraction apply(DocumentExtraction extraction) {
    Map<String, Entity> entities = new TreeMap<>();
    Map<String, Map<String, Long>> nameUses = new TreeMap<>();
    // How often the document writes each name of each local entity, keyed by [entity id, name].
    Map<List<String>, Long> written =
        extraction.mentions().stream()
            .collect(Collectors.groupingBy(m -> List.of(m.entityId(), m.text()), Collectors.counting()));
    for (Entity local : extraction.entities()) {
      Entity entity = corpusEntity(local);
      entities.merge(entity.id(), entity, EntityMapping::union);
      // A local entity's name is used as often as the document writes it, and at least once: it is the
      // name the document gives the entity.
      long uses = Math.max(1, written.getOrDefault(List.of(local.id(), local.name()), 0L));
      nameUses.computeIfAbsent(entity.id(), id -> new TreeMap<>()).merge(local.name(), uses, Long::sum);
    }
    entities.replaceAll(
        (id, e) -> new Entity(id, e.type(), e.kind(), CanonicalName.of(nameUses.get(id)), e.aliases()));
    List<Mention> mentions =
        extraction.mentions().stream()
            .map(m -> new Mention(idOf(m.entityId()), m.start(), m.end(), m.sentence(), m.text(), m.nerTag()))
            .toList();
    return new DocumentExtraction(
        extraction.document(),
        extraction.sentences(),
        List.copyOf(entities.values()),
        mentions,
        extraction.relations().stream().map(r -> r.withEntityIds(this::idOf)).toList(),
        extraction.quotes().stream().map(q -> q.withEntityIds(this::idOf)).toList(),
        extraction.events().stream().map(e -> e.withEntityIds(this::idOf)).toList());
  }

  private Entity corpusEntity(Entity local) {
    Target target = targets.get(local.id());
    if (target == null) {
      throw new IllegalArgumentException("no corpus entity for local entity '" + local.id() + "'");
    }
    LocationKind kind = null;
    if (target.type() == EntityType.LOCATION) {
      kind = local.kind() == null ? LocationKind.OTHER : local.kind();
    }
    return new Entity(target.id(), target.type(), kind, local.name(), local.aliases());
  }

  /**
   * One entity from two local ones: the finer kind, every alias. The name is chosen afterwards from
   * both, by how often the document writes each.
   */
  private static Entity union(Entity a, Entity b) {
    LocationKind kind = a.kind();
    if (kind == LocationKind.OTHER || (b.kind() != null && b.kind() != LocationKind.OTHER && b.kind().compareTo(kind) < 0)) {
      kind = b.kind();
    }
    Set<String> aliases = new TreeSet<>(a.aliases());
    aliases.addAll(b.aliases());
    return new Entity(a.id(), a.type(), kind, a.name(), List.copyOf(aliases));
  }
}
