package dev.kg.feed;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The annotation pipeline a feed keeps loaded between requests, and whether it is loaded yet: cold
 * until the first document (or {@link #warmInBackground()}) asks for it, loading meanwhile, then warm
 * for as long as the server runs.
 *
 * <pre>{@code
 * WarmPipeline<CoreNlpAnnotator> pipeline = new WarmPipeline<>(CoreNlpAnnotator::shared);
 * pipeline.warmInBackground();   // kg serve --warm
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

  /** @param load builds the pipeline, once; it must be safe to call from several threads (it is called once per caller until one succeeds) */
  WarmPipeline(Supplier<T> load) {
    this.load = load;
  }

  @Override
  public T get() {
    state.compareAndSet(State.COLD, State.LOADING);
    try {
      T pipeline = load.get();
      state.set(State.WARM);
      return pipeline;
    } catch (RuntimeException | Error e) {
      state.compareAndSet(State.LOADING, State.COLD);
      throw e;
    }
  }

  State state() {
    return state.get();
  }

  /** Starts loading on a thread of its own, so the first document does not wait for the models. */
  void warmInBackground() {
    Thread loader = new Thread(this::get, "kg-warm");
    loader.setDaemon(true);
    loader.start();
  }
}
