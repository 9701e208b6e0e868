package dev.kg.cli;

/**
 * How long {@code kg serve} keeps the server up. The command waits in {@link #await()} while serving,
 * and calls {@link #close()} once the server has stopped.
 */
interface Lifetime extends AutoCloseable {

  /** Returns when the server should stop. */
  void await() throws InterruptedException;

  /** The server has stopped and released the store. */
  @Override
  void close();
}
