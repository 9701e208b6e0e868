package dev.kg.cli;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The npm project in {@code src/test/js}, whose scripts play kg's clients. {@link #installed()}
 * brings its dependencies in with {@code npm ci} when they are missing or older than the lock file;
 * Node.js itself is the machine's ({@code .ci/run} installs it). What the scripts print is kept in
 * {@code target/js}.
 */
final class NodeProject {

  private static final Path DIRECTORY = Path.of("src", "test", "js");
  private static final Path OUTPUT = Path.of("target", "js");
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  /** How a script ended and what it printed. */
  record Run(int exitCode, String out, String err) {}

  private NodeProject() {}

  /** The project, ready to run; skips the calling test when Node.js is missing. */
  static NodeProject installed() throws IOException, InterruptedException {
    if (!nodeRuns()) {
      return abort("Node.js is not installed (.ci/run installs it with apt-get as root); skipping.");
    }
    Path installed = DIRECTORY.resolve("node_modules").resolve(".package-lock.json");
    Path lock = DIRECTORY.resolve("package-lock.json");
    if (!Files.exists(installed) || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) < 0) {
      Run npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), "npm-ci");
      if (npm.exitCode() != 0) {
        throw new AssertionError("npm ci failed in " + DIRECTORY + ":\n" + npm.out() + npm.err());
      }
    }
    return new NodeProject();
  }

  /** Runs {@code node script} in the project directory with {@code environment} added to this process's. */
  Run run(String script, Map<String, String> environment) throws IOException, InterruptedException {
    return run(List.of("node", script), environment, script);
  }

  private static boolean nodeRuns() throws InterruptedException {
    try {
      return new ProcessBuilder("node", "--version").start().waitFor() == 0;
    } catch (IOException missing) {
      return false;
    }
  }

  private static Run run(List<String> command, Map<String, String> environment, String name)
      throws IOException, InterruptedException {
    Files.createDirectories(OUTPUT);
    Path out = OUTPUT.resolve(name + ".out").toAbsolutePath();
    Path err = OUTPUT.resolve(name + ".err").toAbsolutePath();
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(DIRECTORY.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          String.join(" ", command) + " did not finish within " + TIMEOUT + "; what it printed is in " + out + " and " + err);
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
