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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
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

  /** Makes the stages of a batch from its documents' rows and the number of writers its stages are split among. */
  interface StagesOf {
    BatchWriter.Stages of(List<DocumentRows> rows, int partitions);
  }

  /** Decides {@code batch} and writes it in two partitions, two keys a transaction, one partition after the other. */
  static BatchWriter.Report write(Driver driver, List<DocumentExtraction> batch) {
    return write(driver, batch, (rows, partitions) -> new LocalStages(driver, rows, partitions, 2, false));
  }

  /**
   * Opens {@code batch} in two partitions (or finds it unfinished), decided as a Spark run decides
   * it, and writes it with the stages {@code stages} makes of its rows.
   */
  static BatchWriter.Report write(Driver driver, List<DocumentExtraction> batch, StagesOf stages) {
    return write(driver, () -> decide(driver, batch), batch, stages);
  }

  /** Opens {@code batch} decided by {@code decide}, or finds it unfinished, and writes it with the stages {@code stages} makes of its rows. */
  static BatchWriter.Report write(
      Driver driver, Supplier<Map<String, Decision>> decide, List<DocumentExtraction> batch, StagesOf stages) {
    BatchWriter writer = new BatchWriter(driver);
    SortedMap<String, String> documents = new TreeMap<>();
    batch.forEach(local -> documents.put(local.document().id(), local.document().sha256()));
    BatchWriter.Batch opened = writer.open(documents, documents.keySet(), 2, decide);
    return writer.write(opened, stages.of(rows(driver, opened.decisions(), batch), opened.partitions()));
  }
}
