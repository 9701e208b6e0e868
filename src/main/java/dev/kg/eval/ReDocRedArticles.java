package dev.kg.eval;

import dev.kg.eval.ReDocRedDocument.VertexMention;
import dev.kg.name.NameKey;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Re-DocRED documents (Wikipedia introductions) as articles, to measure kg end to end on text that is
 * not newswire: each is its text as {@link ReDocRedText} joins it, with no headline (the Wikipedia
 * title is not part of the annotated text). The gold names are the entity mentions typed {@code PER},
 * {@code ORG} and {@code LOC}, each mention with its own type and exact span, one gold name per span.
 *
 * <p>DocRED types a nationality adjective ("a German skeleton racer", "the Russian team") {@code LOC};
 * kg and CoreNLP, like CoNLL-2003, take it for a nationality with no place node, so a {@code LOC}
 * mention that is a demonym (the test given) is no gold place; like {@code MISC}, {@code TIME} and
 * {@code NUM} mentions, it is not scored.
 *
 * <pre>{@code
 * ReDocRedArticles articles = ReDocRedArticles.of(ReDocRedDocument.read(file), Demonyms.coreNlp()::isDemonym);
 * Set<GoldArticles.Name> gold = articles.goldSpans(0, storedText);
 * }</pre>
 */
public final class ReDocRedArticles implements GoldArticles {

  private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION");

  private final List<ReDocRedDocument> documents;
  private final List<ReDocRedText> texts;
  private final Predicate<NameKey> demonym;

  private ReDocRedArticles(List<ReDocRedDocument> documents, Predicate<NameKey> demonym) {
    this.documents = List.copyOf(documents);
    this.texts = this.documents.stream().map(ReDocRedText::new).toList();
    this.demonym = demonym;
  }

  /**
   * The articles of {@code documents}.
   *
   * @param demonym whether a name is a nationality adjective, whose {@code LOC} mentions are not gold places
   */
  public static ReDocRedArticles of(List<ReDocRedDocument> documents, Predicate<NameKey> demonym) {
    return new ReDocRedArticles(documents, demonym);
  }

  @Override
  public int size() {
    return documents.size();
  }

  /** The document's id: {@code redocred-N}, N its place in its file, from 0. */
  @Override
  public String id(int index) {
    return documents.get(index).id();
  }

  @Override
  public String text(int index) {
    return texts.get(index).text();
  }

  /** Article {@code index}'s {@code id} and {@code text}. */
  @Override
  public Map<String, String> fields(int index) {
    Map<String, String> article = new LinkedHashMap<>();
    article.put("id", id(index));
    article.put("text", text(index));
    return article;
  }

  /**
   * The gold names of article {@code index} at their offsets in {@code text}, the article's text as a
   * reader stored it: the text as written, with something before or after it, or the same characters
   * but for white space, which a reader may collapse ("130 million" written with a no-break space and
   * two spaces); none when the characters differ.
   */
  @Override
  public Set<Name> goldSpans(int index, String text) {
    int at = text.indexOf(text(index));
    int[] stored = at >= 0 ? IntStream.range(at, at + text(index).length()).toArray() : aligned(text(index), text);
    if (stored.length == 0) {
      return Set.of();
    }
    Set<Name> names = new HashSet<>();
    for (Name name : gold(index)) {
      names.add(new Name(stored[name.start()], stored[name.end() - 1] + 1, name.type()));
    }
    return names;
  }

  /**
   * Where each character of {@code written} stands in {@code stored}, matching them one by one and
   * passing over white space on either side; empty when another character stands in the way.
   */
  private static int[] aligned(String written, String stored) {
    int[] at = new int[written.length()];
    int j = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      while (j < stored.length() && c != stored.charAt(j) && isSpace(stored.charAt(j))) {
        j++;
      }
      if (j < stored.length() && c == stored.charAt(j)) {
        at[i] = j++;
      } else if (isSpace(c)) {
        at[i] = j;
      } else {
        return new int[0];
      }
    }
    return at;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  @Override
  public List<String> goldTypes(int index) {
    return gold(index).stream().map(Name::type).toList();
  }

  /** The gold names at their offsets in the article as written: one per span, the first type given. */
  private Set<Name> gold(int index) {
    ReDocRedDocument document = documents.get(index);
    ReDocRedText written = texts.get(index);
    Map<List<Integer>, Name> bySpan = new LinkedHashMap<>();
    for (int v = 0; v < document.vertices().size(); v++) {
      List<VertexMention> mentions = document.vertices().get(v).mentions();
      for (int m = 0; m < mentions.size(); m++) {
        String type = TYPES.get(mentions.get(m).type());
        int[] span = written.span(v, m);
        String words = written.text().substring(span[0], span[1]);
        boolean nationality = "LOCATION".equals(type) && NameKey.isName(words) && demonym.test(NameKey.of(words));
        if (type != null && !nationality) {
          bySpan.putIfAbsent(List.of(span[0], span[1]), new Name(span[0], span[1], type));
        }
      }
    }
    return new LinkedHashSet<>(bySpan.values());
  }
}
