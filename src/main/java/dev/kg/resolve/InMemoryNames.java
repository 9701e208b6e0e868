package dev.kg.resolve;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
  private final NameTable table = new NameTable();

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
    document.uses().values().forEach(table::add);
  }

  @Override
  public void forget(String documentId) {
    DocumentNames document = documents.remove(documentId);
    if (document != null) {
      document.uses().values().forEach(table::subtract);
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
    return table.uses(keys);
  }

  @Override
  public Map<String, List<NameUse>> namesWith(Collection<String> lookupKeys, int limit) {
    return table.namesWith(lookupKeys, limit);
  }
}
