package dev.kg.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of file the reader understands, told apart by file extension. */
enum Format {
  TEXT("txt"),
  MARKDOWN("md"),
  HTML("html", "htm"),
  JSONL("jsonl");

  /** The supported extensions, as listed to a user who named another kind of file. */
  static final String EXTENSIONS = ".txt, .md, .html, .htm or .jsonl";

  private final Set<String> extensions;

  Format(String... extensions) {
    this.extensions = Set.of(extensions);
  }

  /** The format of {@code file}, or empty when its extension is not one the reader knows. */
  static Optional<Format> of(Path file) {
    return of(file.getFileName().toString());
  }

  /** The format of the file named (or ending) {@code name}, or empty when its extension is not one the reader knows. */
  static Optional<Format> of(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
  }
}
