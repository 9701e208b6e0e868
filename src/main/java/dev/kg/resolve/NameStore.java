package dev.kg.resolve;

import java.util.Collection;
import java.util.List;

/**
 * {@link CorpusNames} that also keeps which document uses which name, so that it can take a
 * document's names back and tell whom a changed decision concerns. The graph keeps it as nodes
 * (the graph writer's), memory as maps ({@link InMemoryNames}); {@link IdentityChanges} runs the same
 * rules over either.
 */
public interface NameStore extends CorpusNames {

  /** The keys of the names document {@code documentId} uses, as counted. */
  List<String> keysOf(String documentId);

  /** Counts the uses of {@code names} by document {@code documentId}, which it does not count yet. */
  void add(String documentId, DocumentNames names);

  /** Takes back the uses {@link #add} counted for {@code documentId}. */
  void forget(String documentId);

  /** The ids of the documents that use any of the names {@code keys}, sorted. */
  List<String> documentsUsing(Collection<String> keys);
}
