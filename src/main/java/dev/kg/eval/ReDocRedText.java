package dev.kg.eval;

import dev.kg.eval.ReDocRedDocument.VertexMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text kg reads for a Re-DocRED document, and where each entity mention falls in it: the tokens
 * joined back as Wikipedia wrote them ("Mediaș , Transylvania )" becomes "Mediaș, Transylvania)",
 * "two - year" becomes "two-year"), the sentences one paragraph, so CoreNLP tokenises and splits it
 * as it does any article.
 *
 * <pre>{@code
 * ReDocRedText text = new ReDocRedText(document);
 * AnnotatedText annotated = annotator.annotate(text.text(), null);
 * List<Integer> vertices = text.verticesOver(mention.start(), mention.end());
 * }</pre>
 */
public final class ReDocRedText {

  /** Tokens written against the token before them. */
  private static final Set<String> CLOSING = Set.of(",", ".", ";", ":", ")", "]", "?", "!", "%", "”", "’", "...", "…", "n't");

  /** Tokens written against the token after them. */
  private static final Set<String> OPENING = Set.of("(", "[", "$", "#", "“", "‘", "£");

  private static final String QUOTE = "\"";
  private static final String HYPHEN = "-";

  private final String text;
  /** Per vertex, the {@code [start, end)} character span of each of its mentions. */
  private final List<List<int[]>> vertexSpans = new ArrayList<>();

  public ReDocRedText(ReDocRedDocument document) {
    StringBuilder joined = new StringBuilder();
    List<int[]> starts = new ArrayList<>();
    List<int[]> ends = new ArrayList<>();
    boolean glue = true;
    boolean insideQuote = false;
    for (List<String> sentence : document.sentences()) {
      int[] sentenceStarts = new int[sentence.size()];
      int[] sentenceEnds = new int[sentence.size()];
      for (int i = 0; i < sentence.size(); i++) {
        String token = sentence.get(i);
        boolean quote = token.equals(QUOTE);
        if (!glue && !closes(token, quote && insideQuote)) {
          joined.append(' ');
        }
        sentenceStarts[i] = joined.length();
        joined.append(token);
        sentenceEnds[i] = joined.length();
        glue = OPENING.contains(token) || token.equals(HYPHEN) || quote && !insideQuote;
        insideQuote ^= quote;
      }
      starts.add(sentenceStarts);
      ends.add(sentenceEnds);
    }
    this.text = joined.toString();
    for (ReDocRedDocument.Vertex vertex : document.vertices()) {
      List<int[]> spans = new ArrayList<>();
      for (VertexMention mention : vertex.mentions()) {
        spans.add(new int[] {starts.get(mention.sentence())[mention.start()], ends.get(mention.sentence())[mention.end() - 1]});
      }
      vertexSpans.add(spans);
    }
  }

  /** Whether {@code token} is written against the one before it: punctuation, clitics, a closing quote. */
  private static boolean closes(String token, boolean closingQuote) {
    boolean clitic = (token.startsWith("'") || token.startsWith("’")) && token.length() > 1;
    return CLOSING.contains(token) || token.equals(HYPHEN) || clitic || closingQuote;
  }

  public String text() {
    return text;
  }

  /** The {@code [start, end)} character span of mention {@code mention} of vertex {@code vertex}. */
  public int[] span(int vertex, int mention) {
    return vertexSpans.get(vertex).get(mention).clone();
  }

  /** The indices of the vertices with a mention overlapping {@code [start, end)}, in vertex order. */
  public List<Integer> verticesOver(int start, int end) {
    List<Integer> found = new ArrayList<>();
    for (int v = 0; v < vertexSpans.size(); v++) {
      for (int[] span : vertexSpans.get(v)) {
        if (span[0] < end && start < span[1]) {
          found.add(v);
          break;
        }
      }
    }
    return found;
  }
}
