package dev.kg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a Spark ingest splits its inputs into reading work, and reads a Hadoop file, without Spark running. */
class InputUnitsTest {

  @TempDir Path root;

  @Test
  void shouldListHadoopDirectoriesAndGlobsAsTheLocalReaderWalksDirectories() throws Exception {
    // given a corpus with nested, hidden and unsupported files
    write("b.txt", "Jonas Berg flew to Oslo.");
    write("sub/a.jsonl", "{\"text\": \"Marta Lind met Jonas Berg.\"}");
    write("sub/c.html", "<html><body><article><p>Elena Petrova spoke in Riga.</p></article></body></html>");
    write(".hidden/d.txt", "Hidden.");
    write("sub/.e.txt", "Hidden too.");
    write("notes.pdf", "Not an article.");
    String uri = "file:" + root;

    // when
    List<InputUnit> units =
        new InputUnits(new Configuration())
            .split(List.of("a.txt", "local/articles", uri, uri + "/sub/*.jsonl", uri + "/none/*.txt", "-", "b.txt"));

    // then
    assertThat(units)
        .containsExactly(
            new InputUnit.LocalInputs(List.of("a.txt", "local/articles")),
            new InputUnit.HadoopFile(uri + "/b.txt", "b.txt"),
            new InputUnit.HadoopFile(uri + "/notes.pdf", "notes.pdf"),
            new InputUnit.HadoopFile(uri + "/sub/a.jsonl", "sub/a.jsonl"),
            new InputUnit.HadoopFile(uri + "/sub/c.html", "sub/c.html"),
            new InputUnit.HadoopFile(uri + "/sub/a.jsonl", "a.jsonl"),
            new InputUnit.Unreadable(uri + "/none/*.txt", "no such file or directory"),
            new InputUnit.Unreadable("-", "standard input cannot be read with --spark; give files"),
            new InputUnit.LocalInputs(List.of("b.txt")));
  }

  @Test
  void shouldReadAHadoopFileWithTheReaderOfLocalFiles() throws Exception {
    // given
    write("feed.jsonl", "{\"id\": \"oslo\", \"text\": \"Jonas Berg flew to Oslo.\"}\n\n{\"title\": \"no text\"}");
    String uri = "file:" + root + "/feed.jsonl";
    write("scan.pdf", "%PDF-1.7");
    String scan = "file:" + root + "/scan.pdf";

    // when
    List<ReadResult> results =
        new InputUnit.HadoopFile(uri, "feed.jsonl").read(new DocumentReader(), new Configuration()).toList();
    List<ReadResult> missing =
        new InputUnit.HadoopFile(uri + ".gone", "gone.jsonl").read(new DocumentReader(), new Configuration()).toList();
    List<ReadResult> unsupported =
        new InputUnit.HadoopFile(scan, "scan.pdf").read(new DocumentReader(), new Configuration()).toList();

    // then
    assertThat(results).hasSize(2);
    ReadResult.Read read = (ReadResult.Read) results.get(0);
    assertThat(read.document().id()).isEqualTo("oslo");
    assertThat(read.document().path()).isEqualTo(uri + ":1");
    assertThat(read.document().text()).isEqualTo("Jonas Berg flew to Oslo.");
    assertThat(((ReadResult.Failed) results.get(1)).problem().toString())
        .isEqualTo(uri + ": line 3: missing \"text\"");
    assertThat(((ReadResult.Failed) missing.get(0)).problem().toString())
        .isEqualTo(uri + ".gone: no such file or directory");
    assertThat(((ReadResult.Failed) unsupported.get(0)).problem().toString())
        .isEqualTo(scan + ": unsupported file type, expected .txt, .md, .html, .htm or .jsonl");
  }

  private void write(String relative, String text) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text + "\n");
  }
}
