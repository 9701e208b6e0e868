package dev.kg.pipeline;

import dev.kg.graph.CypherRunner;
import dev.kg.graph.EditedDocumentException;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.neo4j.driver.Driver;

/**
 * Refuses edited documents before they are analysed: a document whose id the graph holds with other
 * content becomes a failed input, so nothing an analyst ingested is overwritten unasked, and no
 * CoreNLP time goes into it. Every way into the graph ({@code kg ingest}, documents posted to {@code
 * kg serve}) applies this one rule unless told to replace; the write itself decides again in its
 * transaction ({@link IngestPipeline#refusingEdited}), for a document another writer stored meanwhile.
 *
 * <pre>{@code
 * EditedDocuments edited = new EditedDocuments(driver, "--replace replaces it");
 * pipeline.run(reader.read(inputs).map(edited::refuse));
 * }</pre>
 */
public final class EditedDocuments {

  private static final String STORED_SHA256 = "MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha256";

  private final CypherRunner cypher;
  private final String howToReplace;

  /** @param howToReplace ends the refusal, saying how to replace instead, e.g. {@code "--replace replaces it"} */
  public EditedDocuments(Driver driver, String howToReplace) {
    this.cypher = new CypherRunner(driver);
    this.howToReplace = Objects.requireNonNull(howToReplace, "howToReplace");
  }

  /** {@code input}, or a failure when it is a document the graph holds with other content. */
  public ReadResult refuse(ReadResult input) {
    if (input instanceof ReadResult.Read read) {
      SourceDocument document = read.document();
      Optional<String> stored = storedSha256(document.id());
      if (stored.isPresent() && !document.sha256().equals(stored.get())) {
        return new ReadResult.Failed(refusal(document));
      }
    }
    return input;
  }

  /** How {@code document}, an edited document, is refused. */
  public InputProblem refusal(SourceDocument document) {
    return new InputProblem(document.path(), EditedDocumentException.describe(document.id()) + "; " + howToReplace);
  }

  /** The sha256 of the content the graph holds for document {@code id}, empty when it holds none. */
  public Optional<String> storedSha256(String id) {
    List<Map<String, Object>> stored = cypher.run(STORED_SHA256, Map.of("id", id)).asMaps();
    return stored.stream().map(row -> (String) row.get("sha256")).findFirst();
  }
}
