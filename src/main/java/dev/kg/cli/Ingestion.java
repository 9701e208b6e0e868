package dev.kg.cli;

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
      CypherRunner cypher = new CypherRunner(session.driver());
      report = pipeline.run(replace ? documents : documents.map(input -> refuseEdited(input, cypher)));
    }
    new Summary(out).print(report, new GraphStats(session.driver()).stats(), threads);
    return report;
  }

  private static ReadResult refuseEdited(ReadResult input, CypherRunner cypher) {
    if (input instanceof ReadResult.Read read) {
      SourceDocument document = read.document();
      List<Map<String, Object>> stored = cypher.run(STORED_SHA256, Map.of("id", document.id())).asMaps();
      if (!stored.isEmpty() && !document.sha256().equals(stored.get(0).get("sha256"))) {
        return new ReadResult.Failed(
            new InputProblem(
                document.path(),
                "document '" + document.id() + "' is already in the graph with other content; --replace replaces it"));
      }
    }
    return input;
  }
}
