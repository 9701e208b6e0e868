package dev.kg.cli;

import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Chromium that drives Neo4j Browser in tests: {@code $KG_CHROMIUM}, or Debian's, which {@code
 * .ci/run} installs. A test that cannot have one is skipped, saying why.
 */
final class Chromium {

  private static final Path DEBIAN = Path.of("/usr/bin/chromium");

  private Chromium() {}

  static Path executable() {
    String configured = System.getenv("KG_CHROMIUM");
    if (configured != null) {
      return Path.of(configured);
    }
    if (!Files.isExecutable(DEBIAN)) {
      return abort(
          "Chromium is not installed at " + DEBIAN + " (.ci/run installs it with apt-get as root); skipping."
              + " Install it, or set KG_CHROMIUM to a Chromium binary.");
    }
    return DEBIAN;
  }
}
