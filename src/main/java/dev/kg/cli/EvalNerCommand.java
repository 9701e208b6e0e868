package dev.kg.cli;

import dev.kg.eval.Conll2003File;
import dev.kg.eval.Conll2003Tagger;
import dev.kg.eval.NerScore;
import dev.kg.nlp.CoreNlpAnnotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg eval ner}: tags a CoNLL-2003 file with kg's entity recogniser, writes the file back with
 * the predicted tag as a last column, and prints entity-level precision, recall and F1 per type.
 *
 * <pre>
 * kg eval ner --conll ../shared/data/conll2003-en/valid.txt --out valid.pred.txt
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

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Conll2003File file = read();
    PrintWriter err = spec.commandLine().getErr();
    List<List<Conll2003File.Sentence>> documents = file.documents();
    err.printf("Tagging %d documents (%d sentences); CoreNLP loads its models first (~40 s).%n",
        documents.size(), file.sentences().size());
    err.flush();
    CoreNlpAnnotator annotator = CoreNlpAnnotator.pretokenizedTagger();
    Conll2003Tagger tagger = new Conll2003Tagger(text -> annotator.annotate(text, null));
    List<List<String>> predicted = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      predicted.addAll(tagger.tag(documents.get(d)));
      if ((d + 1) % 20 == 0 || d + 1 == documents.size()) {
        err.printf("  %d/%d documents%n", d + 1, documents.size());
        err.flush();
      }
    }
    Files.write(out, file.withPredictions(predicted), StandardCharsets.UTF_8);
    List<List<String>> gold = file.sentences().stream().map(Conll2003File.Sentence::tags).toList();
    print(NerScore.of(gold, predicted));
    err.println("Wrote " + out);
    return 0;
  }

  private Conll2003File read() throws IOException {
    try {
      return Conll2003File.read(conll);
    } catch (NoSuchFileException e) {
      throw new UserException("no such file: " + conll);
    } catch (IllegalArgumentException e) {
      throw new UserException(conll + ": " + e.getMessage());
    }
  }

  private void print(NerScore score) {
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, NerScore.Counts> type : score.byType().entrySet()) {
      rows.add(row(type.getKey(), type.getValue()));
    }
    rows.add(row("micro", score.overall()));
    PrintWriter out = spec.commandLine().getOut();
    new Table(List.of("type", "gold", "predicted", "correct", "precision", "recall", "f1"), rows).print(out);
    out.flush();
  }

  private static List<Object> row(String type, NerScore.Counts counts) {
    return List.of(
        type, counts.gold(), counts.predicted(), counts.correct(),
        percent(counts.precision()), percent(counts.recall()), percent(counts.f1()));
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.2f", 100 * value);
  }
}
