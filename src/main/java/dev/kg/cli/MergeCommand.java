package dev.kg.cli;

import dev.kg.curate.CurationRule;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg merge ENTITY INTO}: one real-world entity that kg made two nodes of becomes one, now and
 * in every later ingest.
 *
 * <pre>
 * kg merge KCNA "Korean Central News Agency"
 * </pre>
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merges ENTITY into INTO: INTO keeps its id, and every mention of ENTITY becomes one of INTO.",
      "Recorded as a rule (kg rules) that every later ingest obeys; the documents concerned are written again now, from their stored extractions."
    })
final class MergeCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity to merge away: a name, an alias or its id.")
  String entity;

  @Parameters(index = "1", paramLabel = "INTO", description = "The entity that stays.")
  String into;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (GraphSession session = graph.open()) {
      Curator curator = new Curator(session.driver(), spec.commandLine().getOut());
      CurationRule.Target from = curator.entity(entity);
      CurationRule.Target to = curator.entity(into);
      if (from.id().equals(to.id())) {
        throw new UserException("'" + entity + "' and '" + into + "' are already one entity, " + to.id());
      }
      curator.add(seq -> CurationRule.merge(seq, from.id(), to));
    }
    return 0;
  }
}
