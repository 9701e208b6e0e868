import dev.kg.nlp.CoreNlpAnnotator;
import dev.kg.nlp.FineGrainedNerAnnotator;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Compares kg's NER (CoreNLP's with the fine-grained pass done by FineGrainedNerAnnotator) with
 * CoreNLP's own, token by token (tag, fine-grained tag, normalised value) and mention by mention, on
 * articles (one file each, as bench/fine-ner.sh writes them) and a CoNLL-2003 file's sentences; prints each
 * difference (kg's departures: a gazetteer match relabels no part of a name the models tagged whole,
 * nor a place with an entry that may not overwrite places) and the time each NER took. Run by
 * bench/fine-ner.sh.
 */
public final class FineGrainedNer {

  public static void main(String[] args) throws IOException {
    List<String> articles = articles(Path.of(args[0]));
    List<String> conll = conllDocuments(Path.of(args[1]));
    Properties text = CoreNlpAnnotator.defaultProperties();
    Properties pretokenized = CoreNlpAnnotator.defaultProperties();
    pretokenized.setProperty("tokenize.whitespace", "true");
    pretokenized.setProperty("ssplit.eolonly", "true");
    pretokenized.remove("ssplit.newlineIsSentenceBreak");
    long[] differences = {
      compare("BBC articles", articles, text), compare("CoNLL-2003 sentences", conll, pretokenized)
    };
    System.out.printf("differing tokens and mentions: %d (articles), %d (CoNLL)%n", differences[0], differences[1]);
  }

  private static long compare(String name, List<String> texts, Properties properties) {
    StanfordCoreNLP corenlp = pipeline(properties, "ner");
    StanfordCoreNLP kg = pipeline(properties, FineGrainedNerAnnotator.NAME);
    long tokens = 0;
    long differing = 0;
    long mentions = 0;
    long[] nanos = new long[2];
    for (int round = 0; round < 2; round++) { // the first round warms both up; the second is timed
      for (String text : texts) {
        Annotation expected = new Annotation(text);
        long start = System.nanoTime();
        corenlp.annotate(expected);
        long middle = System.nanoTime();
        Annotation actual = new Annotation(text);
        kg.annotate(actual);
        long end = System.nanoTime();
        if (round == 0) {
          continue;
        }
        nanos[0] += middle - start;
        nanos[1] += end - middle;
        List<CoreLabel> want = expected.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> got = actual.get(CoreAnnotations.TokensAnnotation.class);
        for (int t = 0; t < want.size(); t++) {
          tokens++;
          String a = describe(want.get(t));
          String b = describe(got.get(t));
          if (!a.equals(b)) {
            differing++;
            System.out.printf("token %s | %s  in: %s%n", a, b, context(want, t));
          }
        }
        List<String> wantMentions = mentions(expected);
        List<String> gotMentions = mentions(actual);
        mentions += wantMentions.size();
        if (!wantMentions.equals(gotMentions)) {
          differing++;
          System.out.printf("mentions differ: %s | %s%n", wantMentions, gotMentions);
        }
      }
    }
    System.out.printf("%s: %d texts, %d tokens, %d mentions, %d differences; NER (with tokenize, ssplit, pos, lemma)"
        + " CoreNLP %.1f s, kg %.1f s%n", name, texts.size(), tokens, mentions, differing, nanos[0] / 1e9, nanos[1] / 1e9);
    return differing;
  }

  private static StanfordCoreNLP pipeline(Properties properties, String ner) {
    Properties copy = new Properties();
    copy.putAll(properties);
    copy.setProperty("annotators", "tokenize,ssplit,pos,lemma," + ner);
    return new StanfordCoreNLP(copy);
  }

  private static String describe(CoreLabel token) {
    return token.word() + "/" + token.ner() + "/" + token.get(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class)
        + "/" + token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
  }

  private static String context(List<CoreLabel> tokens, int t) {
    StringBuilder text = new StringBuilder();
    for (int i = Math.max(0, t - 5); i < Math.min(tokens.size(), t + 6); i++) {
      text.append(i == t ? "[" + tokens.get(i).word() + "]" : tokens.get(i).word()).append(' ');
    }
    return text.toString().trim();
  }

  private static List<String> mentions(Annotation annotation) {
    List<String> result = new ArrayList<>();
    for (CoreMap mention : Objects.requireNonNullElse(annotation.get(CoreAnnotations.MentionsAnnotation.class), List.<CoreMap>of())) {
      result.add(mention.get(CoreAnnotations.TextAnnotation.class) + "/" + mention.get(CoreAnnotations.NamedEntityTagAnnotation.class)
          + "/" + mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    }
    return result;
  }

  /** The texts of a directory's files, in name order. */
  private static List<String> articles(Path directory) throws IOException {
    List<String> result = new ArrayList<>();
    try (var files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        result.add(Files.readString(file));
      }
    }
    return result;
  }

  /** Each document's sentences, one a line, tokens separated by spaces. */
  private static List<String> conllDocuments(Path file) throws IOException {
    List<String> documents = new ArrayList<>();
    StringBuilder document = new StringBuilder();
    StringBuilder sentence = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("-DOCSTART-")) {
        if (document.length() > 0) {
          documents.add(document.toString());
          document.setLength(0);
        }
      } else if (line.isBlank()) {
        if (sentence.length() > 0) {
          document.append(sentence).append('\n');
          sentence.setLength(0);
        }
      } else {
        sentence.append(sentence.length() > 0 ? " " : "").append(line.split(" ")[0]);
      }
    }
    if (sentence.length() > 0) {
      document.append(sentence).append('\n');
    }
    if (document.length() > 0) {
      documents.add(document.toString());
    }
    return documents;
  }
}
