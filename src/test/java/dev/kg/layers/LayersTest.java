package dev.kg.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the fast layer fast: a test class that starts CoreNLP, Neo4j or kg itself must say so with
 * one of this package's annotations, or {@code ./mvnw test} would run it.
 */
class LayersTest {

  private static final Path TESTS = Path.of("src", "test", "java");

  // What a test uses to start an expensive resource: the annotator, an embedded store, the
  // extensions and runners that start them, or kg's command line on a sample store.
  private static final Pattern STARTS_SOMETHING_SLOW =
      Pattern.compile(
          "\\b(CoreNlpAnnotator|Neo4jExtension|TestNeo4j|EmbeddedNeo4j|SampleStore|SampleStoreExtension"
              + "|KgRun|ServeRun|NodeProject)\\b");

  private static final Pattern TAGGED =
      Pattern.compile("^@Uses(CoreNlp|Neo4j|RealClients)$", Pattern.MULTILINE);

  @Test
  void shouldTagEveryTestClassThatStartsCoreNlpOrNeo4j() throws IOException {
    // given
    List<Path> testClasses;
    try (Stream<Path> files = Files.walk(TESTS)) {
      testClasses =
          files
              .filter(file -> file.getFileName().toString().endsWith("Test.java"))
              .filter(file -> !file.endsWith(Path.of("dev", "kg", "layers", "LayersTest.java")))
              .toList();
    }

    // when
    List<String> untagged =
        testClasses.stream()
            .filter(file -> isUntaggedAndSlow(read(file)))
            .map(file -> TESTS.relativize(file).toString())
            .toList();

    // then
    assertThat(testClasses).hasSizeGreaterThan(40);
    assertThat(untagged).as("test classes starting CoreNLP or Neo4j without a dev.kg.layers tag").isEmpty();
  }

  private static boolean isUntaggedAndSlow(String source) {
    return STARTS_SOMETHING_SLOW.matcher(source).find() && !TAGGED.matcher(source).find();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
