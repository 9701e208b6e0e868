package dev.kg.cli;

import dev.kg.eval.Conll2003File;
import dev.kg.eval.Conll2003Tagger;
import dev.kg.eval.NerScore;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.CoreNlpAnnotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg eval ner}: tags a CoNLL-2003 file with kg's entity recogniser, writes the file back with
 * the predicted tag as a last column, and prints entity-level precision, recall and F1 per type for
 * kg, beside the same for the CoreNLP models kg runs, taken alone, and for plain CoreNLP ({@code ner}
 * with its default settings), all on the same text and mapped the same way.
 *
 * <pre>
 * kg eval ner --conll ../shared/data/conll2003-en/valid.txt --out valid.pred.txt
 * kg eval ner --conll ../shared/data/conll2003-en/train.txt --limit 100 --out train100.pred.txt
 * kg eval ner --conll ../shared/data/conll2003-en/valid.txt --out valid.pred.txt --annotations valid.annotations.jsonl
 * </pre>
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tags a CoNLL-2003 file (token ... NER per line, IOB2) with kg's entity recogniser in the file's own tokenisation,",
      "writes it back with the predicted tag appended to every token line, and prints entity-level P/R/F1 per type."
    })
final class EvalNerCommand implements Callable<Integer> {

  @Option(names = "--conll", paramLabel = "FILE", required = true, description = "CoNLL-2003 file with gold tags.")
  Path conll;

  @Option(names = "--out", paramLabel = "PRED", required = true, description = "Where to write the tagged file.")
  Path out;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N documents of the file.")
  Integer limit;

  @Option(names = "--annotations", paramLabel = "FILE",
      description = {"Where CoreNLP's annotations of the chosen documents are kept (plain CoreNLP's in FILE.corenlp beside it):",
          "written there when the file does not exist, replayed from it when it does (kg's extraction only, in seconds;",
          "a change to CoreNLP's settings or kg's NER annotator needs a new file). Keep one file per corpus and --limit."})
  Path annotations;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Conll2003File file = read(conll, DocumentSlice.limit(limit));
    PrintWriter err = spec.commandLine().getErr();
    List<List<Conll2003File.Sentence>> documents = file.documents();
    boolean replayed = EvalAnnotations.replays(annotations);
    err.printf("Tagging %d documents (%d sentences) with kg and with plain CoreNLP%s.%n", documents.size(),
        file.sentences().size(), replayed ? "" : "; CoreNLP loads its models first (~80 s)");
    err.flush();
    List<List<String>> predicted = new ArrayList<>();
    List<List<String>> recognised = new ArrayList<>();
    List<List<String>> plainRecognised = new ArrayList<>();
    try (EvalAnnotations kgAnnotated = new EvalAnnotations(
            annotations, documents.size(), CoreNlpAnnotator::pretokenizedTagger, err);
        EvalAnnotations plainAnnotated = new EvalAnnotations(
            plainFile(annotations), documents.size(), CoreNlpAnnotator::plainPretokenizedTagger, err)) {
      Conll2003Tagger tagger = new Conll2003Tagger(text -> next(kgAnnotated, text));
      Conll2003Tagger plain = new Conll2003Tagger(text -> next(plainAnnotated, text));
      for (int d = 0; d < documents.size(); d++) {
        Conll2003Tagger.Tagging tagging = tagger.tag(documents.get(d));
        predicted.addAll(tagging.kg());
        recognised.addAll(tagging.recogniser());
        plainRecognised.addAll(plain.tag(documents.get(d)).recogniser());
        if ((d + 1) % 20 == 0 || d + 1 == documents.size()) {
          err.printf("  %d/%d documents%n", d + 1, documents.size());
          err.flush();
        }
      }
      kgAnnotated.finish();
      plainAnnotated.finish();
    }
    Files.write(out, file.withPredictions(predicted), StandardCharsets.UTF_8);
    List<List<String>> gold = file.sentences().stream().map(Conll2003File.Sentence::tags).toList();
    PrintWriter stdout = spec.commandLine().getOut();
    ScoreTable.print(
        stdout,
        List.of("kg", "kg NER", "CoreNLP"),
        List.of(NerScore.of(gold, predicted), NerScore.of(gold, recognised), NerScore.of(gold, plainRecognised)));
    stdout.println("kg: kg's entity extraction over CoreNLP with kg's NER settings (ner.model="
        + CoreNlpAnnotator.NER_MODELS + ")");
    stdout.println("kg NER: those CoreNLP models alone, their mentions taken as they are");
    stdout.println("CoreNLP: plain CoreNLP ner with its default settings (ner.model="
        + CoreNlpAnnotator.PLAIN_NER_MODELS + ")");
    stdout.flush();
    err.println("Wrote " + out);
    return 0;
  }

  /** Where plain CoreNLP's annotations are kept beside kg's {@code annotations}, or null when none are. */
  private static Path plainFile(Path annotations) {
    return annotations == null ? null : annotations.resolveSibling(annotations.getFileName() + ".corenlp");
  }

  /** The annotation of a document's text; the tagger's function cannot throw a checked exception. */
  private static AnnotatedText next(EvalAnnotations annotated, String text) {
    try {
      return annotated.next(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CoNLL-2003 file {@code conll}, or its first {@code limit} documents when a limit is given. */
  static Conll2003File read(Path conll, Integer limit) throws IOException {
    if (limit != null && limit <= 0) {
      throw new UserException("--limit must be positive, got " + limit);
    }
    try {
      Conll2003File whole = Conll2003File.read(conll);
      return limit == null ? whole : whole.firstDocuments(limit);
    } catch (NoSuchFileException e) {
      throw new UserException("no such file: " + conll);
    } catch (IllegalArgumentException e) {
      throw new UserException(conll + ": " + e.getMessage());
    }
  }
}
