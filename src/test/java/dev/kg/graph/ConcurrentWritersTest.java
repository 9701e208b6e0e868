package dev.kg.graph;

import static dev.kg.graph.TestDocuments.document;
import static dev.kg.graph.TestDocuments.location;
import static dev.kg.graph.TestDocuments.organization;
import static dev.kg.graph.TestDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.export.GraphExporter;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.LocationKind;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writers with drivers of their own, as two kg processes have, writing overlapping documents into
 * one server at once make the graph one writer makes: the {@link WriteLock} the database holds makes
 * their identity decisions take turns.
 */
@UsesNeo4j
@ExtendWith(Neo4jExtension.class)
class ConcurrentWritersTest {

  private static final int ROUNDS = 2;

  private static final Entity VLADIMIR_PUTIN = person("person:vladimir-putin", "Vladimir Putin");
  private static final Entity PUTIN = person("person:putin", "Putin");
  private static final Entity KIM_JONG_UN = person("person:kim-jong-un", "Kim Jong Un");
  private static final Entity KIM_YO_JONG = person("person:kim-yo-jong", "Kim Yo Jong");
  private static final Entity KIM = person("person:kim", "Kim");
  private static final Entity SERGEI_SHOIGU = person("person:sergei-shoigu", "Sergei Shoigu");
  private static final Entity SHOIGU = person("person:shoigu", "Shoigu");
  private static final Entity LAVROV = person("person:sergei-lavrov", "Sergei Lavrov");
  private static final Entity KCNA = organization("organization:kcna", "KCNA");
  private static final Entity AGENCY =
      organization("organization:korean-central-news-agency", "Korean Central News Agency");
  private static final Entity PYONGYANG = location("location:pyongyang", LocationKind.CITY, "Pyongyang");
  private static final Entity PYONGYANG_ORGANIZATION = organization("organization:pyongyang", "Pyongyang");
  private static final Entity MOSCOW = location("location:moscow", LocationKind.CITY, "Moscow");

  // Each short name's entity depends on fuller names other documents bring, and a later full name
  // (Kim Yo Jong beside Kim Jong Un) undoes a decision earlier documents were written with.
  private static final List<DocumentExtraction> DOCUMENTS =
      List.of(
          document("d00", "Putin spoke in Moscow.").mention(PUTIN, "Putin").mention(MOSCOW, "Moscow").build(),
          document("d01", "Kim arrived in Pyongyang.").mention(KIM, "Kim").mention(PYONGYANG, "Pyongyang").build(),
          document("d02", "Vladimir Putin met Kim Jong Un in Pyongyang.")
              .mention(VLADIMIR_PUTIN, "Vladimir Putin").mention(KIM_JONG_UN, "Kim Jong Un")
              .mention(PYONGYANG, "Pyongyang").build(),
          document("d03", "KCNA said Shoigu thanked Pyongyang.")
              .mention(KCNA, "KCNA").mention(SHOIGU, "Shoigu").mention(PYONGYANG_ORGANIZATION, "Pyongyang").build(),
          document("d04", "The Korean Central News Agency quoted Kim Yo Jong.")
              .mention(AGENCY, "Korean Central News Agency").mention(KIM_YO_JONG, "Kim Yo Jong").build(),
          document("d05", "Sergei Shoigu met Sergei Lavrov in Moscow.")
              .mention(SERGEI_SHOIGU, "Sergei Shoigu").mention(LAVROV, "Sergei Lavrov").mention(MOSCOW, "Moscow")
              .build(),
          document("d06", "Kim and Putin met. KCNA reported it.")
              .mention(KIM, "Kim").mention(PUTIN, "Putin").mention(KCNA, "KCNA").build(),
          document("d07", "Shoigu flew to Pyongyang.").mention(SHOIGU, "Shoigu").mention(PYONGYANG, "Pyongyang").build(),
          document("d08", "Kim Jong Un and Sergei Lavrov met in Pyongyang.")
              .mention(KIM_JONG_UN, "Kim Jong Un").mention(LAVROV, "Sergei Lavrov").mention(PYONGYANG, "Pyongyang")
              .build(),
          document("d09", "Putin praised Pyongyang.").mention(PUTIN, "Putin").mention(PYONGYANG, "Pyongyang").build(),
          document("d10", "Kim Yo Jong warned Moscow.").mention(KIM_YO_JONG, "Kim Yo Jong").mention(MOSCOW, "Moscow")
              .build(),
          document("d11", "KCNA quoted Kim.").mention(KCNA, "KCNA").mention(KIM, "Kim").build());

  private final TestNeo4j server;

  ConcurrentWritersTest(TestNeo4j server) {
    this.server = server;
  }

  @Test
  void shouldMakeTheGraphOneWriterMakesWhenTwoWriteOverlappingDocumentsAtOnce() throws Exception {
    // given: the graph one writer makes of every document
    GraphWriter alone = new GraphWriter(server.driver());
    DOCUMENTS.forEach(alone::write);
    String oneWriter = export();

    for (int round = 0; round < ROUNDS; round++) {
      server.empty();

      // when: two writers, each with a driver of its own, write d00-d07 and d11-d04 at once
      // (a thread each: the common pool may have one thread on a two-core machine)
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try (Neo4jConnection first = server.connect();
          Neo4jConnection second = server.connect()) {
        CountDownLatch start = new CountDownLatch(1);
        List<DocumentExtraction> backward = new ArrayList<>(DOCUMENTS.subList(4, 12));
        Collections.reverse(backward);
        CompletableFuture<Void> forward =
            writeAll(new GraphWriter(first.driver()), DOCUMENTS.subList(0, 8), start, threads);
        CompletableFuture<Void> reverse = writeAll(new GraphWriter(second.driver()), backward, start, threads);
        start.countDown();
        CompletableFuture.allOf(forward, reverse).get(2, TimeUnit.MINUTES);
      } finally {
        threads.shutdownNow();
      }

      // then
      assertThat(export()).as("round %d", round).isEqualTo(oneWriter);
    }
  }

  private static CompletableFuture<Void> writeAll(
      GraphWriter writer, List<DocumentExtraction> documents, CountDownLatch start, ExecutorService threads) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          documents.forEach(writer::write);
        },
        threads);
  }

  private String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GraphExporter(server.driver()).export(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
