package dev.kg.cli;

import dev.kg.curate.CurationRule;
import dev.kg.name.NameKey;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg split ENTITY}: part of what kg made one entity is another: the mentions with one name,
 * or all of them in some documents.
 *
 * <pre>
 * kg split person:kim-jong-un --alias Kim --as "Kim Yo Jong"
 * kg split "Alexander" --document article-3.txt --document article-5.txt --as "Alexander Kozlov"
 * </pre>
 */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description = {
      "Splits ENTITY: its mentions named --alias, or all its mentions in the --document(s) given, become a",
      "separate entity called --as (default: the alias). Recorded as a rule (kg rules) that every later ingest obeys."
    })
final class SplitCommand implements Callable<Integer> {

  @Mixin GraphOptions graph;

  @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity to split: a name, an alias or its id.")
  String entity;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Part part;

  static final class Part {
    @Option(names = "--alias", paramLabel = "NAME", description = "Split off the mentions with this name.")
    String alias;

    @Option(names = "--document", paramLabel = "ID", description = "Split off the mentions in this document (repeatable).")
    List<String> documents = new ArrayList<>();
  }

  @Option(names = "--as", paramLabel = "NAME", description = "The new entity's name (needed with --document).")
  String name;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String newName = name != null ? name : part.alias;
    if (newName == null) {
      throw new UserException("give the new entity a name with --as");
    }
    if (!NameKey.isName(newName)) {
      throw new UserException("a name needs a letter or digit, got '" + newName + "'");
    }
    try (GraphSession session = graph.open()) {
      Curator curator = new Curator(session.driver(), spec.commandLine().getOut());
      CurationRule.Target source = curator.entity(entity);
      CurationRule.Target into = CurationRule.Target.named(source.type(), source.kind(), newName);
      if (into.id().equals(source.id())) {
        throw new UserException("'" + newName + "' would give the new entity the id of " + source.id() + "; choose another --as");
      }
      if (part.alias != null) {
        if (!NameKey.isName(part.alias)) {
          throw new UserException("an alias needs a letter or digit, got '" + part.alias + "'");
        }
        if (!curator.isCalled(source.id(), part.alias)) {
          throw new UserException(source.id() + " is never called '" + part.alias + "'; kg explore " + source.id() + " shows its names");
        }
        curator.add(seq -> CurationRule.splitAlias(seq, source.id(), part.alias, into));
      } else {
        List<String> mentioning = curator.documentsMentioning(source.id());
        for (String document : part.documents) {
          if (!mentioning.contains(document)) {
            throw new UserException("document '" + document + "' does not mention " + source.id());
          }
        }
        curator.add(seq -> CurationRule.splitDocuments(seq, source.id(), part.documents, into));
      }
    }
    return 0;
  }
}
