package dev.kg.cli;

import dev.kg.export.GraphExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg export --out FILE}: the whole graph as JSON.
 *
 * <p>The graph goes to a temporary file beside FILE that replaces FILE only once complete, so a failed
 * export leaves an earlier FILE as it was. A FILE that cannot be written is one line and exit 1,
 * found before the graph is opened.
 *
 * <pre>
 * kg export --out graph.json
 * kg export --out - | jq '.nodes | length'
 * </pre>
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the whole graph as JSON: every node and relationship with all properties,",
      "{\"nodes\":[{\"id\",\"labels\",\"properties\"}], \"relationships\":[{\"id\",\"type\",\"start\",\"end\",\"properties\"}]}."
    })
final class ExportCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "File to write, or - for standard output.")
  String out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (out.equals("-")) {
      try (GraphSession session = graph.open()) {
        new GraphExporter(session.driver()).export(System.out);
        System.out.flush();
      }
      return 0;
    }
    Path file = Path.of(out);
    Path temporary;
    try {
      if (Files.isDirectory(file)) {
        throw new FileSystemException(out, null, "is a directory");
      }
      // Created now, so an unwritable folder is found before the graph is opened; named by hand, not
      // with createTempFile, so the file gets the permissions any new file gets, as FILE did before.
      temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      Files.write(temporary, new byte[0]);
    } catch (IOException e) {
      return cannotWrite(file, e);
    }
    try {
      try (GraphSession session = graph.open();
          OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        new GraphExporter(session.driver()).export(stream);
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      return cannotWrite(file, e);
    } finally {
      Files.deleteIfExists(temporary);
    }
    spec.commandLine().getErr().println("Exported the graph to " + file);
    return 0;
  }

  private int cannotWrite(Path file, IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such directory " + file.toAbsolutePath().getParent();
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      reason = fileSystem.getReason().toLowerCase(Locale.ROOT);
    } else {
      reason = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }
    spec.commandLine().getErr().println("kg: cannot write " + file + ": " + reason);
    spec.commandLine().getErr().flush();
    return Kg.EXIT_CANNOT_WRITE;
  }
}
