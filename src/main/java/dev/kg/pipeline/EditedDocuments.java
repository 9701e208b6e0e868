package dev.kg.pipeline;

import dev.kg.graph.CypherRunner;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Driver;

/**
 * Refuses edited documents: a document whose id the graph holds with other content becomes a failed
 * input, so nothing an analyst ingested is overwritten unasked. Every way into the graph ({@code kg
 * ingest}, documents posted to {@code kg serve}) applies this one rule unless told to replace.
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
      List<Map<String, Object>> stored = cypher.run(STORED_SHA256, Map.of("id", document.id())).asMaps();
      if (!stored.isEmpty() && !document.sha256().equals(stored.get(0).get("sha256"))) {
        return new ReadResult.Failed(
            new InputProblem(
                document.path(),
                "document '" + document.id() + "' is already in the graph with other content; " + howToReplace));
      }
    }
    return input;
  }
}
