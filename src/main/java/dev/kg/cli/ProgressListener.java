package dev.kg.cli;

import dev.kg.ingest.InputProblem;
import dev.kg.ingest.SourceDocument;
import dev.kg.graph.WriteOutcome;
import dev.kg.pipeline.IngestListener;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.util.OptionalLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows ingest progress (inputs done of all, inputs/s, time left) and prints each failed input as one
 * line. A failed input counts as done.
 */
final class ProgressListener implements IngestListener, AutoCloseable {

  private final PrintWriter err;
  private final ProgressBar bar;

  /** @param total how many inputs there are, or empty when not known (the bar then shows no end) */
  ProgressListener(PrintWriter err, OptionalLong total) {
    this.err = err;
    this.bar =
        new ProgressBarBuilder()
            .setTaskName("Ingesting")
            .setInitialMax(total.orElse(-1))
            .setUnit(" docs", 1)
            .showSpeed(new DecimalFormat("0.00"))
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .build();
  }

  @Override
  public void documentDone(SourceDocument document, WriteOutcome outcome) {
    bar.step();
  }

  @Override
  public void problem(InputProblem problem) {
    bar.step();
    err.println();
    err.println("kg: " + problem);
    err.flush();
  }

  @Override
  public void close() {
    bar.close();
  }
}
