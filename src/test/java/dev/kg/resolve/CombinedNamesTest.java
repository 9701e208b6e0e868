package dev.kg.resolve;

import static dev.kg.extract.EntityType.LOCATION;
import static dev.kg.extract.EntityType.ORGANIZATION;
import static dev.kg.extract.EntityType.PERSON;
import static dev.kg.resolve.ResolverTest.document;
import static dev.kg.resolve.ResolverTest.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.resolve.Resolver.Decision;
import dev.kg.resolve.Resolver.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Identity decided for a batch at once (uses summed per name, each name decided over the stored
 * names and the batch's, each document mapped from those decisions) against what the incremental
 * writer's rule, {@link IdentityChanges}, leaves every document resolved as when the same documents
 * arrive one at a time.
 */
class CombinedNamesTest {

  // Each short name arrives before the fuller name it stands for, so the incremental rule must
  // change decisions on the way; the batch has to land where it ends.
  private static final Map<String, DocumentNames> CORPUS = corpus();

  @Test
  void shouldDecideABatchAsTheIncrementalWriterLeavesItWhateverTheOrder() {
    // given the corpus written one document at a time
    Map<String, Map<String, Target>> incremental = incremental(new InMemoryNames(), CORPUS);

    // when the same documents are one batch, summed in the opposite order, over an empty corpus
    Map<String, Map<String, Target>> batch = batch(new InMemoryNames(), reversed(CORPUS), new NameTable());

    // then
    assertThat(batch).isEqualTo(incremental);
    assertThat(batch.get("putin")).containsEntry("person:putin", new Target("vladimir-putin", PERSON));
    assertThat(batch.get("kcna")).containsEntry("organization:kcna", new Target("korean-central-news-agency", ORGANIZATION));
    assertThat(batch.get("news")).containsEntry(
        "organization:central-news-agency", new Target("korean-central-news-agency", ORGANIZATION));
    assertThat(batch.get("club")).containsEntry("organization:pyongyang", new Target("pyongyang", LOCATION));
  }

  @Test
  void shouldDecideASecondBatchOverTheStoredNamesAsOneBatchWould() {
    // given the first documents stored, among them the full names, and the rest as a batch, which
    // names some of them short and adds a second Kim
    Map<String, DocumentNames> first = slice(CORPUS, 0, 5);
    Map<String, DocumentNames> second = slice(CORPUS, 5, CORPUS.size());
    InMemoryNames stored = new InMemoryNames();
    incremental(stored, first);

    // when
    Map<String, Map<String, Target>> batch = batch(stored, second, new NameTable());

    // then the batch's documents resolve as if everything had come one at a time
    Map<String, Map<String, Target>> incremental = incremental(new InMemoryNames(), CORPUS);
    incremental.keySet().retainAll(second.keySet());
    assertThat(batch).isEqualTo(incremental);
    assertThat(batch.get("later"))
        .containsEntry("person:putin", new Target("vladimir-putin", PERSON))
        .containsEntry("person:kim", new Target("kim", PERSON));
  }

  @Test
  void shouldTakeBackTheNamesOfTheStoredDocumentsABatchReplaces() {
    // given a stored document naming Vladimir Putin in full, and a batch that replaces it with one
    // naming someone else and adds one saying Putin
    InMemoryNames stored = new InMemoryNames();
    DocumentNames full = document(name("Vladimir Putin", PERSON));
    stored.add("full", full);
    Map<String, DocumentNames> replacing = new LinkedHashMap<>();
    replacing.put("full", document(name("Kim Jong Un", PERSON)));
    replacing.put("short", document(name("Putin", PERSON)));

    // when
    Map<String, Map<String, Target>> batch = batch(stored, replacing, NameTable.of(full.uses().values()));

    // then Putin is nobody else, as when the replacement is written through the incremental rule
    InMemoryNames one = new InMemoryNames();
    one.add("full", full);
    IdentityChanges.put(one, "full", replacing.get("full"), true);
    IdentityChanges.put(one, "short", replacing.get("short"), false);
    assertThat(batch.get("short"))
        .isEqualTo(Resolver.targets(replacing.get("short"), one))
        .containsEntry("person:putin", new Target("putin", PERSON));
  }

  @Test
  void shouldCountTheStoredAndTheBatchsFullerNamesTogether() {
    // given people called John: ten stored, and in the batch five or six more and one John Smith
    for (int more : List.of(5, 6)) {
      InMemoryNames stored = new InMemoryNames();
      Map<String, DocumentNames> all = new LinkedHashMap<>();
      for (int i = 0; i < 10 + more; i++) {
        all.put("doe-" + i, document(name("John Doe" + (char) ('a' + i), ORGANIZATION)));
        if (i < 10) {
          stored.add("doe-" + i, all.get("doe-" + i));
        }
      }
      Map<String, DocumentNames> batch = new LinkedHashMap<>(slice(all, 10, all.size()));
      batch.put("smith", document(name("John Smith", PERSON)));
      batch.put("john", document(name("John", PERSON)));
      all.putAll(batch);

      // when
      Map<String, Target> john = batch(stored, batch, new NameTable()).get("john");

      // then sixteen fuller names leave John the one person among them, seventeen are too many
      assertThat(john).isEqualTo(incremental(new InMemoryNames(), all).get("john"));
      assertThat(john.get("person:john").key()).isEqualTo(more == 5 ? "john-smith" : "john");
    }
  }

  /** Each document's targets as the incremental rule leaves them once every document is in. */
  private static Map<String, Map<String, Target>> incremental(InMemoryNames names, Map<String, DocumentNames> documents) {
    Map<String, Map<String, Target>> resolved = new TreeMap<>();
    documents.forEach(
        (id, document) -> {
          List<String> again = IdentityChanges.put(names, id, document, false);
          resolved.put(id, Resolver.targets(document, names));
          again.stream()
              .filter(documents::containsKey)
              .forEach(other -> resolved.put(other, Resolver.targets(documents.get(other), names)));
        });
    return resolved;
  }

  /** Each document's targets decided for the batch at once, as the Spark run decides them. */
  private static Map<String, Map<String, Target>> batch(
      CorpusNames stored, Map<String, DocumentNames> documents, NameTable replaced) {
    List<NameUse> uses = new ArrayList<>();
    documents.values().forEach(document -> uses.addAll(document.uses().values()));
    NameTable added = NameTable.of(uses);
    Map<String, Decision> decisions = Resolver.decide(added.keys(), new CombinedNames(stored, added, replaced));
    Map<String, Map<String, Target>> resolved = new TreeMap<>();
    documents.forEach((id, document) -> resolved.put(id, Resolver.targets(document, decisions)));
    return resolved;
  }

  private static Map<String, DocumentNames> corpus() {
    Map<String, DocumentNames> corpus = new LinkedHashMap<>();
    corpus.put("putin", document(name("Putin", PERSON), name("Kim Jong Un", PERSON)));
    corpus.put("kcna", document(name("KCNA", ORGANIZATION), name("North Korea", LOCATION)));
    corpus.put("news", document(name("Central News Agency", ORGANIZATION), name("North Korea", LOCATION)));
    corpus.put("club", document(name("Pyongyang", ORGANIZATION)));
    corpus.put("full", document(name("Vladimir Putin", PERSON), name("Korean Central News Agency", ORGANIZATION)));
    corpus.put("city", document(name("Pyongyang", LOCATION, 2), name("Kim Yo Jong", PERSON)));
    corpus.put("later", document(name("Putin", PERSON), name("KCNA", ORGANIZATION), name("Kim", PERSON)));
    return corpus;
  }

  private static <V> Map<String, V> slice(Map<String, V> map, int from, int to) {
    Map<String, V> slice = new LinkedHashMap<>();
    new ArrayList<>(map.keySet()).subList(from, to).forEach(key -> slice.put(key, map.get(key)));
    return slice;
  }

  private static Map<String, DocumentNames> reversed(Map<String, DocumentNames> map) {
    List<String> keys = new ArrayList<>(map.keySet());
    Collections.reverse(keys);
    Map<String, DocumentNames> reversed = new LinkedHashMap<>();
    keys.forEach(key -> reversed.put(key, map.get(key)));
    return reversed;
  }
}
