package dev.kg.graph;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.extract.DocumentExtraction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Two short made-up news stories as kg extracted them, for {@link GraphWriter#warmUp()}: between them
 * they have people, an organisation and places, names the second shares with the first, relations,
 * quotes and events of one type with a participant in common, so writing them runs every statement a
 * real document does. The names are invented so that no real graph holds them.
 *
 * <p>The stored extractions are what {@code NlpDocumentAnalyzer} made of the two texts they contain,
 * serialised with Jackson; regenerate them the same way when the extraction records change.
 */
final class WarmUpDocuments {

  private static final String RESOURCE = "warm-up-documents.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private WarmUpDocuments() {}

  static List<DocumentExtraction> load() {
    try (InputStream in = WarmUpDocuments.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from kg's classpath");
      }
      return JSON.readValue(in, new TypeReference<List<DocumentExtraction>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
