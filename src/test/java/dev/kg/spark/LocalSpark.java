package dev.kg.spark;

import dev.kg.graph.TestNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A graph and a quiet {@code local[2]} Spark context for a test class, its executors connecting to
 * the graph over Bolt as a cluster's would; closing it closes the executors' connections too.
 *
 * <pre>{@code
 * local = LocalSpark.start();            // @BeforeAll
 * new SparkIngest(local.spark()) ...      // the tests
 * local.close();                          // @AfterAll
 * }</pre>
 */
record LocalSpark(TestNeo4j server, JavaSparkContext spark) implements AutoCloseable {

  static LocalSpark start() {
    // Spark reads spark.* system properties into every context: no web UI or console bar in the suite.
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.ui.showConsoleProgress", "false");
    return new LocalSpark(TestNeo4j.start(), SparkIngest.context("local[2]"));
  }

  @Override
  public void close() {
    spark.close();
    BoltTarget.closeAll();
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
