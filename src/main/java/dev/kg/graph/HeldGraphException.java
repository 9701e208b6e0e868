package dev.kg.graph;

import java.util.List;

/**
 * A write refused because the graph holds a batch written from many writers ({@link PendingBatch}):
 * its documents' sums are written in stages, and a write in between would build on half of them. The
 * message is one line saying which batch and how to finish it, e.g. {@code the graph is held by Spark
 * batch batch-3f1c (40 document(s), started 2026-12-05T04:50:12Z): wait for it to end, or, if its run
 * died, run the same kg ingest --spark command again to finish it}.
 */
public final class HeldGraphException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private HeldGraphException(String message) {
    super(message);
  }

  /** A plain writer's refusal: the graph is held by {@code batch}. */
  public static HeldGraphException heldBy(PendingBatch batch) {
    return new HeldGraphException(
        "the graph is held by " + batch.describe()
            + ": wait for it to end, or, if its run died, run the same kg ingest --spark command again to finish it");
  }

  /** A batch's refusal: the graph is held by {@code batch}, of other documents than the {@code documents} of this one. */
  public static HeldGraphException otherBatch(PendingBatch batch, long documents) {
    return new HeldGraphException(
        "the graph is held by " + batch.describe() + " of other documents than this run's " + documents
            + ": run the command that started it again, with the same inputs, to finish it first");
  }

  /**
   * A batch's refusal: the graph is held by {@code batch}, of the same documents as this one, but
   * whose analysis failed for {@code differing} documents in one run and not in the other (a want of
   * memory), each named with the run it was written in ({@code then} or {@code now}).
   */
  public static HeldGraphException analysedOtherwise(PendingBatch batch, List<String> differing) {
    return new HeldGraphException(
        "the graph is held by " + batch.describe() + ", whose documents this run analysed otherwise: "
            + String.join(", ", differing.subList(0, Math.min(5, differing.size())))
            + (differing.size() > 5 ? " and " + (differing.size() - 5) + " more" : "")
            + " failed in one run and not the other: run the same command again, with the executors' memory it needs");
  }
}
