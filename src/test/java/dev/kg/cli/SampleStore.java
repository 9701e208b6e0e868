package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** An embedded store holding the sample articles kg ships, ingested with the real pipeline. */
final class SampleStore implements AutoCloseable {

  private final Path directory;

  private SampleStore(Path directory) {
    this.directory = directory;
  }

  static SampleStore ingest() {
    try {
      Path directory = Files.createTempDirectory("kg-samples-");
      Path samples = Path.of(SampleStore.class.getResource("/samples").toURI());
      KgRun ingest = kg("ingest", samples.toString(), "--store", directory.toString());
      if (ingest.exitCode() != 0) {
        throw new IllegalStateException("ingesting the samples failed: " + ingest.err());
      }
      return new SampleStore(directory);
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot set up the sample store", e);
    }
  }

  /** The store directory, for {@code --store}. */
  String directory() {
    return directory.toString();
  }

  /** The store opened as kg's commands open it; close it before running a command on the store. */
  GraphSession open() {
    GraphOptions options = new GraphOptions();
    options.store = directory;
    return options.open();
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
