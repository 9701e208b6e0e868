package dev.kg.pipeline;

import dev.kg.ingest.InputProblem;
import dev.kg.graph.WriteOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The figures of one ingest run.
 *
 * @param outcomes how many documents ended in each outcome
 * @param problems inputs that failed, in the order they were met
 * @param words whitespace-separated words in the documents that were annotated
 * @param elapsed wall-clock time of the whole run
 * @param annotation time spent annotating, summed over worker threads
 * @param writing time spent in graph transactions (one writer thread)
 */
public record IngestReport(
    Map<WriteOutcome, Long> outcomes,
    List<InputProblem> problems,
    long words,
    Duration elapsed,
    Duration annotation,
    Duration writing) {

  public IngestReport {
    outcomes = Map.copyOf(outcomes);
    problems = List.copyOf(problems);
  }

  /** Documents that were read successfully, whatever their outcome. */
  public long documents() {
    return outcomes.values().stream().mapToLong(Long::longValue).sum();
  }

  public long count(WriteOutcome outcome) {
    return outcomes.getOrDefault(outcome, 0L);
  }

  /** Annotated words per second of wall-clock time. */
  public double wordsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds == 0 ? 0 : words / seconds;
  }
}
