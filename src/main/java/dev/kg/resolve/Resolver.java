package dev.kg.resolve;

import dev.kg.extract.EntityId;
import dev.kg.extract.EntityType;
import dev.kg.name.Demonyms;
import dev.kg.name.NameKey;
import dev.kg.resolve.DocumentNames.LocalName;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which corpus entity each of a document's local entities is: the one place where identity
 * across documents is settled.
 *
 * <p>A name denotes one entity across the corpus, typed by what most of its mentions in all
 * documents were tagged, so one mistagged mention neither relabels the entity nor splits it off; a
 * document that names it twice or more as another type keeps its own type, as a name can be a city
 * in one story and its football club in most others, and so does a document whose text shows the
 * type once (a dateline, "in Detroit", "the city of X", an organisation that acts, "the White House later
 * said": {@link DocumentNames.LocalName#typedInContext()}).
 * Three kinds of shorter name reach for a fuller one the corpus knows, and take it only when there is
 * exactly one:
 *
 * <ul>
 *   <li>a one-word person name ({@code Putin}) takes the one person whose name begins or ends with
 *       that word ({@code Vladimir Putin}); with two ({@code Kim Jong Un}, {@code Kim Yo Jong}) a bare
 *       {@code Kim} stays a node of its own rather than a guess;
 *   <li>a one-word organisation or place name of up to six letters ({@code KCNA}, {@code U.S.}) takes
 *       the one name of that type it is the initialism of ({@code Korean Central News Agency});
 *   <li>an organisation name ({@code Central News Agency}) takes the one longer organisation name that
 *       adds one or two first words ({@code Korean Central News Agency}), and only in a document that
 *       names a place those words are the demonym ({@code North Korea}), the name ({@code Tunisia}
 *       for the {@code Tunisia Human Rights League}, {@code United States} for the {@code United States
 *       Department of Homeland Security}) or the initials ({@code US} of the {@code United States}) of:
 *       {@code Security Council} in an article about Russia is neither the {@code UN Security Council}
 *       nor the {@code National Security Council}.
 * </ul>
 *
 * <p>Each decision is a function of the stored uses of the names involved, so it does not depend on
 * the order documents arrive in, and taking a document away undoes whatever it decided.
 *
 * <pre>{@code
 * Map<String, Target> targets = Resolver.targets(DocumentNames.of(extraction), corpusNames);
 * DocumentExtraction resolved = new EntityMapping(targets).apply(extraction);
 * }</pre>
 */
public final class Resolver {

  private static final int LONGEST_ACRONYM = 6;
  // A short name that more fuller names share ("John", "Communist Party") stands for none of them, so
  // no decision ever reads a list that grows with the corpus.
  private static final int MOST_CANDIDATES = 16;
  // A document that names an entity this often, as one type, means that type whatever most of the
  // corpus means by the name: a city in a news story, though most documents name its football club.
  // Named once, it takes the corpus's type, so one mistagged mention does not split an entity off.
  private static final int OWN_TYPE_USES = 2;

  private Resolver() {}

  /** How a name may reach for a fuller one. */
  public enum Rule {
    /** Nothing to reach for: the name is the entity's name. */
    OWN_NAME,
    SHORT_PERSON_NAME,
    ACRONYM,
    SHORT_ORGANIZATION_NAME
  }

  /**
   * The corpus entity a name denotes.
   *
   * @param key the name's key slug
   * @param type the entity's type
   */
  public record Target(String key, EntityType type) implements Serializable {

    public Target {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(type, "type");
    }

    /** The entity's id: type and name key, e.g. {@code person:vladimir-putin}. */
    public String id() {
      return EntityId.of(type, key);
    }
  }

  /**
   * What the corpus says about one name: its type, and the fuller names it could stand for.
   *
   * @param type the type most uses of the name agree on
   * @param rule how it reaches for a fuller name
   * @param candidates the fuller names of a matching type, in key order
   */
  public record Decision(EntityType type, Rule rule, List<Target> candidates) implements Serializable {

    public Decision {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(rule, "rule");
      candidates = List.copyOf(candidates);
    }

    /**
     * Whether every document resolves the name the same under both decisions, e.g. when a third
     * person named Kim joins two others. A short organisation name's candidates are filtered by each
     * document's context, so for it any change of candidates counts.
     */
    public static boolean resolveAlike(Decision a, Decision b) {
      if (a == null || b == null) {
        return a == b;
      }
      if (a.type != b.type || a.rule != b.rule) {
        return false;
      }
      return a.rule == Rule.SHORT_ORGANIZATION_NAME
          ? a.candidates.equals(b.candidates)
          : Objects.equals(a.onlyCandidate(), b.onlyCandidate());
    }

    private Target onlyCandidate() {
      return candidates.size() == 1 ? candidates.get(0) : null;
    }
  }

  /**
   * The names whose decision may change when the uses of {@code keys} change: the names themselves,
   * and the shorter names their {@link NameKey#lookupKeys() lookup keys} come from.
   */
  public static Set<String> affectedBy(Collection<String> keys) {
    Set<String> affected = new TreeSet<>(keys);
    for (String key : keys) {
      for (String lookupKey : NameKey.ofSlug(key).lookupKeys()) {
        affected.add(lookupKey.substring(lookupKey.indexOf(':') + 1));
      }
    }
    return affected;
  }

  /** The decision for each of {@code keys} that some document uses. */
  public static Map<String, Decision> decide(Collection<String> keys, CorpusNames names) {
    Map<String, NameUse> uses = names.uses(keys);
    Map<String, String> lookupKeyOf = new LinkedHashMap<>();
    Map<String, Rule> ruleOf = new HashMap<>();
    for (NameUse use : uses.values()) {
      List<String> tokens = NameKey.ofSlug(use.key()).tokens();
      Rule rule = rule(tokens, use.type());
      ruleOf.put(use.key(), rule);
      switch (rule) {
        case SHORT_PERSON_NAME -> lookupKeyOf.put(use.key(), "part:" + use.key());
        case ACRONYM -> lookupKeyOf.put(use.key(), "initials:" + use.key());
        case SHORT_ORGANIZATION_NAME -> lookupKeyOf.put(use.key(), "tail:" + use.key());
        case OWN_NAME -> { }
      }
    }
    Map<String, List<NameUse>> fuller = names.namesWith(Set.copyOf(lookupKeyOf.values()), MOST_CANDIDATES + 1);
    Map<String, Decision> decisions = new TreeMap<>();
    for (NameUse use : uses.values()) {
      EntityType type = use.type();
      String lookupKey = lookupKeyOf.get(use.key());
      List<NameUse> found = lookupKey == null ? List.of() : fuller.getOrDefault(lookupKey, List.of());
      List<Target> candidates =
          found.size() > MOST_CANDIDATES
              ? List.of()
              : found.stream()
                  .filter(candidate -> !candidate.key().equals(use.key()) && candidate.type() == type)
                  .map(candidate -> new Target(candidate.key(), type))
                  .sorted((a, b) -> a.key().compareTo(b.key()))
                  .toList();
      if (ruleOf.get(use.key()) == Rule.ACRONYM) {
        candidates = spelledInFull(use.key(), candidates);
      }
      decisions.put(use.key(), new Decision(type, ruleOf.get(use.key()), candidates));
    }
    return decisions;
  }

  /**
   * The corpus entity of each local entity of a document, by local entity id. The document's own
   * uses must already be counted in {@code names}.
   */
  public static Map<String, Target> targets(DocumentNames document, CorpusNames names) {
    return targets(document, decide(document.uses().keySet(), names));
  }

  /**
   * The corpus entity of each local entity of a document, by local entity id, from {@code decisions}
   * made beforehand (by {@link #decide}) for every name the document uses, e.g. for a whole batch of
   * documents at once.
   */
  public static Map<String, Target> targets(DocumentNames document, Map<String, Decision> decisions) {
    Map<String, Target> targets = new TreeMap<>();
    for (LocalName name : document.names()) {
      String key = name.use().key();
      Decision decision = decisions.get(key);
      if (decision == null) {
        throw new IllegalStateException("the corpus does not count the document's name '" + key + "'");
      }
      EntityType own = name.use().type();
      if (own != decision.type() && (name.use().uses(own) >= OWN_TYPE_USES || name.typedInContext())) {
        targets.put(name.entityId(), new Target(key, own));
        continue;
      }
      List<Target> candidates =
          decision.rule() == Rule.SHORT_ORGANIZATION_NAME
              ? decision.candidates().stream()
                  .filter(candidate -> namesAPlaceOf(candidate, key, document.places()))
                  .toList()
              : decision.candidates();
      targets.put(
          name.entityId(), candidates.size() == 1 ? candidates.get(0) : new Target(key, decision.type()));
    }
    return targets;
  }

  /**
   * Of several expansions, the one whose every word the acronym spells, if only one does: CIA is the
   * Central Intelligence Agency rather than a Control of Intelligence Activities.
   */
  private static List<Target> spelledInFull(String acronym, List<Target> candidates) {
    if (candidates.size() < 2) {
      return candidates;
    }
    List<Target> inFull =
        candidates.stream()
            .filter(c -> NameKey.ofSlug(c.key()).lookupKeys().contains("initials:" + acronym))
            .filter(c -> NameKey.ofSlug(c.key()).tokens().size() == acronym.length())
            .toList();
    return inFull.size() == 1 ? inFull : candidates;
  }

  private static Rule rule(List<String> tokens, EntityType type) {
    if (tokens.size() == 1) {
      if (type == EntityType.PERSON) {
        return Rule.SHORT_PERSON_NAME;
      }
      int length = tokens.get(0).length();
      return length >= 2 && length <= LONGEST_ACRONYM ? Rule.ACRONYM : Rule.OWN_NAME;
    }
    return type == EntityType.ORGANIZATION ? Rule.SHORT_ORGANIZATION_NAME : Rule.OWN_NAME;
  }

  /**
   * Whether the words a fuller name adds before {@code shortKey} name a place the document names: are
   * its name ("tunisia", "united states"), its initials ("us") or the demonym of its last word
   * ("korean" of "north korea").
   */
  private static boolean namesAPlaceOf(Target candidate, String shortKey, Set<String> places) {
    List<String> tokens = NameKey.ofSlug(candidate.key()).tokens();
    List<String> added = tokens.subList(0, tokens.size() - NameKey.ofSlug(shortKey).tokens().size());
    return places.stream().map(NameKey::ofSlug).anyMatch(place -> isPlace(added, place));
  }

  private static boolean isPlace(List<String> added, NameKey place) {
    List<String> words = place.tokens();
    if (added.equals(words)) {
      return true;
    }
    if (added.size() != 1) {
      return false;
    }
    String word = added.get(0);
    return (words.size() > 1 && word.equals(place.initials()))
        || Demonyms.coreNlp().isDemonymOf(NameKey.of(word), NameKey.of(words.get(words.size() - 1)));
  }
}
