package dev.kg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The word lists CoreNLP ships in its models jar, read a line at a time (blank lines skipped). */
final class ModelsJar {

  private ModelsJar() {}

  static void lines(String resource, Consumer<String> consumer) {
    InputStream in = ModelsJar.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("CoreNLP's models jar has no " + resource + "; is it on the classpath?");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          consumer.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
