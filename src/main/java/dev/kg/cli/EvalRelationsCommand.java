package dev.kg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.eval.Conll04Baselines;
import dev.kg.eval.Conll04Errors;
import dev.kg.eval.Conll04Predictor;
import dev.kg.eval.Conll04Reader;
import dev.kg.eval.Conll04Relation;
import dev.kg.eval.Conll04Scores;
import dev.kg.eval.Conll04Sentence;
import dev.kg.eval.LabelScores;
import dev.kg.eval.ReDocRedBaselines;
import dev.kg.eval.ReDocRedDocument;
import dev.kg.eval.ReDocRedPredictor;
import dev.kg.eval.ReDocRedProperties;
import dev.kg.eval.ReDocRedText;
import dev.kg.eval.ReDocRedTriple;
import dev.kg.eval.Routes;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.nlp.CoreNlpRelationAnnotator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg eval relations}: runs kg's relation extraction on CoNLL04 sentences or Re-DocRED
 * documents, writes the predictions as JSON lines and prints precision, recall and F1, with CoreNLP's
 * own relations scored beside kg's.
 *
 * <pre>
 * kg eval relations --conll04 ../shared/data/conll04-re/dev.txt --out dev.pred.jsonl
 * kg eval relations --conll04 ../shared/data/conll04-re/train.txt --errors train.errors.txt
 * kg eval relations --redocred ../shared/data/re-docred/dev_revised.json --limit 60
 * kg eval relations --redocred ../shared/data/re-docred/dev_revised.json --skip 400 --limit 100
 * kg eval relations --conll04 ../shared/data/conll04-re/dev.txt --annotations dev.annotations.jsonl
 * </pre>
 *
 * <p>CoNLL04 sentences are annotated with the file's own tokens. A Re-DocRED document is annotated as
 * ingest annotates an article, its tokens joined back into text ({@link ReDocRedText}), and kg's
 * relations are scored on entity pairs in kg's types ({@link ReDocRedProperties}).
 */
@Command(
    name = "relations",
    mixinStandardHelpOptions = true,
    description = {
      "Scores relation extraction on a CoNLL04 file (Work_For, Live_In, OrgBased_In, Located_In, Kill)",
      "or a Re-DocRED (DocRED JSON) file.",
      "CoNLL04 sentences are annotated with the file's own tokens; prediction lines are",
      "{\"doc\": ID, \"label\": L, \"head\": [s, e], \"tail\": [s, e]} with inclusive token indexes.",
      "Strict: both full spans and the label match. Lenient: the spans' last tokens and the label.",
      "Re-DocRED documents are annotated as ingest annotates an article; relations are scored on",
      "(head entity, tail entity, kg type), Wikidata properties mapped to kg's types; prediction lines are",
      "{\"doc\": ID, \"type\": TYPE, \"head\": H, \"tail\": T} with the file's entity indexes.",
      "CoreNLP's own kbp relations (as they are) and, on CoNLL04, its relation annotator are scored beside kg's."
    },
    footer = {"", "Examples:", "  kg eval relations --conll04 ../shared/data/conll04-re/dev.txt --out dev.pred.jsonl",
        "  kg eval relations --conll04 ../shared/data/conll04-re/train.txt --errors train.errors.txt",
        "  kg eval relations --redocred ../shared/data/re-docred/dev_revised.json --limit 60",
        "  kg eval relations --redocred ../shared/data/re-docred/dev_revised.json --skip 400 --limit 100",
        "  kg eval relations --conll04 ../shared/data/conll04-re/dev.txt --annotations dev.annotations.jsonl"})
final class EvalRelationsCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Which corpus to score on: exactly one. */
  static final class Source {

    @Option(names = "--conll04", required = true, paramLabel = "FILE", description = "A CoNLL04 file with gold relations.")
    Path conll04;

    @Option(names = "--redocred", required = true, paramLabel = "FILE", description = "A Re-DocRED (DocRED JSON) file.")
    Path redocred;
  }

  @Option(names = "--out", paramLabel = "PRED", description = "Where to write the predictions (JSON lines).")
  Path out;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "CoNLL04 only: also write kg's errors there, per sentence: the sentence, the gold relations kg missed and those it found that are not gold.")
  Path errors;

  @Option(names = "--annotations", paramLabel = "FILE",
      description = {"Where CoreNLP's annotations of the chosen sentences or documents are kept: written there when the file",
          "does not exist, replayed from it when it does (kg's extraction only, in seconds; CoreNLP's relation",
          "annotator is then not run). Keep one file per corpus, --skip and --limit."})
  Path annotations;

  @Option(names = "--skip", paramLabel = "N", description = "Leave out the file's first N documents.")
  Integer skip;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N sentences (CoNLL04) or documents (Re-DocRED), after those skipped.")
  Integer limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path file = source.conll04 != null ? source.conll04 : source.redocred;
    if (!Files.isReadable(file)) {
      throw new UserException("cannot read " + file);
    }
    DocumentSlice.limit(limit);
    if (errors != null && source.conll04 == null) {
      throw new UserException("--errors works with --conll04 only");
    }
    return source.conll04 != null ? conll04() : redocred();
  }

  private int conll04() throws IOException {
    List<Conll04Sentence> sentences;
    try {
      sentences = chosen(Conll04Reader.read(source.conll04));
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    boolean replayed = EvalAnnotations.replays(annotations);
    Conll04Predictor predictor = new Conll04Predictor();
    List<Conll04Relation> gold = new ArrayList<>();
    Map<Conll04Relation, String> predicted = new LinkedHashMap<>();
    List<Conll04Relation> kbp = new ArrayList<>();
    List<Conll04Relation> relation = new ArrayList<>();
    List<String> errorLines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (EvalAnnotations annotated = new EvalAnnotations(annotations, sentences.size(), CoreNlpAnnotator::pretokenized, spec.commandLine().getErr());
        BufferedWriter writer = writer()) {
      CoreNlpRelationAnnotator baseline = replayed ? null : CoreNlpRelationAnnotator.pretokenized();
      for (Conll04Sentence sentence : sentences) {
        gold.addAll(sentence.relations());
        AnnotatedText annotation = annotated.next(sentence.text());
        Map<Conll04Relation, String> sentencePredictions = predictor.routes(sentence, annotation);
        for (Conll04Relation found : sentencePredictions.keySet()) {
          write(writer, json, found);
        }
        predicted.putAll(sentencePredictions);
        errorLines.addAll(Conll04Errors.lines(sentence, sentencePredictions));
        kbp.addAll(Conll04Baselines.kbp(sentence, annotation));
        if (baseline != null) {
          relation.addAll(Conll04Baselines.relationAnnotator(sentence, baseline.annotate(sentence.text())));
        }
      }
      annotated.finish();
    }
    if (errors != null) {
      Files.write(errors, errorLines, StandardCharsets.UTF_8);
    }
    PrintWriter printed = spec.commandLine().getOut();
    printed.printf("%d sentences, %d gold relations, %d predicted%s%s%n%n",
        sentences.size(), gold.size(), predicted.size(), out == null ? "" : " (written to " + out + ")",
        errors == null ? "" : " (errors written to " + errors + ")");
    printed.println("strict (full spans and label)");
    printed.println(Conll04Scores.strict(gold, predicted.keySet()).table());
    printed.println("lenient (last tokens of the spans and label)");
    printed.println(Conll04Scores.lenient(gold, predicted.keySet()).table());
    printed.println("kg by route (strict; the route is the method of the kg relations that state the pair)");
    printed.println(Routes.table(predicted, gold, Conll04Relation::label));
    printed.println("CoreNLP kbp, its relations as they are (strict)");
    printed.println(Conll04Scores.strict(gold, kbp).table());
    printed.println("CoreNLP relation annotator (strict; its model was trained on Roth and Yih's corpus)");
    printed.print(replayed ? "not run: annotations replayed from " + annotations + "\n" : Conll04Scores.strict(gold, relation).table());
    printed.flush();
    return 0;
  }

  private int redocred() throws IOException {
    List<ReDocRedDocument> documents;
    try {
      documents = chosen(ReDocRedDocument.read(source.redocred));
    } catch (IOException e) {
      throw new UserException(e.getMessage());
    }
    ReDocRedPredictor predictor = new ReDocRedPredictor();
    List<ReDocRedTriple> gold = new ArrayList<>();
    Map<ReDocRedTriple, String> predicted = new LinkedHashMap<>();
    List<ReDocRedTriple> kbp = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (EvalAnnotations annotated = new EvalAnnotations(annotations, documents.size(), CoreNlpAnnotator::shared, spec.commandLine().getErr());
        BufferedWriter writer = writer()) {
      for (ReDocRedDocument document : documents) {
        gold.addAll(ReDocRedProperties.gold(document));
        ReDocRedText text = new ReDocRedText(document);
        AnnotatedText annotation = annotated.next(text.text());
        Map<ReDocRedTriple, String> found = predictor.routes(document, text, annotation);
        for (ReDocRedTriple triple : found.keySet()) {
          write(writer, json, triple);
        }
        predicted.putAll(found);
        kbp.addAll(ReDocRedBaselines.kbp(document, text, annotation));
      }
      annotated.finish();
    }
    PrintWriter printed = spec.commandLine().getOut();
    printed.printf("%d documents, %d gold relations in kg's types, %d predicted%s%n%n",
        documents.size(), gold.size(), predicted.size(), out == null ? "" : " (written to " + out + ")");
    printed.println("kg (head entity, tail entity and type)");
    List<ReDocRedTriple> triples = new ArrayList<>(predicted.keySet());
    printed.print(scores(gold, triples).table());
    printed.println(untyped(gold, triples));
    printed.println();
    printed.println("kg by route (the route is the method of the kg relations that state the triple)");
    printed.println(Routes.table(predicted, gold, ReDocRedTriple::type));
    printed.println("CoreNLP kbp, its relations as they are (head entity, tail entity and type)");
    printed.print(scores(gold, kbp).table());
    printed.println(untyped(gold, kbp));
    printed.flush();
    return 0;
  }

  private static LabelScores<ReDocRedTriple> scores(List<ReDocRedTriple> gold, List<ReDocRedTriple> predicted) {
    return new LabelScores<>(gold, predicted, ReDocRedTriple::type, ReDocRedProperties.TYPES);
  }

  /** The micro figures on entity pairs alone, which tell a wrong type from a missed pair. */
  private static String untyped(List<ReDocRedTriple> gold, List<ReDocRedTriple> predicted) {
    LabelScores.Score pairs = scores(gold.stream().map(ReDocRedTriple::untyped).toList(),
        predicted.stream().map(ReDocRedTriple::untyped).toList()).score(null);
    return String.format(Locale.ROOT, "%-15s %5d %5d %5d %6.3f %6.3f %6.3f  (entity pairs, type set aside)",
        "pairs", pairs.gold(), pairs.predicted(), pairs.correct(), pairs.precision(), pairs.recall(), pairs.f1());
  }

  private <T> List<T> chosen(List<T> all) {
    return DocumentSlice.of(all, skip, limit);
  }

  /** Where predictions go, or null when --out is not given. */
  private BufferedWriter writer() throws IOException {
    return out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  private static void write(BufferedWriter writer, ObjectMapper json, Object prediction) throws IOException {
    if (writer != null) {
      writer.write(json.writeValueAsString(prediction));
      writer.newLine();
    }
  }
}
