package dev.kg.spark;

import dev.kg.graph.BatchPart;
import dev.kg.graph.BatchStage;
import dev.kg.graph.BatchWriter;
import dev.kg.graph.GraphUnavailableException;
import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * Spark's stages with the graph lost right after one of them ran and before the driver noted it
 * done, as a run whose graph stays away meets it: the stage's transactions are committed, and the
 * run fails with {@code lost the connection to Neo4j: injected after STAGE}.
 */
record LostAfter(BatchStage last) implements UnaryOperator<BatchWriter.Stages> {

  @Override
  public BatchWriter.Stages apply(BatchWriter.Stages stages) {
    return new BatchWriter.Stages() {
      @Override
      public void run(BatchStage stage, String batchIds) {
        stages.run(stage, batchIds);
        if (stage == last) {
          throw new GraphUnavailableException("lost the connection to Neo4j: injected after " + stage, null);
        }
      }

      @Override
      public Collection<BatchPart> eventReports() {
        return stages.eventReports();
      }
    };
  }
}
