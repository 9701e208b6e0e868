package dev.kg.cli;

import dev.kg.nlp.CoreNlpAnnotator;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints kg's CoreNLP properties, for running CoreNLP's own tools the same way.
 *
 * <pre>
 * kg corenlp-properties --reference &gt; corenlp.properties
 * java -cp ... edu.stanford.nlp.pipeline.StanfordCoreNLP -props corenlp.properties -file article.txt
 * </pre>
 */
@Command(
    name = "corenlp-properties",
    mixinStandardHelpOptions = true,
    description = "Prints the CoreNLP pipeline properties kg uses, for running CoreNLP's own tools the same way"
        + " (they name kg's NER annotator and coreference classes, so put kg's classes on the class path; --reference"
        + " does not).")
final class CoreNlpPropertiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--reference",
      description = "kg's annotators, models and rules with CoreNLP's default amount of work in each"
          + " (what the ingest benchmark runs CoreNLP's command line with).")
  boolean reference;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Properties properties =
        reference ? CoreNlpAnnotator.referenceProperties() : CoreNlpAnnotator.defaultProperties();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(name -> out.println(name + " = " + properties.getProperty(name)));
    out.flush();
    return 0;
  }
}
