package dev.kg.cli;

import dev.kg.curate.CurationRule;
import dev.kg.graph.Curation;
import dev.kg.graph.CypherRunner;
import dev.kg.graph.QueryLibrary;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntFunction;
import org.neo4j.driver.Driver;

/**
 * What every curation command does: find the entities the user names, and record the rule, which
 * brings the graph in line with it at once ({@link Curation}: the documents it concerns are written
 * again from their stored extractions, so relations, quotes and events follow the entities too).
 *
 * <pre>{@code
 * Curator curator = new Curator(session.driver(), out);
 * curator.add(seq -> CurationRule.merge(seq, curator.entity("KCNA").id(), curator.entity("Korean Central News Agency")));
 * }</pre>
 */
final class Curator {

  private final Curation curation;
  private final EntityLookup lookup;
  private final PrintWriter out;

  Curator(Driver driver, PrintWriter out) {
    this.curation = new Curation(driver);
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

  /** Records a rule and re-writes the documents it changes, in one transaction; returns the rule. */
  CurationRule add(IntFunction<CurationRule> rule) {
    Curation.Applied made = curation.record(rule);
    out.printf("Rule %d: %s%n", made.rule().seq(), made.rule().describe());
    report(made.documents());
    return made.rule();
  }

  /**
   * Deletes rule {@code seq} and re-writes, in the same transaction, the documents it or a later rule
   * concerns, which the later rules then decide as if it had never been.
   *
   * @throws UserException if there is no such rule
   */
  CurationRule undo(int seq) {
    Curation.Applied undone =
        curation.undo(seq).orElseThrow(() -> new UserException("no rule " + seq + "; kg rules lists them"));
    out.printf("Undid rule %d: %s%n", undone.rule().seq(), undone.rule().describe());
    report(undone.documents());
    return undone.rule();
  }

  List<CurationRule> rules() {
    return curation.rules();
  }

  private void report(List<String> documents) {
    out.println(
        documents.isEmpty()
            ? "No document in the graph is concerned yet; later ingests obey the rule."
            : "Re-wrote " + documents.size() + " document(s) from their stored extractions.");
    out.flush();
  }
}
