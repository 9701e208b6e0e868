package dev.kg.cli;

import dev.kg.eval.SavedAnnotations;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.CoreNlpAnnotator;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * CoreNLP's annotation of each text a {@code kg eval} command scores, in turn: replayed from the
 * {@code --annotations} file where it exists, else made by the annotator (loaded only then) and saved
 * there when the option is given. One text at a time, so that a run holds one annotation, not the
 * whole corpus's.
 *
 * <pre>{@code
 * try (EvalAnnotations annotated = new EvalAnnotations(file, texts.size(), CoreNlpAnnotator::shared, err)) {
 *   for (String text : texts) {
 *     score(annotated.next(text));
 *   }
 *   annotated.finish();
 * }
 * }</pre>
 */
final class EvalAnnotations implements Closeable {

  private final int total;
  private final PrintWriter err;
  private final SavedAnnotations.Reader replayed;
  private final CoreNlpAnnotator annotator;
  private final SavedAnnotations.Writer saved;
  private int done;

  /**
   * @param file the {@code --annotations} file, or null to annotate without saving
   * @param total how many texts the command will ask for; a saved file holding another count is refused
   */
  EvalAnnotations(Path file, int total, Supplier<CoreNlpAnnotator> annotator, PrintWriter err) throws IOException {
    this.total = total;
    this.err = err;
    if (replays(file)) {
      long held = SavedAnnotations.count(file);
      if (held != total) {
        throw new UserException(file + " holds " + held + " annotations for " + total
            + " texts: it was written for another file, --skip or --limit");
      }
      this.replayed = SavedAnnotations.reader(file);
      this.annotator = null;
      this.saved = null;
    } else {
      err.println("Loading CoreNLP...");
      err.flush();
      this.replayed = null;
      this.annotator = annotator.get();
      this.saved = file == null ? null : SavedAnnotations.writer(file);
    }
  }

  /** Whether {@code file} (an {@code --annotations} option, possibly null) is replayed rather than written. */
  static boolean replays(Path file) {
    return file != null && Files.exists(file);
  }

  AnnotatedText next(String text) throws IOException {
    if (replayed != null) {
      return replayed.next();
    }
    if (done % 50 == 0) {
      err.printf("text %d of %d%n", done + 1, total);
      err.flush();
    }
    done++;
    AnnotatedText annotation = annotator.annotate(text, null);
    if (saved != null) {
      saved.add(annotation);
    }
    return annotation;
  }

  /** Keeps the annotations made, once every text has one. */
  void finish() throws IOException {
    if (saved != null) {
      saved.commit();
    }
  }

  @Override
  public void close() throws IOException {
    if (replayed != null) {
      replayed.close();
    }
    if (saved != null) {
      saved.close();
    }
  }
}
