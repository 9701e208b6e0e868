package dev.kg.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

  private static final String TITLE = "Lake Town Opens a Floating Library for Summer Visitors";
  private static final String FIRST =
      "The council of Lake Town opened a floating library on Saturday, moored at the old pier where the"
          + " steamboats used to dock.";
  private static final String SECOND =
      "Librarian Mara Holm said the barge holds four thousand books and will sail to two other villages in"
          + " August before returning.";
  private static final String ARTICLE = TITLE + "\n\n" + FIRST + "\n\n" + SECOND + "\n";

  @TempDir Path dir;

  @Test
  void shouldReadTextFileWithFileNameAsId() throws IOException {
    // given
    Path file = write("library.txt", "Skip to content\n\n" + ARTICLE + "\nLeave a comment\n");

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(results).singleElement().isInstanceOf(ReadResult.Read.class);
    SourceDocument document = document(results.get(0));
    assertThat(document.id()).isEqualTo("library.txt");
    assertThat(document.path()).isEqualTo(file.toString());
    assertThat(document.title()).isEqualTo(TITLE);
    assertThat(document.text()).isEqualTo(TITLE + "\n\n" + FIRST + "\n\n" + SECOND);
    assertThat(document.sha256()).isEqualTo(sha256(Files.readAllBytes(file)));
  }

  @Test
  void shouldWalkDirectoryInPathOrderSkippingHiddenFiles() throws IOException {
    // given
    write("corpus/z.txt", ARTICLE);
    write("corpus/b/d.html", "<p>" + FIRST + "</p>");
    write("corpus/b/c.md", "# " + TITLE + "\n\n" + FIRST);
    write("corpus/a.txt", ARTICLE);
    write("corpus/.draft.txt", ARTICLE);
    write("corpus/.git/notes.txt", ARTICLE);

    // when
    List<ReadResult> results = read(dir.resolve("corpus").toString());

    // then
    assertThat(results).map(result -> document(result).id()).containsExactly("a.txt", "b/c.md", "b/d.html", "z.txt");
    assertThat(document(results.get(1)).path()).isEqualTo(dir.resolve("corpus/b/c.md").toString());
  }

  @Test
  void shouldNameEachFileOfAnotherTypeInAFolderAndReadTheRest() throws IOException {
    // given a folder of articles with a scan, a compressed feed, a file without extension and a linked folder
    write("corpus/a.txt", ARTICLE);
    write("corpus/feed.jsonl.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0});
    write("corpus/scan.pdf", "%PDF-1.7");
    write("corpus/README", ARTICLE);
    write("elsewhere/b.txt", ARTICLE);
    Files.createSymbolicLink(dir.resolve("corpus/more"), dir.resolve("elsewhere"));
    String corpus = dir.resolve("corpus").toString();

    // when
    List<ReadResult> results = read(corpus);

    // then
    String unsupported = "unsupported file type, expected .txt, .md, .html, .htm or .jsonl";
    assertThat(problem(results.get(0))).isEqualTo(new InputProblem(corpus + "/README", unsupported));
    assertThat(document(results.get(1)).id()).isEqualTo("a.txt");
    assertThat(problem(results.get(2))).isEqualTo(new InputProblem(corpus + "/feed.jsonl.gz", unsupported));
    assertThat(problem(results.get(3)))
        .isEqualTo(new InputProblem(corpus + "/more", "symbolic link to a folder, not followed"));
    assertThat(problem(results.get(4))).isEqualTo(new InputProblem(corpus + "/scan.pdf", unsupported));
    assertThat(results).hasSize(5);
    assertThat(reader().count(List.of(corpus))).hasValue(5);
  }

  @Test
  void shouldReadFilesOnlyWhenTheStreamReachesThem() throws IOException {
    // given
    write("corpus/a.txt", ARTICLE);
    Path second = write("corpus/b.txt", ARTICLE);
    Iterator<ReadResult> results = reader().read(List.of(dir.resolve("corpus").toString())).iterator();

    // when the second file goes away after the first was read
    ReadResult first = results.next();
    Files.delete(second);

    // then
    assertThat(first).isInstanceOf(ReadResult.Read.class);
    assertThat(problem(results.next())).isEqualTo(new InputProblem(second.toString(), "no such file or directory"));
  }

  @Test
  void shouldReportProblemAndGoOnWithTheNextInput() throws IOException {
    // given
    String missing = dir.resolve("missing.txt").toString();
    Path present = write("present.txt", ARTICLE);

    // when
    List<ReadResult> results = read(missing, present.toString());

    // then
    assertThat(problem(results.get(0))).isEqualTo(new InputProblem(missing, "no such file or directory"));
    assertThat(document(results.get(1)).id()).isEqualTo("present.txt");
  }

  @Test
  void shouldReportUnsupportedFileNamedExplicitly() throws IOException {
    // given
    Path pdf = write("scan.pdf", "%PDF-1.7");

    // when
    List<ReadResult> results = read(pdf.toString());

    // then
    assertThat(problem(results.get(0)).reason())
        .isEqualTo("unsupported file type, expected .txt, .md, .html, .htm or .jsonl");
  }

  @Test
  void shouldReportUnreadableFile() throws IOException {
    // given
    Path file = write("locked.txt", ARTICLE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as a user who can read any file, e.g. root");

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(problem(results.get(0)).reason()).isEqualTo("cannot read: permission denied");
  }

  @Test
  void shouldRefuseASecondFileWithAnotherContentUnderTheSameIdNamingTheFirst() throws IOException {
    // given two files of one name in two folders, and a copy of the first
    Path first = write("x/a/article.txt", ARTICLE);
    Path second = write("x/b/article.txt", FIRST);
    Path copy = write("x/c/article.txt", ARTICLE);

    // when
    List<ReadResult> results = read(first.toString(), second.toString(), copy.toString());

    // then the copy is the same document, the other is refused
    assertThat(document(results.get(0)).id()).isEqualTo("article.txt");
    assertThat(problem(results.get(1)))
        .isEqualTo(
            new InputProblem(
                second.toString(),
                "id 'article.txt' is already used by " + first + " in this run; name a folder holding both, so their ids are paths below it"));
    assertThat(document(results.get(2)).path()).isEqualTo(copy.toString());
  }

  @Test
  void shouldGiveFilesOfOneNameInANamedFolderTheirPathsAsIds() throws IOException {
    // given
    write("x/a/article.txt", ARTICLE);
    write("x/b/article.txt", FIRST);

    // when
    List<ReadResult> results = read(dir.resolve("x").toString());

    // then
    assertThat(results).map(result -> document(result).id()).containsExactly("a/article.txt", "b/article.txt");
  }

  @Test
  void shouldRefuseAJsonlLineWhoseIdAnEarlierDocumentHas() throws IOException {
    // given two lines of one id, and the first line repeated
    Path file =
        write(
            "d.jsonl",
            """
            {"id": "dup", "text": "%s"}
            {"id": "dup", "text": "%s"}
            {"id": "dup", "text": "%s"}
            """
                .formatted(FIRST, SECOND, FIRST));

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(document(results.get(0)).text()).isEqualTo(FIRST);
    assertThat(problem(results.get(1)))
        .isEqualTo(
            new InputProblem(
                file.toString(), "line 2: id 'dup' is already used by " + file + ":1 in this run; give each line its own \"id\""));
    assertThat(document(results.get(2)).path()).as("the first line again, the same document").isEqualTo(file + ":3");
  }

  @Test
  void shouldReportAnUnreadableFolderAloneAndReadItsSiblings() throws IOException {
    // given a tree whose folder "locked" cannot be listed
    write("perm/good.txt", ARTICLE);
    write("perm/locked/hidden.txt", ARTICLE);
    write("perm/z/last.txt", ARTICLE);
    Path locked = dir.resolve("perm/locked");
    FileTree.Listing listing =
        directory -> {
          if (directory.equals(locked)) {
            throw new AccessDeniedException(directory.toString());
          }
          return FileTree.FILE_SYSTEM.entries(directory);
        };
    DocumentReader reader = new DocumentReader(InputStream.nullInputStream(), DocumentReader.DEFAULT_MAX_CHARS, listing);

    // when
    List<ReadResult> results = reader.read(List.of(dir.resolve("perm").toString())).toList();

    // then
    assertThat(document(results.get(0)).id()).isEqualTo("good.txt");
    assertThat(problem(results.get(1))).isEqualTo(new InputProblem(locked.toString(), "cannot read directory: permission denied"));
    assertThat(document(results.get(2)).id()).isEqualTo("z/last.txt");
    assertThat(results).hasSize(3);
    assertThat(reader.count(List.of(dir.resolve("perm").toString()))).hasValue(3);
  }

  @Test
  void shouldReportAFolderWithoutReadPermissionAloneOnTheRealFileSystem() throws IOException {
    // given
    write("perm/good.txt", ARTICLE);
    Path locked = write("perm/locked/hidden.txt", ARTICLE).getParent();
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "running as a user who can read any folder, e.g. root");

      // when
      List<ReadResult> results = read(dir.resolve("perm").toString());

      // then
      assertThat(document(results.get(0)).id()).isEqualTo("good.txt");
      assertThat(problem(results.get(1))).isEqualTo(new InputProblem(locked.toString(), "cannot read directory: permission denied"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void shouldReportAFolderWithNothingToRead() throws IOException {
    // given
    write("empty/notes.pdf", "%PDF-1.7");
    Files.createDirectories(dir.resolve("empty/sub"));

    // when
    List<ReadResult> results = read(dir.resolve("empty").toString());

    // then
    assertThat(problem(results.get(0)))
        .isEqualTo(new InputProblem(dir.resolve("empty").toString(), "no .txt, .md, .html, .htm or .jsonl file in this directory"));
  }

  @Test
  void shouldNameASymbolicLinkLoopAndALinkToNothing() throws IOException {
    // given
    Path self = Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
    Path ping = dir.resolve("ping.txt");
    Path pong = Files.createSymbolicLink(dir.resolve("pong.txt"), ping);
    Files.createSymbolicLink(ping, pong);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));

    // when
    List<ReadResult> results = read(self.toString(), ping.toString(), dangling.toString());

    // then
    assertThat(results)
        .map(DocumentReaderTest::problem)
        .containsExactly(
            new InputProblem(self.toString(), "symbolic link loop"),
            new InputProblem(ping.toString(), "symbolic link loop"),
            new InputProblem(dangling.toString(), "broken symbolic link to " + dir.resolve("gone.txt")));
  }

  @Test
  @Timeout(10)
  void shouldRefuseAFifoInsteadOfWaitingForAWriter() throws Exception {
    // given a named pipe, alone and in a folder
    Path fifo = dir.resolve("pipes/feed.txt");
    Files.createDirectories(fifo.getParent());
    int status;
    try {
      status = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (IOException e) {
      status = -1;
    }
    assumeTrue(status == 0, "mkfifo is not available");
    write("pipes/good.txt", ARTICLE);

    // when
    List<ReadResult> results = read(fifo.toString(), dir.resolve("pipes").toString());

    // then
    assertThat(problem(results.get(0))).isEqualTo(new InputProblem(fifo.toString(), "not a regular file"));
    assertThat(problem(results.get(1))).isEqualTo(new InputProblem(fifo.toString(), "not a regular file"));
    assertThat(document(results.get(2)).id()).isEqualTo("good.txt");
  }

  @Test
  void shouldReadStandardInputOnceWhenItIsNamedTwice() {
    // given
    DocumentReader reader =
        new DocumentReader(new ByteArrayInputStream(ARTICLE.getBytes(UTF_8)), DocumentReader.DEFAULT_MAX_CHARS);

    // when
    List<ReadResult> results = reader.read(List.of("-", "-")).toList();

    // then
    assertThat(document(results.get(0)).title()).isEqualTo(TITLE);
    assertThat(problem(results.get(1))).isEqualTo(new InputProblem("-", "standard input named again; it is read only once"));
  }

  @Test
  void shouldRefuseAFileTooLargeToReadBeforeReadingIt() throws IOException {
    // given sparse files one byte over the limits, which take no room on disk
    Path article = dir.resolve("huge.txt");
    Path feed = dir.resolve("huge.jsonl");
    try (RandomAccessFile file = new RandomAccessFile(article.toFile(), "rw")) {
      file.setLength(DocumentReader.MAX_DOCUMENT_BYTES + 1);
    }
    try (RandomAccessFile file = new RandomAccessFile(feed.toFile(), "rw")) {
      file.setLength(DocumentReader.MAX_JSONL_BYTES + 1);
    }

    // when
    List<ReadResult> results = read(article.toString(), feed.toString());

    // then
    assertThat(results)
        .map(DocumentReaderTest::problem)
        .containsExactly(
            new InputProblem(article.toString(), "file too large: 268435457 bytes, limit 268435456"),
            new InputProblem(feed.toString(), "file too large: 1073741825 bytes, limit 1073741824"));
    assertThat(reader().count(List.of(article.toString(), feed.toString()))).hasValue(2);
  }

  @Test
  void shouldReadAFileOfAnotherFileSystemAsALocalFileWithItsLimits() {
    // given a file's bytes as a Hadoop file system hands them over, and one over the limit
    byte[] feed = "{\"text\": \"Jonas Berg flew to Oslo.\"}\n{\"text\": \"Marta Lind met him.\"}\n".getBytes(UTF_8);
    InputStream unread =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("a file too large must not be read");
          }
        };

    // when
    List<ReadResult> results =
        reader().read("hdfs:///news/feed.jsonl", "news/feed.jsonl", feed.length, new ByteArrayInputStream(feed)).toList();
    List<ReadResult> huge =
        reader().read("hdfs:///news/huge.txt", "huge.txt", DocumentReader.MAX_DOCUMENT_BYTES + 1, unread).toList();
    List<ReadResult> unsupported =
        reader().read("hdfs:///news/page.pdf", "page.pdf", 3, new ByteArrayInputStream(new byte[3])).toList();

    // then
    assertThat(results).map(result -> document(result).id()).containsExactly("news/feed.jsonl:1", "news/feed.jsonl:2");
    assertThat(document(results.get(1)).path()).isEqualTo("hdfs:///news/feed.jsonl:2");
    assertThat(problem(huge.get(0)))
        .isEqualTo(new InputProblem("hdfs:///news/huge.txt", "file too large: 268435457 bytes, limit 268435456"));
    assertThat(problem(unsupported.get(0)).reason()).startsWith("unsupported file type, expected");
  }

  @Test
  void shouldReportBinaryFiles() throws IOException {
    // given one file with NUL bytes and one of control characters only
    Path withNul = write("image.txt", new byte[] {'P', 'N', 'G', 0, 1, 2});
    Path controls = write("controls.txt", new byte[] {'a', 1, 2, 3, 4, 5, 'b'});

    // when
    List<ReadResult> results = read(withNul.toString(), controls.toString());

    // then
    assertThat(results)
        .map(DocumentReaderTest::problem)
        .map(InputProblem::reason)
        .containsExactly("binary file, not text", "binary file, not text");
  }

  @Test
  void shouldReportEmptyDocuments() throws IOException {
    // given
    Path empty = write("empty.txt", "");
    Path blank = write("blank.md", " \n\t\n  \r\n");

    // when
    List<ReadResult> results = read(empty.toString(), blank.toString());

    // then
    assertThat(results)
        .map(DocumentReaderTest::problem)
        .containsExactly(
            new InputProblem(empty.toString(), "empty document"), new InputProblem(blank.toString(), "empty document"));
  }

  @Test
  void shouldReportInvalidUtf8WithItsByteOffset() throws IOException {
    // given Latin-1 "café" in an otherwise ASCII file: 0xE9 is the 8th byte
    Path file = write("latin1.txt", new byte[] {'B', 'o', 'n', 'j', 'o', 'u', 'r', (byte) 0xE9, '!'});

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(problem(results.get(0)).reason()).isEqualTo("not valid UTF-8 (at byte 7)");
  }

  @Test
  void shouldReportDocumentLargerThanTheLimit() throws IOException {
    // given
    Path file = write("long.txt", ARTICLE);
    DocumentReader reader = new DocumentReader(InputStream.nullInputStream(), 100);

    // when
    List<ReadResult> results = reader.read(List.of(file.toString())).toList();

    // then
    int length = (TITLE + "\n\n" + FIRST + "\n\n" + SECOND).length();
    assertThat(problem(results.get(0)).reason()).isEqualTo("document too large: " + length + " characters, limit 100");
  }

  @Test
  void shouldReportTextWithNothingLeftAfterCleaning() throws IOException {
    // given a dateline and no-break spaces, which are not whitespace to String.isBlank
    Path file = write("dateline.txt", "6.06.2025\n\u00A0\u00A0\n");

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(problem(results.get(0)).reason()).isEqualTo("no article text after cleaning");
  }

  @Test
  void shouldReportAPageWithNoTextButItsHeadline() throws IOException {
    // given a page with a title and no body, and one whose article is its headline alone
    Path titled = write("titled.html", "<html><head><title>Harbour Patrols Agreed</title></head></html>");
    Path headed = write("headed.html",
        "<html><body><article><h1>Harbour Patrols Agreed</h1></article><nav><a href=/>Home</a></nav></body></html>");

    // when
    List<ReadResult> results = read(titled.toString(), headed.toString());

    // then
    assertThat(results).hasSize(2).allSatisfy(result ->
        assertThat(problem(result).reason()).isEqualTo("no article text after cleaning"));
  }

  @Test
  void shouldRejectNonPositiveLimit() {
    assertThatThrownBy(() -> new DocumentReader(InputStream.nullInputStream(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxChars must be positive, got 0");
  }

  @Test
  void shouldReadHtmlWithoutPageChrome() throws IOException {
    // given
    Path file =
        write(
            "library.html",
            """
            <html><head><title>Floating library | Lake Post</title>
            <meta property="og:site_name" content="Lake Post">
            <meta property="article:published_time" content="2025-07-05T09:30:00+02:00">
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>%s</h1><p>%s</p><p>%s</p></article>
            <section class="comments"><h3>2 Comments</h3><p>Wonderful idea!</p><p>Reply</p></section>
            <footer>Copyright Lake Post</footer>
            </body></html>
            """
                .formatted(TITLE, FIRST, SECOND));

    // when
    SourceDocument document = document(read(file.toString()).get(0));

    // then
    assertThat(document.text()).isEqualTo(TITLE + "\n\n" + FIRST + "\n\n" + SECOND);
    assertThat(document.title()).isEqualTo(TITLE);
    assertThat(document.source()).isEqualTo("Lake Post");
    assertThat(document.published()).isEqualTo("2025-07-05");
  }

  @Test
  void shouldReadMarkdownWithFirstHeadingAsTitle() throws IOException {
    // given
    Path file =
        write(
            "library.md",
            """
            # Floating Library

            ![The barge](barge.jpg)
            The council of *Lake Town* opened a **floating library** on Saturday, moored at the [old pier](https://example.org/pier).
            """);

    // when
    SourceDocument document = document(read(file.toString()).get(0));

    // then
    assertThat(document.title()).isEqualTo("Floating Library");
    assertThat(document.text())
        .isEqualTo("Floating Library\n\nThe council of Lake Town opened a floating library on Saturday, moored at the old pier.");
  }

  @Test
  void shouldJoinTheLinesOfAWrappedTextFileAndJsonlTextIntoParagraphs() throws IOException {
    // given: wire copy wrapped at 63 characters, in a text file and in a feed's text field
    String wrapped = """
        Finance Minister Michael Wilson said tax reform will not affect
        his determination to rein in expenditures, but his forecasts
        show a slowing of the decline in the budget deficit, said Peter
        Haynes of the Bank of Montreal.
            Wilson estimated the deficit will fall to 29.3 billion dlrs
        in the year ending March 31, 1988.
        """;
    Path text = write("wire.txt", wrapped);
    Path feed = write("wire.jsonl", "{\"title\": \"CANADIAN DEFICIT TO FALL\", \"text\": \"%s\"}"
        .formatted(wrapped.replace("\n", "\\n")));

    // when
    List<ReadResult> results = read(text.toString(), feed.toString());

    // then
    String paragraphs = "Finance Minister Michael Wilson said tax reform will not affect his determination to rein"
        + " in expenditures, but his forecasts show a slowing of the decline in the budget deficit, said Peter"
        + " Haynes of the Bank of Montreal.\n\nWilson estimated the deficit will fall to 29.3 billion dlrs in"
        + " the year ending March 31, 1988.";
    assertThat(document(results.get(0)).text()).isEqualTo(paragraphs);
    assertThat(document(results.get(1)).text()).isEqualTo("CANADIAN DEFICIT TO FALL\n\n" + paragraphs);
  }

  @Test
  void shouldDecodeHtmlCharacterReferencesInAJsonlTitleAndText() throws IOException {
    // given
    Path file = write("feed.jsonl", "{\"title\": \"Caf&eacute; Opens\", \"source\": \"Lake&nbsp;Post\", \"text\": \"%s\"}"
        .formatted(FIRST.replace("Lake Town", "Lake&nbsp;Town")));

    // when
    SourceDocument document = document(read(file.toString()).get(0));

    // then
    assertThat(document.title()).isEqualTo("Caf\u00E9 Opens");
    assertThat(document.source()).isEqualTo("Lake Post");
    assertThat(document.text()).isEqualTo("Caf\u00E9 Opens\n\n" + FIRST);
  }

  @Test
  void shouldReadJsonlLinesWithDeclaredMetadata() throws IOException {
    // given
    Path file =
        write(
            "feed.jsonl",
            """
            {"id": "lake-1", "title": "Floating Library Opens", "date": "2025-07-05", "url": "https://example.org/1", "source": "Lake Post", "text": "%s", "lang": "en"}

            {"id": 42, "text": "%s"}
            {"text": "%s", "date": "5 July 2025"}
            """
                .formatted(FIRST, SECOND, FIRST));

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(results).hasSize(3);
    SourceDocument declared = document(results.get(0));
    assertThat(declared)
        .isEqualTo(
            new SourceDocument(
                "lake-1",
                "Floating Library Opens",
                "Lake Post",
                "2025-07-05",
                "https://example.org/1",
                file + ":1",
                "Floating Library Opens\n\n" + FIRST,
                sha256(Files.readAllLines(file).get(0).getBytes(UTF_8))));
    assertThat(document(results.get(1)).id()).isEqualTo("42");
    assertThat(document(results.get(1)).path()).isEqualTo(file + ":3");
    assertThat(document(results.get(2)).id()).isEqualTo("feed.jsonl:4");
    assertThat(document(results.get(2)).published()).isEqualTo("2025-07-05");
  }

  @Test
  void shouldKeepAllOfAJsonlTextThatAPageWouldLoseAsChrome() throws IOException {
    // given a feed's text whose last lines, in a page, would be a reader comment and its button
    Path file =
        write("feed.jsonl", "{\"text\": \"%s\\n\\nTallinn 2 Helsinki 1\\n\\nReply\"}\n".formatted(FIRST));

    // when
    SourceDocument document = document(read(file.toString()).get(0));

    // then
    assertThat(document.text()).isEqualTo(FIRST + "\n\nTallinn 2 Helsinki 1\n\nReply");
  }

  @Test
  void shouldNotRepeatAJsonlHeadlineTheTextAlreadyHolds() throws IOException {
    // given
    Path file =
        write(
            "feed.jsonl",
            "{\"title\": \"%s\", \"text\": \"%s\\n\\n%s\"}\n".formatted(TITLE, TITLE.toUpperCase(), FIRST));

    // when
    SourceDocument document = document(read(file.toString()).get(0));

    // then
    assertThat(document.title()).isEqualTo(TITLE);
    assertThat(document.text()).isEqualTo(TITLE.toUpperCase() + "\n\n" + FIRST);
  }

  @Test
  void shouldReportBadJsonlLinesAndGoOnWithTheRest() throws IOException {
    // given
    Path file =
        write(
            "feed.jsonl",
            """
            {"id": "ok", "text": "%s"}
            {"id": "broken", text: 1}
            {"id": "no-text"}
            {"id": "blank", "text": "  "}
            {"id": "when", "text": "%s", "date": "last summer"}
            {"id": "two"} {"id": "objects"}
            {"id": "last", "text": "%s"}
            """
                .formatted(FIRST, FIRST, SECOND));

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(results).hasSize(7);
    assertThat(document(results.get(0)).id()).isEqualTo("ok");
    assertThat(results.subList(1, 6))
        .map(DocumentReaderTest::problem)
        .allSatisfy(problem -> assertThat(problem.origin()).isEqualTo(file.toString()))
        .map(InputProblem::reason)
        .containsExactly(
            "line 2: invalid JSON: unexpected character 't': was expecting double-quote to start field name (column 18)",
            "line 3: missing \"text\"",
            "line 4: empty \"text\"",
            "line 5: unrecognised date \"last summer\"",
            "line 6: invalid JSON: more text after the JSON value (column 15)");
    assertThat(document(results.get(6)).id()).isEqualTo("last");
  }

  @Test
  void shouldRefuseJsonlFieldsOfTheWrongTypeNamingTheField() throws IOException {
    // given
    Path file =
        write(
            "feed.jsonl",
            """
            {"id": "n", "text": 42}
            {"id": "b", "text": true}
            {"id": "o", "text": {"body": "%1$s"}}
            {"id": "a", "text": ["%1$s"]}
            {"id": 1.5, "text": "%1$s"}
            {"id": false, "text": "%1$s"}
            {"id": "t", "title": 3, "text": "%1$s"}
            {"id": "d", "date": 2025, "text": "%1$s"}
            {"id": "u", "url": {"href": "https://example.org"}, "text": "%1$s"}
            {"id": "s", "source": false, "text": "%1$s"}
            {"id": 17, "title": null, "text": "%1$s"}
            """
                .formatted(FIRST));

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(results.subList(0, 10))
        .map(result -> problem(result).reason())
        .containsExactly(
            "line 1: \"text\" must be a string, not a number",
            "line 2: \"text\" must be a string, not a boolean",
            "line 3: \"text\" must be a string, not an object",
            "line 4: \"text\" must be a string, not an array",
            "line 5: \"id\" must be a string or a whole number, not a number",
            "line 6: \"id\" must be a string or a whole number, not a boolean",
            "line 7: \"title\" must be a string, not a number",
            "line 8: \"date\" must be a string, not a number",
            "line 9: \"url\" must be a string, not an object",
            "line 10: \"source\" must be a string, not a boolean");
    assertThat(document(results.get(10)).id()).isEqualTo("17");
    assertThat(document(results.get(10)).title()).isNull();
  }

  @Test
  void shouldSayWhatIsWrongWithJsonInPlainWords() throws IOException {
    // given
    Path file =
        write(
            "feed.jsonl",
            "{\"id\": \"eof\", \"text\": \"never closed\n"
                + "{\"text\": \"a\", \"text\": \"b\"}\n"
                + "{\"text\": \"tab\tinside\"}\n"
                + "{\"text\": \"bad \\q escape\"}\n"
                + "}\n"
                + "[1, 2]\n");

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(results)
        .map(result -> problem(result).reason())
        .containsExactly(
            "line 1: invalid JSON: unexpected end-of-input: was expecting closing quote for a string value (column 36)",
            "line 2: invalid JSON: duplicate field 'text' (column 21)",
            "line 3: invalid JSON: illegal unquoted character (control character 9): has to be escaped using backslash to be included in string value (column 14)",
            "line 4: invalid JSON: unrecognized character escape 'q' (column 16)",
            "line 5: invalid JSON: unexpected close marker '}': expected ']' (column 1)",
            "line 6: expected a JSON object, got an array");
  }

  @Test
  void shouldRefuseANulCharacterWrittenAsAJsonEscapeAndAStringLongerThanTheParserReads() throws IOException {
    // given
    Path file =
        write(
            "feed.jsonl",
            "{\"text\": \"Kaja Lind\\u0000 visited Riga.\"}\n{\"text\": \"" + "a".repeat(20_000_001) + "\"}\n");

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(results)
        .map(result -> problem(result).reason())
        .containsExactly(
            "line 1: \"text\" holds a NUL character (\\u0000)",
            "line 2: invalid JSON: string value length (20000001) exceeds the maximum allowed (20000000)");
  }

  @Test
  void shouldEscapeControlCharactersSoAProblemStaysOneLine() {
    // given a file name that would start a forged message on a line of its own
    InputProblem problem = new InputProblem("a\nkg: b.txt", "id 'x\ty' is already used");

    // when
    String message = problem.toString();

    // then
    assertThat(message).isEqualTo("a\\u000akg: b.txt: id 'x\\u0009y' is already used");
  }

  @Test
  void shouldReportInvalidUtf8OnJsonlLine() throws IOException {
    // given
    byte[] good = ("{\"text\": \"" + FIRST + "\"}\n").getBytes(UTF_8);
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    Path file = write("feed.jsonl", concat(good, bad));

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(document(results.get(0)).id()).isEqualTo("feed.jsonl:1");
    assertThat(problem(results.get(1)).reason()).isEqualTo("line 2: not valid UTF-8 (at byte 9)");
  }

  @Test
  void shouldReportJsonlFileWithoutLines() throws IOException {
    // given
    Path file = write("feed.jsonl", "\n  \n");

    // when
    List<ReadResult> results = read(file.toString());

    // then
    assertThat(problem(results.get(0))).isEqualTo(new InputProblem(file.toString(), "empty document"));
  }

  @Test
  void shouldReadAPostedJsonObjectOrArrayAsJsonlLinesAreRead() {
    // given
    DocumentReader reader = new DocumentReader();
    String object = "{\"id\": \"lake-1\", \"date\": \"5 July 2025\", \"text\": \"%s\"}".formatted(FIRST);
    String anonymous = "{\"text\": \"%s\"}".formatted(SECOND);

    // when
    List<ReadResult> single = reader.readJson(object.getBytes(UTF_8), "body", "posted");
    List<ReadResult> array = reader.readJson(("[" + object + ",\n " + anonymous + "]").getBytes(UTF_8), "body", "posted");

    // then
    SourceDocument declared = document(single.get(0));
    assertThat(single).hasSize(1);
    assertThat(declared.id()).isEqualTo("lake-1");
    assertThat(declared.path()).isEqualTo("body");
    assertThat(declared.published()).isEqualTo("2025-07-05");
    assertThat(declared.text()).isEqualTo(FIRST);
    assertThat(array).hasSize(2);
    assertThat(document(array.get(0))).isEqualTo(new SourceDocument(
        "lake-1", null, null, "2025-07-05", null, "body[0]", FIRST, declared.sha256()));
    String hash = sha256(("{\"text\":\"" + SECOND + "\"}").getBytes(UTF_8));
    assertThat(document(array.get(1)).id()).isEqualTo("posted-" + hash.substring(0, 12));
    assertThat(document(array.get(1)).sha256()).isEqualTo(hash);
  }

  @Test
  void shouldRefuseALaterDocumentOfABodyUnderAnIdAnEarlierOneHasWithOtherText() {
    // given an array whose third object reuses the first one's id with other text, and whose second repeats the first
    String first = "{\"id\": \"lake-1\", \"text\": \"%s\"}".formatted(FIRST);
    String other = "{\"id\": \"lake-1\", \"text\": \"%s\"}".formatted(SECOND);

    // when
    List<ReadResult> array =
        new DocumentReader().readJson(("[" + first + ", " + first + ", " + other + "]").getBytes(UTF_8), "body", "posted");

    // then
    assertThat(document(array.get(0)).text()).isEqualTo(FIRST);
    assertThat(document(array.get(1)).path()).as("the same document again is no clash").isEqualTo("body[1]");
    assertThat(problem(array.get(2)).toString())
        .isEqualTo("body[2]: id 'lake-1' is already used by body[0] in this run; give each document its own \"id\"");
  }

  @Test
  void shouldReportAPostedBodyThatIsNoDocumentInOneLine() {
    // given
    DocumentReader reader = new DocumentReader(InputStream.nullInputStream(), 100);

    // when / then
    assertThat(problem(reader.readJson("{\"text\": ".getBytes(UTF_8), "body", "posted").get(0)).toString())
        .startsWith("body: invalid JSON: ")
        .doesNotContain("\n");
    assertThat(problem(reader.readJson("".getBytes(UTF_8), "body", "posted").get(0)).toString())
        .isEqualTo("body: empty body, expected a JSON object or array");
    assertThat(problem(reader.readJson("42".getBytes(UTF_8), "body", "posted").get(0)).toString())
        .isEqualTo("body: expected a JSON object or an array of objects, got number");
    assertThat(problem(reader.readJson("{} {}".getBytes(UTF_8), "body", "posted").get(0)).toString())
        .isEqualTo("body: invalid JSON: more text after the JSON value (column 4)");
    assertThat(problem(reader.readJson("[\n  {\"text\": \"ok\"},\n  {\"text\": \"ok\"\n]".getBytes(UTF_8), "body", "posted").get(0)).toString())
        .isEqualTo("body: invalid JSON: unexpected close marker ']': expected '}' (line 4, column 1)");
    List<ReadResult> array =
        reader.readJson("[{\"text\": \"ok\"}, 7, {\"id\": \"x\"}, {\"text\": \"%s\"}]".formatted("word ".repeat(30)).getBytes(UTF_8), "body", "posted");
    assertThat(document(array.get(0)).text()).isEqualTo("ok");
    assertThat(problem(array.get(1)).toString()).isEqualTo("body[1]: expected a JSON object, got number");
    assertThat(problem(array.get(2)).toString()).isEqualTo("body[2]: missing \"text\"");
    assertThat(problem(array.get(3)).toString()).isEqualTo("body[3]: document too large: 149 characters, limit 100");
    assertThat(problem(reader.readJson(new byte[] {'"', (byte) 0xC3, '"'}, "body", "posted").get(0)).toString())
        .startsWith("body: not valid UTF-8");
  }

  @Test
  void shouldReadStdinAsTextWithIdFromItsHash() {
    // given
    byte[] bytes = ARTICLE.getBytes(UTF_8);
    DocumentReader reader = new DocumentReader(new ByteArrayInputStream(bytes), DocumentReader.DEFAULT_MAX_CHARS);

    // when
    List<ReadResult> results = reader.read(List.of("-")).toList();

    // then
    SourceDocument document = document(results.get(0));
    assertThat(document.id()).isEqualTo("stdin-" + sha256(bytes).substring(0, 12));
    assertThat(document.path()).isEqualTo("-");
    assertThat(document.title()).isEqualTo(TITLE);
  }

  @Test
  void shouldReadStdinAsJsonlWhenEveryLineIsAnObject() {
    // given
    String first = "{\"id\": \"a\", \"text\": \"" + FIRST + "\"}";
    String second = "{\"text\": \"" + SECOND + "\"}";
    String input = first + "\n\n" + second + "\n";
    DocumentReader reader =
        new DocumentReader(new ByteArrayInputStream(input.getBytes(UTF_8)), DocumentReader.DEFAULT_MAX_CHARS);

    // when
    List<ReadResult> results = reader.read(List.of("-")).toList();

    // then
    assertThat(results).map(result -> document(result).path()).containsExactly("-:1", "-:3");
    assertThat(document(results.get(0)).id()).isEqualTo("a");
    assertThat(document(results.get(1)).id()).isEqualTo("stdin-" + sha256(second.getBytes(UTF_8)).substring(0, 12));
  }

  @Test
  void shouldReportStdinThatCannotBeRead() {
    // given
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("device gone");
          }
        };
    DocumentReader reader = new DocumentReader(broken, DocumentReader.DEFAULT_MAX_CHARS);

    // when
    List<ReadResult> results = reader.read(List.of("-")).toList();

    // then
    assertThat(problem(results.get(0))).isEqualTo(new InputProblem("-", "cannot read: device gone"));
  }

  @Test
  void shouldReportEmptyStdin() {
    // given
    DocumentReader reader = new DocumentReader(new ByteArrayInputStream(" \n".getBytes(UTF_8)), 1000);

    // when
    List<ReadResult> results = reader.read(List.of("-")).toList();

    // then
    assertThat(problem(results.get(0))).isEqualTo(new InputProblem("-", "empty document"));
  }

  @Test
  void shouldHashRawBytesSoOnlyEditsChangeTheHash() throws IOException {
    // given the same article in two files, and an edited copy
    Path original = write("one/article.txt", ARTICLE);
    Path copy = write("two/article.txt", ARTICLE);
    Path edited = write("three/article.txt", ARTICLE.replace("four thousand", "five thousand"));

    // when, the edited copy in a run of its own as it shares the others' id
    List<String> hashes =
        Stream.concat(read(original.toString(), copy.toString(), original.toString()).stream(), read(edited.toString()).stream())
            .map(result -> document(result).sha256())
            .toList();

    // then
    assertThat(hashes.get(0)).isEqualTo(hashes.get(1)).isEqualTo(hashes.get(2)).isEqualTo(sha256(ARTICLE.getBytes(UTF_8)));
    assertThat(hashes.get(3)).isNotEqualTo(hashes.get(0));
  }

  @Test
  void shouldCountTheResultsReadingWillGiveWithoutParsing() throws IOException {
    // given a directory of two articles, a bad JSONL line and a PDF, a missing file, and a binary JSONL file
    write("corpus/a.txt", ARTICLE);
    write("corpus/feed.jsonl", "{\"text\": \"" + FIRST + "\"}\n\n   \nnot json\n");
    write("corpus/notes.pdf", "%PDF-1.7");
    write("scan.jsonl", new byte[] {0, 1, 2, 3});
    List<String> inputs =
        List.of(dir.resolve("corpus").toString(), dir.resolve("missing.txt").toString(), dir.resolve("scan.jsonl").toString());

    // when
    OptionalLong count = reader().count(inputs);

    // then
    assertThat(count).hasValue(6);
    assertThat(reader().read(inputs)).hasSize(6);
  }

  @Test
  void shouldNotCountStandardInputWhichCanBeReadOnlyOnce() {
    assertThat(reader().count(List.of("-"))).isEmpty();
  }

  private List<ReadResult> read(String... inputs) {
    return reader().read(List.of(inputs)).toList();
  }

  private static DocumentReader reader() {
    return new DocumentReader(InputStream.nullInputStream(), DocumentReader.DEFAULT_MAX_CHARS);
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private static SourceDocument document(ReadResult result) {
    assertThat(result).isInstanceOf(ReadResult.Read.class);
    return ((ReadResult.Read) result).document();
  }

  private static InputProblem problem(ReadResult result) {
    assertThat(result).isInstanceOf(ReadResult.Failed.class);
    return ((ReadResult.Failed) result).problem();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
