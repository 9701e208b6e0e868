package dev.kg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IndexRangesTest {

  @Test
  void shouldGiveEachPartitionARunOfConsecutiveInputsInOrder() {
    // given
    IndexRanges ranges = new IndexRanges(3, 10);

    // when
    List<Integer> partitions = LongStream.range(0, 10).mapToObj(index -> ranges.getPartition(index)).toList();

    // then
    assertThat(partitions).containsExactly(0, 0, 0, 0, 1, 1, 1, 2, 2, 2);
  }

  @Test
  void shouldRefuseNoPartitions() {
    assertThatThrownBy(() -> new IndexRanges(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need at least one partition, got 0");
  }
}
