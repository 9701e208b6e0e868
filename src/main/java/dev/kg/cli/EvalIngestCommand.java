package dev.kg.cli;

import dev.kg.eval.Conll2003File;
import dev.kg.eval.ConllArticles;
import dev.kg.eval.GoldArticles;
import dev.kg.eval.NerScore;
import dev.kg.eval.ReDocRedArticles;
import dev.kg.eval.ReDocRedDocument;
import dev.kg.extract.EntityType;
import dev.kg.graph.CypherRunner;
import dev.kg.graph.GraphWriter;
import dev.kg.graph.Schema;
import dev.kg.ingest.DocumentReader;
import dev.kg.name.Demonyms;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.NamedMention;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg eval ingest}: kg end to end on CoNLL-2003 documents rebuilt as news articles (see {@link
 * ConllArticles}) or on Re-DocRED's Wikipedia introductions (see {@link ReDocRedArticles}), text of
 * another kind than the newswire kg's rules were written on. The articles are ingested with the
 * normal pipeline (reader, cleaning, CoreNLP, extraction, resolution across documents, graph writes)
 * into a temporary embedded store, and the names are read back from the graph: each {@code Mention}
 * of a name, at its offsets in the stored text, with the label of the entity it refers to. Plain CoreNLP ({@code ner} with default settings)
 * tags the same articles as written, and both are scored per type and micro-averaged, a name right
 * only with its exact span and type.
 *
 * <pre>
 * kg eval ingest --conll ../shared/data/conll2003-en/valid.txt --limit 50
 * kg eval ingest --redocred ../shared/data/re-docred/dev_revised.json --skip 250 --limit 250
 * </pre>
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests a CoNLL-2003 file's documents as news articles (first sentence as headline), or a Re-DocRED file's",
      "documents as articles without headline, into a temporary store and scores the PERSON/ORGANIZATION/LOCATION",
      "mentions in the graph, beside plain CoreNLP on the same text."
    })
final class EvalIngestCommand implements Callable<Integer> {

  private static final String NAME_MENTIONS =
      """
      MATCH (d:Document {id: $id})-[:HAS_MENTION]->(m:Mention)-[:REFERS_TO]->(e:Entity)
      WHERE NOT m.nerTag IN ['PRONOUN', 'NOMINAL', 'NATIONALITY']
      RETURN m.start AS start, m.end AS end, e.type AS type
      """;
  private static final String DOCUMENT_TEXT = "MATCH (d:Document {id: $id}) RETURN d.text AS text";

  private static final int CONTEXT = 100;

  private static final Comparator<List<Integer>> SPAN_ORDER =
      Comparator.<List<Integer>>comparingInt(span -> span.get(0)).thenComparingInt(span -> span.get(1));

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Which corpus to score on: exactly one. */
  static final class Source {

    @Option(names = "--conll", paramLabel = "FILE", required = true, description = "CoNLL-2003 file with gold tags.")
    Path conll;

    @Option(names = "--redocred", paramLabel = "FILE", required = true, description = "A Re-DocRED (DocRED JSON) file.")
    Path redocred;
  }

  @Option(names = "--skip", paramLabel = "N", description = "Leave out the file's first N documents.")
  Integer skip;

  @Option(names = "--limit", paramLabel = "N", description = "Only N documents (after those skipped).")
  Integer limit;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Also write kg's errors there, one per line: document, MISSED/SPURIOUS/TYPE, name, kg's type, gold type, its line.")
  Path errors;

  @Option(
      names = "--corenlp-errors",
      paramLabel = "FILE",
      description = "Also write plain CoreNLP's errors there, in the same form as --errors.")
  Path corenlpErrors;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    GoldArticles articles = articles();
    PrintWriter err = spec.commandLine().getErr();
    err.printf("Ingesting %d articles into a temporary store; CoreNLP loads its models first (~60 s).%n", articles.size());
    err.flush();
    NerScore kg = ingestAndScore(articles);
    err.println("Tagging the same articles with plain CoreNLP.");
    err.flush();
    CoreNlpAnnotator plain = CoreNlpAnnotator.plainTagger();
    NerScore corenlp = NerScore.empty();
    List<String> corenlpErrorLines = new ArrayList<>();
    for (int d = 0; d < articles.size(); d++) {
      String text = articles.text(d);
      Set<GoldArticles.Name> found = names(plain.annotate(text, null));
      corenlp = corenlp.plus(articles.score(d, text, found));
      if (corenlpErrors != null) {
        corenlpErrorLines.addAll(errorLines(articles.id(d), text, articles.goldSpans(d, text), found));
      }
    }
    if (corenlpErrors != null) {
      Files.write(corenlpErrors, corenlpErrorLines, StandardCharsets.UTF_8);
    }
    PrintWriter out = spec.commandLine().getOut();
    ScoreTable.print(out, List.of("kg", "CoreNLP"), List.of(kg, corenlp));
    out.println("kg: mentions in the graph after ingest (entity label, exact span); CoreNLP: plain ner with default"
        + " settings on the article as written");
    out.flush();
    return 0;
  }

  /** The documents chosen, {@code --skip} and {@code --limit} applied, as articles. */
  private GoldArticles articles() throws IOException {
    int first = DocumentSlice.first(skip);
    DocumentSlice.limit(limit);
    if (source.conll != null) {
      Conll2003File file = EvalNerCommand.read(source.conll, limit == null ? null : first + limit);
      return ConllArticles.of(DocumentSlice.of(file.documents(), first, limit), first);
    }
    if (!Files.isReadable(source.redocred)) {
      throw new UserException("cannot read " + source.redocred);
    }
    try {
      return ReDocRedArticles.of(DocumentSlice.of(ReDocRedDocument.read(source.redocred), first, limit), Demonyms.coreNlp()::isDemonym);
    } catch (IOException e) {
      throw new UserException(e.getMessage());
    }
  }

  private NerScore ingestAndScore(GoldArticles articles) throws IOException {
    Path directory = Files.createTempDirectory("kg-eval-ingest-");
    try {
      Path input = directory.resolve("articles.jsonl");
      Files.write(input, articles.jsonlLines(), StandardCharsets.UTF_8);
      try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(directory.resolve("store")));
          Neo4jConnection connection = neo4j.connect()) {
        Schema.load().apply(connection.driver());
        DocumentReader reader = new DocumentReader(InputStream.nullInputStream(), DocumentReader.DEFAULT_MAX_CHARS);
        IngestPipeline pipeline =
            new IngestPipeline(
                new NlpDocumentAnalyzer(CoreNlpAnnotator::shared),
                new GraphWriter(connection.driver()),
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                IngestListener.SILENT,
                System::nanoTime);
        IngestReport report = pipeline.run(reader.read(List.of(input.toString())));
        report.problems().forEach(problem -> spec.commandLine().getErr().println("  skipped " + problem));
        return scoreFromGraph(articles, new CypherRunner(connection.driver()), errors);
      }
    } finally {
      Directories.deleteRecursively(directory);
    }
  }

  private static NerScore scoreFromGraph(GoldArticles articles, CypherRunner cypher, Path errors)
      throws IOException {
    NerScore score = NerScore.empty();
    List<String> errorLines = new ArrayList<>();
    for (int d = 0; d < articles.size(); d++) {
      Map<String, Object> id = Map.of("id", articles.id(d));
      List<Map<String, Object>> stored = cypher.run(DOCUMENT_TEXT, id).asMaps();
      String text = stored.isEmpty() ? "" : (String) stored.get(0).get("text");
      Set<GoldArticles.Name> found = new HashSet<>();
      for (Map<String, Object> mention : cypher.run(NAME_MENTIONS, id).asMaps()) {
        found.add(
            new GoldArticles.Name(
                ((Number) mention.get("start")).intValue(),
                ((Number) mention.get("end")).intValue(),
                (String) mention.get("type")));
      }
      score = score.plus(articles.score(d, text, found));
      if (errors != null) {
        errorLines.addAll(errorLines(articles.id(d), text, articles.goldSpans(d, text), found));
      }
    }
    if (errors != null) {
      Files.write(errors, errorLines, StandardCharsets.UTF_8);
    }
    return score;
  }

  /** Each name kg missed, found where gold has none, or typed otherwise, with the line it stands in. */
  private static List<String> errorLines(
      String documentId, String text, Set<GoldArticles.Name> gold, Set<GoldArticles.Name> found) {
    Map<List<Integer>, String> goldTypes = new TreeMap<>(SPAN_ORDER);
    gold.forEach(name -> goldTypes.put(List.of(name.start(), name.end()), name.type()));
    Map<List<Integer>, String> foundTypes = new TreeMap<>(SPAN_ORDER);
    found.forEach(name -> foundTypes.put(List.of(name.start(), name.end()), name.type()));
    Set<List<Integer>> spans = new TreeSet<>(SPAN_ORDER);
    spans.addAll(goldTypes.keySet());
    spans.addAll(foundTypes.keySet());
    List<String> lines = new ArrayList<>();
    for (List<Integer> span : spans) {
      String goldType = goldTypes.getOrDefault(span, "-");
      String foundType = foundTypes.getOrDefault(span, "-");
      if (!goldType.equals(foundType)) {
        String kind = goldType.equals("-") ? "SPURIOUS" : foundType.equals("-") ? "MISSED" : "TYPE";
        // The line it stands in, at most CONTEXT characters either side: a Re-DocRED text is one line.
        int lineStart = Math.max(text.lastIndexOf('\n', span.get(0)) + 1, span.get(0) - CONTEXT);
        int lineEnd = text.indexOf('\n', span.get(1));
        String line = text.substring(lineStart, Math.min(lineEnd < 0 ? text.length() : lineEnd, span.get(1) + CONTEXT));
        String name = text.substring(span.get(0), span.get(1));
        lines.add(String.join("\t", documentId, kind, name, foundType, goldType, line));
      }
    }
    return lines;
  }

  /** The person, organisation and place names the recogniser's NER tagged, as they are. */
  private static Set<GoldArticles.Name> names(AnnotatedText annotated) {
    Set<GoldArticles.Name> names = new HashSet<>();
    for (NamedMention mention : annotated.taggedMentions()) {
      EntityType type = EntityType.ofNerTag(mention.ner());
      if (type != null) {
        names.add(new GoldArticles.Name(mention.start(), mention.end(), type.name()));
      }
    }
    return names;
  }
}
