package dev.kg.spark;

import dev.kg.ingest.DocumentIds;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import scala.Tuple2;

/**
 * What the driver decides about the documents executors read, in input order, before any is analysed:
 * a document whose id an earlier document of other content has (read by another task, so no reader
 * saw both) is refused as plain ingest refuses it; of the others, those {@code needsAnalysis}
 * accepts are analysed.
 *
 * @param wanted the input indexes of the documents to analyse, ascending
 * @param refused the failed inputs that take the place of refused documents, by input index
 */
record AnalysisPlan(long[] wanted, Map<Long, Shipped> refused) implements Serializable {

  AnalysisPlan {
    wanted = wanted.clone();
    refused = Map.copyOf(refused);
  }

  /**
   * @param documents each document read with its input index, in input order
   * @param needsAnalysis asked with each document's id and sha256 that is not refused
   */
  static AnalysisPlan of(List<Tuple2<Long, Shipped.DocumentKey>> documents, BiPredicate<String, String> needsAnalysis) {
    DocumentIds ids = new DocumentIds();
    Map<Long, Shipped> refused = new HashMap<>();
    long[] wanted = new long[documents.size()];
    int count = 0;
    for (Tuple2<Long, Shipped.DocumentKey> document : documents) {
      Shipped.DocumentKey key = document._2();
      Optional<String> clash = ids.claim(key.id(), key.path(), key.sha256(), DocumentIds.ANY_ID_HINT);
      if (clash.isPresent()) {
        refused.put(document._1(), new Shipped.Failed(key.path(), clash.get()));
      } else if (needsAnalysis.test(key.id(), key.sha256())) {
        wanted[count++] = document._1();
      }
    }
    return new AnalysisPlan(Arrays.copyOf(wanted, count), refused);
  }

  /** Whether the document at input index {@code index} is to be analysed. */
  boolean analyses(long index) {
    return Arrays.binarySearch(wanted, index) >= 0;
  }

  /** What the input at {@code index} is for the writer: {@code shipped}, or the failure refusing it. */
  Shipped forWriter(long index, Shipped shipped) {
    return refused.getOrDefault(index, shipped);
  }
}
