package dev.kg.cli;

import dev.kg.extract.NlpDocumentAnalyzer;
import dev.kg.graph.GraphStats;
import dev.kg.graph.GraphWriter;
import dev.kg.ingest.DocumentReader;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.IngestPipeline;
import dev.kg.pipeline.IngestReport;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** One ingest run as the CLI shows it: a heading, a progress bar, failed inputs, and a summary. */
final class Ingestion {

  private final PrintWriter out;
  private final PrintWriter err;
  private final int threads;
  private final int maxChars;

  Ingestion(CommandLine commandLine, int threads, int maxChars) {
    this.out = commandLine.getOut();
    this.err = commandLine.getErr();
    this.threads = threads;
    this.maxChars = maxChars;
  }

  IngestReport run(GraphSession session, List<String> inputs) {
    out.printf(
        "Ingesting into %s with %d annotation thread(s); CoreNLP loads its models with the first new document (~40 s).%n",
        session.description(), threads);
    out.flush();
    IngestReport report;
    try (ProgressListener progress = new ProgressListener(err)) {
      IngestPipeline pipeline =
          new IngestPipeline(
              new NlpDocumentAnalyzer(CoreNlpAnnotator::shared),
              new GraphWriter(session.driver()),
              threads,
              progress,
              System::nanoTime);
      report = pipeline.run(new DocumentReader(System.in, maxChars).read(inputs));
    }
    new Summary(out).print(report, new GraphStats(session.driver()).stats(), threads);
    return report;
  }
}
