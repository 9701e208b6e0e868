package dev.kg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.ingest.InputProblem;
import dev.kg.ingest.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** What the driver decides about the documents executors read, without Spark running. */
class AnalysisPlanTest {

  @Test
  void shouldRefuseALaterDocumentUnderAClaimedIdAndAnalyseOnlyWhatTheGraphNeeds() {
    // given documents read by separate tasks: two files of one name in two folders, one file named
    // twice, and one document the graph already holds
    List<Tuple2<Long, Shipped.DocumentKey>> documents =
        List.of(
            document(0, "a.txt", "hdfs:///x/a.txt", "aaa"),
            document(2, "a.txt", "hdfs:///y/a.txt", "bbb"),
            document(3, "b.txt", "hdfs:///x/b.txt", "ccc"),
            document(4, "b.txt", "hdfs:///x/b.txt", "ccc"),
            document(5, "held.txt", "hdfs:///x/held.txt", "ddd"));
    List<String> asked = new ArrayList<>();

    // when
    AnalysisPlan plan =
        AnalysisPlan.of(
            documents,
            (id, sha256) -> {
              asked.add(id);
              return !Set.of("held.txt").contains(id);
            });

    // then
    assertThat(plan.wanted()).containsExactly(0, 3, 4);
    assertThat(asked).containsExactly("a.txt", "b.txt", "b.txt", "held.txt");
    assertThat(plan.analyses(3)).isTrue();
    assertThat(plan.analyses(5)).isFalse();
    Shipped read = new Shipped.Failed("ignored", "ignored");
    assertThat(plan.forWriter(3, read)).isSameAs(read);
    assertThat(plan.forWriter(2, read).read())
        .isEqualTo(
            new ReadResult.Failed(
                new InputProblem(
                    "hdfs:///y/a.txt",
                    "id 'a.txt' is already used by hdfs:///x/a.txt in this run; give them different ids: name a"
                        + " folder holding both, or give each JSONL line its own \"id\"")));
  }

  private static Tuple2<Long, Shipped.DocumentKey> document(long index, String id, String path, String sha256) {
    return new Tuple2<>(index, new Shipped.DocumentKey(id, path, sha256));
  }
}
