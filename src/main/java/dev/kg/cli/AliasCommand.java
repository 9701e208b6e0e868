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
 * {@code kg alias ENTITY ALIAS}: ALIAS is another name of ENTITY, wherever a document uses it.
 *
 * <pre>
 * kg alias "Korean Central News Agency" KCNA
 * </pre>
 */
@Command(
    name = "alias",
    mixinStandardHelpOptions = true,
    description = {
      "Declares ALIAS a name of ENTITY: every mention named ALIAS (up to case, accents, hyphens) becomes one of",
      "ENTITY, whatever entity kg gave it. Recorded as a rule (kg rules) that every later ingest obeys."
    })
final class AliasCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity: a name, an alias or its id.")
  String entity;

  @Parameters(index = "1", paramLabel = "ALIAS", description = "Another name it goes by.")
  String alias;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!NameKey.isName(alias)) {
      throw new UserException("an alias needs a letter or digit, got '" + alias + "'");
    }
    try (GraphSession session = graph.open()) {
      Curator curator = new Curator(session.driver(), spec.commandLine().getOut());
      CurationRule.Target target = curator.entity(entity);
      curator.add(seq -> CurationRule.alias(seq, alias, target));
    }
    return 0;
  }
}
