package dev.kg.spark;

import dev.kg.ingest.DocumentReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Splits the inputs of a Spark ingest into units of reading work, on the driver.
 *
 * <p>An input with a scheme ({@code hdfs:///news/2025/*.jsonl}, {@code s3a://bucket/news/}, {@code
 * file:/data/}) is listed through Hadoop's file system: globs expand, directories are walked
 * recursively in path order without hidden entries, as {@link DocumentReader} walks a local directory,
 * and each file is a unit of its own; reading one of a type kg does not read names it as a failed input. Any other input is a
 * local path; local paths in a row are handed together to {@link DocumentReader} on an executor, so
 * ids, paths and id clashes are those of plain {@code kg ingest}. Standard input is not read:
 * executors have none.
 */
final class InputUnits {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");
  private static final String STDIN = "-";

  private final Configuration hadoop;

  InputUnits(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  List<InputUnit> split(List<String> inputs) {
    List<InputUnit> units = new ArrayList<>();
    List<String> local = new ArrayList<>();
    for (String input : inputs) {
      if (!input.equals(STDIN) && !SCHEME.matcher(input).matches()) {
        local.add(input);
        continue;
      }
      addLocal(units, local);
      units.addAll(
          input.equals(STDIN)
              ? List.of(new InputUnit.Unreadable(STDIN, "standard input cannot be read with --spark; give files"))
              : hadoopFiles(input));
    }
    addLocal(units, local);
    return units;
  }

  // Local inputs in a row are one unit, read as plain ingest reads them.
  private static void addLocal(List<InputUnit> units, List<String> local) {
    if (!local.isEmpty()) {
      units.add(new InputUnit.LocalInputs(local));
      local.clear();
    }
  }

  private List<InputUnit> hadoopFiles(String input) {
    try {
      Path pattern = new Path(input);
      FileSystem fileSystem = pattern.getFileSystem(hadoop);
      FileStatus[] matches = fileSystem.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        return List.of(new InputUnit.Unreadable(input, "no such file or directory"));
      }
      List<InputUnit> units = new ArrayList<>();
      for (FileStatus match : sorted(Arrays.asList(matches))) {
        if (match.isDirectory()) {
          units.addAll(walk(fileSystem, match.getPath()));
        } else {
          units.add(new InputUnit.HadoopFile(match.getPath().toString(), match.getPath().getName()));
        }
      }
      return units;
    } catch (IOException | IllegalArgumentException e) {
      return List.of(new InputUnit.Unreadable(input, "cannot list: " + e.getMessage()));
    }
  }

  private static List<InputUnit> walk(FileSystem fileSystem, Path root) throws IOException {
    String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
    List<FileStatus> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> listing = fileSystem.listFiles(root, true);
    while (listing.hasNext()) {
      files.add(listing.next());
    }
    List<InputUnit> units = new ArrayList<>();
    for (FileStatus file : sorted(files)) {
      String relative = file.getPath().toString().substring(prefix.length());
      if (!isHidden(relative)) {
        units.add(new InputUnit.HadoopFile(file.getPath().toString(), relative));
      }
    }
    return units;
  }

  private static boolean isHidden(String relative) {
    return Arrays.stream(relative.split("/")).anyMatch(part -> part.startsWith("."));
  }

  private static List<FileStatus> sorted(List<FileStatus> statuses) {
    return statuses.stream().sorted(Comparator.comparing(status -> status.getPath().toString())).toList();
  }
}
