package dev.kg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CoNLL04 joint entity and relation format: a {@code #doc N} line starts each sentence,
 * then one tab-separated line per token: index, token, BIO entity tag, the list of relation labels
 * ({@code N} for none) and the list of head token indexes. A relation points from the last token of
 * one entity to the last token of the other.
 *
 * <pre>{@code
 * List<Conll04Sentence> sentences = Conll04Reader.read(Path.of("conll04/dev.txt"));
 * }</pre>
 */
public final class Conll04Reader {

  private static final int SHOWN_CHARS = 80;

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private Conll04Reader() {}

  /** @throws IllegalArgumentException naming the line, when the file is not in this format */
  public static List<Conll04Sentence> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Conll04Sentence> sentences = new ArrayList<>();
    String doc = null;
    List<String[]> rows = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.startsWith("#doc")) {
        if (doc != null) {
          sentences.add(sentence(doc, rows));
        }
        doc = line.substring("#doc".length()).trim();
        rows = new ArrayList<>();
      } else if (!line.isBlank()) {
        String[] columns = line.split("\t");
        if (doc == null || columns.length != 5) {
          throw new IllegalArgumentException(
              file + ":" + (n + 1) + ": expected '#doc N' or 5 tab-separated columns, got: " + shortened(line));
        }
        rows.add(columns);
      }
    }
    if (doc != null) {
      sentences.add(sentence(doc, rows));
    }
    return sentences;
  }

  private static Conll04Sentence sentence(String doc, List<String[]> rows) {
    List<String> tokens = new ArrayList<>();
    List<Conll04Sentence.Entity> entities = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= rows.size(); i++) {
      String tag = i < rows.size() ? rows.get(i)[2] : "O";
      if (start >= 0 && !tag.equals("I-" + type)) {
        entities.add(new Conll04Sentence.Entity(type, start, i - 1));
        start = -1;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
        start = i;
        type = tag.substring(2);
      }
      if (i < rows.size()) {
        tokens.add(rows.get(i)[1]);
      }
    }
    List<Conll04Relation> relations = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> labels = all(QUOTED, rows.get(i)[3], 1);
      List<String> heads = all(NUMBER, rows.get(i)[4], 0);
      for (int r = 0; r < labels.size() && r < heads.size(); r++) {
        if (labels.get(r).equals("N")) {
          continue;
        }
        Conll04Sentence.Entity head = endingAt(entities, i);
        Conll04Sentence.Entity tail = endingAt(entities, Integer.parseInt(heads.get(r)));
        if (head != null && tail != null) {
          relations.add(
              new Conll04Relation(
                  doc, labels.get(r), List.of(head.start(), head.end()), List.of(tail.start(), tail.end())));
        }
      }
    }
    return new Conll04Sentence(doc, tokens, entities, relations);
  }

  private static Conll04Sentence.Entity endingAt(List<Conll04Sentence.Entity> entities, int token) {
    return entities.stream().filter(e -> e.end() == token).findFirst().orElse(null);
  }

  private static List<String> all(Pattern pattern, String text, int group) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(group));
    }
    return found;
  }

  // A file of another format may be one line of megabytes (a JSON array): its start says what it is.
  private static String shortened(String line) {
    return line.length() <= SHOWN_CHARS ? line : line.substring(0, SHOWN_CHARS) + "...";
  }
}
