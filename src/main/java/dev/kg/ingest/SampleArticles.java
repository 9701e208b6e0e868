package dev.kg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The short sample articles kg ships under {@code /samples} on its class path, written for kg: one
 * each of {@code .txt}, {@code .md}, {@code .jsonl} and {@code .html}. {@code kg demo} ingests them;
 * {@code kg serve --warm} analyses them before it says it is warm.
 *
 * <pre>{@code
 * Path directory = SampleArticles.copyTo(Files.createTempDirectory("kg-demo-"));
 * List<SourceDocument> documents = SampleArticles.read();
 * }</pre>
 */
public final class SampleArticles {

  /** Their file names, in the order they are read; a jar cannot list its own folders. */
  public static final List<String> NAMES =
      List.of("01-harbour-summit.txt", "02-grain-corridor.md", "03-rail-link.jsonl", "04-port-visit.html");

  private SampleArticles() {}

  /** Copies the articles into {@code directory} under their own names; returns {@code directory}. */
  public static Path copyTo(Path directory) throws IOException {
    for (String name : NAMES) {
      try (InputStream sample = open(name)) {
        Files.copy(sample, directory.resolve(name));
      }
    }
    return directory;
  }

  /**
   * The articles as {@code kg ingest} reads them from files of their names: ids are the file names, or
   * a JSONL line's own id.
   */
  public static List<SourceDocument> read() {
    DocumentReader reader = new DocumentReader();
    List<SourceDocument> documents = new ArrayList<>();
    for (String name : NAMES) {
      try (InputStream sample = open(name)) {
        byte[] bytes = sample.readAllBytes();
        reader.read(name, name, bytes.length, new ByteArrayInputStream(bytes)).forEach(result -> {
          if (result instanceof ReadResult.Failed failed) {
            throw new IllegalStateException(
                "sample article /samples/" + name + " cannot be read: " + failed.problem().reason());
          }
          documents.add(((ReadResult.Read) result).document());
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return documents;
  }

  private static InputStream open(String name) {
    InputStream sample = SampleArticles.class.getResourceAsStream("/samples/" + name);
    if (sample == null) {
      throw new IllegalStateException("sample article /samples/" + name + " is missing from the classpath");
    }
    return sample;
  }
}
