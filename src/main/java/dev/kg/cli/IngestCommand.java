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
      "Exits with 1 when some input failed (the others are still ingested)."
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

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    int annotationThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try (GraphSession session = graph.openOrCreate()) {
      IngestReport report = new Ingestion(spec.commandLine(), annotationThreads, maxChars, replace).run(session, inputs);
      return report.problems().isEmpty() ? 0 : Kg.EXIT_INPUT_FAILED;
    }
  }
}
