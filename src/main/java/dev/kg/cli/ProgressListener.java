package dev.kg.cli;

import dev.kg.ingest.InputProblem;
import dev.kg.ingest.SourceDocument;
import dev.kg.graph.WriteOutcome;
import dev.kg.pipeline.IngestListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows ingest progress (inputs done of all, inputs/s, time left) and prints each failed input as one
 * line. A failed input counts as done. On a terminal the progress is a bar redrawn in place; elsewhere
 * (CI, a log file, {@code nohup}) it is a {@linkplain ProgressLines plain line} every few seconds.
 */
final class ProgressListener implements IngestListener, AutoCloseable {

  private final PrintWriter err;
  private final ProgressBar bar;
  private final ProgressLines lines;

  /**
   * @param total how many inputs there are, or empty when not known (the bar then shows no end)
   * @param terminal whether standard error is a terminal, see {@link #standardErrorIsTerminal()}
   * @param nanoTime the clock the plain lines are timed by, e.g. {@code System::nanoTime}
   */
  ProgressListener(PrintWriter err, OptionalLong total, boolean terminal, LongSupplier nanoTime) {
    this.err = err;
    this.bar = terminal ? bar(total) : null;
    this.lines = terminal ? null : new ProgressLines(err, total, nanoTime);
  }

  /**
   * Whether this process's standard error is a terminal. Java cannot ask that of one stream, so on
   * Linux it is read from where file descriptor 2 points; elsewhere a console means a terminal.
   */
  static boolean standardErrorIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }

  private static ProgressBar bar(OptionalLong total) {
    return new ProgressBarBuilder()
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
    step();
  }

  @Override
  public void problem(InputProblem problem) {
    step();
    if (bar != null) {
      err.println();
    }
    err.println("kg: " + problem);
    err.flush();
  }

  private void step() {
    if (bar != null) {
      bar.step();
    } else {
      lines.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    } else {
      lines.finish();
    }
  }
}
