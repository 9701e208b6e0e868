package dev.kg.graph;

import static dev.kg.testing.Latches.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class WriteLockTest {

  private final TestNeo4j server;

  WriteLockTest(TestNeo4j server) {
    this.server = server;
  }

  @Test
  void shouldMakeASecondTransactionWaitUntilTheFirstEndsAndLeaveNoNode() throws Exception {
    // given: one connection's transaction holds the lock
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (Neo4jConnection first = server.connect();
        Neo4jConnection second = server.connect()) {
      CompletableFuture<Void> holder =
          CompletableFuture.runAsync(() -> holdLock(first, held, release), threads);
      assertThat(held.await(1, TimeUnit.MINUTES)).isTrue();

      // when another connection's transaction asks for it
      CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> holdLock(second, null, null), threads);

      // then it waits until the first transaction has ended
      Thread.sleep(1_000);
      assertThat(waiter).isNotDone();
      release.countDown();
      holder.get(1, TimeUnit.MINUTES);
      waiter.get(1, TimeUnit.MINUTES);
    } finally {
      threads.shutdownNow();
    }
    assertThat(server.driver().executableQuery("MATCH (n) RETURN count(n) AS nodes").execute().records())
        .singleElement()
        .satisfies(row -> assertThat(row.get("nodes").asLong()).isZero());
  }

  private static void holdLock(Neo4jConnection connection, CountDownLatch held, CountDownLatch release) {
    try (Session session = connection.driver().session()) {
      session.executeWriteWithoutResult(
          tx -> {
            WriteLock.take(tx);
            if (held != null) {
              held.countDown();
              await(release);
            }
          });
    }
  }
}
