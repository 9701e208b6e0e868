package dev.kg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code kg serve} or {@code kg demo} running in-process on a thread of its own, until the test
 * stops it: what {@link KgRun} is for commands that end by themselves.
 *
 * <pre>{@code
 * try (ServeRun serve = ServeRun.start("serve", "--store", store, "--bolt-port", "0", "--http-port", "0")) {
 *   Neo4jConnection.open(serve.bolt(), new Credentials("neo4j", serve.generatedPassword()));
 * }
 * }</pre>
 */
final class ServeRun implements AutoCloseable {

  // kg demo ingests before it serves, and the first ingest in a JVM loads CoreNLP's models.
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);

  private final StringWriter out;
  private final StringWriter err;
  private final StopOnRequest lifetime;
  private final CompletableFuture<Integer> exitCode;

  private ServeRun(StringWriter out, StringWriter err, StopOnRequest lifetime, CompletableFuture<Integer> exitCode) {
    this.out = out;
    this.err = err;
    this.lifetime = lifetime;
    this.exitCode = exitCode;
  }

  /**
   * Runs {@code kg args...} and returns once it serves, or has ended without serving (see {@link
   * #exitCode()}).
   */
  static ServeRun start(String... args) throws InterruptedException, ExecutionException, TimeoutException {
    return start(Terminal.system(), args);
  }

  /** Runs {@code kg args...} where {@code terminal} is where kg asks for a password. */
  static ServeRun start(Terminal terminal, String... args)
      throws InterruptedException, ExecutionException, TimeoutException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine kg = Kg.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    StopOnRequest lifetime = new StopOnRequest();
    CommandLine command = kg.getSubcommands().get(args[0]);
    ((ServeOptions) command.getCommandSpec().mixins().get("serve").userObject()).lifetime = () -> lifetime;
    ((GraphOptions) command.getCommandSpec().mixins().get("graph").userObject()).terminal = terminal;
    CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                exitCode.complete(kg.execute(args));
              } catch (Throwable failure) {
                exitCode.completeExceptionally(failure);
              }
            },
            "kg-" + args[0]);
    thread.setDaemon(true);
    thread.start();
    CompletableFuture.anyOf(lifetime.serving, exitCode).get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    return new ServeRun(out, err, lifetime, exitCode);
  }

  boolean serving() {
    return !exitCode.isDone();
  }

  /** Stops serving, if it still does, and returns the command's exit code. */
  int exitCode() throws InterruptedException, ExecutionException, TimeoutException {
    lifetime.stop.countDown();
    return exitCode.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  URI browser() {
    return URI.create(printed("Neo4j Browser"));
  }

  URI bolt() {
    return URI.create(printed("Bolt"));
  }

  /** The password kg printed as generated. */
  String generatedPassword() {
    return printed("Password").split(" ")[0];
  }

  @Override
  public void close() throws InterruptedException, ExecutionException, TimeoutException {
    exitCode();
  }

  private String printed(String row) {
    Matcher value = Pattern.compile("^  " + row + " +(.+)$", Pattern.MULTILINE).matcher(out());
    if (!value.find()) {
      throw new AssertionError("kg printed no " + row + " row:\n" + out() + err());
    }
    return value.group(1);
  }

  private static final class StopOnRequest implements Lifetime {

    final CompletableFuture<Void> serving = new CompletableFuture<>();
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public void await() throws InterruptedException {
      serving.complete(null);
      stop.await();
    }

    @Override
    public void close() {}
  }
}
