package dev.kg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.eval.EventErrors;
import dev.kg.eval.RamsReader;
import dev.kg.eval.RamsScore;
import dev.kg.eval.WikiEventsDocument;
import dev.kg.eval.WikiEventsPrediction;
import dev.kg.eval.WikiEventsPredictor;
import dev.kg.eval.WikiEventsScore;
import dev.kg.nlp.CoreNlpAnnotator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg eval events}: event extraction scored on a WikiEvents-format file.
 *
 * <pre>
 * kg eval events --wikievents ../shared/data/wikievents/dev.jsonl --out predictions.jsonl
 * kg eval events --rams ../shared/data/rams/dev.jsonlines
 * kg eval events --rams ../shared/data/rams/dev.jsonlines --skip 300 --limit 300 --annotations rams-301-600.jsonl
 * </pre>
 *
 * <p>Each document is annotated from its own tokens (CoreNLP's whitespace tokenizer, one sentence per
 * line) so predictions map back to token indices, then run through the same entity and event
 * extraction as {@code kg ingest}.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Scores event extraction on WikiEvents JSONL: trigger identification and classification (at kg's",
      "types, through their KAIROS mapping, also per kg type) and argument identification and",
      "classification (head word).",
      "On RAMS, whose windows annotate one event each, RAMS types are mapped to KAIROS first, triggers",
      "are scored by recall and arguments on the prediction at the gold trigger."
    })
final class EvalEventsCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Which corpus to score on: exactly one. */
  static final class Source {

    @Option(names = "--wikievents", paramLabel = "FILE", required = true, description = "WikiEvents JSONL file.")
    Path wikievents;

    @Option(names = "--rams", paramLabel = "FILE", required = true, description = "RAMS JSON Lines file.")
    Path rams;
  }

  @Option(names = "--out", paramLabel = "FILE", description = "Write the predictions here, one JSON object per line.")
  Path out;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = {
        "Also write kg's errors there, one per line: document, MISSED/SPURIOUS_TRIGGER, WRONG_TYPE,",
        "MISSED/SPURIOUS_ARGUMENT or WRONG_ROLE, what was expected and found, the trigger's sentence."
      })
  Path errors;

  @Option(names = "--annotations", paramLabel = "FILE",
      description = {"Where CoreNLP's annotations of the chosen documents are kept: written there when the file does",
          "not exist, replayed from it when it does (kg's extraction only, in seconds). Keep one file per corpus,",
          "--skip and --limit."})
  Path annotations;

  @Option(names = "--skip", paramLabel = "N", description = "Leave out the file's first N documents.")
  Integer skip;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents, after those skipped.")
  Integer limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path file = source.wikievents != null ? source.wikievents : source.rams;
    List<WikiEventsDocument> documents;
    try {
      documents = source.wikievents != null ? WikiEventsDocument.read(file) : RamsReader.read(file);
    } catch (NoSuchFileException e) {
      throw new UserException("no such file: " + file);
    } catch (IOException e) {
      throw new UserException(e.getMessage());
    }
    documents = DocumentSlice.of(documents, skip, limit);
    WikiEventsPredictor predictor =
        source.wikievents != null ? WikiEventsPredictor.wikiEvents() : WikiEventsPredictor.rams();
    WikiEventsScore score = new WikiEventsScore();
    RamsScore rams = new RamsScore();
    EventErrors errorLines = new EventErrors();
    ObjectMapper json = new ObjectMapper();
    try (EvalAnnotations annotated = new EvalAnnotations(annotations, documents.size(), CoreNlpAnnotator::pretokenized,
            spec.commandLine().getErr());
        BufferedWriter predictions = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (WikiEventsDocument document : documents) {
        List<WikiEventsPrediction> predicted = predictor.predict(document, annotated.next(document.text()));
        if (source.wikievents != null) {
          score.add(document, predicted);
        } else {
          rams.add(document, predicted);
        }
        errorLines.add(document, predicted, source.wikievents != null);
        if (predictions != null) {
          for (WikiEventsPrediction prediction : predicted) {
            predictions.write(json.writeValueAsString(prediction));
            predictions.newLine();
          }
        }
      }
      annotated.finish();
    }
    if (errors != null) {
      Files.write(errors, errorLines.lines(), StandardCharsets.UTF_8);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    (source.wikievents != null ? score.lines() : rams.lines()).forEach(stdout::println);
    if (source.wikievents != null) {
      score.typeLines().forEach(stdout::println);
    }
    stdout.flush();
    return 0;
  }
}
