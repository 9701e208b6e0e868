package dev.kg.spark;

import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.ReadResult;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * One unit of reading work an executor does: a local input (file or directory) read whole by {@link
 * DocumentReader}, one file of a Hadoop file system, or an input the driver already found wanting.
 */
sealed interface InputUnit extends Serializable {

  /** What reading the unit gives, in order; never throws for a bad input. */
  Stream<ReadResult> read(DocumentReader reader, Configuration hadoop);

  /**
   * A path of the machine's own file system, given as to {@code kg ingest}, so documents get the very
   * ids and paths plain ingest gives them. Executors must see the path: local mode, or a shared mount.
   */
  record LocalInput(String input) implements InputUnit {

    public LocalInput {
      Objects.requireNonNull(input, "input");
    }

    @Override
    public Stream<ReadResult> read(DocumentReader reader, Configuration hadoop) {
      return reader.read(List.of(input));
    }
  }

  /**
   * A file of a Hadoop file system ({@code hdfs://}, {@code s3a://}, {@code file:/}...).
   *
   * @param uri the file's full address, which is also the documents' path
   * @param id the document id: the file name, or the path below the directory that was given
   */
  record HadoopFile(String uri, String id) implements InputUnit {

    public HadoopFile {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(id, "id");
    }

    @Override
    public Stream<ReadResult> read(DocumentReader reader, Configuration hadoop) {
      Path path = new Path(uri);
      byte[] bytes;
      try (InputStream in = path.getFileSystem(hadoop).open(path)) {
        bytes = in.readAllBytes();
      } catch (FileNotFoundException e) {
        return Stream.of(new ReadResult.Failed(new InputProblem(uri, "no such file or directory")));
      } catch (IOException e) {
        return Stream.of(new ReadResult.Failed(new InputProblem(uri, "cannot read: " + e.getMessage())));
      }
      return reader.read(uri, id, bytes);
    }
  }

  /** An input that names nothing readable, reported like any failed input. */
  record Unreadable(String origin, String reason) implements InputUnit {

    public Unreadable {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Stream<ReadResult> read(DocumentReader reader, Configuration hadoop) {
      return Stream.of(new ReadResult.Failed(new InputProblem(origin, reason)));
    }
  }
}
