package dev.kg.cli;

import dev.kg.export.GraphStats;
import dev.kg.extract.DocumentAnalyzer;
import dev.kg.graph.DocumentWriter;
import dev.kg.graph.GraphWriter;
import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.ReadResult;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.EditedDocuments;
import dev.kg.pipeline.IngestPipeline;
import dev.kg.pipeline.IngestReport;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalLong;
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

  private static final String HOW_TO_REPLACE = "--replace replaces it";

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
    GraphWriter writer = new GraphWriter(session.driver());
    writer.requireFree();
    out.printf(
        "Ingesting into %s with %d annotation thread(s); CoreNLP loads its models with the first new document (~40 s).%n",
        session.description(), threads);
    out.flush();
    DocumentReader reader = new DocumentReader(System.in, maxChars);
    IngestReport report =
        write(
            session,
            reader.count(inputs),
            reader.read(inputs),
            new NlpDocumentAnalyzer(CoreNlpAnnotator::shared),
            threads,
            writer);
    summarise(session, report, threads);
    return report;
  }

  /**
   * Writes {@code documents} in order, each one the graph does not hold yet analysed by {@code
   * analyzer} on {@code analysisThreads} threads and handed to {@code writer}, showing progress and
   * failed inputs.
   */
  IngestReport write(
      GraphSession session,
      OptionalLong count,
      Stream<ReadResult> documents,
      DocumentAnalyzer analyzer,
      int analysisThreads,
      DocumentWriter writer) {
    try (ProgressListener progress =
        new ProgressListener(err, count, ProgressListener.standardErrorIsTerminal(), System::nanoTime)) {
      IngestPipeline pipeline =
          new IngestPipeline(
              analyzer,
              writer,
              analysisThreads,
              progress,
              System::nanoTime);
      if (replace) {
        return pipeline.run(documents);
      }
      EditedDocuments edited = edited(session);
      return pipeline.refusingEdited(edited).run(documents.map(edited::refuse));
    }
  }

  void summarise(GraphSession session, IngestReport report, int threads) {
    new Summary(out).print(report, new GraphStats(session.driver()).stats(), threads);
  }

  /**
   * Whether the document {@code id} with content {@code sha256} will be analysed by {@link #write}:
   * unless the graph holds it unchanged, or holds other content for it and this run does not replace.
   */
  boolean needsAnalysis(GraphSession session, String id, String sha256) {
    return edited(session).storedSha256(id).map(stored -> replace && !stored.equals(sha256)).orElse(true);
  }

  private static EditedDocuments edited(GraphSession session) {
    return new EditedDocuments(session.driver(), HOW_TO_REPLACE);
  }
}
