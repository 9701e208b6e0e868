package dev.kg.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * CoreNLP's annotations of short texts, saved as JSON in {@code src/test/resources/annotated}, so that
 * a test of an extractor's rules reads what CoreNLP made of its text instead of loading the models.
 * {@code AnnotatedFixturesTest} (CoreNLP layer) checks that each saved annotation is still what CoreNLP
 * makes of its text, and saves them again when run with {@code -Dkg.fixtures.refresh=true}. To add
 * one, write a file holding only {@code {"text": "..."}} and run that test with the flag.
 *
 * <pre>{@code
 * AnnotatedText annotated = AnnotatedFixtures.of("Kim Jong Un met officials in Pyongyang.");
 * }</pre>
 */
public final class AnnotatedFixtures {

  /** Where the fixtures are, from the project directory tests run in. */
  public static final Path DIRECTORY = Path.of("src", "test", "resources", "annotated");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One saved annotation: CoreNLP's annotation of {@code text}, with no document date.
   *
   * @param annotated {@code null} in a fixture written by hand and not annotated yet
   */
  public record Fixture(String text, AnnotatedText annotated) {

    public Fixture {
      Objects.requireNonNull(text, "text");
    }
  }

  private AnnotatedFixtures() {}

  /** The saved annotation of {@code text}; an {@link AssertionError} saying how to add it if there is none. */
  public static AnnotatedText of(String text) {
    return files().stream()
        .map(AnnotatedFixtures::read)
        .filter(fixture -> fixture.text().equals(text) && fixture.annotated() != null)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no saved annotation of \"" + text + "\" in " + DIRECTORY + ": add a file there holding"
                        + " {\"text\": ...} and run AnnotatedFixturesTest with -Dkg.fixtures.refresh=true"))
        .annotated();
  }

  /** Every fixture file, sorted. */
  public static List<Path> files() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Fixture read(Path file) {
    try {
      return JSON.readValue(file.toFile(), Fixture.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fixture " + file, e);
    }
  }

  public static void write(Path file, Fixture fixture) {
    try {
      Files.writeString(file, JSON.writeValueAsString(fixture) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fixture " + file, e);
    }
  }
}
