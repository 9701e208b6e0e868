package dev.kg.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.nlp.AnnotatedText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's annotations of a benchmark's texts kept in a file, one {@link AnnotatedText} a line as
 * JSON, so that a benchmark annotates once and every later run replays kg's extraction over the same
 * annotation: runs then differ only in kg's rules, in seconds instead of CoreNLP's minutes.
 *
 * <pre>{@code
 * SavedAnnotations.write(file, annotations);
 * List<AnnotatedText> again = SavedAnnotations.read(file);
 * }</pre>
 */
public final class SavedAnnotations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SavedAnnotations() {}

  /** The annotations in {@code file}, in the order written. */
  public static List<AnnotatedText> read(Path file) throws IOException {
    List<AnnotatedText> annotations = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        annotations.add(JSON.readValue(line, AnnotatedText.class));
      }
    }
    return annotations;
  }

  /** Writes {@code annotations} to {@code file}, one a line, replacing what it held. */
  public static void write(Path file, List<AnnotatedText> annotations) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (AnnotatedText annotation : annotations) {
        writer.write(JSON.writeValueAsString(annotation));
        writer.newLine();
      }
    }
  }
}
