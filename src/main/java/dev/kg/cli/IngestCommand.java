package dev.kg.cli;

import dev.kg.pipeline.IngestReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads news articles, extracts people, organisations and places with CoreNLP, and writes them to the graph.",
      "Re-ingesting an unchanged document does nothing. An edited one (same id, other content) is refused",
      "unless --replace is given: then all its earlier version contributed is taken back before it is added.",
      "Exits with 1 when some input failed (the others are still ingested).",
      "With --spark, Apache Spark executors read and analyse the documents and this process writes them:",
      "the same graph as without. Inputs may then also be Hadoop paths and globs (hdfs://, s3a://, file:/)."
    })
final class IngestCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files (.txt .md .html .htm .jsonl), directories (read recursively), or - for stdin.")
  List<String> inputs;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Annotation threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      defaultValue = "200000",
      description = "Refuse documents longer than N characters of cleaned text (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(
      names = "--replace",
      description = "Replace documents already in the graph whose content changed, instead of refusing them.")
  boolean replace;

  @Option(
      names = "--spark",
      paramLabel = "MASTER",
      description = "Analyse on Apache Spark: local[N], local[*], spark://HOST:PORT, yarn, ... (see README).")
  String spark;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // Checked before the store is opened, so a mistyped number neither creates a store nor prints a stack trace.
    if (threads != null && threads < 1) {
      throw new UserException("--threads must be at least 1, got " + threads);
    }
    if (maxChars < 1) {
      throw new UserException("--max-chars must be at least 1, got " + maxChars);
    }
    int annotationThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (spark != null) {
      SparkIngestion.checkStore(graph);
    }
    try (GraphSession session = graph.openOrCreate()) {
      IngestReport report =
          spark == null
              ? new Ingestion(spec.commandLine(), annotationThreads, maxChars, replace).run(session, inputs)
              : new SparkIngestion(spec.commandLine(), spark, maxChars, replace).run(session, inputs);
      return report.problems().isEmpty() ? 0 : Kg.EXIT_INPUT_FAILED;
    }
  }
}
