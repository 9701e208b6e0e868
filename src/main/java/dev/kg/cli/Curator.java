package dev.kg.cli;

import dev.kg.curate.CurationRule;
import dev.kg.extract.DocumentAnalyzer;
import dev.kg.graph.Curation;
import dev.kg.graph.CypherRunner;
import dev.kg.graph.GraphWriter;
import dev.kg.graph.QueryLibrary;
import dev.kg.ingest.SourceDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.neo4j.driver.Driver;

/**
 * What every curation command does: find the entities the user names, record the rule, and bring
 * the graph in line with it at once by analysing again and re-writing the documents it concerns
 * (the same analysis as ingest, so relations, quotes and events follow the entities too).
 *
 * <pre>{@code
 * Curator curator = new Curator(session.driver(), new NlpDocumentAnalyzer(CoreNlpAnnotator::shared), out);
 * curator.add(seq -> CurationRule.merge(seq, curator.entity("KCNA").id(), curator.entity("Korean Central News Agency")));
 * }</pre>
 */
final class Curator {

  private final Curation curation;
  private final GraphWriter writer;
  private final DocumentAnalyzer analyzer;
  private final EntityLookup lookup;
  private final PrintWriter out;

  Curator(Driver driver, DocumentAnalyzer analyzer, PrintWriter out) {
    this.curation = new Curation(driver);
    this.writer = new GraphWriter(driver);
    this.analyzer = analyzer;
    this.lookup = new EntityLookup(new CypherRunner(driver), QueryLibrary.load());
    this.out = out;
  }

  /**
   * The one entity {@code name} stands for.
   *
   * @throws UserException if none or several do
   */
  CurationRule.Target entity(String name) {
    String id = (String) lookup.entity(name).get("id");
    return curation.entity(id).orElseThrow(() -> new UserException("no entity '" + id + "'"));
  }

  /** Whether entity {@code id} goes by {@code name}, up to spelling. */
  boolean isCalled(String id, String name) {
    return curation.isCalled(id, name);
  }

  /** Which documents mention entity {@code id}. */
  List<String> documentsMentioning(String id) {
    return curation.documentsMentioning(List.of(id));
  }

  /** Records a rule and re-writes the documents it changes; returns the rule. */
  CurationRule add(IntFunction<CurationRule> rule) {
    CurationRule made = curation.record(rule);
    out.printf("Rule %d: %s%n", made.seq(), made.describe());
    List<String> documents =
        made.alias() != null && made.entity() == null
            ? curation.documentsNaming(made.alias())
            : curation.documentsMentioning(List.of(made.entity()));
    rewrite(documents);
    return made;
  }

  /**
   * Deletes rule {@code seq} and re-writes the documents it or a later rule concerns, which the later
   * rules then decide as if it had never been.
   *
   * @throws UserException if there is no such rule
   */
  CurationRule undo(int seq) {
    List<CurationRule> rules = curation.rules();
    CurationRule undone =
        rules.stream()
            .filter(rule -> rule.seq() == seq)
            .findFirst()
            .orElseThrow(() -> new UserException("no rule " + seq + "; kg rules lists them"));
    TreeSet<String> documents = new TreeSet<>();
    for (CurationRule rule : rules) {
      if (rule.seq() >= seq) {
        documents.addAll(curation.documentsMentioning(rule.entityIds()));
        if (rule.alias() != null) {
          documents.addAll(curation.documentsNaming(rule.alias()));
        }
      }
    }
    curation.delete(seq);
    out.printf("Undid rule %d: %s%n", undone.seq(), undone.describe());
    rewrite(List.copyOf(documents));
    return undone;
  }

  List<CurationRule> rules() {
    return curation.rules();
  }

  private void rewrite(List<String> documents) {
    if (documents.isEmpty()) {
      out.println("No document in the graph is concerned yet; later ingests obey the rule.");
      out.flush();
      return;
    }
    out.printf(
        "Analysing again the %d document(s) concerned; CoreNLP loads its models first (~40 s).%n",
        documents.size());
    out.flush();
    for (String id : documents) {
      SourceDocument document =
          curation.document(id).orElseThrow(() -> new UserException("document '" + id + "' vanished meanwhile"));
      writer.rewrite(analyzer.analyze(document));
    }
    out.printf("Re-wrote %d document(s).%n", documents.size());
    out.flush();
  }
}
