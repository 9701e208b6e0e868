package dev.kg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
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
 * with one article per line), a directory, walked recursively in path order with hidden entries
 * skipped, or {@code -} for standard input, read as JSONL when every non-blank line starts with
 * <code>{</code> and as plain text otherwise. Every article goes through {@link ArticleCleaner}. An
 * input that cannot become a document gives a {@link ReadResult.Failed} that names it and says why,
 * and reading goes on with the next; in a directory, that input can be one folder that could not be
 * listed, or a file of another type.
 *
 * <p>A document's id is the JSONL line's {@code id}; else a file's name, or its path below a directory
 * that was named; else {@code FILE:LINE} for a JSONL line, or a hash of standard input. Ids are unique
 * in a run: a later document under an id already read with other content is refused, never let replace it.
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

  /**
   * The largest file of one document read, in bytes. Reading holds the bytes and their text at once,
   * so a bigger file would take memory CoreNLP needs; far more than any article, even with its page.
   */
  static final long MAX_DOCUMENT_BYTES = 256L << 20;

  /** The largest JSONL file, or standard input, read, in bytes; they are read whole, as documents are. */
  static final long MAX_JSONL_BYTES = 1L << 30;

  private static final String STDIN = "-";
  private static final String UNSUPPORTED = "unsupported file type, expected " + Format.EXTENSIONS;
  private static final String LINKED_FOLDER = "symbolic link to a folder, not followed";
  private static final int HASHED_ID_HEX_DIGITS = 12;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String FILE_ID_HINT = "name a folder holding both, so their ids are paths below it";
  private static final String LINE_ID_HINT = "give each line its own \"id\"";
  private static final String JSON_ID_HINT = "give each document its own \"id\"";
  private static final int MAX_LINK_HOPS = 40;

  private final InputStream stdin;
  private final int maxChars;
  private final FileTree.Listing listing;
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
    this(stdin, maxChars, FileTree.FILE_SYSTEM);
  }

  /** A reader that lists directories with {@code listing}. */
  DocumentReader(InputStream stdin, int maxChars, FileTree.Listing listing) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    }
    this.maxChars = maxChars;
    this.listing = Objects.requireNonNull(listing, "listing");
  }

  /**
   * The documents in {@code inputs}, in order, each input a path or {@code -}. Two documents of other
   * content under one id are never both read: the later one is a failed input naming the earlier.
   */
  public Stream<ReadResult> read(List<String> inputs) {
    // Expanding a directory holds its file list, never its documents. The iterator in between makes each
    // file wait for its turn also when the stream is pulled (iterator(), a progress bar's spliterator):
    // a flatMap that is pulled runs all of one upstream element at once, which would be a whole directory.
    Iterator<Input> files = expandAll(List.copyOf(inputs)).iterator();
    DocumentIds ids = new DocumentIds();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED), false)
        .flatMap(input -> input.read(ids));
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
    return OptionalLong.of(expandAll(inputs).mapToLong(Input::count).sum());
  }

  /**
   * The documents of a JSON body, as {@code kg serve} receives them over HTTP: one object with the
   * fields of a JSONL line, or an array of such objects. Each object is read and cleaned exactly as a
   * JSONL line is; one without an {@code id} gets {@code <idPrefix>-} and the start of its hash, so the
   * same object posted again is the same document. The hash is that of the object written compactly.
   * Ids are unique in a body, as in a run: a later object under an id already read with other content
   * is refused, never let replace the earlier one.
   *
   * @param origin names the body in problems; an array's objects are {@code origin[0]}, {@code origin[1]}...
   * @return one result per object, or a single failure when the body is not such JSON
   */
  public List<ReadResult> readJson(byte[] body, String origin, String idPrefix) {
    JsonNode root;
    try {
      String json = RawBytes.utf8(body);
      if (json.isBlank()) {
        return List.of(failed(origin, "empty body, expected a JSON object or array"));
      }
      root = JsonlArticle.tree(json);
    } catch (RejectedInputException e) {
      return List.of(failed(origin, e.getMessage()));
    }
    DocumentIds ids = new DocumentIds();
    if (root.isObject()) {
      return List.of(readJsonObject(root, origin, idPrefix, ids));
    }
    if (!root.isArray()) {
      return List.of(failed(origin, "expected a JSON object or an array of objects, got " + root.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    if (root.isEmpty()) {
      return List.of(failed(origin, "empty array, expected at least one document"));
    }
    List<ReadResult> results = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      JsonNode element = root.get(i);
      String path = origin + "[" + i + "]";
      results.add(
          element.isObject()
              ? readJsonObject(element, path, idPrefix, ids)
              : failed(path, "expected a JSON object, got " + element.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    return results;
  }

  private ReadResult readJsonObject(JsonNode object, String path, String idPrefix, DocumentIds ids) {
    try {
      byte[] compact = JSON.writeValueAsBytes(object);
      JsonlArticle article = JsonlArticle.parse(RawBytes.utf8(compact));
      String sha256 = RawBytes.sha256(compact);
      String id =
          Optional.ofNullable(article.declaredId())
              .orElseGet(() -> hashedId(idPrefix, sha256));
      SourceDocument document = document(article.toRawArticle(), id, path, sha256);
      ids.claim(document, JSON_ID_HINT);
      return new ReadResult.Read(document);
    } catch (JsonProcessingException e) {
      return failed(path, InvalidJson.reason(e));
    } catch (RejectedInputException e) {
      return failed(path, e.getMessage());
    }
  }

  /** One file, or standard input, not yet read. */
  private interface Input {
    /** The results of reading it, its documents taking their ids from {@code ids}. */
    Stream<ReadResult> read(DocumentIds ids);

    /** How many results {@link #read} gives, found without parsing. */
    default long count() {
      return 1;
    }
  }

  // Standard input can be read once; naming it again would read as an empty document.
  private Stream<Input> expandAll(List<String> inputs) {
    int stdin = inputs.indexOf(STDIN);
    return IntStream.range(0, inputs.size())
        .mapToObj(
            i -> i > stdin && stdin >= 0 && inputs.get(i).equals(STDIN)
                ? failure(STDIN, "standard input named again; it is read only once")
                : expand(inputs.get(i)))
        .flatMap(Function.identity());
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
      return failure(input, missing(path));
    }
    Optional<Format> format = Format.of(path);
    if (format.isEmpty()) {
      return failure(input, UNSUPPORTED);
    }
    return Stream.of(file(path, input, path.getFileName().toString(), format.get()));
  }

  // A file the walk does not read is named, so that nothing in a folder is left out unseen; a folder
  // with nothing to read is one line, however many other files it holds.
  private Stream<Input> walk(String input, Path root) {
    List<FileTree.Entry> entries = FileTree.walk(root, listing);
    if (entries.stream().noneMatch(entry -> entry.failed() || Format.of(entry.path()).isPresent())) {
      return failure(input, "no " + Format.EXTENSIONS + " file in this directory");
    }
    return entries.stream()
        .flatMap(
            entry -> {
              if (entry.failed()) {
                return failure(entry.path().equals(root) ? input : entry.path().toString(),
                    "cannot read directory: " + describe(entry.failure()));
              }
              if (Format.of(entry.path()).isPresent()) {
                return Stream.of(walked(root, entry.path()));
              }
              return failure(entry.path().toString(), Files.isDirectory(entry.path()) ? LINKED_FOLDER : UNSUPPORTED);
            });
  }

  private Input walked(Path root, Path file) {
    return file(file, file.toString(), relativeId(root, file), Format.of(file).orElseThrow());
  }

  private Input file(Path file, String path, String id, Format format) {
    return new Input() {
      @Override
      public Stream<ReadResult> read(DocumentIds ids) {
        return readFile(file, path, id, format, ids);
      }

      @Override
      public long count() {
        return format == Format.JSONL ? jsonlCount(file) : 1;
      }
    };
  }

  private static long jsonlCount(Path file) {
    try {
      if (Files.size(file) > MAX_JSONL_BYTES) {
        return 1;
      }
      byte[] bytes = Files.readAllBytes(file);
      return RawBytes.isBinary(bytes) ? 1 : Math.max(1, filledLines(RawBytes.lines(bytes)).size());
    } catch (IOException e) {
      return 1;
    }
  }

  // Slash-separated on every platform, so ids do not depend on where the corpus was read.
  private static String relativeId(Path root, Path file) {
    return StreamSupport.stream(root.relativize(file).spliterator(), false)
        .map(Path::toString)
        .collect(Collectors.joining("/"));
  }

  /**
   * The documents of one file another file system holds (a Hadoop path, say), read as {@link #read}
   * reads a file, with the same size limits: {@code path} names it in problems and on its documents,
   * its extension gives the format, {@code id} is the document id (a JSONL line without one gets
   * {@code id:LINE}). Ids are unique within the file; across files the caller claims them.
   *
   * @param size the file's length in bytes, checked before anything is read from {@code in}
   */
  public Stream<ReadResult> read(String path, String id, long size, InputStream in) {
    Optional<Format> format = Format.of(path);
    if (format.isEmpty()) {
      return Stream.of(failed(path, UNSUPPORTED));
    }
    Optional<ReadResult> tooLarge = tooLarge(path, format.get(), size);
    if (tooLarge.isPresent()) {
      return tooLarge.stream();
    }
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return Stream.of(failed(path, "cannot read: " + describe(e)));
    }
    return read(bytes, path, id, format.get(), new DocumentIds());
  }

  private static Optional<ReadResult> tooLarge(String path, Format format, long size) {
    long limit = format == Format.JSONL ? MAX_JSONL_BYTES : MAX_DOCUMENT_BYTES;
    return size > limit
        ? Optional.of(failed(path, "file too large: " + size + " bytes, limit " + limit))
        : Optional.empty();
  }

  private Stream<ReadResult> readFile(Path file, String path, String id, Format format, DocumentIds ids) {
    // Checked first, as reading a FIFO or a device would wait for a writer or never end.
    if (!Files.isRegularFile(file)) {
      return Stream.of(failed(path, Files.exists(file) ? "not a regular file" : missing(file)));
    }
    byte[] bytes;
    try {
      Optional<ReadResult> tooLarge = tooLarge(path, format, Files.size(file));
      if (tooLarge.isPresent()) {
        return tooLarge.stream();
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Stream.of(failed(path, "no such file or directory"));
    } catch (IOException e) {
      return Stream.of(failed(path, "cannot read: " + describe(e)));
    }
    return read(bytes, path, id, format, ids);
  }

  private Stream<ReadResult> read(byte[] bytes, String path, String id, Format format, DocumentIds ids) {
    return switch (format) {
      case TEXT -> Stream.of(readDocument(bytes, path, id, RawArticle::ofText, ids));
      case MARKDOWN -> Stream.of(readDocument(bytes, path, id, MarkdownStripper::strip, ids));
      case HTML -> Stream.of(readDocument(bytes, path, id, HtmlArticleExtractor::extract, ids));
      case JSONL -> readJsonl(bytes, path, (number, sha256) -> id + ":" + number, FILE_ID_HINT, ids);
    };
  }

  /**
   * Why {@code path}, which does not exist when links are followed, is missing: it is not there, or it
   * is a symbolic link to nothing, or links that lead back to themselves.
   */
  private static String missing(Path path) {
    Set<Path> seen = new HashSet<>();
    Path link = path;
    try {
      while (Files.isSymbolicLink(link)) {
        if (!seen.add(link.toAbsolutePath().normalize()) || seen.size() > MAX_LINK_HOPS) {
          return "symbolic link loop";
        }
        link = link.resolveSibling(Files.readSymbolicLink(link));
      }
    } catch (IOException e) {
      return "cannot read symbolic link: " + describe(e);
    }
    return link.equals(path) ? "no such file or directory" : "broken symbolic link to " + link;
  }

  private Stream<ReadResult> readStdin(DocumentIds ids) {
    byte[] bytes;
    String text;
    try {
      // Held whole like a JSONL file, so limited like one; reading one byte more tells it went on.
      bytes = stdin.readNBytes(Math.toIntExact(MAX_JSONL_BYTES) + 1);
      if (bytes.length > MAX_JSONL_BYTES) {
        return Stream.of(failed(STDIN, "standard input too large: more than " + MAX_JSONL_BYTES + " bytes"));
      }
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
        ? readJsonl(bytes, STDIN, (number, sha256) -> stdinId(sha256), LINE_ID_HINT, ids)
        : Stream.of(readDocument(bytes, STDIN, stdinId(RawBytes.sha256(bytes)), RawArticle::ofText, ids));
  }

  // Standard input has no name, so its id comes from its content: the same text gets the same id.
  private static String stdinId(String sha256) {
    return hashedId("stdin", sha256);
  }

  private static String hashedId(String prefix, String sha256) {
    return prefix + "-" + sha256.substring(0, HASHED_ID_HEX_DIGITS);
  }

  private ReadResult readDocument(
      byte[] bytes, String path, String id, Function<String, RawArticle> format, DocumentIds ids) {
    try {
      String text = RawBytes.text(bytes);
      if (text.isBlank()) {
        throw new RejectedInputException("empty document");
      }
      SourceDocument document = document(format.apply(text), id, path, RawBytes.sha256(bytes));
      ids.claim(document, FILE_ID_HINT);
      return new ReadResult.Read(document);
    } catch (RejectedInputException e) {
      return failed(path, e.getMessage());
    }
  }

  /** The id a JSONL line without one gets, from its line number and hash. */
  private interface LineId {
    String of(int number, String sha256);
  }

  /**
   * @param derivedIdHint how to tell apart two documents whose ids {@code lineId} gave
   */
  private Stream<ReadResult> readJsonl(
      byte[] bytes, String path, LineId lineId, String derivedIdHint, DocumentIds ids) {
    if (RawBytes.isBinary(bytes)) {
      return Stream.of(failed(path, "binary file, not text"));
    }
    List<byte[]> lines = RawBytes.lines(bytes);
    List<Integer> filled = filledLines(lines);
    if (filled.isEmpty()) {
      return Stream.of(failed(path, "empty document"));
    }
    return filled.stream().map(i -> readJsonlLine(lines.get(i), i + 1, path, lineId, derivedIdHint, ids));
  }

  private ReadResult readJsonlLine(
      byte[] line, int number, String path, LineId lineId, String derivedIdHint, DocumentIds ids) {
    try {
      JsonlArticle article = JsonlArticle.parse(RawBytes.utf8(line));
      String sha256 = RawBytes.sha256(line);
      Optional<String> declared = Optional.ofNullable(article.declaredId());
      String id = declared.orElseGet(() -> lineId.of(number, sha256));
      SourceDocument document = document(article.toRawArticle(), id, path + ":" + number, sha256);
      ids.claim(document, declared.isPresent() ? LINE_ID_HINT : derivedIdHint);
      return new ReadResult.Read(document);
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
    return Stream.of(ids -> Stream.of(failed));
  }

  private static ReadResult failed(String origin, String reason) {
    return new ReadResult.Failed(new InputProblem(origin, reason));
  }
}
