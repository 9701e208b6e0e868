package dev.kg.cli;

import dev.kg.pipeline.IngestReport;
import dev.kg.spark.AnalysedInputs;
import dev.kg.spark.SparkIngest;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;

/**
 * One ingest run on Apache Spark as the CLI shows it: executors read, clean, annotate and extract; the
 * driver then writes through the same pipeline, writer, progress bar and summary as a plain ingest,
 * in input order, so identity and event grouping are the single-process code's. Kept apart from
 * {@link Ingestion} so a run without Spark never loads a Spark class.
 */
final class SparkIngestion {

  private static final String EMBEDDED_SCALA = "2.13";

  private final PrintWriter out;
  private final Ingestion ingestion;
  private final String master;
  private final int maxChars;

  SparkIngestion(CommandLine commandLine, String master, int maxChars, boolean replace) {
    this.out = commandLine.getOut();
    this.ingestion = new Ingestion(commandLine, 1, maxChars, replace);
    this.master = master;
    this.maxChars = maxChars;
  }

  /**
   * Refuses an embedded store when Spark runs on Scala 2.12 (the scala-2.12 build): embedded Neo4j's
   * Cypher is Scala 2.13 code, which would fail on Spark's Scala library in this JVM.
   */
  static void checkStore(GraphOptions graph) {
    String version = scala.util.Properties$.MODULE$.versionNumberString();
    if (graph.isEmbedded() && !version.startsWith(EMBEDDED_SCALA)) {
      throw new UserException(
          "Spark here runs on Scala " + version + " and embedded Neo4j needs Scala " + EMBEDDED_SCALA
              + ": write to a Neo4j server with --uri, or use kg's default build and a Spark for Scala " + EMBEDDED_SCALA);
    }
  }

  IngestReport run(GraphSession session, List<String> inputs) {
    out.printf(
        "Ingesting into %s on Spark %s; each executor JVM loads CoreNLP once, with its first document (~40 s).%n",
        session.description(), master);
    out.flush();
    long started = System.nanoTime();
    try (JavaSparkContext spark = SparkIngest.context(master);
        AnalysedInputs analysed =
            new SparkIngest(spark)
                .analyse(inputs, maxChars, (id, sha256) -> ingestion.needsAnalysis(session, id, sha256))) {
      out.printf(
          "Analysed %d document(s) on %d core(s) in %.1f s; writing them in input order.%n",
          analysed.analysedDocuments(), analysed.cores(), analysed.analysis().toMillis() / 1000.0);
      out.flush();
      IngestReport written =
          ingestion.write(session, OptionalLong.of(analysed.inputs()), analysed.results(), analysed, 1);
      IngestReport report =
          new IngestReport(
              written.outcomes(),
              written.problems(),
              written.words(),
              Duration.ofNanos(System.nanoTime() - started),
              analysed.executorTime(),
              written.writing());
      ingestion.summarise(session, report, analysed.cores());
      return report;
    }
  }
}
