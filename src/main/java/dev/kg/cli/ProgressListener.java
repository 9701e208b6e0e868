package dev.kg.cli;

import dev.kg.ingest.InputProblem;
import dev.kg.ingest.SourceDocument;
import dev.kg.graph.WriteOutcome;
import dev.kg.pipeline.IngestListener;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows ingest progress (documents and documents/s) and prints each failed input as one line. */
final class ProgressListener implements IngestListener, AutoCloseable {

  private final PrintWriter err;
  private final ProgressBar bar;

  ProgressListener(PrintWriter err) {
    this.err = err;
    this.bar =
        new ProgressBarBuilder()
            .setTaskName("Ingesting")
            .setInitialMax(-1)
            .setUnit(" docs", 1)
            .showSpeed()
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
    err.println();
    err.println("kg: " + problem);
    err.flush();
  }

  @Override
  public void close() {
    bar.close();
  }
}
