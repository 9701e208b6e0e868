package dev.kg.cli;

import dev.kg.nlp.CoreNlpAnnotator;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "corenlp-properties",
    mixinStandardHelpOptions = true,
    description = "Prints the CoreNLP pipeline properties kg uses, for running CoreNLP's own tools the same way.")
final class CoreNlpPropertiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Properties properties = CoreNlpAnnotator.defaultProperties();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(name -> out.println(name + " = " + properties.getProperty(name)));
    out.flush();
    return 0;
  }
}
