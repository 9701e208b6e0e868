import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import dev.kg.curate.CurationRules;
import dev.kg.export.GraphExporter;
import dev.kg.extract.DocumentExtraction;
import dev.kg.graph.BatchEvents;
import dev.kg.graph.BatchIdentity;
import dev.kg.graph.BatchPart;
import dev.kg.graph.BatchStage;
import dev.kg.graph.BatchWriter;
import dev.kg.graph.Curation;
import dev.kg.graph.DocumentRows;
import dev.kg.graph.GraphWriter;
import dev.kg.graph.Schema;
import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.EntityMapping;
import dev.kg.resolve.NameTable;
import dev.kg.resolve.NameUse;
import dev.kg.resolve.Resolver;
import dev.kg.resolve.Resolver.Decision;
import dev.kg.server.EmbeddedNeo4j;
import dev.kg.server.Neo4jConnection;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;

/**
 * Graph write cost without annotation, for bench/writes.sh (run with the java source launcher).
 *
 *   annotate CORPUS CACHE DOCS THREADS   extracts the first DOCS articles once, appending to CACHE
 *   measure CACHE DOCS                   writes the first DOCS cached extractions into a fresh embedded
 *                                        store, then writes them all again (unchanged), and prints time
 *   statements CACHE DOCS                the same first pass, then the Cypher statements by time spent
 *                                        on the last quarter of the documents, once plans are made
 *   batch CACHE ORIGINALS DOCS WRITERS   writes DOCS documents (copies as scale makes them) into three
 *                                        fresh stores: with GraphWriter, one transaction per document,
 *                                        then as one batch in BatchWriter's stages, WRITERS partitions
 *                                        written at once, as Spark's executors write them, then with
 *                                        GraphWriter again; prints the times, the stages', and whether
 *                                        the exports are equal
 *   scale CACHE ORIGINALS DOCS           writes DOCS documents, copies of the first ORIGINALS cached
 *                                        extractions under new ids ("copy-0003/<id>"), into a fresh store,
 *                                        and prints the cost of the last quarter, heap and RSS
 */
public class WriteCost {

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "annotate" ->
          annotate(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "measure" -> measure(Path.of(args[1]), Integer.parseInt(args[2]), false);
      case "statements" -> measure(Path.of(args[1]), Integer.parseInt(args[2]), true);
      case "scale" -> scale(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "batch" -> batch(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      default -> throw new IllegalArgumentException("annotate, measure, statements, batch or scale, not " + args[0]);
    }
  }

  private static void annotate(String corpus, Path cache, int docs, int threads) throws Exception {
    Set<String> done = new HashSet<>();
    if (Files.exists(cache)) {
      for (String line : Files.readAllLines(cache)) {
        done.add(JSON.readValue(line, DocumentExtraction.class).document().id());
      }
    }
    List<SourceDocument> todo = new ArrayList<>();
    new DocumentReader().read(List.of(corpus)).limit(docs).forEach(result -> {
      if (result instanceof ReadResult.Read read && !done.contains(read.document().id())) {
        todo.add(read.document());
      }
    });
    NlpDocumentAnalyzer analyzer = new NlpDocumentAnalyzer(CoreNlpAnnotator::shared);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<DocumentExtraction>> pending = new ArrayList<>();
    todo.forEach(document -> pending.add(pool.submit(() -> analyzer.analyze(document))));
    try (Writer out = Files.newBufferedWriter(cache, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (Future<DocumentExtraction> extraction : pending) {
        out.write(JSON.writeValueAsString(extraction.get()) + "\n");
        out.flush();
      }
    }
    pool.shutdown();
  }

  private static void measure(Path cache, int docs, boolean byStatement) throws Exception {
    List<DocumentExtraction> extractions = new ArrayList<>();
    for (String line : Files.readAllLines(cache)) {
      if (extractions.size() == docs) {
        break;
      }
      extractions.add(JSON.readValue(line, DocumentExtraction.class));
    }
    int n = extractions.size();
    System.out.printf("articles: %d cached and used (asked for %d)%n", n, docs);
    Path store = Files.createTempDirectory("kg-bench-writes");
    long started = System.nanoTime();
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store));
        Neo4jConnection connection = neo4j.connect()) {
      Schema.load().apply(connection.driver());
      System.out.printf("neo4j start and schema: %.1f s%n", (System.nanoTime() - started) / 1e9);
      StatementTimes times = new StatementTimes();
      GraphWriter writer = new GraphWriter(byStatement ? times.timing(connection.driver()) : connection.driver());
      int quarter = Math.max(1, n / 4);
      int lastPart = 0;
      for (int from = 0; from < n; from += quarter) {
        List<DocumentExtraction> part = extractions.subList(from, Math.min(n, from + quarter));
        if (from + quarter >= n) {
          times.clear();
        }
        lastPart = part.size();
        Cost cost = Cost.of(() -> part.forEach(writer::write));
        System.out.printf(
            "write documents %3d-%3d: %6.1f ms/document wall, %6.1f ms/document CPU%n",
            from + 1, from + part.size(), cost.wallMillis / part.size(), cost.cpuMillis / part.size());
      }
      if (byStatement) {
        times.print(lastPart);
        return;
      }
      Cost again = Cost.of(() -> extractions.forEach(writer::write));
      System.out.printf(
          "write all %d again, unchanged: %.1f ms/document wall, %.1f ms/document CPU%n",
          n, again.wallMillis / n, again.cpuMillis / n);
    } finally {
      try (Stream<Path> files = Files.walk(store)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  /**
   * Writes {@code docs} documents, copy after copy of the first {@code originals} cached extractions
   * under new ids, so the same entities and events recur as popular ones do in a news stream; one
   * transaction per document. Prints the cost of each eighth as it goes on standard error, then one
   * line for bench/scale.sh to read on standard output.
   */
  private static void scale(Path cache, int originals, int docs) throws Exception {
    List<String> lines = Files.readAllLines(cache);
    List<com.fasterxml.jackson.databind.JsonNode> trees = new ArrayList<>();
    for (String line : lines.subList(0, Math.min(originals, lines.size()))) {
      trees.add(JSON.readTree(line));
    }
    int n = trees.size();
    Path store = Files.createTempDirectory("kg-bench-scale");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store));
        Neo4jConnection connection = neo4j.connect()) {
      Schema.load().apply(connection.driver());
      GraphWriter writer = new GraphWriter(connection.driver());
      // Progress by eighths, so a run stopped early still shows how the cost grows; the last two
      // are the last quarter.
      int eighth = Math.max(1, docs / 8);
      int lastQuarter = 6 * eighth;
      Cost late = null;
      for (int from = 0; from < docs; from += eighth) {
        int start = from;
        int end = Math.min(docs, from + eighth);
        Cost part = Cost.of(() -> {
          for (int i = start; i < end; i++) {
            writer.write(copy(trees.get(i % n), i / n));
          }
        });
        System.err.printf("documents %6d-%6d: %7.2f ms/document wall, %7.2f ms/document CPU%n",
            start + 1, end, part.wallMillis / (end - start), part.cpuMillis / (end - start));
        if (start == lastQuarter) {
          late = part;
        } else if (start > lastQuarter) {
          late = new Cost(late.wallMillis + part.wallMillis, late.cpuMillis + part.cpuMillis);
        }
      }
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      int measured = docs - lastQuarter;
      System.out.printf(
          "scale documents=%d originals=%d wall=%.2f cpu=%.2f heapAfterGcMb=%d rssMb=%d peakRssMb=%d%n",
          docs, n, late.wallMillis / measured, late.cpuMillis / measured, heap >> 20,
          procStatus("VmRSS") >> 10, procStatus("VmHWM") >> 10);
    } finally {
      try (Stream<Path> files = Files.walk(store)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  private static void batch(Path cache, int originals, int docs, int writers) throws Exception {
    List<String> lines = Files.readAllLines(cache);
    List<DocumentExtraction> batch = new ArrayList<>();
    for (int i = 0; i < docs; i++) {
      int original = i % Math.min(originals, lines.size());
      batch.add(copy(JSON.readTree(lines.get(original)), i / Math.min(originals, lines.size())));
    }
    // One transaction per document, the batch, then one per document again: the last pass shows
    // what the first owed to a cold JVM, so the batch is compared with both.
    String[] exports = new String[3];
    for (int pass = 0; pass < 3; pass++) {
      Path store = Files.createTempDirectory("kg-bench-batch");
      try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store));
          Neo4jConnection connection = neo4j.connect()) {
        Driver driver = connection.driver();
        Schema.load().apply(driver);
        if (pass != 1) {
          GraphWriter writer = new GraphWriter(driver);
          Cost cost = Cost.of(() -> batch.forEach(writer::write));
          System.out.printf("one transaction per document: %d documents, %.1f s wall, %.1f s CPU%n",
              docs, cost.wallMillis / 1000, cost.cpuMillis / 1000);
        } else {
          BatchWriter.Report[] report = new BatchWriter.Report[1];
          Cost cost = Cost.of(() -> report[0] = writeBatch(driver, batch, writers));
          System.out.printf("one batch, %d writers: %d documents, %.1f s wall, %.1f s CPU (stages %s, events %.1f s)%n",
              writers, docs, cost.wallMillis / 1000, cost.cpuMillis / 1000, report[0].stages(),
              report[0].events().toMillis() / 1000.0);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new GraphExporter(driver).export(out);
        exports[pass] = out.toString(java.nio.charset.StandardCharsets.UTF_8);
      } finally {
        try (Stream<Path> files = Files.walk(store)) {
          files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
      }
    }
    System.out.printf("exports equal: %s (%d bytes)%n",
        exports[0].equals(exports[1]) && exports[2].equals(exports[1]), exports[0].length());
  }

  /** Decides the batch at once and writes it in stages, each stage's keys split among {@code writers} threads. */
  private static BatchWriter.Report writeBatch(Driver driver, List<DocumentExtraction> batch, int writers) {
    List<NameUse> uses = new ArrayList<>();
    batch.forEach(local -> uses.addAll(DocumentNames.of(local).uses().values()));
    List<String> ids = batch.stream().map(local -> local.document().id()).toList();
    SortedMap<String, String> hashes = new TreeMap<>();
    batch.forEach(local -> hashes.put(local.document().id(), local.document().sha256()));
    BatchWriter batches = new BatchWriter(driver);
    BatchWriter.Batch opened =
        batches.open(hashes, ids, writers, () -> new BatchIdentity(driver).decide(NameTable.of(uses), ids));
    Map<String, Decision> decisions = opened.decisions();
    CurationRules rules = new CurationRules(new Curation(driver).rules());
    List<DocumentRows> rows = batch.stream()
        .map(local -> DocumentRows.of(local, new EntityMapping(Resolver.targets(DocumentNames.of(local), decisions)), rules))
        .toList();
    BatchWriter.Stages stages = new BatchWriter.Stages() {
      @Override
      public void run(BatchStage stage, String batchIds) {
        List<List<Map.Entry<String, BatchPart>>> partitions = new ArrayList<>();
        for (int p = 0; p < writers; p++) {
          partitions.add(new ArrayList<>());
        }
        Map<String, BatchPart> summed = new TreeMap<>();
        rows.forEach(document -> stage.parts(document).forEach((key, part) -> summed.merge(key, part, BatchPart::plus)));
        summed.entrySet().forEach(part -> partitions.get(Math.floorMod(stage.startNode(part.getKey()).hashCode(), writers)).add(part));
        java.util.stream.IntStream.range(0, writers).parallel().forEach(p -> {
          List<Map.Entry<String, BatchPart>> keys = partitions.get(p);
          for (int from = 0, chunk = 0; from < keys.size(); from += stage.keysPerTransaction(), chunk++) {
            stage.write(driver, keys.subList(from, Math.min(keys.size(), from + stage.keysPerTransaction())), batchIds + p + "/" + chunk);
          }
        });
      }

      @Override
      public Collection<BatchPart> eventReports() {
        return rows.stream().map(BatchEvents::reports).toList();
      }
    };
    return batches.write(opened, stages);
  }

  private static DocumentExtraction copy(com.fasterxml.jackson.databind.JsonNode tree, int copy) {
    com.fasterxml.jackson.databind.node.ObjectNode copied = tree.deepCopy();
    com.fasterxml.jackson.databind.node.ObjectNode document =
        (com.fasterxml.jackson.databind.node.ObjectNode) copied.get("document");
    document.put("id", String.format("copy-%04d/%s", copy, document.get("id").asText()));
    try {
      return JSON.treeToValue(copied, DocumentExtraction.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A size in kB from /proc/self/status ({@code VmRSS}, {@code VmHWM}); 0 where there is none. */
  private static long procStatus(String field) throws java.io.IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return 0;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith(field + ":"))
        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElse(0L);
  }

  /**
   * Time from each statement's run to its last result read, summed by statement, through proxies of
   * the driver's interfaces: results are lazy, so the time of {@code run} alone would miss the work.
   */
  private static final class StatementTimes {
    private final Map<String, long[]> times = new HashMap<>();

    Driver timing(Driver driver) {
      return proxy(Driver.class, driver, (method, args) -> {
        Object result = method.invoke(driver, args);
        return result instanceof Session session ? timing(session) : result;
      });
    }

    private Session timing(Session session) {
      return proxy(Session.class, session, (method, args) -> {
        if (method.getName().startsWith("execute") && args != null && args[0] instanceof TransactionCallback<?> work) {
          TransactionCallback<?> timed = tx -> work.execute(timing(tx));
          Object[] replaced = args.clone();
          replaced[0] = timed;
          return method.invoke(session, replaced);
        }
        return method.invoke(session, args);
      });
    }

    private TransactionContext timing(TransactionContext tx) {
      return proxy(TransactionContext.class, tx, (method, args) -> {
        long started = System.nanoTime();
        Object result = method.invoke(tx, args);
        if (method.getName().equals("run") && result instanceof Result run) {
          String statement = args[0].toString().strip().replaceAll("\\s+", " ");
          return timing(run, statement.substring(0, Math.min(90, statement.length())), started);
        }
        return result;
      });
    }

    private Result timing(Result run, String statement, long started) {
      return proxy(Result.class, run, (method, args) -> {
        Object result = method.invoke(run, args);
        if (List.of("consume", "list", "single").contains(method.getName())) {
          long[] time = times.computeIfAbsent(statement, k -> new long[2]);
          time[0] += System.nanoTime() - started;
          time[1]++;
        }
        return result;
      });
    }

    void clear() {
      times.clear();
    }

    void print(int documents) {
      long total = times.values().stream().mapToLong(t -> t[0]).sum();
      long runs = times.values().stream().mapToLong(t -> t[1]).sum();
      System.out.printf(
          "%nstatements by time, last %d documents (%.1f ms and %.1f runs a document in all):%n",
          documents, total / 1e6 / documents, (double) runs / documents);
      times.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
          .limit(25)
          .forEach(e -> System.out.printf("%7.2f ms/document %6d runs  %s%n",
              e.getValue()[0] / 1e6 / documents, e.getValue()[1], e.getKey()));
    }
  }

  private interface Call {
    Object call(Method method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, Call call) {
    InvocationHandler handler = (self, method, args) -> {
      try {
        return call.call(method, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /** Wall and whole-process CPU time (the embedded Neo4j runs in this process) of one run. */
  private record Cost(double wallMillis, double cpuMillis) {
    static Cost of(Runnable run) {
      OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long wall = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      run.run();
      return new Cost((System.nanoTime() - wall) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6);
    }
  }
}
