package dev.kg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Ingest progress as a plain line every {@link #INTERVAL}, for when standard error is a log, not a
 * terminal: a progress bar redraws itself with carriage returns, which a log keeps as hundreds of frames.
 *
 * <pre>
 * Ingesting: 120/600 docs (20 %), 2.00 docs/s, 4 min 0 s left
 * Ingesting: 600/600 docs (100 %), 2.00 docs/s, done in 5 min 0 s
 * </pre>
 */
final class ProgressLines {

  /** How often a line is printed while documents are being done. */
  static final Duration INTERVAL = Duration.ofSeconds(10);

  private final PrintWriter err;
  private final OptionalLong total;
  private final LongSupplier nanoTime;
  private final long started;
  private long printed;
  private long done;
  private long donePrinted;

  /**
   * @param total how many inputs there are, or empty when not known
   * @param nanoTime the clock, e.g. {@code System::nanoTime}
   */
  ProgressLines(PrintWriter err, OptionalLong total, LongSupplier nanoTime) {
    this.err = err;
    this.total = total;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.printed = started;
  }

  /** One more input done; prints a line when the last one is {@link #INTERVAL} old, unless it was the last input. */
  void step() {
    done++;
    long now = nanoTime.getAsLong();
    if (now - printed >= INTERVAL.toNanos() && done != total.orElse(-1)) {
      print(now, false);
    }
  }

  /** Prints the last line, unless nothing was done since the one before. */
  void finish() {
    if (done > donePrinted) {
      print(nanoTime.getAsLong(), true);
    }
  }

  private void print(long now, boolean finished) {
    Duration elapsed = Duration.ofNanos(now - started);
    double perSecond = elapsed.isZero() ? 0 : done / (elapsed.toNanos() / 1e9);
    StringBuilder line = new StringBuilder("Ingesting: ").append(done);
    total.ifPresent(all -> line.append('/').append(all));
    line.append(" docs");
    total.ifPresent(all -> line.append(" (").append(all == 0 ? 100 : done * 100 / all).append(" %)"));
    line.append(String.format(", %.2f docs/s", perSecond));
    if (finished) {
      line.append(", done in ").append(minutesAndSeconds(elapsed));
    } else if (total.isPresent() && perSecond > 0) {
      long left = Math.max(0, total.getAsLong() - done);
      line.append(", ").append(minutesAndSeconds(Duration.ofSeconds(Math.round(left / perSecond)))).append(" left");
    }
    err.println(line);
    err.flush();
    printed = now;
    donePrinted = done;
  }

  private static String minutesAndSeconds(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
  }
}
