package dev.kg.cli;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Chromium that drives Neo4j Browser in tests: {@code $KG_CHROMIUM}, or Debian's, installed with
 * apt-get when missing. A test that cannot have one is skipped, saying why.
 */
final class Chromium {

  private static final Path DEBIAN = Path.of("/usr/bin/chromium");

  private Chromium() {}

  static Path executable() throws IOException, InterruptedException {
    String configured = System.getenv("KG_CHROMIUM");
    if (configured != null) {
      return Path.of(configured);
    }
    if (!Files.isExecutable(DEBIAN) && !DebianPackages.install("chromium")) {
      return abort(
          "Chromium is not installed at " + DEBIAN + " and `apt-get install chromium` failed (see "
              + DebianPackages.LOG.toAbsolutePath() + "); skipping. Install it, or set KG_CHROMIUM to a Chromium binary.");
    }
    return DEBIAN;
  }
}
