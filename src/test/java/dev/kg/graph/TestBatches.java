package dev.kg.graph;

import dev.kg.curate.CurationRules;
import dev.kg.extract.DocumentExtraction;
import dev.kg.resolve.DocumentNames;
import dev.kg.resolve.EntityMapping;
import dev.kg.resolve.NameTable;
import dev.kg.resolve.NameUse;
import dev.kg.resolve.Resolver;
import dev.kg.resolve.Resolver.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;

/** Batches of hand-built extractions decided and written as a Spark run decides and writes them. */
final class TestBatches {

  private TestBatches() {}

  /** The batch's decisions: uses summed, names decided over the graph's. */
  static Map<String, Decision> decide(Driver driver, List<DocumentExtraction> batch) {
    List<NameUse> uses = new ArrayList<>();
    batch.forEach(local -> uses.addAll(DocumentNames.of(local).uses().values()));
    return new BatchIdentity(driver).decide(NameTable.of(uses), batch.stream().map(local -> local.document().id()).toList());
  }

  /** Each document's rows, mapped by {@code decisions}, under the graph's curation rules. */
  static List<DocumentRows> rows(Driver driver, Map<String, Decision> decisions, List<DocumentExtraction> batch) {
    CurationRules rules = new CurationRules(new Curation(driver).rules());
    return batch.stream()
        .map(local -> DocumentRows.of(local, new EntityMapping(Resolver.targets(DocumentNames.of(local), decisions)), rules))
        .toList();
  }

  /** Decides {@code batch} and writes it in two partitions, two keys a transaction, one partition after the other. */
  static BatchWriter.Report write(Driver driver, List<DocumentExtraction> batch) {
    return write(driver, decide(driver, batch), batch, rows -> new LocalStages(driver, rows, 2, 2, false));
  }

  /** Writes {@code batch} with {@code decisions}, its stages run by the stages {@code stages} makes of its rows. */
  static BatchWriter.Report write(
      Driver driver,
      Map<String, Decision> decisions,
      List<DocumentExtraction> batch,
      Function<List<DocumentRows>, BatchWriter.Stages> stages) {
    return new BatchWriter(driver)
        .write(
            batch.stream().map(local -> local.document().id()).toList(),
            decisions.keySet(),
            stages.apply(rows(driver, decisions, batch)));
  }
}
