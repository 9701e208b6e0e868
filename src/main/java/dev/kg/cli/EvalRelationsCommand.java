package dev.kg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.eval.Conll04Baselines;
import dev.kg.eval.Conll04Predictor;
import dev.kg.eval.Conll04Reader;
import dev.kg.eval.Conll04Relation;
import dev.kg.eval.Conll04Scores;
import dev.kg.eval.Conll04Sentence;
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
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg eval relations}: runs kg's relation extraction on CoNLL04 sentences, writes the
 * predictions as JSON lines in the corpus's labels and prints precision, recall and F1.
 *
 * <pre>
 * kg eval relations --conll04 ../shared/data/conll04-re/dev.txt --out dev.pred.jsonl
 * </pre>
 */
@Command(
    name = "relations",
    mixinStandardHelpOptions = true,
    description = {
      "Scores relation extraction on a CoNLL04 file (Work_For, Live_In, OrgBased_In, Located_In, Kill).",
      "Sentences are annotated with the file's own tokens; prediction lines are",
      "{\"doc\": ID, \"label\": L, \"head\": [s, e], \"tail\": [s, e]} with inclusive token indexes.",
      "Strict: both full spans and the label match. Lenient: the spans' last tokens and the label.",
      "CoreNLP's own kbp relations (as they are) and relation annotator are scored beside kg's."
    },
    footer = {"", "Example:", "  kg eval relations --conll04 ../shared/data/conll04-re/dev.txt --out dev.pred.jsonl"})
final class EvalRelationsCommand implements Callable<Integer> {

  @Option(names = "--conll04", required = true, paramLabel = "FILE", description = "A CoNLL04 file with gold relations.")
  Path conll04;

  @Option(names = "--out", required = true, paramLabel = "PRED", description = "Where to write the predictions (JSON lines).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(conll04)) {
      throw new UserException("cannot read " + conll04);
    }
    List<Conll04Sentence> sentences;
    try {
      sentences = Conll04Reader.read(conll04);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    CoreNlpAnnotator annotator = CoreNlpAnnotator.pretokenized();
    CoreNlpRelationAnnotator baseline = CoreNlpRelationAnnotator.pretokenized();
    Conll04Predictor predictor = new Conll04Predictor();
    List<Conll04Relation> gold = new ArrayList<>();
    List<Conll04Relation> predicted = new ArrayList<>();
    List<Conll04Relation> kbp = new ArrayList<>();
    List<Conll04Relation> relation = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Conll04Sentence sentence : sentences) {
        gold.addAll(sentence.relations());
        AnnotatedText annotated = annotator.annotate(sentence.text(), null);
        for (Conll04Relation found : predictor.predict(sentence, annotated)) {
          predicted.add(found);
          writer.write(json.writeValueAsString(found));
          writer.newLine();
        }
        kbp.addAll(Conll04Baselines.kbp(sentence, annotated));
        relation.addAll(Conll04Baselines.relationAnnotator(sentence, baseline.annotate(sentence.text())));
      }
    }
    PrintWriter printed = spec.commandLine().getOut();
    printed.printf("%d sentences, %d gold relations, %d predicted (written to %s)%n%n",
        sentences.size(), gold.size(), predicted.size(), out);
    printed.println("strict (full spans and label)");
    printed.println(Conll04Scores.strict(gold, predicted).table());
    printed.println("lenient (last tokens of the spans and label)");
    printed.println(Conll04Scores.lenient(gold, predicted).table());
    printed.println("CoreNLP kbp, its relations as they are (strict)");
    printed.println(Conll04Scores.strict(gold, kbp).table());
    printed.println("CoreNLP relation annotator (strict; its model was trained on Roth and Yih's corpus)");
    printed.print(Conll04Scores.strict(gold, relation).table());
    printed.flush();
    return 0;
  }
}
