package dev.kg.resolve;

import dev.kg.extract.DocumentExtraction;
import dev.kg.resolve.Resolver.Decision;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a document coming or going does to identity across the corpus: it counts or takes back the
 * document's names and answers which other documents now use a name that resolves differently, so
 * the caller writes those again under {@link #mapping}. The one implementation of the rule, for the
 * graph writer (over the graph's names) and for anything that resolves a corpus in memory.
 *
 * <pre>{@code
 * NameStore names = new InMemoryNames();
 * List<String> again = IdentityChanges.put(names, "a.txt", DocumentNames.of(extraction), false);
 * EntityMapping mapping = IdentityChanges.mapping(extraction, names);
 * }</pre>
 */
public final class IdentityChanges {

  private IdentityChanges() {}

  /**
   * Counts {@code document}'s names for {@code documentId}, in place of those it counted before when
   * {@code replacing}; the other documents whose entities may now resolve differently, sorted.
   */
  public static List<String> put(NameStore names, String documentId, DocumentNames document, boolean replacing) {
    Set<String> affected = new TreeSet<>(document.uses().keySet());
    if (replacing) {
      affected.addAll(names.keysOf(documentId));
    }
    Set<String> dependents = Resolver.affectedBy(affected);
    Map<String, Decision> before = Resolver.decide(dependents, names);
    if (replacing) {
      names.forget(documentId);
    }
    names.add(documentId, document);
    return documentsToResolveAgain(names, dependents, before, documentId);
  }

  /** Takes back {@code documentId}'s names; the other documents whose entities may now resolve differently. */
  public static List<String> remove(NameStore names, String documentId) {
    Set<String> dependents = Resolver.affectedBy(names.keysOf(documentId));
    Map<String, Decision> before = Resolver.decide(dependents, names);
    names.forget(documentId);
    return documentsToResolveAgain(names, dependents, before, documentId);
  }

  /**
   * The corpus entity of each of a document's local entities. The document's names must already be
   * counted in {@code names}.
   */
  public static EntityMapping mapping(DocumentExtraction local, CorpusNames names) {
    return new EntityMapping(Resolver.targets(DocumentNames.of(local), names));
  }

  /**
   * The documents whose names {@code names} no longer decides as {@code decided} says, sorted: after
   * a batch written with mappings decided for it beforehand, the documents to resolve again because
   * the graph ended up other than the batch expected (a document that failed to write, another
   * writer's documents). None when the batch's decisions and the writer's agree.
   */
  public static List<String> disagreeing(NameStore names, Map<String, Decision> decided) {
    return documentsToResolveAgain(names, decided.keySet(), decided, null);
  }

  /**
   * The documents but {@code except} using a name of {@code keys} that {@code names} now decides
   * otherwise than {@code then} says. A name without a decision then (no document used it) has no
   * document to resolve again. Decisions rarely change once a corpus knows a name, so most writes
   * resolve no other document again.
   */
  private static List<String> documentsToResolveAgain(
      NameStore names, Set<String> keys, Map<String, Decision> then, String except) {
    Map<String, Decision> now = Resolver.decide(keys, names);
    List<String> changed =
        keys.stream()
            .filter(key -> then.containsKey(key) && !Decision.resolveAlike(then.get(key), now.get(key)))
            .toList();
    if (changed.isEmpty()) {
      return List.of();
    }
    return names.documentsUsing(changed).stream().filter(other -> !other.equals(except)).toList();
  }
}
