package dev.kg.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * kg's entry point for {@code spark-submit}: {@code kg ingest --spark} on the master spark-submit
 * was given, with the rest of {@code kg ingest}'s options and inputs.
 *
 * <pre>
 * spark-submit --class dev.kg.cli.KgSparkSubmit --master spark://head:7077 --executor-memory 6g \
 *   target/kg-0.1.0-SNAPSHOT-spark.jar --uri bolt://db:7687 --password ... hdfs:///news/2025/*.jsonl
 * </pre>
 */
public final class KgSparkSubmit {

  private KgSparkSubmit() {}

  public static void main(String[] args) {
    String master = System.getProperty("spark.master");
    if (master == null) {
      System.err.println("kg: run this class through spark-submit, which sets the master (spark.master)");
      System.exit(2);
    }
    List<String> ingest = new ArrayList<>(List.of("ingest", "--spark", master));
    ingest.addAll(List.of(args));
    System.exit(Kg.commandLine().execute(ingest.toArray(String[]::new)));
  }
}
