package dev.kg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.driver.Driver;

/**
 * A batch's stages run as Spark runs them, without Spark: every document's parts summed by key, the
 * keys split into partitions by their start node, each partition written in sorted runs of {@code
 * keysPerTransaction}, the partitions one after the other or at once on threads of their own.
 */
final class LocalStages implements BatchWriter.Stages {

  private final Driver driver;
  private final List<DocumentRows> documents;
  private final int partitions;
  private final int keysPerTransaction;
  private final boolean concurrent;

  LocalStages(Driver driver, List<DocumentRows> documents, int partitions, int keysPerTransaction, boolean concurrent) {
    this.driver = driver;
    this.documents = List.copyOf(documents);
    this.partitions = partitions;
    this.keysPerTransaction = keysPerTransaction;
    this.concurrent = concurrent;
  }

  @Override
  public void run(BatchStage stage, String batchIds) {
    List<List<Map.Entry<String, BatchPart>>> split = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      split.add(new ArrayList<>());
    }
    sum(stage).entrySet().forEach(part -> split.get(Math.floorMod(stage.startNode(part.getKey()).hashCode(), partitions)).add(part));
    ExecutorService threads = Executors.newFixedThreadPool(concurrent ? partitions : 1);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int p = 0; p < partitions; p++) {
        List<Map.Entry<String, BatchPart>> partition = split.get(p);
        String ids = batchIds + p + "/";
        running.add(threads.submit(() -> {
          for (int from = 0, chunk = 0; from < partition.size(); from += keysPerTransaction, chunk++) {
            stage.write(driver, partition.subList(from, Math.min(partition.size(), from + keysPerTransaction)), ids + chunk);
          }
        }));
      }
      for (Future<?> partition : running) {
        partition.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("stage " + stage + " failed: " + e.getMessage(), e);
    } finally {
      threads.shutdownNow();
    }
  }

  @Override
  public Collection<BatchPart> eventReports() {
    return documents.stream().map(BatchEvents::reports).toList();
  }

  private Map<String, BatchPart> sum(BatchStage stage) {
    Map<String, BatchPart> summed = new TreeMap<>();
    documents.forEach(document -> stage.parts(document).forEach((key, part) -> summed.merge(key, part, BatchPart::plus)));
    return summed;
  }
}
