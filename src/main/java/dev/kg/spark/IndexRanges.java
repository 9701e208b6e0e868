package dev.kg.spark;

import org.apache.spark.Partitioner;

/**
 * Puts input number {@code i} of {@code count} into partition {@code i * partitions / count}, so each
 * partition holds a run of consecutive inputs of about equal length and the partitions, read in
 * order, give the inputs in order. Spark's own range partitioner would sample the data to find the
 * bounds, which here are known.
 */
final class IndexRanges extends Partitioner {

  private final int partitions;
  private final long count;

  IndexRanges(int partitions, long count) {
    if (partitions < 1) {
      throw new IllegalArgumentException("need at least one partition, got " + partitions);
    }
    this.partitions = partitions;
    this.count = Math.max(1, count);
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    long index = (Long) key;
    return (int) Math.min(partitions - 1, index * partitions / count);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IndexRanges ranges && ranges.partitions == partitions && ranges.count == count;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count) * 31 + partitions;
  }
}
