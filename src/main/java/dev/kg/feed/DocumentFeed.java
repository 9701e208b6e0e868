package dev.kg.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.extract.DocumentExtraction;
import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.GraphWriter;
import dev.kg.graph.HeldGraphException;
import dev.kg.graph.WriteOutcome;
import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.InputProblem;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SampleArticles;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.EditedDocuments;
import dev.kg.pipeline.IngestListener;
import dev.kg.pipeline.IngestPipeline;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import dev.kg.server.Neo4jConnection;
import dev.kg.server.Neo4jConnection.Credentials;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Documents posted to {@code kg serve} over HTTP, ingested as {@code kg ingest} ingests them: the
 * same reading and cleaning (a JSON object with the fields of a JSONL line, or an array of them), the
 * same annotation pipeline, kept warm between requests, and the same writer, one transaction per
 * document. An unchanged document is a no-op; an edited one is refused unless the request replaces.
 *
 * <p>Requests take turns in arrival order: one is annotated and written while the others wait, so
 * none is lost and the graph sees them in order. The feed writes over Bolt as the user who posted
 * (Neo4j's HTTP login has already checked the password), or without a login when the server has
 * authentication off. {@link DocumentsResource} finds the feed of its server by the server's port.
 *
 * <pre>{@code
 * try (DocumentFeed feed = DocumentFeed.open(neo4j.boltUri(), neo4j.httpUri().orElseThrow(), settings)) {
 *   feed.warmInBackground(neo4j::connect);   // kg serve --warm
 *   // POST http://127.0.0.1:7474/kg/documents {"id": "a1", "text": "..."}
 * }
 * }</pre>
 */
public final class DocumentFeed implements AutoCloseable {

  /** Where posted documents go: {@code POST <http root>kg/documents}. */
  public static final String DOCUMENTS_PATH = "kg/documents";

  private static final String ORIGIN = "request body";
  private static final String ID_PREFIX = "posted";
  private static final String HOW_TO_REPLACE = "?replace=true replaces it";
  private static final ObjectMapper JSON = new ObjectMapper();

  // What one document contributes, read back after it is written, so the entities carry the corpus
  // ids resolution gave them and an unchanged document reports what the graph holds for it.
  // Its relations are the facts (subject, type, object) its own sentences state, kept on its MENTIONS
  // edges (cypher/schema.cypher), however many other documents state them too.
  private static final String DOCUMENT_SUMMARY =
      """
      MATCH (d:Document {id: $id})
      RETURN COLLECT {
               MATCH (d)-[:MENTIONS]->(e:Entity)
               RETURN e {.id, .type, .name} AS entity ORDER BY e.id
             } AS entities,
             size(COLLECT {
               MATCH (d)-[m:MENTIONS]->(subject:Entity)
               UNWIND range(0, size(coalesce(m.evidenceTypes, [])) - 1) AS i
               RETURN DISTINCT [subject.id, m.evidenceTypes[i], m.evidenceObjects[i]] AS fact
             }) AS relations,
             COUNT { (d)-[:HAS_QUOTE]->(:Quote) } AS quotes,
             COUNT { (d)-[:REPORTS]->(:Event) } AS events
      """;

  // How many times a warming feed analyses the sample articles (about 470 words) before it says it
  // is warm, the last time also rehearsing their writes. With bench/warm.sh, the first BBC articles
  // of 300-500 words posted after the models loaded cost 20, 5.7, 6.7, 5.8, 3.6 ... CPU-s, settling
  // at about 1.7 after ten (some 4,000 words).
  private static final int REHEARSAL_ROUNDS = 8;

  private static final Map<Integer, DocumentFeed> BY_HTTP_PORT = new ConcurrentHashMap<>();

  private final URI boltUri;
  private final int httpPort;
  private final Settings settings;
  private final WarmPipeline<CoreNlpAnnotator> pipeline;
  private final DocumentReader reader;
  private final ReentrantLock turn = new ReentrantLock(true);
  private final AtomicInteger waiting = new AtomicInteger();
  private Login login;
  private boolean closed;
  // Set first thing on close, so a rehearsal still running stops between documents.
  private volatile boolean closing;

  /**
   * How a feed takes documents.
   *
   * @param authentication whether the server asks clients to log in
   * @param maxBodyBytes the largest request body accepted; larger ones get 413
   * @param maxChars the longest cleaned document accepted, as {@code kg ingest --max-chars}
   * @param threads annotation threads for the documents of one request
   */
  public record Settings(boolean authentication, int maxBodyBytes, int maxChars, int threads) {

    public Settings {
      if (maxBodyBytes <= 0) {
        throw new IllegalArgumentException("the request body limit must be positive, got " + maxBodyBytes);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("need at least one annotation thread, got " + threads);
      }
    }
  }

  private DocumentFeed(URI boltUri, int httpPort, Settings settings) {
    this.boltUri = Objects.requireNonNull(boltUri, "boltUri");
    this.httpPort = httpPort;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pipeline = new WarmPipeline<>(CoreNlpAnnotator::shared);
    this.reader = new DocumentReader(InputStream.nullInputStream(), settings.maxChars());
  }

  /**
   * Takes documents posted to the server at {@code httpRoot}, writing them to its Bolt address, until
   * closed. The models load with the first document unless {@link #warmInBackground} is called.
   */
  public static DocumentFeed open(URI boltUri, URI httpRoot, Settings settings) {
    DocumentFeed feed = new DocumentFeed(boltUri, httpRoot.getPort(), settings);
    if (BY_HTTP_PORT.putIfAbsent(feed.httpPort, feed) != null) {
      throw new IllegalStateException("a feed already takes documents on port " + feed.httpPort);
    }
    return feed;
  }

  /** The feed of the server listening on {@code httpPort}, if it takes documents. */
  static Optional<DocumentFeed> onPort(int httpPort) {
    return Optional.ofNullable(BY_HTTP_PORT.get(httpPort));
  }

  /**
   * Loads the annotation pipeline now, on a thread of its own, instead of with the first document,
   * and rehearses before the feed says it is warm: it analyses kg's sample articles a few times and
   * writes them into the graph in transactions it rolls back ({@link GraphWriter#rehearse}), through
   * a connection from {@code graph}, which it closes.
   */
  public void warmInBackground(Supplier<Neo4jConnection> graph) {
    Objects.requireNonNull(graph, "graph");
    pipeline.warmInBackground(annotator -> rehearse(annotator, graph));
  }

  private void rehearse(CoreNlpAnnotator annotator, Supplier<Neo4jConnection> graph) {
    NlpDocumentAnalyzer analyzer = new NlpDocumentAnalyzer(() -> annotator);
    List<SourceDocument> samples = SampleArticles.read();
    List<DocumentExtraction> extractions = new ArrayList<>(samples.size());
    for (int round = 1; round <= REHEARSAL_ROUNDS; round++) {
      // The last round's extractions are the ones written.
      extractions.clear();
      for (SourceDocument sample : samples) {
        if (closing) {
          return;
        }
        extractions.add(analyzer.analyze(sample));
      }
    }
    try (Neo4jConnection connection = graph.get()) {
      GraphWriter writer = new GraphWriter(connection.driver());
      writer.rehearse(extractions);
      // The reads a request makes beside its write: whether the document is stored, and as what, and
      // the summary the answer carries. Planned on the first request, they cost it half a second.
      SourceDocument first = samples.get(0);
      writer.isStored(first.id(), first.sha256());
      new EditedDocuments(connection.driver(), HOW_TO_REPLACE).storedSha256(first.id());
      try (Session session = connection.driver().session()) {
        session.executeRead(tx -> tx.run(DOCUMENT_SUMMARY, Map.of("id", first.id())).consume());
      }
    } catch (GraphUnavailableException e) {
      // The server stopping under a rehearsal is no failure to report.
      if (!closing) {
        throw e;
      }
    } catch (HeldGraphException e) {
      // A batch holds the graph, which kg serve has said at start: documents are refused until it
      // ends, so there is no write to prepare for.
    }
  }

  int maxBodyBytes() {
    return settings.maxBodyBytes();
  }

  /** The health report: whether the pipeline is warm and how many requests wait for their turn. */
  Reply health() {
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("pipeline", pipeline.state().name().toLowerCase(Locale.ROOT));
    health.put("waiting", waiting.get());
    return Reply.json(200, health);
  }

  /**
   * Ingests the documents in {@code body}; 400 when any of them cannot be read (nothing is written),
   * otherwise 200 with a report per document, in the body's shape: an object for an object, an array
   * for an array.
   *
   * @param credentials the login the request passed, empty when the server needs none
   */
  Reply post(byte[] body, boolean replace, Optional<Credentials> credentials) {
    List<ReadResult> inputs = reader.readJson(body, ORIGIN, ID_PREFIX);
    for (ReadResult input : inputs) {
      if (input instanceof ReadResult.Failed failed) {
        return Reply.error(400, failed.problem().toString());
      }
    }
    List<SourceDocument> documents =
        inputs.stream().map(input -> ((ReadResult.Read) input).document()).toList();
    Optional<List<DocumentReport>> reports = inTurn(() -> ingest(documents, replace, credentials));
    if (reports.isEmpty()) {
      return Reply.error(503, "kg serve is stopping; nothing was written");
    }
    return Reply.json(200, firstNonBlank(body) == '[' ? reports.get() : reports.get().get(0));
  }

  /** The work's result in this request's turn, or nothing when the feed closed while it waited. */
  private <T> Optional<T> inTurn(Supplier<T> work) {
    waiting.incrementAndGet();
    turn.lock();
    try {
      waiting.decrementAndGet();
      return closed ? Optional.empty() : Optional.of(work.get());
    } finally {
      turn.unlock();
    }
  }

  private List<DocumentReport> ingest(List<SourceDocument> documents, boolean replace, Optional<Credentials> credentials) {
    Driver driver = driver(credentials);
    GraphWriter writer = new GraphWriter(driver);
    writer.requireFree();
    Map<String, WriteOutcome> outcomes = new HashMap<>();
    Map<String, String> problems = new HashMap<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void documentDone(SourceDocument document, WriteOutcome outcome) {
            outcomes.put(document.path(), outcome);
          }

          @Override
          public void problem(InputProblem problem) {
            problems.put(problem.origin(), problem.reason());
          }
        };
    IngestPipeline ingest =
        new IngestPipeline(
            new NlpDocumentAnalyzer(pipeline),
            writer,
            Math.min(settings.threads(), documents.size()),
            listener,
            System::nanoTime);
    Stream<ReadResult> inputs = documents.stream().map(ReadResult.Read::new);
    if (replace) {
      ingest.run(inputs);
    } else {
      EditedDocuments edited = new EditedDocuments(driver, HOW_TO_REPLACE);
      ingest.refusingEdited(edited).run(inputs.map(edited::refuse));
    }
    List<DocumentReport> reports = new ArrayList<>(documents.size());
    for (SourceDocument document : documents) {
      WriteOutcome outcome = outcomes.get(document.path());
      reports.add(
          outcome == null
              ? DocumentReport.failed(
                  document.id(), Objects.requireNonNullElse(problems.get(document.path()), "not ingested"))
              : summary(driver, document.id(), outcome));
    }
    return reports;
  }

  private static DocumentReport summary(Driver driver, String id, WriteOutcome outcome) {
    try (Session session = driver.session()) {
      Record row = session.executeRead(tx -> tx.run(DOCUMENT_SUMMARY, Map.of("id", id)).single());
      List<DocumentReport.EntityRef> entities =
          row.get("entities")
              .asList(
                  entity ->
                      new DocumentReport.EntityRef(
                          entity.get("id").asString(), entity.get("type").asString(), entity.get("name").asString()));
      return new DocumentReport(
          id,
          outcome.name(),
          null,
          entities,
          row.get("relations").asInt(),
          row.get("quotes").asInt(),
          row.get("events").asInt());
    }
  }

  // One connection, for the login of the latest request; called in turn, so nobody else is using it.
  private Driver driver(Optional<Credentials> credentials) {
    Optional<Credentials> wanted = settings.authentication() ? credentials : Optional.empty();
    if (login == null || !login.credentials().equals(wanted)) {
      if (login != null) {
        login.connection().close();
        login = null;
      }
      Neo4jConnection connection =
          wanted.isPresent() ? Neo4jConnection.open(boltUri, wanted.get()) : Neo4jConnection.open(boltUri);
      login = new Login(wanted, connection);
    }
    return login.connection().driver();
  }

  private static int firstNonBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b;
      }
    }
    return -1;
  }

  /** Stops taking documents; a request in progress finishes first. */
  @Override
  public void close() {
    closing = true;
    BY_HTTP_PORT.remove(httpPort, this);
    turn.lock();
    try {
      closed = true;
      if (login != null) {
        login.connection().close();
        login = null;
      }
    } finally {
      turn.unlock();
    }
  }

  private record Login(Optional<Credentials> credentials, Neo4jConnection connection) {}

  /** An HTTP status and the JSON to answer with. */
  record Reply(int status, String json) {

    static Reply json(int status, Object body) {
      try {
        return new Reply(status, JSON.writeValueAsString(body));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** An error, as one line: {@code {"error": "request body[1]: missing \"text\""}}. */
    static Reply error(int status, String reason) {
      return json(status, Map.of("error", reason));
    }
  }
}
