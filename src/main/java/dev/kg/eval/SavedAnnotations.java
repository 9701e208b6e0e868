package dev.kg.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.nlp.AnnotatedText;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * CoreNLP's annotations of a benchmark's texts kept in a file, one {@link AnnotatedText} a line as
 * JSON, so that a benchmark annotates once and every later run replays kg's extraction over the same
 * annotation: runs then differ only in kg's rules, in seconds instead of CoreNLP's minutes. Both
 * directions go one annotation at a time, so a run holds one text's annotation, not a whole corpus's.
 *
 * <pre>{@code
 * try (SavedAnnotations.Writer saved = SavedAnnotations.writer(file)) {
 *   saved.add(annotation);
 *   saved.commit();
 * }
 * try (SavedAnnotations.Reader replayed = SavedAnnotations.reader(file)) {
 *   AnnotatedText again = replayed.next();
 * }
 * }</pre>
 */
public final class SavedAnnotations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SavedAnnotations() {}

  /** How many annotations {@code file} holds, counted without reading them. */
  public static long count(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(line -> !line.isBlank()).count();
    }
  }

  /** Reads {@code file}'s annotations in the order written. */
  public static Reader reader(Path file) throws IOException {
    return new Reader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
  }

  /** Writes annotations that replace what {@code file} held once {@link Writer#commit} is called. */
  public static Writer writer(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".partial");
    return new Writer(absolute, partial, Files.newBufferedWriter(partial, StandardCharsets.UTF_8));
  }

  /** The annotations of a file, one at a time. */
  public static final class Reader implements Closeable {

    private final BufferedReader lines;

    private Reader(BufferedReader lines) {
      this.lines = lines;
    }

    /** The next annotation; the file must hold one (see {@link #count}). */
    public AnnotatedText next() throws IOException {
      String line;
      do {
        line = lines.readLine();
        if (line == null) {
          throw new IOException("no annotation left in the file");
        }
      } while (line.isBlank());
      return JSON.readValue(line, AnnotatedText.class);
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  /**
   * Annotations written one at a time to a file beside the target, which replaces the target only on
   * {@link #commit}: a run stopped part way leaves no file that a later run would take for a corpus's
   * annotations and refuse as holding too few.
   */
  public static final class Writer implements Closeable {

    private final Path file;
    private final Path partial;
    private final BufferedWriter lines;
    private boolean committed;

    private Writer(Path file, Path partial, BufferedWriter lines) {
      this.file = file;
      this.partial = partial;
      this.lines = lines;
    }

    public void add(AnnotatedText annotation) throws IOException {
      lines.write(JSON.writeValueAsString(annotation));
      lines.newLine();
    }

    /** Puts what was added in place of the file. */
    public void commit() throws IOException {
      lines.close();
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
    }

    @Override
    public void close() throws IOException {
      lines.close();
      if (!committed) {
        Files.deleteIfExists(partial);
      }
    }
  }
}
