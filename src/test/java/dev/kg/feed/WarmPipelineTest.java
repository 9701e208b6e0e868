package dev.kg.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kg.feed.WarmPipeline.State;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WarmPipelineTest {

  @Test
  void shouldStayColdUntilAskedAndWarmOnTheFirstDocument() {
    // given
    WarmPipeline<String> pipeline = new WarmPipeline<>(() -> "pipeline");

    // when
    State before = pipeline.state();
    String loaded = pipeline.get();

    // then
    assertThat(before).isEqualTo(State.COLD);
    assertThat(loaded).isEqualTo("pipeline");
    assertThat(pipeline.state()).isEqualTo(State.WARM);
  }

  @Test
  void shouldSayWarmOnlyOnceTheRehearsalIsOver() throws InterruptedException {
    // given
    CountDownLatch rehearsing = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    WarmPipeline<String> pipeline = new WarmPipeline<>(() -> "pipeline");
    List<String> rehearsed = new CopyOnWriteArrayList<>();

    // when
    pipeline.warmInBackground(
        loaded -> {
          rehearsed.add(loaded);
          rehearsing.countDown();
          await(finish);
        });

    // then
    assertThat(rehearsing.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(pipeline.state()).isEqualTo(State.LOADING);
    finish.countDown();
    awaitState(pipeline, State.WARM);
    assertThat(rehearsed).containsExactly("pipeline");
  }

  @Test
  void shouldServeADocumentThatArrivesDuringTheRehearsal() throws InterruptedException {
    // given
    CountDownLatch rehearsing = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    WarmPipeline<String> pipeline = new WarmPipeline<>(() -> "pipeline");
    pipeline.warmInBackground(
        loaded -> {
          rehearsing.countDown();
          await(finish);
        });
    assertThat(rehearsing.await(10, TimeUnit.SECONDS)).isTrue();

    // when
    String served = pipeline.get();

    // then
    assertThat(served).isEqualTo("pipeline");
    assertThat(pipeline.state()).isEqualTo(State.WARM);
    finish.countDown();
  }

  @Test
  void shouldWarmOnDocumentsWhenTheRehearsalFails() throws InterruptedException {
    // given
    WarmPipeline<String> pipeline = new WarmPipeline<>(() -> "pipeline");

    // when
    pipeline.warmInBackground(
        loaded -> {
          throw new IllegalStateException("sample article /samples/x.txt is missing from the classpath");
        });

    // then
    awaitState(pipeline, State.WARM);
  }

  @Test
  void shouldTurnColdAgainWhenLoadingFails() {
    // given
    WarmPipeline<String> pipeline =
        new WarmPipeline<>(
            () -> {
              throw new OutOfMemoryError("Java heap space");
            });

    // when
    Throwable thrown = catchThrowable(pipeline::get);

    // then
    assertThat(thrown).isInstanceOf(OutOfMemoryError.class);
    assertThat(pipeline.state()).isEqualTo(State.COLD);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitState(WarmPipeline<?> pipeline, State wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (pipeline.state() != wanted && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(pipeline.state()).isEqualTo(wanted);
  }
}
