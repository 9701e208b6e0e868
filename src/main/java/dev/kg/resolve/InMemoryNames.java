package dev.kg.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link CorpusNames} held in memory: resolution without a graph, for measuring it on its own and for
 * trying a corpus out. Not thread-safe.
 *
 * <pre>{@code
 * InMemoryNames corpus = new InMemoryNames();
 * corpus.add(DocumentNames.of(extraction));
 * Map<String, Target> targets = Resolver.targets(DocumentNames.of(extraction), corpus);
 * }</pre>
 */
public final class InMemoryNames implements CorpusNames {

  private final Map<String, NameUse> uses = new HashMap<>();
  private final Map<String, TreeSet<String>> namesByLookupKey = new HashMap<>();

  /** Counts the uses of {@code document}'s names. */
  public void add(DocumentNames document) {
    for (NameUse use : document.uses().values()) {
      NameUse before = uses.get(use.key());
      uses.put(use.key(), before == null ? use : before.plus(use));
      if (before == null) {
        for (String lookupKey : NameKey.ofSlug(use.key()).lookupKeys()) {
          namesByLookupKey.computeIfAbsent(lookupKey, k -> new TreeSet<>()).add(use.key());
        }
      }
    }
  }

  /** Takes back the uses {@link #add} counted for {@code document}. */
  public void remove(DocumentNames document) {
    for (NameUse use : document.uses().values()) {
      NameUse after = uses.get(use.key()).minus(use);
      if (!after.isUnused()) {
        uses.put(use.key(), after);
        continue;
      }
      uses.remove(use.key());
      for (String lookupKey : NameKey.ofSlug(use.key()).lookupKeys()) {
        namesByLookupKey.get(lookupKey).remove(use.key());
      }
    }
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
