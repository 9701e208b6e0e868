package dev.kg.pipeline;

import dev.kg.extract.DocumentAnalyzer;
import dev.kg.extract.DocumentExtraction;
import dev.kg.graph.EditedDocumentException;
import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.HeldGraphException;
import dev.kg.graph.DocumentWriter;
import dev.kg.graph.WriteMode;
import dev.kg.graph.WriteOutcome;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.SourceDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads, annotates and writes documents: annotation runs on a pool of worker threads while a single
 * writer thread stores finished documents in input order, one transaction each.
 *
 * <p>A document whose id and content hash are already in the graph is not annotated again. An input
 * that cannot be read, annotated or written is reported and skipped; the rest go on. Losing the
 * server ends the run instead: no later document could be written either. Each document is written
 * whole or not at all, so the same run again completes the graph.
 *
 * <pre>{@code
 * IngestPipeline pipeline = new IngestPipeline(analyzer, writer, 2, listener, System::nanoTime);
 * IngestReport report = pipeline.run(new DocumentReader().read(List.of("articles/")));
 * }</pre>
 */
public final class IngestPipeline {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int PENDING_PER_THREAD = 32;

  private final DocumentAnalyzer analyzer;
  private final DocumentWriter writer;
  private final int threads;
  private final IngestListener listener;
  private final LongSupplier nanoTime;
  // Refuses edited documents when set; otherwise an edited document replaces its old version.
  private final EditedDocuments edited;

  /**
   * @param threads annotation threads, at least 1
   * @param nanoTime the clock the report's durations are measured with, e.g. {@code System::nanoTime}
   */
  public IngestPipeline(
      DocumentAnalyzer analyzer,
      DocumentWriter writer,
      int threads,
      IngestListener listener,
      LongSupplier nanoTime) {
    this(analyzer, writer, threads, listener, nanoTime, null);
  }

  private IngestPipeline(
      DocumentAnalyzer analyzer,
      DocumentWriter writer,
      int threads,
      IngestListener listener,
      LongSupplier nanoTime,
      EditedDocuments edited) {
    if (threads < 1) {
      throw new IllegalArgumentException("need at least one annotation thread, got " + threads);
    }
    this.analyzer = analyzer;
    this.writer = writer;
    this.threads = threads;
    this.listener = listener;
    this.nanoTime = nanoTime;
    this.edited = edited;
  }

  /**
   * This pipeline refusing edited documents: one whose id the graph holds with other content
   * becomes a failed input as {@code edited} words it, decided in the document's write transaction,
   * so a document another writer stores meanwhile is refused too.
   */
  public IngestPipeline refusingEdited(EditedDocuments edited) {
    return new IngestPipeline(
        analyzer, writer, threads, listener, nanoTime, Objects.requireNonNull(edited, "edited"));
  }

  /** Ingests every input of {@code inputs}, blocking until the last one is written. */
  public IngestReport run(Stream<ReadResult> inputs) {
    long started = nanoTime.getAsLong();
    Tally tally = new Tally();
    // Bounded, so reading never runs far ahead of annotation and memory stays flat on large inputs;
    // deep enough that one long document at the head of the line does not leave the other threads idle.
    BlockingQueue<Future<Analysis>> pending = new ArrayBlockingQueue<>(PENDING_PER_THREAD * threads);
    ExecutorService annotators = Executors.newFixedThreadPool(threads, daemonThreads("kg-annotate"));
    Thread writerThread = daemonThreads("kg-write").newThread(() -> writeAll(pending, tally));
    writerThread.start();
    try {
      Iterator<ReadResult> iterator = inputs.iterator();
      while (tally.lost() == null) {
        try {
          if (!iterator.hasNext()) {
            break;
          }
          enqueue(iterator.next(), pending, annotators, tally);
        } catch (GraphUnavailableException e) {
          // Reading asks the graph what it holds; the writer thread drains the queue from here on.
          tally.lose(e);
        }
      }
      pending.put(CompletableFuture.completedFuture(Analysis.END));
      writerThread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      writerThread.interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } finally {
      annotators.shutdownNow();
      inputs.close();
    }
    if (tally.lost() != null) {
      throw tally.lostRun();
    }
    return tally.report(Duration.ofNanos(nanoTime.getAsLong() - started));
  }

  private void enqueue(
      ReadResult input, BlockingQueue<Future<Analysis>> pending, ExecutorService annotators, Tally tally)
      throws InterruptedException {
    if (input instanceof ReadResult.Failed failed) {
      pending.put(CompletableFuture.completedFuture(Analysis.failed(failed.problem())));
    } else if (input instanceof ReadResult.Read read) {
      SourceDocument document = read.document();
      pending.put(
          writer.isStored(document.id(), document.sha256())
              ? CompletableFuture.completedFuture(Analysis.unchanged(document))
              : annotators.submit(() -> analyze(document, tally)));
    }
  }

  private Analysis analyze(SourceDocument document, Tally tally) {
    long started = nanoTime.getAsLong();
    try {
      DocumentExtraction extraction = analyzer.analyze(document);
      tally.words.addAndGet(WHITESPACE.splitAsStream(document.text().strip()).count());
      return Analysis.extracted(extraction);
    } catch (RuntimeException | StackOverflowError e) {
      return Analysis.failed(new InputProblem(document.path(), "annotation failed: " + describe(e)));
    } catch (OutOfMemoryError e) {
      // The annotation's memory is unreachable once this frame unwinds, so the run can go on.
      return Analysis.failed(
          new InputProblem(document.path(), "annotation ran out of memory: document too large for the pipeline"));
    } finally {
      tally.annotationNanos.addAndGet(nanoTime.getAsLong() - started);
    }
  }

  private void writeAll(BlockingQueue<Future<Analysis>> pending, Tally tally) {
    try {
      while (true) {
        Future<Analysis> next = pending.take();
        if (tally.lost() != null && !next.isDone()) {
          // Nothing more can be written, so annotating it is wasted.
          next.cancel(true);
          continue;
        }
        Analysis analysis = settle(next);
        if (analysis == Analysis.END) {
          return;
        }
        if (tally.lost() != null) {
          // The queue is drained to its end so the reading thread never waits on it.
          continue;
        }
        if (analysis.problem != null) {
          tally.problems.add(analysis.problem);
          listener.problem(analysis.problem);
        } else if (analysis.extraction == null) {
          tally.count(WriteOutcome.UNCHANGED);
          listener.documentDone(analysis.document, WriteOutcome.UNCHANGED);
        } else {
          write(analysis.extraction, tally);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Analysis settle(Future<Analysis> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // analyze() turns every document failure into a problem; reaching here is a bug in kg.
      return Analysis.failed(new InputProblem("(unknown document)", "internal error: " + describe(e.getCause())));
    }
  }

  private void write(DocumentExtraction extraction, Tally tally) {
    SourceDocument document = extraction.document();
    long started = nanoTime.getAsLong();
    try {
      WriteOutcome outcome =
          writer.write(extraction, edited == null ? WriteMode.REPLACE_EDITED : WriteMode.REFUSE_EDITED);
      tally.count(outcome);
      listener.documentDone(document, outcome);
    } catch (GraphUnavailableException e) {
      tally.lose(e);
    } catch (HeldGraphException e) {
      // A Spark batch began to hold the graph during the run: every later write would be refused too.
      tally.lose(new GraphUnavailableException(e.getMessage(), e));
    } catch (EditedDocumentException e) {
      InputProblem problem = edited.refusal(document);
      tally.problems.add(problem);
      listener.problem(problem);
    } catch (RuntimeException e) {
      InputProblem problem = new InputProblem(document.path(), "graph write failed: " + describe(e));
      tally.problems.add(problem);
      listener.problem(problem);
    } finally {
      tally.writeNanos.addAndGet(nanoTime.getAsLong() - started);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    return text.lines().findFirst().orElse(text);
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** What became of one input on its way to the writer. */
  private static final class Analysis {
    static final Analysis END = new Analysis(null, null, null);

    final SourceDocument document;
    final DocumentExtraction extraction;
    final InputProblem problem;

    private Analysis(SourceDocument document, DocumentExtraction extraction, InputProblem problem) {
      this.document = document;
      this.extraction = extraction;
      this.problem = problem;
    }

    static Analysis extracted(DocumentExtraction extraction) {
      return new Analysis(extraction.document(), extraction, null);
    }

    static Analysis unchanged(SourceDocument document) {
      return new Analysis(document, null, null);
    }

    static Analysis failed(InputProblem problem) {
      return new Analysis(null, null, problem);
    }
  }

  /** Counters shared by the reading, annotating and writing threads. */
  private static final class Tally {
    final Map<WriteOutcome, Long> outcomes = new EnumMap<>(WriteOutcome.class);
    final List<InputProblem> problems = new ArrayList<>();
    final AtomicLong words = new AtomicLong();
    final AtomicLong annotationNanos = new AtomicLong();
    final AtomicLong writeNanos = new AtomicLong();
    private GraphUnavailableException lost;

    synchronized void count(WriteOutcome outcome) {
      outcomes.merge(outcome, 1L, Long::sum);
    }

    /** The server went away: the run ends, keeping the first reason. */
    synchronized void lose(GraphUnavailableException failure) {
      if (lost == null) {
        lost = failure;
      }
    }

    synchronized GraphUnavailableException lost() {
      return lost;
    }

    /** Why the run ended early, and what the graph holds of it, in one line. */
    synchronized GraphUnavailableException lostRun() {
      long written = outcomes.values().stream().mapToLong(Long::longValue).sum();
      return new GraphUnavailableException(
          lost.getMessage() + "; the " + written + " document(s) settled before it are complete and none was "
              + "written in part: run the same command again to write the rest",
          lost);
    }

    synchronized IngestReport report(Duration elapsed) {
      return new IngestReport(
          outcomes,
          problems,
          words.get(),
          elapsed,
          Duration.ofNanos(annotationNanos.get()),
          Duration.ofNanos(writeNanos.get()));
    }
  }
}
