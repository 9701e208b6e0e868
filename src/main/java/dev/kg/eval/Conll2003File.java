package dev.kg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A file in CoNLL-2003 format: one token a line ({@code word POS chunk NER}, the gold NER tag last,
 * in IOB2), a blank line after each sentence, and {@code -DOCSTART-} lines between documents. Keeps
 * every line as read, so predictions can be written back in the file's own tokenisation.
 *
 * <pre>{@code
 * Conll2003File file = Conll2003File.read(Path.of("valid.txt"));
 * List<String> lines = file.withPredictions(predictedTagsPerSentence);
 * }</pre>
 */
public final class Conll2003File {

  private static final String DOCUMENT_START = "-DOCSTART-";
  private static final Pattern COLUMNS = Pattern.compile("[ \t]+");

  /**
   * One sentence.
   *
   * @param document index of the document that holds it
   * @param words its tokens, the first column of its lines
   * @param tags the gold IOB2 tags, the last column
   */
  public record Sentence(int document, List<String> words, List<String> tags) {

    public Sentence {
      words = List.copyOf(words);
      tags = List.copyOf(tags);
    }
  }

  private final List<String> lines;
  private final List<Sentence> sentences;
  // For each line, the sentence and token it holds, or -1 for blank and -DOCSTART- lines.
  private final int[] sentenceOfLine;
  private final int[] tokenOfLine;

  private Conll2003File(List<String> lines) {
    this.lines = List.copyOf(lines);
    this.sentenceOfLine = new int[lines.size()];
    this.tokenOfLine = new int[lines.size()];
    this.sentences = new ArrayList<>();
    int document = 0;
    boolean seenDocumentStart = false;
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      boolean boundary = line.isEmpty() || line.startsWith(DOCUMENT_START);
      if (boundary && !words.isEmpty()) {
        sentences.add(new Sentence(document, words, tags));
        words = new ArrayList<>();
        tags = new ArrayList<>();
      }
      if (i == lines.size()) {
        break;
      }
      sentenceOfLine[i] = -1;
      tokenOfLine[i] = -1;
      if (line.startsWith(DOCUMENT_START)) {
        document += seenDocumentStart || !sentences.isEmpty() ? 1 : 0;
        seenDocumentStart = true;
      } else if (!line.isEmpty()) {
        String[] columns = COLUMNS.split(line);
        if (columns.length < 2) {
          throw new IllegalArgumentException(
              "line " + (i + 1) + ": expected a token and its NER tag, got '" + line + "'");
        }
        String tag = columns[columns.length - 1];
        if (!Iob2.isTag(tag)) {
          throw new IllegalArgumentException(
              "line " + (i + 1) + ": '" + tag + "' is not an IOB tag (O, B-TYPE or I-TYPE)");
        }
        sentenceOfLine[i] = sentences.size();
        tokenOfLine[i] = words.size();
        words.add(columns[0]);
        tags.add(tag);
      }
    }
  }

  /**
   * @throws IllegalArgumentException naming the line, if a token line has no tag or a tag that is not IOB
   */
  public static Conll2003File parse(List<String> lines) {
    return new Conll2003File(lines);
  }

  /** Reads a UTF-8 file; see {@link #parse}. */
  public static Conll2003File read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /**
   * The file up to where its {@code count + 1}-th document starts: its first {@code count} documents,
   * so an evaluation can run on part of a large split.
   */
  public Conll2003File firstDocuments(int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("document count must be positive, got " + count);
    }
    int end = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (sentenceOfLine[i] >= 0 && sentences.get(sentenceOfLine[i]).document() >= count) {
        end = i;
        break;
      }
    }
    if (end < lines.size()) {
      // Back to the last token kept, then on over the blank line that ends its sentence.
      while (end > 0 && sentenceOfLine[end - 1] < 0) {
        end--;
      }
      while (end < lines.size() && lines.get(end).isBlank()) {
        end++;
      }
    }
    return new Conll2003File(lines.subList(0, end));
  }

  /** Every sentence in file order. */
  public List<Sentence> sentences() {
    return List.copyOf(sentences);
  }

  /** The sentences grouped by document, in file order. */
  public List<List<Sentence>> documents() {
    List<List<Sentence>> documents = new ArrayList<>();
    for (Sentence sentence : sentences) {
      while (documents.size() <= sentence.document()) {
        documents.add(new ArrayList<>());
      }
      documents.get(sentence.document()).add(sentence);
    }
    documents.removeIf(List::isEmpty);
    return documents;
  }

  /**
   * The file's lines with one more column on every token line, the predicted tag; blank and {@code
   * -DOCSTART-} lines unchanged.
   *
   * @param predicted one tag list per sentence, in order, each as long as its sentence
   */
  public List<String> withPredictions(List<List<String>> predicted) {
    if (predicted.size() != sentences.size()) {
      throw new IllegalArgumentException(
          "expected tags for " + sentences.size() + " sentences, got " + predicted.size());
    }
    for (int s = 0; s < sentences.size(); s++) {
      if (predicted.get(s).size() != sentences.get(s).words().size()) {
        throw new IllegalArgumentException(
            "sentence " + (s + 1) + " has " + sentences.get(s).words().size() + " tokens, got "
                + predicted.get(s).size() + " tags");
      }
    }
    List<String> result = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (sentenceOfLine[i] < 0) {
        result.add(line);
      } else {
        String separator = line.indexOf('\t') >= 0 ? "\t" : " ";
        result.add(line.stripTrailing() + separator + predicted.get(sentenceOfLine[i]).get(tokenOfLine[i]));
      }
    }
    return result;
  }
}
