package dev.kg.graph;

import dev.kg.name.CanonicalName;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What every document that mentions an entity says of it, added up: how many mentions and documents,
 * how many documents call it by each name and each alias, how many mentions give each location kind,
 * and how many documents give a person each title. The entity's derived properties ({@link #name},
 * {@link #kind}, {@link #aliases}, {@link #titles}, {@link #normalizedTitles}) are read off
 * these counts, so a document's write adds its own {@link Use} and a removal takes it away, without
 * reading what every other document said. A tally is a sum of uses, the same whatever order they were
 * added and taken away in, so the entity is a function of the set of documents that mention it.
 *
 * <p>Plain values only, so that any job that holds documents' extractions (the graph writer, one
 * transaction per document, or a batch over the whole corpus) decides entities the same way.
 *
 * <pre>{@code
 * EntityTally tally = EntityTally.NONE.plus(new Use(3, "Vladimir Putin", List.of("Putin", "Vladimir Putin"), null));
 * tally.name();  // "Vladimir Putin"
 * }</pre>
 *
 * @param mentionCount the mentions over all documents
 * @param documentCount the documents that mention the entity
 * @param nameDocuments each name to the number of documents that call the entity so, sorted
 * @param kindDocuments each location kind to the number of documents that give it, sorted
 * @param kindMentions each location kind to its mentions over the documents giving it, sorted
 * @param aliasDocuments each alias to the number of documents that use it, sorted
 * @param titleDocuments each title, as written, to the number of documents that give it, sorted
 * @param normalizedTitleDocuments each normalised title to the number of documents that give it, sorted
 */
public record EntityTally(
    long mentionCount,
    long documentCount,
    SortedMap<String, Long> nameDocuments,
    SortedMap<String, Long> kindDocuments,
    SortedMap<String, Long> kindMentions,
    SortedMap<String, Long> aliasDocuments,
    SortedMap<String, Long> titleDocuments,
    SortedMap<String, Long> normalizedTitleDocuments) {

  /** The tally of an entity no document mentions. */
  public static final EntityTally NONE =
      new EntityTally(
          0,
          0,
          Collections.emptySortedMap(),
          Collections.emptySortedMap(),
          Collections.emptySortedMap(),
          Collections.emptySortedMap(),
          Collections.emptySortedMap(),
          Collections.emptySortedMap());

  private static final String OTHER_KIND = "OTHER";

  // Any kind before OTHER, then most mentions, then the alphabetically first.
  private static final Comparator<Map.Entry<String, Long>> KIND_VOTE =
      Comparator.<Map.Entry<String, Long>, Boolean>comparing(e -> e.getKey().equals(OTHER_KIND))
          .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
          .thenComparing(Map.Entry::getKey);

  /**
   * What one document says of the entity: its {@code MENTIONS} edge.
   *
   * @param count the document's mentions of the entity
   * @param name the document's name for it
   * @param aliases every name the document uses for it
   * @param kind the location kind the document gives, or {@code null}
   * @param titles the titles the document gives a person, as written
   * @param normalizedTitles the same titles normalised
   */
  public record Use(
      long count, String name, List<String> aliases, String kind, List<String> titles, List<String> normalizedTitles)
      implements java.io.Serializable {

    public Use {
      Objects.requireNonNull(name, "name");
      aliases = List.copyOf(aliases);
      titles = List.copyOf(titles);
      normalizedTitles = List.copyOf(normalizedTitles);
    }

    /** A use that gives no title. */
    public Use(long count, String name, List<String> aliases, String kind) {
      this(count, name, aliases, kind, List.of(), List.of());
    }

    /** This use with the titles a document gives the person. */
    public Use withTitles(List<String> titles, List<String> normalizedTitles) {
      return new Use(count, name, aliases, kind, titles, normalizedTitles);
    }
  }

  public EntityTally {
    if (mentionCount < 0 || documentCount < 0) {
      throw new IllegalArgumentException(
          "an entity tally counts " + mentionCount + " mention(s) in " + documentCount
              + " document(s): a document was taken away that was never added");
    }
    nameDocuments = Collections.unmodifiableSortedMap(new TreeMap<>(nameDocuments));
    kindDocuments = Collections.unmodifiableSortedMap(new TreeMap<>(kindDocuments));
    kindMentions = Collections.unmodifiableSortedMap(new TreeMap<>(kindMentions));
    aliasDocuments = Collections.unmodifiableSortedMap(new TreeMap<>(aliasDocuments));
    titleDocuments = Collections.unmodifiableSortedMap(new TreeMap<>(titleDocuments));
    normalizedTitleDocuments = Collections.unmodifiableSortedMap(new TreeMap<>(normalizedTitleDocuments));
  }

  /** The tally of {@code uses}, one per document. */
  public static EntityTally of(Collection<Use> uses) {
    EntityTally tally = NONE;
    for (Use use : uses) {
      tally = tally.plus(use);
    }
    return tally;
  }

  /** This tally with one more document's {@code use}. */
  public EntityTally plus(Use use) {
    return add(use, 1);
  }

  /** This tally without one document's {@code use}, which must have been added. */
  public EntityTally minus(Use use) {
    return add(use, -1);
  }

  /** Whether no document mentions the entity any more. */
  public boolean isEmpty() {
    return documentCount == 0;
  }

  /**
   * The {@link CanonicalName} of the names the documents give, each counted once per document that
   * gives it: the fullest name, then the one most documents give; {@code null} when no document
   * mentions the entity.
   */
  public String name() {
    return nameDocuments.isEmpty() ? null : CanonicalName.of(nameDocuments);
  }

  /**
   * The kind with most mentions, any kind beating OTHER; ties go alphabetically; {@code null} when
   * no document gives one. A kind some document gives counts even with no mentions.
   */
  public String kind() {
    return kindDocuments.keySet().stream()
        .map(kind -> Map.entry(kind, kindMentions.getOrDefault(kind, 0L)))
        .min(KIND_VOTE)
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** Every alias some document uses, sorted. */
  public List<String> aliases() {
    return List.copyOf(aliasDocuments.keySet());
  }

  /** Every title, as written, some document gives the person, sorted. */
  public List<String> titles() {
    return List.copyOf(titleDocuments.keySet());
  }

  /** Every normalised title some document gives the person, sorted. */
  public List<String> normalizedTitles() {
    return List.copyOf(normalizedTitleDocuments.keySet());
  }

  private EntityTally add(Use use, int sign) {
    SortedMap<String, Long> names = new TreeMap<>(nameDocuments);
    count(names, use.name(), sign);
    SortedMap<String, Long> kindDocs = new TreeMap<>(kindDocuments);
    SortedMap<String, Long> kinds = new TreeMap<>(kindMentions);
    if (use.kind() != null) {
      count(kindDocs, use.kind(), sign);
      count(kinds, use.kind(), sign * use.count());
    }
    SortedMap<String, Long> aliases = new TreeMap<>(aliasDocuments);
    // A document lists an alias once however often it uses it, and counts once for it.
    use.aliases().stream().distinct().forEach(alias -> count(aliases, alias, sign));
    SortedMap<String, Long> titles = new TreeMap<>(titleDocuments);
    use.titles().stream().distinct().forEach(title -> count(titles, title, sign));
    SortedMap<String, Long> normalizedTitles = new TreeMap<>(normalizedTitleDocuments);
    use.normalizedTitles().stream().distinct().forEach(title -> count(normalizedTitles, title, sign));
    return new EntityTally(
        mentionCount + sign * use.count(), documentCount + sign, names, kindDocs, kinds, aliases, titles,
        normalizedTitles);
  }

  private static void count(SortedMap<String, Long> counts, String key, long by) {
    long next = counts.getOrDefault(key, 0L) + by;
    if (next < 0) {
      throw new IllegalArgumentException("an entity tally takes away '" + key + "', which no document added");
    }
    if (next == 0) {
      counts.remove(key);
    } else {
      counts.put(key, next);
    }
  }
}
