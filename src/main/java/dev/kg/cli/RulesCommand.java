package dev.kg.cli;

import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg rules}: the curation rules in force, in the order they apply; {@code --undo N} takes one
 * back.
 *
 * <pre>
 * kg rules
 * kg rules --undo 2
 * </pre>
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the curation rules (kg merge, alias, split, rename) in the order every ingest applies them.",
      "--undo N deletes rule N and writes again the documents it concerned."
    })
final class RulesCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Option(names = "--undo", paramLabel = "N", description = "Delete rule N.")
  Integer undo;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (GraphSession session = graph.open()) {
      Curator curator = new Curator(session.driver(), spec.commandLine().getOut());
      if (undo != null) {
        curator.undo(undo);
      } else {
        List<List<Object>> rows =
            curator.rules().stream()
                .map(rule -> List.<Object>of(rule.seq(), rule.kind().name().toLowerCase(Locale.ROOT), rule.describe()))
                .toList();
        new Table(List.of("rule", "kind", "what"), rows).print(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
      }
    }
    return 0;
  }
}
