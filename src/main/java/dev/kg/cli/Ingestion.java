package dev.kg.cli;

import dev.kg.extract.NlpDocumentAnalyzer;
import dev.kg.graph.GraphStats;
import dev.kg.graph.GraphWriter;
import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.ReadResult;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.EditedDocuments;
import dev.kg.pipeline.IngestPipeline;
import dev.kg.pipeline.IngestReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * One ingest run as the CLI shows it: a heading, a progress bar, failed inputs, and a summary.
 *
 * <p>A document whose id the graph holds with other content is an edited document: unless the run
 * replaces documents, it is refused as a failed input, so nothing an analyst ingested is overwritten
 * unasked. Replacing takes back all the old version contributed before adding the new one.
 */
final class Ingestion {

  private final PrintWriter out;
  private final PrintWriter err;
  private final int threads;
  private final int maxChars;
  private final boolean replace;

  Ingestion(CommandLine commandLine, int threads, int maxChars, boolean replace) {
    this.out = commandLine.getOut();
    this.err = commandLine.getErr();
    this.threads = threads;
    this.maxChars = maxChars;
    this.replace = replace;
  }

  IngestReport run(GraphSession session, List<String> inputs) {
    out.printf(
        "Ingesting into %s with %d annotation thread(s); CoreNLP loads its models with the first new document (~40 s).%n",
        session.description(), threads);
    out.flush();
    IngestReport report;
    DocumentReader reader = new DocumentReader(System.in, maxChars);
    try (ProgressListener progress =
        new ProgressListener(err, reader.count(inputs), ProgressListener.standardErrorIsTerminal(), System::nanoTime)) {
      IngestPipeline pipeline =
          new IngestPipeline(
              new NlpDocumentAnalyzer(CoreNlpAnnotator::shared),
              new GraphWriter(session.driver()),
              threads,
              progress,
              System::nanoTime);
      Stream<ReadResult> documents = reader.read(inputs);
      EditedDocuments edited = new EditedDocuments(session.driver(), "--replace replaces it");
      report = pipeline.run(replace ? documents : documents.map(edited::refuse));
    }
    new Summary(out).print(report, new GraphStats(session.driver()).stats(), threads);
    return report;
  }
}
