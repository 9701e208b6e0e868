package dev.kg.feed;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The annotation pipeline a feed keeps loaded between requests, and whether it is ready: cold until
 * the first document (or {@link #warmInBackground()}) asks for it, loading meanwhile, then warm for as
 * long as the server runs. Warming in the background also rehearses the loaded pipeline before it
 * says it is warm: a JVM runs code slowly until its compiler has seen it run, so the first documents
 * through a freshly loaded pipeline cost several times what later ones do.
 *
 * <pre>{@code
 * WarmPipeline<CoreNlpAnnotator> pipeline = new WarmPipeline<>(CoreNlpAnnotator::shared);
 * pipeline.warmInBackground(annotator -> analyseSamples(annotator));   // kg serve --warm
 * pipeline.state();              // LOADING, then WARM
 * }</pre>
 */
final class WarmPipeline<T> implements Supplier<T> {

  /** How far the pipeline is from annotating without delay. */
  enum State {
    COLD,
    LOADING,
    WARM
  }

  private final Supplier<T> load;
  private final AtomicReference<State> state = new AtomicReference<>(State.COLD);

  /**
   * @param load builds the pipeline, once; it must be safe to call from several threads (it is called
   *     once per caller until one succeeds)
   */
  WarmPipeline(Supplier<T> load) {
    this.load = load;
  }

  /** The pipeline, loaded now if it is not yet; a document that asks for it makes it warm. */
  @Override
  public T get() {
    T pipeline = loaded();
    state.set(State.WARM);
    return pipeline;
  }

  State state() {
    return state.get();
  }

  /**
   * Loads the pipeline on a thread of its own and runs {@code rehearse} on it, so the first document
   * waits neither for the models nor for the compiler. A rehearsal that fails leaves the pipeline to
   * warm on documents.
   */
  void warmInBackground(Consumer<T> rehearse) {
    Thread loader =
        new Thread(
            () -> {
              T pipeline = loaded();
              try {
                rehearse.accept(pipeline);
              } finally {
                state.set(State.WARM);
              }
            },
            "kg-warm");
    loader.setDaemon(true);
    loader.start();
  }

  private T loaded() {
    state.compareAndSet(State.COLD, State.LOADING);
    try {
      return load.get();
    } catch (RuntimeException | Error e) {
      state.compareAndSet(State.LOADING, State.COLD);
      throw e;
    }
  }
}
