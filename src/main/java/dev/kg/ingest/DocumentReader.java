package dev.kg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from files, directories and standard input into {@link SourceDocument}s.
 *
 * <p>An input is a file ({@code .txt}, {@code .md}, {@code .html}/{@code .htm}, or {@code .jsonl}
 * with one article per line), a directory, walked recursively in path order with hidden entries and
 * other file types skipped, or {@code -} for standard input, read as JSONL when every non-blank line
 * starts with <code>{</code> and as plain text otherwise. Every article goes through {@link
 * ArticleCleaner}. An input that cannot become a document gives a {@link ReadResult.Failed} that
 * names it and says why, and reading goes on with the next.
 *
 * <p>The stream is lazy: a file is read when the stream reaches it.
 *
 * <pre>{@code
 * DocumentReader reader = new DocumentReader();
 * reader.read(List.of("articles/", "feed.jsonl", "-")).forEach(result -> {
 *   if (result instanceof ReadResult.Read read) {
 *     annotate(read.document());
 *   } else if (result instanceof ReadResult.Failed failed) {
 *     warn(failed.problem().toString());   // "feed.jsonl: line 7: missing \"text\""
 *   }
 * });
 * }</pre>
 */
public final class DocumentReader {

  /** The default limit on the length of a cleaned document, in characters. */
  public static final int DEFAULT_MAX_CHARS = 200_000;

  private static final String STDIN = "-";
  private static final String UNSUPPORTED = "unsupported file type, expected " + Format.EXTENSIONS;
  private static final int STDIN_ID_HEX_DIGITS = 12;

  private final InputStream stdin;
  private final int maxChars;
  private final ArticleCleaner cleaner = new ArticleCleaner();

  /** A reader of {@link System#in} with the {@linkplain #DEFAULT_MAX_CHARS default} size limit. */
  public DocumentReader() {
    this(System.in, DEFAULT_MAX_CHARS);
  }

  /**
   * A reader that takes {@code -} to mean {@code stdin} and rejects documents whose cleaned text is
   * longer than {@code maxChars}.
   */
  public DocumentReader(InputStream stdin, int maxChars) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** The documents in {@code inputs}, in order, each input a path or {@code -}. */
  public Stream<ReadResult> read(List<String> inputs) {
    // Expanding a directory holds its file list, never its documents. The iterator in between makes each
    // file wait for its turn also when the stream is pulled (iterator(), a progress bar's spliterator):
    // a flatMap that is pulled runs all of one upstream element at once, which would be a whole directory.
    Iterator<Input> files = List.copyOf(inputs).stream().flatMap(this::expand).iterator();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED), false)
        .flatMap(Input::read);
  }

  /**
   * How many results {@link #read} gives for {@code inputs}, for a progress bar: one per file or
   * failed input, one per non-blank line of a JSONL file. Reads JSONL files but parses nothing. Empty
   * when one of the inputs is standard input, which can be read only once.
   */
  public OptionalLong count(List<String> inputs) {
    if (inputs.contains(STDIN)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(inputs.stream().flatMap(this::expand).mapToLong(Input::count).sum());
  }

  /** One file, or standard input, not yet read. */
  private interface Input {
    Stream<ReadResult> read();

    /** How many results {@link #read} gives, found without parsing. */
    default long count() {
      return 1;
    }
  }

  private Stream<Input> expand(String input) {
    if (input.equals(STDIN)) {
      return Stream.of(this::readStdin);
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      return failure(input, "invalid path: " + e.getReason());
    }
    if (Files.isDirectory(path)) {
      return walk(input, path);
    }
    if (!Files.exists(path)) {
      return failure(input, "no such file or directory");
    }
    Optional<Format> format = Format.of(path);
    if (format.isEmpty()) {
      return failure(input, UNSUPPORTED);
    }
    return Stream.of(file(path, input, path.getFileName().toString(), format.get()));
  }

  private Stream<Input> walk(String input, Path root) {
    List<Path> files;
    try {
      files = supportedFiles(root);
    } catch (IOException e) {
      return failure(input, "cannot read directory: " + describe(e));
    }
    return files.stream().map(file -> walked(root, file));
  }

  private Input walked(Path root, Path file) {
    return file(file, file.toString(), relativeId(root, file), Format.of(file).orElseThrow());
  }

  private Input file(Path file, String path, String id, Format format) {
    return new Input() {
      @Override
      public Stream<ReadResult> read() {
        return readFile(file, path, id, format);
      }

      @Override
      public long count() {
        return format == Format.JSONL ? jsonlCount(file) : 1;
      }
    };
  }

  private static long jsonlCount(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return RawBytes.isBinary(bytes) ? 1 : Math.max(1, filledLines(RawBytes.lines(bytes)).size());
    } catch (IOException e) {
      return 1;
    }
  }

  private static List<Path> supportedFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (!isHidden(file) && Format.of(file).isPresent()) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return files;
  }

  private static boolean isHidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  // Slash-separated on every platform, so ids do not depend on where the corpus was read.
  private static String relativeId(Path root, Path file) {
    return StreamSupport.stream(root.relativize(file).spliterator(), false)
        .map(Path::toString)
        .collect(Collectors.joining("/"));
  }

  /** Whether a file named {@code name} is one this reader reads (by extension), as a directory walk decides. */
  public static boolean isSupported(String name) {
    return Format.of(name).isPresent();
  }

  /**
   * The documents in the bytes of one file another file system gave (a Hadoop path, say), read as
   * {@link #read} reads a file: {@code path} names it in problems and on its documents, its extension
   * gives the format, {@code id} is the document id (a JSONL line without one gets {@code id:LINE}).
   */
  public Stream<ReadResult> read(String path, String id, byte[] bytes) {
    Optional<Format> format = Format.of(path);
    if (format.isEmpty()) {
      return Stream.of(failed(path, UNSUPPORTED));
    }
    return read(bytes, path, id, format.get());
  }

  private Stream<ReadResult> readFile(Path file, String path, String id, Format format) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Stream.of(failed(path, "no such file or directory"));
    } catch (IOException e) {
      return Stream.of(failed(path, "cannot read: " + describe(e)));
    }
    return read(bytes, path, id, format);
  }

  private Stream<ReadResult> read(byte[] bytes, String path, String id, Format format) {
    return switch (format) {
      case TEXT -> Stream.of(readDocument(bytes, path, id, RawArticle::ofText));
      case MARKDOWN -> Stream.of(readDocument(bytes, path, id, MarkdownStripper::strip));
      case HTML -> Stream.of(readDocument(bytes, path, id, HtmlArticleExtractor::extract));
      case JSONL -> readJsonl(bytes, path, (number, sha256) -> id + ":" + number);
    };
  }

  private Stream<ReadResult> readStdin() {
    byte[] bytes;
    String text;
    try {
      bytes = stdin.readAllBytes();
      text = RawBytes.text(bytes);
    } catch (IOException e) {
      return Stream.of(failed(STDIN, "cannot read: " + describe(e)));
    } catch (RejectedInputException e) {
      return Stream.of(failed(STDIN, e.getMessage()));
    }
    boolean jsonl =
        !text.isBlank()
            && text.lines().filter(line -> !line.isBlank()).allMatch(line -> line.strip().startsWith("{"));
    return jsonl
        ? readJsonl(bytes, STDIN, (number, sha256) -> stdinId(sha256))
        : Stream.of(readDocument(bytes, STDIN, stdinId(RawBytes.sha256(bytes)), RawArticle::ofText));
  }

  // Standard input has no name, so its id comes from its content: the same text gets the same id.
  private static String stdinId(String sha256) {
    return "stdin-" + sha256.substring(0, STDIN_ID_HEX_DIGITS);
  }

  private ReadResult readDocument(byte[] bytes, String path, String id, Function<String, RawArticle> format) {
    try {
      String text = RawBytes.text(bytes);
      if (text.isBlank()) {
        throw new RejectedInputException("empty document");
      }
      return new ReadResult.Read(document(format.apply(text), id, path, RawBytes.sha256(bytes)));
    } catch (RejectedInputException e) {
      return failed(path, e.getMessage());
    }
  }

  /** The id a JSONL line without one gets, from its line number and hash. */
  private interface LineId {
    String of(int number, String sha256);
  }

  private Stream<ReadResult> readJsonl(byte[] bytes, String path, LineId lineId) {
    if (RawBytes.isBinary(bytes)) {
      return Stream.of(failed(path, "binary file, not text"));
    }
    List<byte[]> lines = RawBytes.lines(bytes);
    List<Integer> filled = filledLines(lines);
    if (filled.isEmpty()) {
      return Stream.of(failed(path, "empty document"));
    }
    return filled.stream().map(i -> readJsonlLine(lines.get(i), i + 1, path, lineId));
  }

  private ReadResult readJsonlLine(byte[] line, int number, String path, LineId lineId) {
    try {
      JsonlArticle article = JsonlArticle.parse(RawBytes.utf8(line));
      String sha256 = RawBytes.sha256(line);
      String id = Optional.ofNullable(article.declaredId()).orElseGet(() -> lineId.of(number, sha256));
      return new ReadResult.Read(document(article.toRawArticle(), id, path + ":" + number, sha256));
    } catch (RejectedInputException e) {
      return failed(path, "line " + number + ": " + e.getMessage());
    }
  }

  private SourceDocument document(RawArticle raw, String id, String path, String sha256)
      throws RejectedInputException {
    CleanedArticle article = raw.cleanWith(cleaner);
    if (article.text().isEmpty()) {
      throw new RejectedInputException("no article text after cleaning");
    }
    if (article.text().length() > maxChars) {
      throw new RejectedInputException(
          "document too large: " + article.text().length() + " characters, limit " + maxChars);
    }
    return new SourceDocument(
        id, article.title(), article.source(), article.published(), raw.url(), path, article.text(), sha256);
  }

  /** The indexes of the lines that are not blank. */
  private static List<Integer> filledLines(List<byte[]> lines) {
    return IntStream.range(0, lines.size()).filter(i -> !isBlank(lines.get(i))).boxed().toList();
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason().toLowerCase(Locale.ROOT);
    }
    return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
  }

  private static Stream<Input> failure(String origin, String reason) {
    ReadResult failed = failed(origin, reason);
    return Stream.of(() -> Stream.of(failed));
  }

  private static ReadResult failed(String origin, String reason) {
    return new ReadResult.Failed(new InputProblem(origin, reason));
  }
}
