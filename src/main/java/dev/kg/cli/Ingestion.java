package dev.kg.cli;

import dev.kg.extract.DocumentAnalyzer;
import dev.kg.extract.NlpDocumentAnalyzer;
import dev.kg.graph.CypherRunner;
import dev.kg.graph.GraphStats;
import dev.kg.graph.GraphWriter;
import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.IngestPipeline;
import dev.kg.pipeline.IngestReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
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

  private static final String STORED_SHA256 = "MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha256";

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
    DocumentReader reader = new DocumentReader(System.in, maxChars);
    IngestReport report =
        write(
            session,
            reader.count(inputs),
            reader.read(inputs),
            new NlpDocumentAnalyzer(CoreNlpAnnotator::shared),
            threads);
    summarise(session, report, threads);
    return report;
  }

  /**
   * Writes {@code documents} in order, each one the graph does not hold yet analysed by {@code
   * analyzer} on {@code analysisThreads} threads, showing progress and failed inputs.
   */
  IngestReport write(
      GraphSession session,
      OptionalLong count,
      Stream<ReadResult> documents,
      DocumentAnalyzer analyzer,
      int analysisThreads) {
    try (ProgressListener progress = new ProgressListener(err, count)) {
      IngestPipeline pipeline =
          new IngestPipeline(analyzer, new GraphWriter(session.driver()), analysisThreads, progress, System::nanoTime);
      CypherRunner cypher = new CypherRunner(session.driver());
      return pipeline.run(replace ? documents : documents.map(input -> refuseEdited(input, cypher)));
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
    String stored = storedSha256(new CypherRunner(session.driver()), id);
    return stored == null || (replace && !stored.equals(sha256));
  }

  private static String storedSha256(CypherRunner cypher, String id) {
    List<Map<String, Object>> stored = cypher.run(STORED_SHA256, Map.of("id", id)).asMaps();
    return stored.isEmpty() ? null : (String) stored.get(0).get("sha256");
  }

  private static ReadResult refuseEdited(ReadResult input, CypherRunner cypher) {
    if (input instanceof ReadResult.Read read) {
      SourceDocument document = read.document();
      String stored = storedSha256(cypher, document.id());
      if (stored != null && !document.sha256().equals(stored)) {
        return new ReadResult.Failed(
            new InputProblem(
                document.path(),
                "document '" + document.id() + "' is already in the graph with other content; --replace replaces it"));
      }
    }
    return input;
  }
}
