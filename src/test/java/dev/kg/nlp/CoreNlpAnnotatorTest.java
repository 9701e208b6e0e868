package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.AnnotatedText.Quotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Runs the real CoreNLP pipeline, loaded once per JVM. */
@UsesCoreNlp
class CoreNlpAnnotatorTest {

  private static final String LIBRARY =
      "Anna Berg, the mayor of Lake Town, opened the library. \"It is a great day,\" Berg said. "
          + "Carl Dahl, her deputy, agreed. \"We waited years,\" Dahl said. \"Books matter,\" Anna Berg added.";
  private static final String PORT =
      "Minister Otto Lind visited the port. \"Trade will grow,\" Lind said. His adviser, Maria Sund, "
          + "was cautious. \"We must wait,\" Sund told reporters. \"Not yet,\" Lind said.";

  private final CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();

  @Test
  void shouldAttributeQuotesAsAloneWhenThreadsAnnotateAtOnce() throws Exception {
    // given each text's quotations annotated alone
    List<Quotation> library = annotator.annotate(LIBRARY, null).quotations();
    List<Quotation> port = annotator.annotate(PORT, null).quotations();
    assertThat(library).hasSize(3).filteredOn(quote -> quote.speaker() != null).isNotEmpty();
    assertThat(port).hasSize(3).filteredOn(quote -> quote.speaker() != null).isNotEmpty();

    // when both are annotated over and over on two threads (CoreNLP's own quote attribution, shared
    // between threads, failed or swapped speakers in about one round in twenty)
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<List<Quotation>>> libraryRuns = new ArrayList<>();
    List<Future<List<Quotation>>> portRuns = new ArrayList<>();
    try {
      for (int round = 0; round < 100; round++) {
        libraryRuns.add(threads.submit(() -> annotator.annotate(LIBRARY, null).quotations()));
        portRuns.add(threads.submit(() -> annotator.annotate(PORT, null).quotations()));
      }

      // then every run attributes as the lone one did
      for (int round = 0; round < 100; round++) {
        assertThat(libraryRuns.get(round).get()).isEqualTo(library);
        assertThat(portRuns.get(round).get()).isEqualTo(port);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
