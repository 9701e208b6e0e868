package dev.kg.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Articles with gold person, organisation and place names, as {@code kg eval ingest} measures kg end
 * to end on them: each is written as a JSONL line for kg's reader, and the names found in the text the
 * graph stores are scored against the gold names placed in that text.
 *
 * <pre>{@code
 * GoldArticles articles = ReDocRedArticles.of(ReDocRedDocument.read(file));
 * Files.write(input, articles.jsonlLines());
 * NerScore score = articles.score(0, storedText, foundNames);
 * }</pre>
 */
public interface GoldArticles {

  /**
   * A name at characters {@code [start, end)} of a text.
   *
   * @param type {@code PERSON}, {@code ORGANIZATION} or {@code LOCATION}
   */
  record Name(int start, int end, String type) {}

  /** How many articles. */
  int size();

  /** The id of article {@code index}, as its JSONL line gives it. */
  String id(int index);

  /** Article {@code index} as written, the text plain CoreNLP is given. */
  String text(int index);

  /** The JSONL fields of article {@code index}: {@code id}, {@code text} and, where it has one, {@code title}. */
  Map<String, String> fields(int index);

  /** Every article as a JSONL line of its {@link #fields}. */
  default List<String> jsonlLines() {
    return IntStream.range(0, size()).mapToObj(index -> JsonLines.line(fields(index))).toList();
  }

  /** The gold names of article {@code index} that can be placed in {@code text}, at their offsets there. */
  Set<Name> goldSpans(int index, String text);

  /** The type of each gold name of article {@code index}, whether or not a text holds it. */
  List<String> goldTypes(int index);

  /**
   * Scores names found in article {@code index} against its gold names: a found name is right when a
   * gold name has exactly its offsets and type in {@code text}; a gold name {@code text} does not hold
   * counts as missed.
   *
   * @param text the text the names' offsets point into
   */
  default NerScore score(int index, String text, Set<Name> found) {
    Set<Name> gold = goldSpans(index, text);
    SortedMap<String, NerScore.Counts> counts = new TreeMap<>();
    goldTypes(index).forEach(type -> counts.merge(type, new NerScore.Counts(1, 0, 0), NerScore.Counts::plus));
    for (Name name : found) {
      counts.merge(name.type(), new NerScore.Counts(0, 1, gold.contains(name) ? 1 : 0), NerScore.Counts::plus);
    }
    return NerScore.of(counts);
  }
}
