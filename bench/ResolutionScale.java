import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityExtractor;
import dev.kg.extract.EntityType;
import dev.kg.extract.LocationKind;
import dev.kg.graph.EntityTally;
import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import dev.kg.name.NameKey;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.EntityMapping;
import dev.kg.resolve.IdentityChanges;
import dev.kg.resolve.InMemoryNames;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.*;

/**
 * Resolution at scale, for bench/resolution.sh (run with the java source launcher).
 *
 *   annotate CORPUS CACHE DOCS   annotates the first DOCS articles once, appending to CACHE (resumable)
 *   measure CACHE DOCS           times resolution of the first DOCS/2 and DOCS cached articles and
 *                                counts name-variant families that still have more than one node
 */
public class ResolutionScale {

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "annotate" -> annotate(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
      case "measure" -> measure(Path.of(args[1]), Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("annotate or measure, not " + args[0]);
    }
  }

  private static void annotate(String corpus, Path cache, int docs) throws Exception {
    Set<String> done = new HashSet<>();
    if (Files.exists(cache)) {
      for (String line : Files.readAllLines(cache)) {
        done.add(JSON.readTree(line).get("document").get("id").asText());
      }
    }
    List<SourceDocument> todo = new ArrayList<>();
    new DocumentReader().read(List.of(corpus)).limit(docs).forEach(result -> {
      if (result instanceof ReadResult.Read read && !done.contains(read.document().id())) {
        todo.add(read.document());
      }
    });
    try (Writer out = Files.newBufferedWriter(cache, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (SourceDocument document : todo) {
        AnnotatedText annotated = CoreNlpAnnotator.shared().annotate(document.text(), document.published());
        out.write(JSON.writeValueAsString(Map.of("document", document, "annotated", annotated)) + "\n");
        out.flush();
      }
    }
  }

  private static void measure(Path cache, int docs) throws Exception {
    List<DocumentExtraction> extractions = new ArrayList<>();
    for (String line : Files.readAllLines(cache)) {
      if (extractions.size() == docs) {
        break;
      }
      JsonNode row = JSON.readTree(line);
      extractions.add(
          new EntityExtractor()
              .extract(
                  JSON.convertValue(row.get("document"), SourceDocument.class),
                  JSON.convertValue(row.get("annotated"), AnnotatedText.class)));
    }
    int n = extractions.size();
    System.out.printf("articles: %d cached and used (asked for %d)%n", n, docs);
    // The fastest of several rounds, so JIT warm-up, GC and other processes on the machine count least.
    long half = Long.MAX_VALUE;
    long full = Long.MAX_VALUE;
    for (int round = 0; round < 15; round++) {
      half = Math.min(half, time(extractions.subList(0, n / 2)));
      full = Math.min(full, time(extractions));
    }
    System.out.printf("resolution of %d articles: %.1f ms (%.3f ms/article)%n", n / 2, half / 1e6, half / 1e6 / (n / 2));
    System.out.printf("resolution of %d articles: %.1f ms (%.3f ms/article)%n", n, full / 1e6, full / 1e6 / n);
    System.out.printf("time ratio for 2x the articles: %.2f (2.00 = linear)%n", (double) full / half);
    // The same in work done, which the machine's load does not blur: one resolution per article plus
    // one per earlier article whose name changed decision.
    int halfWork = n / 2 + resolve(extractions.subList(0, n / 2)).rechecked;
    int fullWork = n + resolve(extractions).rechecked;
    System.out.printf(
        "document resolutions: %d for %d articles, %d for %d, ratio %.2f%n",
        halfWork, n / 2, fullWork, n, (double) fullWork / halfWork);
    Resolved resolved = resolve(extractions);
    System.out.printf(
        "earlier documents resolved again after a later one changed a decision: %d, of which rewritten "
            + "because their outcome changed: %d%n",
        resolved.rechecked, resolved.rewritten);
    Map<String, Entity> local = new TreeMap<>();
    extractions.forEach(e -> e.entities().forEach(entity -> local.putIfAbsent(entity.id(), entity)));
    System.out.printf("%nnodes without cross-document resolution (id = local type:name): %d%n", local.size());
    families("without", local.values());
    Map<String, Entity> entities = entities(resolved.documents);
    System.out.printf("%nnodes with resolution: %d%n", entities.size());
    families("with", entities.values());
  }

  private static long time(List<DocumentExtraction> extractions) {
    long start = System.nanoTime();
    resolve(extractions);
    return System.nanoTime() - start;
  }

  private record Resolved(Collection<DocumentExtraction> documents, int rechecked, int rewritten) {}

  /**
   * What GraphWriter does per document, in memory, through the same IdentityChanges: count the
   * names, then resolve again the document and every earlier one whose names now decide otherwise.
   */
  private static Resolved resolve(List<DocumentExtraction> extractions) {
    InMemoryNames corpus = new InMemoryNames();
    Map<String, DocumentExtraction> byId = new HashMap<>();
    Map<String, DocumentExtraction> resolved = new HashMap<>();
    Map<String, List<String>> outcomes = new HashMap<>();
    int rechecked = 0;
    int rewritten = 0;
    for (DocumentExtraction extraction : extractions) {
      String id = extraction.document().id();
      byId.put(id, extraction);
      List<String> again = new ArrayList<>(IdentityChanges.put(corpus, id, DocumentNames.of(extraction), false));
      rechecked += again.size();
      again.add(id);
      for (String document : again) {
        DocumentExtraction local = byId.get(document);
        EntityMapping mapping = IdentityChanges.mapping(local, corpus);
        if (!mapping.pairs().equals(outcomes.get(document))) {
          outcomes.put(document, mapping.pairs());
          resolved.put(document, mapping.apply(local));
          rewritten += document.equals(id) ? 0 : 1;
        }
      }
    }
    return new Resolved(resolved.values(), rechecked, rewritten);
  }

  /**
   * The corpus entities of resolved documents, as the graph holds them: each entity's name and aliases
   * read off the {@link EntityTally} of what each document says of it, the writer's rule.
   */
  private static Map<String, Entity> entities(Collection<DocumentExtraction> documents) {
    Map<String, Entity> first = new TreeMap<>(); // for the type, which the id carries
    Map<String, List<EntityTally.Use>> uses = new HashMap<>();
    for (DocumentExtraction document : documents) {
      Map<String, Long> mentions = new HashMap<>();
      document.mentions().forEach(m -> mentions.merge(m.entityId(), 1L, Long::sum));
      for (Entity entity : document.entities()) {
        first.putIfAbsent(entity.id(), entity);
        String kind = entity.kind() == null ? null : entity.kind().name();
        uses.computeIfAbsent(entity.id(), id -> new ArrayList<>())
            .add(new EntityTally.Use(mentions.getOrDefault(entity.id(), 0L), entity.name(), entity.aliases(), kind));
      }
    }
    Map<String, Entity> entities = new TreeMap<>();
    first.forEach((id, entity) -> {
      EntityTally tally = EntityTally.of(uses.get(id));
      LocationKind kind = tally.kind() == null ? null : LocationKind.valueOf(tally.kind());
      entities.put(id, new Entity(id, entity.type(), kind, tally.name(), tally.aliases()));
    });
    return entities;
  }

  /**
   * Name-variant families with more than one node. A family is what a reader would call one name:
   * (1) nodes whose names agree once case, accents, punctuation, spacing and doubled letters are
   * ignored; (2) a one-word person node and the person nodes whose name begins or ends with that
   * word; (3) an acronym node of up to six letters and the nodes of its type whose initials it
   * spells. (2) and (3) count families the resolver leaves apart on purpose (two Kims) too, so
   * they bound the duplicates from above; the examples show which is which.
   */
  private static void families(String label, Collection<Entity> entities) {
    Map<String, Set<String>> spelling = new TreeMap<>();
    Map<String, Set<String>> byPart = new HashMap<>();
    Map<String, Set<String>> byInitials = new HashMap<>();
    for (Entity entity : entities) {
      NameKey key = keyOf(entity);
      spelling.computeIfAbsent(String.join("", key.tokens()).replaceAll("(\\p{L})\\1+", "$1"), k -> new TreeSet<>()).add(entity.id());
      for (String lookupKey : key.lookupKeys()) {
        String target = lookupKey.startsWith("part:") && entity.type() == EntityType.PERSON ? "part" :
            lookupKey.startsWith("initials:") && entity.type() != EntityType.PERSON ? "initials" : null;
        if (target != null) {
          (target.equals("part") ? byPart : byInitials)
              .computeIfAbsent(entity.type() + ":" + lookupKey.substring(lookupKey.indexOf(':') + 1), k -> new TreeSet<>())
              .add(entity.id());
        }
      }
    }
    List<String> spellingFamilies = spelling.values().stream().filter(ids -> ids.size() > 1).map(Object::toString).toList();
    List<String> shortFamilies = new ArrayList<>();
    List<String> acronymFamilies = new ArrayList<>();
    for (Entity entity : entities) {
      List<String> tokens = keyOf(entity).tokens();
      if (tokens.size() != 1) {
        continue;
      }
      Set<String> fuller = (entity.type() == EntityType.PERSON ? byPart : byInitials)
          .getOrDefault(entity.type() + ":" + tokens.get(0), Set.of());
      if (entity.type() == EntityType.PERSON && !fuller.isEmpty()) {
        shortFamilies.add(entity.id() + " ~ " + fuller);
      } else if (entity.type() != EntityType.PERSON && tokens.get(0).length() <= 6 && !fuller.isEmpty()) {
        acronymFamilies.add(entity.id() + " ~ " + fuller);
      }
    }
    report(label, "same spelling up to case/punctuation/doubled letters", spellingFamilies);
    report(label, "one-word person name and fuller person names", shortFamilies);
    report(label, "acronym and expansions of its type", acronymFamilies);
  }

  /** The name an entity's id was made from (its local name may be a shorter one it resolved from). */
  private static NameKey keyOf(Entity entity) {
    return NameKey.ofSlug(entity.id().substring(entity.id().indexOf(':') + 1));
  }

  private static void report(String label, String family, List<String> found) {
    System.out.printf("  %s resolution, families with >1 node, %s: %d%n", label, family, found.size());
    found.stream().limit(6).forEach(f -> System.out.println("      e.g. " + f));
  }
}
