package dev.kg.curate;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.name.CanonicalName;
import dev.kg.name.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The analyst's rules, in order, as one step between extraction and writing: {@link #apply} rewrites
 * a document's extraction so that it says what the rules say, and is a no-op for a document no rule
 * concerns. Because it works on each document as it is written, a rule holds for documents ingested
 * before it (re-written when it is made) and after it alike, in any order.
 *
 * <pre>{@code
 * CurationRules rules = new CurationRules(List.of(CurationRule.merge(1, "organization:kcna", agency)));
 * DocumentExtraction curated = rules.apply(extraction);
 * }</pre>
 */
public final class CurationRules {

  private final List<CurationRule> rules;

  /** @param rules in any order; applied by {@link CurationRule#seq()} */
  public CurationRules(List<CurationRule> rules) {
    this.rules = rules.stream().sorted(Comparator.comparingInt(CurationRule::seq)).toList();
  }

  public List<CurationRule> rules() {
    return rules;
  }

  /** {@code extraction} with every rule applied; the same object when no rule changes anything. */
  public DocumentExtraction apply(DocumentExtraction extraction) {
    if (rules.isEmpty()) {
      return extraction;
    }
    Map<String, Entity> raw = new LinkedHashMap<>();
    extraction.entities().forEach(entity -> raw.put(entity.id(), entity));
    List<Mention> mentions = extraction.mentions();
    String[] destination = mentions.stream().map(Mention::entityId).toArray(String[]::new);
    // Where each entity went as a whole (merges, splits by document): where its facts go when it
    // has no name mention to follow.
    Map<String, String> entityDestination = new HashMap<>();
    raw.keySet().forEach(id -> entityDestination.put(id, id));
    Map<String, CurationRule.Target> targets = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    String documentId = extraction.document().id();
    // Each mention's name key, worked out once for all the rules that match names.
    NameKey[] keys = new NameKey[mentions.size()];
    for (int i = 0; i < keys.length; i++) {
      Mention mention = mentions.get(i);
      keys[i] = mention.isName() && NameKey.isName(mention.text()) ? NameKey.of(mention.text()) : null;
    }
    for (CurationRule rule : rules) {
      CurationRule.Target target = rule.targetEntity();
      switch (rule.kind()) {
        case MERGE -> move(destination, entityDestination, rule.entity(), target.id());
        case ALIAS -> moveNamed(mentions, keys, destination, null, NameKey.of(rule.alias()), target.id());
        case SPLIT -> {
          if (rule.alias() != null) {
            moveNamed(mentions, keys, destination, rule.entity(), NameKey.of(rule.alias()), target.id());
          } else if (rule.documents().contains(documentId)) {
            move(destination, entityDestination, rule.entity(), target.id());
          }
        }
        case RENAME -> names.put(rule.entity(), rule.name());
      }
      if (target != null) {
        targets.put(target.id(), target);
      }
    }
    boolean moved = false;
    for (int i = 0; i < destination.length; i++) {
      moved |= !destination[i].equals(mentions.get(i).entityId());
    }
    if (!moved && entityDestination.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))
        && raw.keySet().stream().noneMatch(names::containsKey)) {
      return extraction;
    }
    return rebuild(extraction, raw, destination, entityDestination, targets, names);
  }

  private static void move(String[] destination, Map<String, String> entityDestination, String from, String to) {
    for (int i = 0; i < destination.length; i++) {
      if (destination[i].equals(from)) {
        destination[i] = to;
      }
    }
    entityDestination.replaceAll((id, at) -> at.equals(from) ? to : at);
  }

  /**
   * Moves the name mentions called {@code alias} (of {@code from}, or of any entity when null) to
   * {@code to}. An entity left with only pronouns loses them to {@code to} too: they referred to it
   * through the names that moved.
   */
  private static void moveNamed(
      List<Mention> mentions, NameKey[] keys, String[] destination, String from, NameKey alias, String to) {
    Set<String> losers = new TreeSet<>();
    for (int i = 0; i < destination.length; i++) {
      if (alias.equals(keys[i])
          && (from == null || destination[i].equals(from))
          && !destination[i].equals(to)) {
        losers.add(destination[i]);
        destination[i] = to;
      }
    }
    for (String loser : losers) {
      boolean keepsAName = false;
      for (int i = 0; i < destination.length; i++) {
        keepsAName |= destination[i].equals(loser) && mentions.get(i).isName();
      }
      if (!keepsAName) {
        for (int i = 0; i < destination.length; i++) {
          if (destination[i].equals(loser)) {
            destination[i] = to;
          }
        }
      }
    }
  }

  private static DocumentExtraction rebuild(
      DocumentExtraction extraction,
      Map<String, Entity> raw,
      String[] destination,
      Map<String, String> entityDestination,
      Map<String, CurationRule.Target> targets,
      Map<String, String> names) {
    List<Mention> mentions = new ArrayList<>(destination.length);
    for (int i = 0; i < destination.length; i++) {
      Mention m = extraction.mentions().get(i);
      mentions.add(new Mention(destination[i], m.start(), m.end(), m.sentence(), m.text(), m.nerTag()));
    }
    UnaryOperator<String> entityMapping = id -> destinationOf(id, extraction.mentions(), destination, entityDestination);

    // Each final entity keeps the aliases of the entities that went to it whole, and the names of
    // the mentions that were split off to it; its name is always one of them.
    Map<String, Set<String>> aliases = new TreeMap<>();
    for (Entity entity : raw.values()) {
      if (movedWhole(entity.id(), extraction.mentions(), destination)) {
        aliases.computeIfAbsent(entityMapping.apply(entity.id()), id -> new TreeSet<>()).addAll(entity.aliases());
      }
    }
    for (Mention mention : mentions) {
      Set<String> known = aliases.computeIfAbsent(mention.entityId(), id -> new TreeSet<>());
      if (mention.isName()) {
        known.add(mention.text());
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : aliases.entrySet()) {
      String id = entry.getKey();
      Set<String> known = entry.getValue();
      Entity own = raw.get(id);
      CurationRule.Target target = targets.get(id);
      EntityType type = own != null ? own.type() : target.type();
      LocationKind kind = own != null ? own.kind() : target.kind();
      String name = names.getOrDefault(id, own != null ? ownName(own, known, mentions) : target.name());
      known.add(name);
      entities.add(new Entity(id, type, kind, name, List.copyOf(known)));
    }
    return new DocumentExtraction(
        extraction.document(),
        extraction.sentences(),
        entities,
        mentions,
        extraction.relations().stream().map(r -> r.withEntityIds(entityMapping)).toList(),
        extraction.quotes().stream().map(q -> q.withEntityIds(entityMapping)).toList(),
        extraction.events().stream().map(e -> e.withEntityIds(entityMapping)).toList());
  }

  /**
   * The entity's own name while it still has it; when a split took it away, the {@link CanonicalName}
   * of the names it kept, each used as often as its mentions here write it (and at least once, as
   * {@code EntityMapping} counts a name): the rule extraction chose the own name by in the first place,
   * over what is left.
   */
  private static String ownName(Entity own, Set<String> kept, List<Mention> mentions) {
    if (kept.isEmpty() || kept.contains(own.name())) {
      return own.name();
    }
    Map<String, Long> written = new HashMap<>();
    for (Mention mention : mentions) {
      if (mention.entityId().equals(own.id()) && mention.isName()) {
        written.merge(mention.text(), 1L, Long::sum);
      }
    }
    Map<String, Long> uses = new TreeMap<>();
    kept.forEach(name -> uses.put(name, Math.max(1, written.getOrDefault(name, 0L))));
    return CanonicalName.of(uses);
  }

  /** Whether every mention of {@code id} went to one place. */
  private static boolean movedWhole(String id, List<Mention> mentions, String[] destination) {
    String to = null;
    for (int i = 0; i < destination.length; i++) {
      if (mentions.get(i).entityId().equals(id)) {
        if (to != null && !to.equals(destination[i])) {
          return false;
        }
        to = destination[i];
      }
    }
    return true;
  }

  /**
   * Where facts about entity {@code id} go: where most of its name mentions went (ties to the earlier
   * mention), or where rules sent the entity itself when it has no name mention.
   */
  private static String destinationOf(
      String id, List<Mention> mentions, String[] destination, Map<String, String> entityDestination) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (int i = 0; i < destination.length; i++) {
      if (mentions.get(i).entityId().equals(id) && mentions.get(i).isName()) {
        votes.merge(destination[i], 1, Integer::sum);
      }
    }
    if (votes.isEmpty()) {
      return entityDestination.getOrDefault(id, id);
    }
    int most = votes.values().stream().max(Integer::compare).orElseThrow();
    return votes.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
  }
}
