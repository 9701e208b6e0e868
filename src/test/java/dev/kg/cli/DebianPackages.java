package dev.kg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs the Debian packages a test needs with apt-get, as CI's clean machine needs it to: that
 * works only as root with a package mirror in reach, and the log says why when it does not.
 */
final class DebianPackages {

  static final Path LOG = Path.of("target", "apt-get.log");

  private static final long TIMEOUT_MINUTES = 15;

  private DebianPackages() {}

  /** Installs {@code packages}; true when apt-get succeeded, false (see {@link #LOG}) when it did not. */
  static boolean install(String... packages) throws IOException, InterruptedException {
    List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-q"));
    install.addAll(List.of(packages));
    return run(List.of("apt-get", "update", "-q")) && run(install);
  }

  private static boolean run(List<String> command) throws IOException, InterruptedException {
    Files.createDirectories(LOG.getParent());
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
              .start();
    } catch (IOException notDebian) {
      Files.writeString(LOG, notDebian.getMessage() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return false;
    }
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }
}
