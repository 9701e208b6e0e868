import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.eval.SavedAnnotations;
import dev.kg.extract.EntityType;
import dev.kg.graph.CypherRunner;
import dev.kg.graph.GraphWriter;
import dev.kg.graph.Schema;
import dev.kg.ingest.DocumentReader;
import dev.kg.ingest.ReadResult;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.pipeline.IngestListener;
import dev.kg.pipeline.IngestPipeline;
import dev.kg.pipeline.IngestReport;
import dev.kg.pipeline.NlpDocumentAnalyzer;
import dev.kg.server.EmbeddedNeo4j;
import dev.kg.server.Neo4jConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Java half of bench/mention-check.sh: {@code annotate DIR} reads DIR/set.jsonl as {@code kg ingest}
 * reads a JSON-lines file and annotates each document's stored text once, with kg's CoreNLP pipeline
 * (saved to DIR/annotations.jsonl, {@link SavedAnnotations}' format) and with plain CoreNLP {@code ner}
 * ({@link CoreNlpAnnotator#plainTagger()}, its names mapped as {@code kg eval ingest} maps them, {@link
 * EntityType#ofNerTag}) to DIR/corenlp.tsv; DIR/texts.jsonl keeps each stored text. {@code replay DIR}
 * ingests the set again over the saved annotations (reader, kg's extraction, {@link GraphWriter} into a
 * temporary embedded store, as {@code kg eval ingest} does) and reads each name {@code Mention} back with
 * its entity's type to DIR/kg.tsv. TSV lines: document, start, end, type, name.
 */
public final class MentionCheck {

  // As kg eval ingest reads names back: every Mention but pronouns, nominals and nationalities.
  private static final String NAME_MENTIONS =
      """
      MATCH (d:Document {id: $id})-[:HAS_MENTION]->(m:Mention)-[:REFERS_TO]->(e:Entity)
      WHERE NOT m.nerTag IN ['PRONOUN', 'NOMINAL', 'NATIONALITY']
      RETURN m.start AS start, m.end AS end, e.type AS type
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "annotate" -> annotate(dir);
      case "replay" -> replay(dir);
      default -> throw new IllegalArgumentException("annotate DIR | replay DIR");
    }
  }

  private static List<SourceDocument> documents(Path dir) {
    DocumentReader reader = new DocumentReader(InputStream.nullInputStream(), DocumentReader.DEFAULT_MAX_CHARS);
    List<SourceDocument> documents = new ArrayList<>();
    try (Stream<ReadResult> read = reader.read(List.of(dir.resolve("set.jsonl").toString()))) {
      read.forEach(result -> {
        if (result instanceof ReadResult.Read document) {
          documents.add(document.document());
        } else {
          throw new IllegalStateException("unreadable: " + result);
        }
      });
    }
    return documents;
  }

  private static void annotate(Path dir) throws IOException {
    List<SourceDocument> documents = documents(dir);
    CoreNlpAnnotator kg = CoreNlpAnnotator.shared();
    CoreNlpAnnotator plain = CoreNlpAnnotator.plainTagger();
    try (SavedAnnotations.Writer saved = SavedAnnotations.writer(dir.resolve("annotations.jsonl"));
        PrintWriter texts = new PrintWriter(Files.newBufferedWriter(dir.resolve("texts.jsonl"), StandardCharsets.UTF_8));
        PrintWriter names = new PrintWriter(Files.newBufferedWriter(dir.resolve("corenlp.tsv"), StandardCharsets.UTF_8))) {
      int done = 0;
      for (SourceDocument document : documents) {
        System.err.printf("%d of %d: %s%n", ++done, documents.size(), document.id());
        saved.add(kg.annotate(document.text(), document.published()));
        texts.println(JSON.writeValueAsString(Map.of("id", document.id(), "text", document.text())));
        for (AnnotatedText.NamedMention mention : plain.annotate(document.text(), null).taggedMentions()) {
          EntityType type = EntityType.ofNerTag(mention.ner());
          if (type != null) {
            names.println(line(document, mention.start(), mention.end(), type.name()));
          }
        }
      }
      saved.commit();
    }
  }

  private static void replay(Path dir) throws IOException {
    List<SourceDocument> documents = documents(dir);
    Map<String, AnnotatedText> annotations = new HashMap<>();
    try (SavedAnnotations.Reader saved = SavedAnnotations.reader(dir.resolve("annotations.jsonl"))) {
      for (SourceDocument document : documents) {
        annotations.put(document.id(), saved.next());
      }
    }
    NlpDocumentAnalyzer analyzer = new NlpDocumentAnalyzer(CoreNlpAnnotator::shared);
    Path store = Files.createTempDirectory("kg-mention-check-");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store.resolve("store")));
        Neo4jConnection connection = neo4j.connect();
        PrintWriter names = new PrintWriter(Files.newBufferedWriter(dir.resolve("kg.tsv"), StandardCharsets.UTF_8))) {
      Schema.load().apply(connection.driver());
      // kg's extraction over the saved annotation instead of CoreNLP's.
      IngestPipeline pipeline =
          new IngestPipeline(
              document -> analyzer.analyze(document, annotations.get(document.id())),
              new GraphWriter(connection.driver()),
              1,
              IngestListener.SILENT,
              System::nanoTime);
      IngestReport report = pipeline.run(documents.stream().map(ReadResult.Read::new));
      report.problems().forEach(problem -> System.err.println("skipped " + problem));
      CypherRunner cypher = new CypherRunner(connection.driver());
      for (SourceDocument document : documents) {
        List<Map<String, Object>> mentions = new ArrayList<>(cypher.run(NAME_MENTIONS, Map.of("id", document.id())).asMaps());
        mentions.sort(Comparator.comparingInt(m -> ((Number) m.get("start")).intValue()));
        for (Map<String, Object> mention : mentions) {
          names.println(line(document, ((Number) mention.get("start")).intValue(), ((Number) mention.get("end")).intValue(),
              (String) mention.get("type")));
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(store)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static String line(SourceDocument document, int start, int end, String type) {
    String name = document.text().substring(start, end).replace('\n', ' ').replace('\t', ' ');
    return String.join("\t", document.id(), String.valueOf(start), String.valueOf(end), type, name);
  }
}
