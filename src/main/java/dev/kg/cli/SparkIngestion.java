package dev.kg.cli;

import dev.kg.graph.GraphWriter;
import dev.kg.pipeline.IngestReport;
import dev.kg.resolve.Resolver.Decision;
import dev.kg.spark.AnalysedInputs;
import dev.kg.spark.SparkIngest;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;

/**
 * One ingest run on Apache Spark as the CLI shows it: executors read, clean, annotate and extract;
 * identity across documents is decided for the whole batch and the executors write the documents
 * ({@link SparkIngest}); the driver then reports every input through the same pipeline, progress bar
 * and summary as a plain ingest, in input order, and checks that the graph decides as the batch did.
 * Kept apart from {@link Ingestion} so a run without Spark never loads a Spark class.
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
                .analyse(
                    inputs,
                    maxChars,
                    (id, sha256) -> ingestion.needsAnalysis(session, id, sha256),
                    session.connection())) {
      out.printf(
          "Analysed %d document(s) on %d core(s) in %.1f s; decided identity for their %d name(s) in %.1f s; "
              + "wrote them from the executors in %.1f s (%s).%n",
          analysed.analysedDocuments(),
          analysed.cores(),
          seconds(analysed.analysis()),
          analysed.decisions().size(),
          seconds(analysed.identity()),
          seconds(analysed.writing()),
          analysed.writes());
      out.flush();
      IngestReport written =
          ingestion.write(
              session,
              OptionalLong.of(analysed.inputs()),
              analysed.results(),
              analysed,
              1,
              analysed.writer(new GraphWriter(session.driver())));
      settle(session, analysed.decisions());
      IngestReport report =
          new IngestReport(
              written.outcomes(),
              written.problems(),
              written.words(),
              Duration.ofNanos(System.nanoTime() - started),
              analysed.executorTime(),
              written.writing().plus(analysed.writing()));
      ingestion.summarise(session, report, analysed.cores());
      return report;
    }
  }

  /**
   * Checks the batch's decisions against what the graph decides now that it is written, and
   * resolves again the documents using a name where they differ: a document of the batch that
   * failed to write, or another writer's documents, leave the graph other than the batch expected.
   */
  private void settle(GraphSession session, Map<String, Decision> decisions) {
    long started = System.nanoTime();
    List<String> again = new GraphWriter(session.driver()).settle(decisions);
    out.printf(
        "Checked the batch's identity against the graph in %.1f s: %s.%n",
        seconds(Duration.ofNanos(System.nanoTime() - started)),
        again.isEmpty() ? "they agree" : "resolved " + again.size() + " document(s) again where they did not");
    out.flush();
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
