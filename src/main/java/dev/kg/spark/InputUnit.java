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
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One unit of reading work an executor does: a local input (file or directory) read whole by {@link
 * DocumentReader}, one file of a Hadoop file system, or an input the driver already found wanting.
 */
sealed interface InputUnit extends Serializable {

  /** What reading the unit gives, in order; never throws for a bad input. */
  Stream<ReadResult> read(DocumentReader reader, Configuration hadoop);

  /**
   * Paths of the machine's own file system, given as to {@code kg ingest}, read together as plain
   * ingest reads them, so documents get the very ids, paths and id clashes plain ingest gives them.
   * Executors must see the paths: local mode, or a shared mount.
   */
  record LocalInputs(List<String> inputs) implements InputUnit {

    public LocalInputs {
      inputs = List.copyOf(inputs);
    }

    @Override
    public Stream<ReadResult> read(DocumentReader reader, Configuration hadoop) {
      return reader.read(inputs);
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
      try {
        FileSystem fileSystem = path.getFileSystem(hadoop);
        long size = fileSystem.getFileStatus(path).getLen();
        try (InputStream in = fileSystem.open(path)) {
          // Read whole before the stream closes; the results are made of the bytes read.
          return reader.read(uri, id, size, in).toList().stream();
        }
      } catch (FileNotFoundException e) {
        return Stream.of(new ReadResult.Failed(new InputProblem(uri, "no such file or directory")));
      } catch (IOException e) {
        return Stream.of(new ReadResult.Failed(new InputProblem(uri, "cannot read: " + e.getMessage())));
      }
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
