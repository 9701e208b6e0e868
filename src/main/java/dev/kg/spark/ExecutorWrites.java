package dev.kg.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kg.curate.CurationRule;
import dev.kg.curate.CurationRules;
import dev.kg.graph.BatchEvents;
import dev.kg.graph.BatchPart;
import dev.kg.graph.BatchStage;
import dev.kg.graph.BatchWriter;
import dev.kg.graph.Curation;
import dev.kg.graph.DocumentRows;
import dev.kg.graph.GraphUnavailableException;
import dev.kg.resolve.EntityMapping;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.spark.Partitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.neo4j.driver.Driver;
import scala.Tuple2;

/**
 * Writes a batch's analysed and resolved documents into the graph from the executors: each {@link
 * BatchStage} sums every document's parts by key ({@code reduceByKey}), partitions the keys by the
 * node their writes start from (the documents stage leaves each document where it is), and each
 * task writes its keys in sorted runs, a transaction each,
 * over its JVM's own Bolt connection ({@link BoltTarget}). What needs the whole graph at once
 * (replaced documents, events, stored documents to resolve again) the driver does, in {@link
 * BatchWriter}.
 *
 * <pre>{@code
 * Written written = new ExecutorWrites(driver, BoltTarget.of(connection)).write(spark, documents, nameKeys);
 * }</pre>
 */
final class ExecutorWrites {

  /**
   * The documents a batch wrote and what writing them did.
   *
   * @param ids the ids of the documents written
   * @param report the steps of the write
   * @param resumed whether the batch was one an earlier run left unfinished
   */
  record Written(Set<String> ids, BatchWriter.Report report, boolean resumed) {

    static final Written NONE = new Written(Set.of(), BatchWriter.Report.NONE, false);
  }

  private final Driver driver;
  private final BoltTarget target;
  private final UnaryOperator<BatchWriter.Stages> stages;

  ExecutorWrites(Driver driver, BoltTarget target) {
    this(driver, target, UnaryOperator.identity());
  }

  /** Writes with the stages {@code stages} makes of Spark's: how a test makes a run fail between or after them. */
  ExecutorWrites(Driver driver, BoltTarget target, UnaryOperator<BatchWriter.Stages> stages) {
    this.driver = driver;
    this.target = target;
    this.stages = stages;
  }

  /**
   * Writes {@code documents}, each with the corpus entities the batch's decisions gave it, as the
   * batch {@code batch}, which holds the graph until they are written; a batch found unfinished
   * skips what its earlier run wrote.
   */
  Written write(JavaSparkContext spark, JavaRDD<Shipped.Analysed> documents, BatchWriter.Batch batch) {
    Set<String> ids = new TreeSet<>(documents.map(Shipped.Analysed::id).collect());
    Broadcast<String> rules = spark.broadcast(rulesJson(new Curation(driver).rules()));
    JavaRDD<DocumentRows> rows =
        documents
            .map(document -> DocumentRows.of(document.localExtraction(), new EntityMapping(document.targets()), rules(rules.value())))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      BatchWriter.Stages onSpark =
          new BatchWriter.Stages() {
            @Override
            public void run(BatchStage stage, String batchIds) {
              try {
                write(rows, stage, batch.partitions(), target, batchIds);
              } catch (Exception e) {
                throw lostGraph(e);
              }
            }

            @Override
            public Collection<BatchPart> eventReports() {
              return rows.map(BatchEvents::reports).collect();
            }
          };
      return new Written(ids, new BatchWriter(driver).write(batch, stages.apply(onSpark)), batch.resumed());
    } finally {
      rows.unpersist();
      rules.destroy();
    }
  }

  private static void write(JavaRDD<DocumentRows> rows, BatchStage stage, int partitions, BoltTarget target, String batchIds) {
    JavaPairRDD<String, BatchPart> parts = rows.flatMapToPair(document -> pairs(stage.parts(document)));
    if (stage != BatchStage.DOCUMENTS) {
      // A document is its own key: the largest rows stay where they are, unshuffled.
      parts = parts.reduceByKey(BatchPart::plus).partitionBy(new StartNodePartitioner(stage, partitions));
    }
    parts.foreachPartition(part -> writePartition(part, stage, target, batchIds + TaskContext.getPartitionId() + "/"));
  }

  /** Writes one partition's keys in sorted runs, each a transaction named by its place in the partition. */
  private static void writePartition(
      Iterator<Tuple2<String, BatchPart>> parts, BatchStage stage, BoltTarget target, String batchIds) {
    List<Map.Entry<String, BatchPart>> sorted = new ArrayList<>();
    parts.forEachRemaining(part -> sorted.add(Map.entry(part._1(), part._2())));
    sorted.sort(Map.Entry.comparingByKey());
    int run = stage.keysPerTransaction();
    try {
      for (int from = 0, chunk = 0; from < sorted.size(); from += run, chunk++) {
        stage.write(target.driver(), sorted.subList(from, Math.min(sorted.size(), from + run)), batchIds + chunk);
      }
    } catch (GraphUnavailableException e) {
      // Without the Neo4j driver's own exceptions, which Spark cannot ship to the driver process, so
      // the job's failure has this one as its cause (lostGraph).
      throw new GraphUnavailableException(e.getMessage(), null);
    }
  }

  /**
   * A task's failure as the driver sees it: Spark's job failure (its cause the task's own) becomes
   * the lost graph it was, so the run ends with the one line a lost graph gives.
   */
  private static RuntimeException lostGraph(Exception failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof GraphUnavailableException lost) {
        return new GraphUnavailableException(lost.getMessage(), failure);
      }
    }
    return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure.getMessage(), failure);
  }

  private static Iterator<Tuple2<String, BatchPart>> pairs(Map<String, BatchPart> parts) {
    return parts.entrySet().stream().map(part -> new Tuple2<>(part.getKey(), part.getValue())).iterator();
  }

  private static String rulesJson(List<CurationRule> rules) {
    try {
      return Shipped.JSON.writeValueAsString(rules);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CurationRules rules(String json) {
    try {
      return new CurationRules(List.of(Shipped.JSON.readValue(json, CurationRule[].class)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keys by the node their writes start from: the node itself, or an edge's start node. */
  private static final class StartNodePartitioner extends Partitioner {

    private final BatchStage stage;
    private final int partitions;

    StartNodePartitioner(BatchStage stage, int partitions) {
      this.stage = stage;
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(stage.startNode((String) key).hashCode(), partitions);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof StartNodePartitioner that && that.stage == stage && that.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return stage.hashCode() * 31 + partitions;
    }
  }
}
