package dev.kg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the Cypher scripts kg ships under {@code /cypher} on the classpath. */
final class CypherResources {

  private CypherResources() {}

  /** The text of {@code resource}, e.g. {@code /cypher/schema.cypher}. */
  static String read(String resource) {
    try (InputStream in = CypherResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath; rebuild kg");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
