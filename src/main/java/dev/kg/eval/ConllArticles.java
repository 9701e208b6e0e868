package dev.kg.eval;

import dev.kg.eval.Conll2003File.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoNLL-2003 documents rebuilt as news articles, to measure kg end to end: each document's first
 * sentence is its headline and each further sentence a paragraph, its tokens joined by spaces. The
 * gold names are the document's PER, ORG and LOC entities; MISC has no node in kg's graph.
 *
 * <p>The articles go through kg's reader as JSONL lines, so cleaning may drop a paragraph (a table
 * of results); {@link #goldSpans} finds each sentence in whatever text a reader or annotator kept, and
 * the names of a sentence it cannot find stay gold and unfound.
 *
 * <pre>{@code
 * ConllArticles articles = ConllArticles.of(file.documents());
 * List<String> jsonl = articles.jsonlLines();
 * Set<ConllArticles.Name> gold = articles.goldSpans(0, storedText);
 * }</pre>
 */
public final class ConllArticles implements GoldArticles {

  private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION");

  private final List<List<Sentence>> documents;
  private final int first;

  private ConllArticles(List<List<Sentence>> documents, int first) {
    this.documents = List.copyOf(documents);
    this.first = first;
  }

  /** The articles of {@code documents}, each a list of sentences. */
  public static ConllArticles of(List<List<Sentence>> documents) {
    return of(documents, 0);
  }

  /**
   * The articles of {@code documents}, which start at document {@code first} (from 0) of their file,
   * so that each article's id names its place in the file.
   */
  public static ConllArticles of(List<List<Sentence>> documents, int first) {
    if (first < 0) {
      throw new IllegalArgumentException("the first document's index must not be negative, got " + first);
    }
    return new ConllArticles(documents, first);
  }

  @Override
  public int size() {
    return documents.size();
  }

  /** The id of article {@code index}: {@code conll-N}, N its document's number in the file, from 1. */
  @Override
  public String id(int index) {
    return "conll-" + (first + index + 1);
  }

  /** The headline of article {@code index}: its first sentence. */
  public String headline(int index) {
    return line(documents.get(index).get(0));
  }

  /** The body of article {@code index}: its other sentences, one paragraph each. */
  public String body(int index) {
    List<String> paragraphs = new ArrayList<>();
    List<Sentence> sentences = documents.get(index);
    for (int s = 1; s < sentences.size(); s++) {
      paragraphs.add(line(sentences.get(s)));
    }
    return String.join("\n\n", paragraphs);
  }

  /** Article {@code index} as plain text: headline, blank line, body. */
  @Override
  public String text(int index) {
    return documents.get(index).size() == 1 ? headline(index) : headline(index) + "\n\n" + body(index);
  }

  /** Article {@code index}'s {@code id}, {@code title} (its headline) and {@code text} (its body). */
  @Override
  public Map<String, String> fields(int index) {
    Map<String, String> article = new LinkedHashMap<>();
    article.put("id", id(index));
    article.put("title", headline(index));
    // A document of one sentence is all headline; the reader needs some text.
    article.put("text", documents.get(index).size() == 1 ? headline(index) : body(index));
    return article;
  }

  @Override
  public List<String> goldTypes(int index) {
    return documents.get(index).stream()
        .flatMap(sentence -> goldOf(sentence).stream())
        .map(span -> TYPES.get(span.type()))
        .toList();
  }

  /**
   * The gold names of article {@code index} that can be placed in {@code text}, at their offsets there:
   * each sentence is looked for after the previous one found.
   */
  @Override
  public Set<Name> goldSpans(int index, String text) {
    Set<Name> names = new java.util.HashSet<>();
    int cursor = 0;
    for (Sentence sentence : documents.get(index)) {
      String line = line(sentence);
      int at = text.indexOf(line, cursor);
      if (at < 0) {
        continue;
      }
      cursor = at + line.length();
      int[] starts = new int[sentence.words().size()];
      int offset = at;
      for (int t = 0; t < starts.length; t++) {
        starts[t] = offset;
        offset += sentence.words().get(t).length() + 1;
      }
      for (Iob2.Span span : goldOf(sentence)) {
        int end = starts[span.end() - 1] + sentence.words().get(span.end() - 1).length();
        names.add(new Name(starts[span.start()], end, TYPES.get(span.type())));
      }
    }
    return names;
  }

  private static List<Iob2.Span> goldOf(Sentence sentence) {
    return Iob2.spans(sentence.tags()).stream().filter(span -> TYPES.containsKey(span.type())).toList();
  }

  private static String line(Sentence sentence) {
    return String.join(" ", sentence.words());
  }
}
