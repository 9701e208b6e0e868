package dev.kg.resolve;

import dev.kg.name.NameKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the stored corpus knows about names: how often each is used and as what, and which names a
 * lookup key leads to. The graph implements it over indexed nodes, so a question costs the size of
 * its answer, never the size of the corpus.
 */
public interface CorpusNames {

  /** The corpus-wide uses of each of {@code keys} that some document uses; unused keys are absent. */
  Map<String, NameUse> uses(Collection<String> keys);

  /**
   * For each of {@code lookupKeys}, up to {@code limit} of the used names that have it among their
   * {@link NameKey#lookupKeys()}, any of them when there are more; a lookup key no name has maps to
   * an empty list or is absent.
   */
  Map<String, List<NameUse>> namesWith(Collection<String> lookupKeys, int limit);
}
