package dev.kg.resolve;

import dev.kg.name.NameKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Uses of names summed over some documents, with the names found by lookup key: the one table both
 * {@link InMemoryNames} (a corpus in memory) and a batch computation (a Spark run's documents,
 * summed per name key) keep, so a sum and a difference of uses mean the same everywhere. Not
 * thread-safe.
 *
 * <pre>{@code
 * NameTable batch = NameTable.of(List.of(NameUse.of("putin", PERSON, 2), NameUse.of("putin", PERSON, 1)));
 * batch.uses(List.of("putin"));  // {putin=NameUse[key=putin, persons=3, ...]}
 * }</pre>
 */
public final class NameTable implements CorpusNames {

  private final Map<String, NameUse> uses = new HashMap<>();
  private final Map<String, TreeSet<String>> namesByLookupKey = new HashMap<>();

  /** The sum of {@code uses}, which may hold several uses of one name. */
  public static NameTable of(Collection<NameUse> uses) {
    NameTable table = new NameTable();
    uses.forEach(table::add);
    return table;
  }

  /** Counts {@code use} in with the uses of its name. */
  public void add(NameUse use) {
    NameUse before = uses.get(use.key());
    uses.put(use.key(), before == null ? use : before.plus(use));
    if (before == null) {
      for (String lookupKey : NameKey.ofSlug(use.key()).lookupKeys()) {
        namesByLookupKey.computeIfAbsent(lookupKey, k -> new TreeSet<>()).add(use.key());
      }
    }
  }

  /** Takes {@code use}, counted before, back; a name no use is left of goes. */
  public void subtract(NameUse use) {
    NameUse before = uses.get(use.key());
    if (before == null) {
      throw new IllegalArgumentException("cannot take back uses of '" + use.key() + "': none are counted");
    }
    NameUse after = before.minus(use);
    if (!after.isUnused()) {
      uses.put(use.key(), after);
      return;
    }
    uses.remove(use.key());
    for (String lookupKey : NameKey.ofSlug(use.key()).lookupKeys()) {
      namesByLookupKey.get(lookupKey).remove(use.key());
    }
  }

  /** The keys of every name counted, sorted. */
  public Set<String> keys() {
    return new TreeSet<>(uses.keySet());
  }

  @Override
  public Map<String, NameUse> uses(Collection<String> keys) {
    Map<String, NameUse> found = new TreeMap<>();
    for (String key : keys) {
      NameUse use = uses.get(key);
      if (use != null) {
        found.put(key, use);
      }
    }
    return found;
  }

  @Override
  public Map<String, List<NameUse>> namesWith(Collection<String> lookupKeys, int limit) {
    Map<String, List<NameUse>> found = new TreeMap<>();
    for (String lookupKey : lookupKeys) {
      found.put(
          lookupKey,
          namesByLookupKey.getOrDefault(lookupKey, new TreeSet<>()).stream().limit(limit).map(uses::get).toList());
    }
    return found;
  }
}
