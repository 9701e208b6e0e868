package dev.kg.cli;

import dev.kg.curate.CurationRule;
import dev.kg.name.NameKey;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg rename ENTITY NAME}: the name kg shows for an entity, whatever its documents call it.
 *
 * <pre>
 * kg rename person:kim-jong-un "Kim Jong Un"
 * </pre>
 */
@Command(
    name = "rename",
    mixinStandardHelpOptions = true,
    description = {
      "Gives ENTITY the display name NAME; its id stays. Recomputing names from documents never overrides it:",
      "recorded as a rule (kg rules) that every later ingest obeys."
    })
final class RenameCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity: a name, an alias or its id.")
  String entity;

  @Parameters(index = "1", paramLabel = "NAME", description = "Its new display name.")
  String name;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!NameKey.isName(name)) {
      throw new UserException("a name needs a letter or digit, got '" + name + "'");
    }
    try (GraphSession session = graph.open()) {
      Curator curator = new Curator(session.driver(), spec.commandLine().getOut());
      CurationRule.Target target = curator.entity(entity);
      curator.add(seq -> CurationRule.rename(seq, target.id(), name));
    }
    return 0;
  }
}
