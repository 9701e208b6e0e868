package dev.kg.spark;

import dev.kg.graph.BatchIdentity;
import dev.kg.graph.BatchWriter;
import dev.kg.graph.PendingBatch;
import dev.kg.ingest.DocumentReader;
import dev.kg.resolve.NameTable;
import dev.kg.resolve.NameUse;
import dev.kg.resolve.Resolver;
import dev.kg.resolve.Resolver.Decision;
import dev.kg.server.Neo4jConnection;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * Reads, cleans, annotates, extracts and writes documents on Spark executors, and hands the driver
 * the inputs back in input order for kg's ingest pipeline to report.
 *
 * <p>Reading is split by file; analysis by document, spread evenly over the partitions, each
 * executor JVM loading one CoreNLP pipeline for all its tasks ({@link ExecutorAnalysis}). Only the
 * documents the graph still needs are analysed: the driver claims each document's id as plain
 * ingest's reader does and asks {@code needsAnalysis} with its id and content hash first ({@link
 * AnalysisPlan}), so a second run over the same files annotates nothing.
 *
 * <p>Identity across documents is then decided for the whole batch as {@link Resolver} decides it
 * for one document: each name's uses summed over the documents by key on the executors, each name
 * decided over the graph's names plus the batch's on the driver ({@link BatchIdentity#decide}),
 * each document's local entities mapped on the executors. The executors then write the documents
 * with their mappings, in stages ({@link ExecutorWrites}), so none is written twice because a later
 * one named in full whom it named short; the driver's pipeline only reports what became of each
 * input ({@link AnalysedInputs#writer}).
 *
 * <p>The batch holds the graph from its identity decisions to its last write ({@link
 * BatchWriter#open}). A batch the graph holds unfinished, from a run that failed part way, is
 * finished by a run of the same documents: they are analysed again whether the graph holds them or
 * not, and the batch's decisions are read back from the graph rather than decided again.
 *
 * <pre>{@code
 * try (JavaSparkContext spark = SparkIngest.context("local[2]")) {
 *   AnalysedInputs analysed = new SparkIngest(spark).analyse(List.of("articles/"), 200_000, (id, sha256) -> true, connection);
 *   DocumentWriter writer = analysed.writer(new GraphWriter(connection.driver()));
 *   new IngestPipeline(analysed, writer, 1, listener, System::nanoTime).run(analysed.results());
 * }
 * }</pre>
 */
public final class SparkIngest {

  /** Spark setting: about how many documents one analysis task takes (default 20). */
  public static final String DOCUMENTS_PER_PARTITION = "spark.kg.documentsPerPartition";

  private static final int DEFAULT_DOCUMENTS_PER_PARTITION = 20;

  private final JavaSparkContext spark;
  private final UnaryOperator<BatchWriter.Stages> stages;

  public SparkIngest(JavaSparkContext spark) {
    this(spark, UnaryOperator.identity());
  }

  /** Writes with the stages {@code stages} makes of Spark's: how a test makes a run fail part way. */
  SparkIngest(JavaSparkContext spark, UnaryOperator<BatchWriter.Stages> stages) {
    this.spark = spark;
    this.stages = stages;
  }

  /**
   * A Spark context named "kg ingest" on {@code master} ({@code local[2]}, {@code spark://host:7077},
   * {@code yarn}), or, when {@code master} is null, on the master {@code spark-submit} set. Settings
   * come as Spark's do: {@code spark-submit --conf}, or {@code -Dspark.*} system properties.
   */
  public static JavaSparkContext context(String master) {
    SparkConf conf = new SparkConf().setAppName("kg ingest").setIfMissing("spark.ui.showConsoleProgress", "true");
    if (master != null) {
      conf.setMaster(master);
    }
    return new JavaSparkContext(conf);
  }

  /**
   * Reads {@code inputs} (local paths as {@code kg ingest} takes them, or Hadoop paths and globs)
   * and analyses every document {@code needsAnalysis} accepts and writes it into {@code graph},
   * before returning.
   *
   * @throws dev.kg.graph.GraphUnavailableException if the graph went away during the writes; the
   *     batch then holds the graph unfinished, and the next run of the same inputs finishes it
   * @throws dev.kg.graph.HeldGraphException if the graph holds an unfinished batch of other documents
   *
   * @param maxChars the longest cleaned text accepted, as {@code kg ingest --max-chars}
   * @param needsAnalysis asked on the driver with each document's id and sha256
   * @param graph the graph to write to; executors connect to its address with its login
   */
  public AnalysedInputs analyse(
      List<String> inputs,
      int maxChars,
      BiPredicate<String, String> needsAnalysis,
      Neo4jConnection graph) {
    List<InputUnit> units = new InputUnits(spark.hadoopConfiguration()).split(inputs);
    Broadcast<SerializableConfiguration> hadoop =
        spark.broadcast(new SerializableConfiguration(spark.hadoopConfiguration()));
    JavaRDD<Shipped> shipped =
        spark
            .parallelize(units, Math.max(1, Math.min(units.size(), spark.defaultParallelism())))
            .flatMap(unit -> read(unit, maxChars, hadoop))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Shipped> read = shipped.zipWithIndex().mapToPair(Tuple2::swap);
    long count = read.count();

    // Only ids, paths and hashes come to the driver, which claims the ids and asks the graph about them.
    // The documents of a batch the graph holds unfinished are analysed again, to finish it.
    BatchWriter batches = new BatchWriter(graph.driver());
    Optional<PendingBatch> held = batches.pending();
    Map<String, String> heldDocuments = held.isPresent() ? batches.documents(held.get()) : Map.of();
    List<Tuple2<Long, Shipped.DocumentKey>> keys =
        read.filter(input -> input._2() instanceof Shipped.Read).mapValues(input -> ((Shipped.Read) input).key()).collect();
    AnalysisPlan plan =
        AnalysisPlan.of(keys, (id, sha256) -> sha256.equals(heldDocuments.get(id)) || needsAnalysis.test(id, sha256));
    SortedMap<String, String> batchDocuments = new TreeMap<>();
    keys.stream()
        .filter(key -> plan.analyses(key._1()))
        .forEach(key -> batchDocuments.put(key._2().id(), key._2().sha256()));
    // Before hours of analysis: a batch of other documents holds the graph.
    BatchWriter.check(held, batchDocuments);
    Broadcast<AnalysisPlan> analysing = spark.broadcast(plan);
    int partitions = partitions(plan.wanted().length);

    long started = System.nanoTime();
    JavaPairRDD<Long, Shipped> analysed =
        read.filter(input -> analysing.value().analyses(input._1()))
            .partitionBy(new HashPartitioner(partitions))
            .mapValues(input -> ExecutorAnalysis.analyse((Shipped.Read) input))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long executorNanos = plan.wanted().length == 0 ? 0 : analysed.values().map(Shipped::nanos).reduce(Long::sum);
    Duration analysis = Duration.ofNanos(System.nanoTime() - started);

    started = System.nanoTime();
    JavaRDD<Shipped.Analysed> documents =
        analysed.values().filter(input -> input instanceof Shipped.Analysed).map(input -> (Shipped.Analysed) input);
    List<String> ids = documents.map(Shipped.Analysed::id).collect();
    Optional<BatchWriter.Batch> batch =
        batchDocuments.isEmpty()
            ? Optional.empty()
            : Optional.of(
                batches.open(
                    batchDocuments,
                    ids,
                    spark.defaultParallelism(),
                    () -> identity(documents, ids, new BatchIdentity(graph.driver())::decide)));
    Map<String, Decision> decisions = batch.map(BatchWriter.Batch::decisions).orElse(Map.of());
    Broadcast<Map<String, Decision>> decided = spark.broadcast(decisions);
    JavaPairRDD<Long, Shipped> resolved =
        analysed
            .mapValues(input -> input instanceof Shipped.Analysed a ? a.resolved(decided.value()) : input)
            .persist(StorageLevel.MEMORY_AND_DISK());
    resolved.count();
    Duration identity = Duration.ofNanos(System.nanoTime() - started);

    ExecutorWrites.Written written =
        batch.isEmpty()
            ? ExecutorWrites.Written.NONE
            : new ExecutorWrites(graph.driver(), BoltTarget.of(graph), stages).write(
                spark,
                resolved.values().filter(input -> input instanceof Shipped.Analysed).map(input -> (Shipped.Analysed) input),
                batch.get());

    Iterator<Tuple2<Long, Shipped>> ordered =
        read.filter(input -> !analysing.value().analyses(input._1()))
            .union(resolved)
            .repartitionAndSortWithinPartitions(new IndexRanges(partitions(count), count))
            .toLocalIterator();
    return new AnalysedInputs(
        ordered, plan, count, analysis, Duration.ofNanos(executorNanos), spark.defaultParallelism(), decisions, identity,
        written,
        () -> {
          // The analysed documents stay until then: a lost partition of the resolved ones is
          // computed again from them, not by analysing its documents again.
          resolved.unpersist();
          analysed.unpersist();
          decided.destroy();
          shipped.unpersist();
          // In local[N] the executors' connections are this JVM's, and the server may go next.
          BoltTarget.closeAll();
        });
  }

  /**
   * Identity across the batch's documents and the graph's: the uses of each name summed over the
   * documents on the executors, with the one combining rule every name store uses ({@link
   * NameUse#plus}), then each name decided by {@code decide} on the driver, which reads what the
   * graph holds.
   */
  private static Map<String, Decision> identity(
      JavaRDD<Shipped.Analysed> documents,
      List<String> ids,
      BiFunction<NameTable, List<String>, Map<String, Decision>> decide) {
    List<NameUse> uses =
        documents
            .flatMapToPair(
                document ->
                    document.names().uses().values().stream().map(use -> new Tuple2<>(use.key(), use)).iterator())
            .reduceByKey(NameUse::plus)
            .values()
            .collect();
    if (uses.isEmpty()) {
      return Map.of();
    }
    return new TreeMap<>(decide.apply(NameTable.of(uses), ids));
  }

  private int partitions(long documents) {
    long perPartition = spark.getConf().getLong(DOCUMENTS_PER_PARTITION, DEFAULT_DOCUMENTS_PER_PARTITION);
    long byDocuments = (documents + perPartition - 1) / Math.max(1, perPartition);
    return (int) Math.max(1, Math.min(documents, Math.max(spark.defaultParallelism(), byDocuments)));
  }

  private static Iterator<Shipped> read(InputUnit unit, int maxChars, Broadcast<SerializableConfiguration> hadoop) {
    DocumentReader reader = new DocumentReader(InputStream.nullInputStream(), maxChars);
    return unit.read(reader, hadoop.value().value()).map(Shipped::of).toList().iterator();
  }
}
