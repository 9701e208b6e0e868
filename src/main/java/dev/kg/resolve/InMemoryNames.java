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
 * {@link NameStore} held in memory: resolution without a graph, for measuring it on its own and for
 * trying a corpus out. Not thread-safe. {@link #documentsUsing} looks at every document, which suits
 * the corpora it is for, not a graph's.
 *
 * <pre>{@code
 * InMemoryNames corpus = new InMemoryNames();
 * corpus.add("a.txt", DocumentNames.of(extraction));
 * Map<String, Target> targets = Resolver.targets(DocumentNames.of(extraction), corpus);
 * }</pre>
 */
public final class InMemoryNames implements NameStore {

  private final Map<String, DocumentNames> documents = new TreeMap<>();
  private final Map<String, NameUse> uses = new HashMap<>();
  private final Map<String, TreeSet<String>> namesByLookupKey = new HashMap<>();

  @Override
  public List<String> keysOf(String documentId) {
    DocumentNames document = documents.get(documentId);
    return document == null ? List.of() : List.copyOf(document.uses().keySet());
  }

  @Override
  public void add(String documentId, DocumentNames document) {
    if (documents.putIfAbsent(documentId, document) != null) {
      throw new IllegalStateException("document '" + documentId + "' is counted already; forget it first");
    }
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

  @Override
  public void forget(String documentId) {
    DocumentNames document = documents.remove(documentId);
    if (document == null) {
      return;
    }
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
  public List<String> documentsUsing(Collection<String> keys) {
    Set<String> wanted = Set.copyOf(keys);
    return documents.entrySet().stream()
        .filter(entry -> entry.getValue().uses().keySet().stream().anyMatch(wanted::contains))
        .map(Map.Entry::getKey)
        .toList();
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
