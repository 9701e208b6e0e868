package dev.kg.cli;

import dev.kg.graph.GraphExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
    try (GraphSession session = graph.open()) {
      GraphExporter exporter = new GraphExporter(session.driver());
      if (out.equals("-")) {
        exporter.export(System.out);
        System.out.flush();
      } else {
        Path file = Path.of(out);
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
          exporter.export(stream);
        }
        spec.commandLine().getErr().println("Exported the graph to " + file);
      }
    }
    return 0;
  }
}
