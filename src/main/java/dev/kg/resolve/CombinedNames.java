package dev.kg.resolve;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names a stored corpus holds as they will be once a batch of documents is written: the stored
 * uses, plus the batch's, less those of the stored documents the batch replaces. Deciding over it
 * with {@link Resolver} gives, before anything is written, the decisions the corpus will hold after,
 * which is what the incremental writer leaves every document resolved by.
 *
 * <pre>{@code
 * CorpusNames after = new CombinedNames(graphNames, NameTable.of(batchUses), replacedUses);
 * Map<String, Decision> decisions = Resolver.decide(batchKeys, after);
 * }</pre>
 */
public final class CombinedNames implements CorpusNames {

  private final CorpusNames stored;
  private final NameTable added;
  private final NameTable taken;

  /**
   * @param stored the corpus's names now
   * @param added the uses the batch's documents add
   * @param taken the uses of the stored documents the batch replaces, which {@code stored} counts
   */
  public CombinedNames(CorpusNames stored, NameTable added, NameTable taken) {
    this.stored = Objects.requireNonNull(stored, "stored");
    this.added = Objects.requireNonNull(added, "added");
    this.taken = Objects.requireNonNull(taken, "taken");
  }

  @Override
  public Map<String, NameUse> uses(Collection<String> keys) {
    Map<String, NameUse> before = stored.uses(keys);
    Map<String, NameUse> plus = added.uses(keys);
    Map<String, NameUse> minus = taken.uses(keys);
    Map<String, NameUse> uses = new TreeMap<>();
    for (String key : keys) {
      NameUse use = before.get(key);
      if (plus.containsKey(key)) {
        use = use == null ? plus.get(key) : use.plus(plus.get(key));
      }
      if (minus.containsKey(key)) {
        use = use.minus(minus.get(key));
      }
      if (use != null && !use.isUnused()) {
        uses.put(key, use);
      }
    }
    return uses;
  }

  /**
   * The stored names with each lookup key and the batch's, counted as above. The stored corpus is
   * asked for as many more names as the batch may take away, so that when it gives fewer than it
   * was asked for they are all it has and the union is exact, and when it gives that many, the
   * union still has {@code limit}, as the contract asks.
   */
  @Override
  public Map<String, List<NameUse>> namesWith(Collection<String> lookupKeys, int limit) {
    int mayGo =
        taken.namesWith(lookupKeys, Integer.MAX_VALUE).values().stream().mapToInt(List::size).max().orElse(0);
    Map<String, List<NameUse>> before = stored.namesWith(lookupKeys, (int) Math.min(Integer.MAX_VALUE, (long) limit + mayGo));
    Map<String, List<NameUse>> plus = added.namesWith(lookupKeys, limit);
    Map<String, Set<String>> keysByLookupKey = new TreeMap<>();
    Set<String> allKeys = new LinkedHashSet<>();
    for (String lookupKey : lookupKeys) {
      Set<String> keys = keysByLookupKey.computeIfAbsent(lookupKey, k -> new LinkedHashSet<>());
      before.getOrDefault(lookupKey, List.of()).forEach(use -> keys.add(use.key()));
      plus.getOrDefault(lookupKey, List.of()).forEach(use -> keys.add(use.key()));
      allKeys.addAll(keys);
    }
    Map<String, NameUse> uses = uses(allKeys);
    Map<String, List<NameUse>> names = new TreeMap<>();
    keysByLookupKey.forEach(
        (lookupKey, keys) ->
            names.put(lookupKey, keys.stream().filter(uses::containsKey).limit(limit).map(uses::get).toList()));
    return names;
  }
}
