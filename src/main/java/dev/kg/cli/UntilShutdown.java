package dev.kg.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Serving until the JVM shuts down, on Ctrl-C or a kill, without losing what Neo4j has not yet flushed. */
final class UntilShutdown implements Lifetime {

  // Neo4j needs a few seconds to flush and release a store; a server stuck longer than this is let go.
  private static final long CLOSE_WAIT_SECONDS = 60;

  private final CountDownLatch shuttingDown = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  UntilShutdown() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::holdShutdown, "kg-serve-stop"));
  }

  @Override
  public void await() throws InterruptedException {
    shuttingDown.await();
  }

  @Override
  public void close() {
    closed.countDown();
  }

  // The JVM halts as soon as its shutdown hooks return, so this one waits for the server to close.
  private void holdShutdown() {
    shuttingDown.countDown();
    try {
      closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
