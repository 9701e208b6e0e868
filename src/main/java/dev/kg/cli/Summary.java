package dev.kg.cli;

import dev.kg.export.GraphStats;
import dev.kg.graph.WriteOutcome;
import dev.kg.pipeline.IngestReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/** The lines printed after an ingest: what happened to the documents, what the graph holds, where time went. */
final class Summary {

  private static final List<String> ENTITY_LABELS = List.of("Person", "Organization", "Location");

  private final PrintWriter out;

  Summary(PrintWriter out) {
    this.out = out;
  }

  void print(IngestReport report, GraphStats.Stats stats, int threads) {
    out.printf(
        "Documents: %d read in %s: %d created, %d replaced, %d unchanged; %d input(s) failed.%n",
        report.documents(),
        seconds(report.elapsed()),
        report.count(WriteOutcome.CREATED),
        report.count(WriteOutcome.REPLACED),
        report.count(WriteOutcome.UNCHANGED),
        report.problems().size());
    StringBuilder entities = new StringBuilder("Graph: ");
    for (String label : ENTITY_LABELS) {
      entities.append(stats.labels().getOrDefault(label, 0L)).append(' ').append(label).append(", ");
    }
    entities.append(stats.labels().getOrDefault("Document", 0L)).append(" Document");
    out.println(entities);
    out.printf(
        "Time: NLP %s (summed over %d thread(s)), graph writes %s; %.0f words/s end to end.%n",
        seconds(report.annotation()), threads, seconds(report.writing()), report.wordsPerSecond());
    out.flush();
  }

  private static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
