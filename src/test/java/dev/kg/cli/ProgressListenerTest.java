package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.graph.WriteOutcome;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.SourceDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

  private static final SourceDocument DOCUMENT =
      new SourceDocument("a.txt", null, null, null, null, "a.txt", "Kaja Lind visited Riga.", "0".repeat(64));

  private final StringWriter err = new StringWriter();
  private final AtomicLong clock = new AtomicLong(1_000);

  @Test
  void shouldPrintAPlainLineEveryTenSecondsWhenStandardErrorIsNoTerminal() {
    // given 600 inputs, done at two a second for five minutes, one of them failing
    try (ProgressListener progress = new ProgressListener(new PrintWriter(err), OptionalLong.of(600), false, clock::get)) {

      // when
      for (int i = 1; i <= 600; i++) {
        clock.addAndGet(Duration.ofMillis(500).toNanos());
        if (i == 15) {
          progress.problem(new InputProblem("b.txt", "empty document"));
        } else {
          progress.documentDone(DOCUMENT, WriteOutcome.CREATED);
        }
      }
    }

    // then: no carriage returns, a line per ten seconds, the problem in its place, and a last line
    assertThat(err.toString()).doesNotContain("\r");
    assertThat(err.toString().lines())
        .hasSize(1 + 29 + 1)
        .startsWith(
            "kg: b.txt: empty document",
            "Ingesting: 20/600 docs (3 %), 2.00 docs/s, 4 min 50 s left",
            "Ingesting: 40/600 docs (6 %), 2.00 docs/s, 4 min 40 s left")
        .endsWith(
            "Ingesting: 580/600 docs (96 %), 2.00 docs/s, 10 s left",
            "Ingesting: 600/600 docs (100 %), 2.00 docs/s, done in 5 min 0 s");
  }

  @Test
  void shouldEndWithALineSayingHowLongItTookWhenTheLastStepWasNotPrinted() {
    // given an input of unknown length, from standard input
    try (ProgressListener progress = new ProgressListener(new PrintWriter(err), OptionalLong.empty(), false, clock::get)) {

      // when
      for (int i = 1; i <= 25; i++) {
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        progress.documentDone(DOCUMENT, WriteOutcome.CREATED);
      }
    }

    // then
    assertThat(err.toString().lines())
        .containsExactly(
            "Ingesting: 10 docs, 1.00 docs/s",
            "Ingesting: 20 docs, 1.00 docs/s",
            "Ingesting: 25 docs, 1.00 docs/s, done in 25 s");
  }
}
