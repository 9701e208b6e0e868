package dev.kg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER ({@code ner.applyFineGrained}: a TokensRegexNERAnnotator over KBP's
 * gazetteers, which tags {@code CITY}, {@code COUNTRY}, {@code TITLE}, {@code NATIONALITY} and the
 * like), giving the same tags at a fraction of the cost. CoreNLP makes each of the 586,731 entries a
 * token sequence pattern and runs every pattern that any word of a sentence triggers over the whole
 * sentence; here an entry is looked up by the word that triggers it in CoreNLP and tried only where
 * that word stands.
 *
 * <p>The rules are CoreNLP 4.5.10's, with its default settings (see {@link #kbp()}): a pattern is a
 * regular expression per token, matched whole against the token's text, case-insensitively in the
 * caseless file; an entry whose pattern repeats an earlier one's is dropped unless its priority is
 * higher. Of overlapping matches the one of highest priority wins, then the longest, then the one
 * whose trigger word comes first in the sentence (for entries triggered by the same word CoreNLP's
 * order is that of a hash set of patterns, which varies between runs; here it is the files' order),
 * then the leftmost. A match is tagged only if one of its tokens has a part of speech the caseless
 * file allows (CoreNLP applies that file's pattern to every file's matches), and only over tokens
 * whose tags it may overwrite: no tag, {@code O}, {@code MISC} or a type the gazetteers assign, or a
 * type the entry names, or tags that disagree among its tokens, and never cutting across a name the
 * models found; a {@code CITY} entry overwrites only the types it names. The trigger of an entry is
 * its longest literal token (the first of equal length), matched in CoreNLP by lower-casing the
 * sentence's words. CoreNLP tries the thousand entries without a literal token at every word; here
 * only at words that start with the literal text their regular expression starts with (all but eight
 * have some).
 *
 * <pre>{@code
 * FineGrainedGazetteer.kbp().tag(sentenceTokens); // after the NER models, before entity mentions
 * }</pre>
 */
final class FineGrainedGazetteer {

  private static final String KBP = "edu/stanford/nlp/models/kbp/english/gazetteers/";

  /** CoreNLP's {@code validpospattern} for the caseless file. */
  private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");

  /** The characters that make CoreNLP read a token pattern as a regular expression, not a literal. */
  private static final String REGEX_CHARACTERS = "[]?.\\^$()*+{}|";

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  /** CoreNLP's default {@code noDefaultOverwriteLabels}. */
  private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");
  private static final Set<String> PLACE_TYPES = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private static volatile FineGrainedGazetteer kbp;

  // Entries with no literal token, which CoreNLP tries at every position: by the first character of
  // the literal text their first pattern starts with, and the few that start with none.
  private final List<Entry> alwaysTried = new ArrayList<>();
  private final Map<Integer, List<Entry>> alwaysTriedByFirstCharacter = new HashMap<>();
  private final List<Entry> alwaysTriedAnywhere = new ArrayList<>();
  private final Map<String, List<Entry>> byWord = new HashMap<>();
  private final Map<String, List<Entry>> byLowerCaseWord = new HashMap<>();
  private final Set<String> overwritable = new HashSet<>();

  /**
   * A gazetteer of mapping files, each a list of lines in CoreNLP's format (pattern, type, overwritable
   * types, priority; tab-separated), in the order CoreNLP reads them.
   */
  FineGrainedGazetteer(List<MappingFile> files) {
    // Sized for every line, so that loading the half million entries never rehashes the map.
    int lines = files.stream().mapToInt(file -> file.lines().size()).sum();
    Map<String, Entry> seen = new HashMap<>((int) (lines / 0.75f) + 1);
    // Half a million entries name a dozen lists of overwritable types: one set for each list.
    Map<String, Set<String>> typeSets = new HashMap<>();
    for (MappingFile file : files) {
      for (String line : file.lines()) {
        Entry entry = Entry.parse(line, file.ignoreCase(), typeSets);
        // CoreNLP's key: the token patterns, lower-cased in a caseless file (its words are split on whitespace).
        String joined = String.join(" ", entry.patterns);
        String key = file.ignoreCase() ? joined.toLowerCase() : joined;
        // One look-up for the usual, first, use of a key.
        Entry earlier = seen.putIfAbsent(key, entry);
        if (earlier != null) {
          if (entry.priority <= earlier.priority) {
            continue;
          }
          seen.put(key, entry);
        }
        overwritable.add(entry.type);
        if (entry.trigger < 0) {
          entry.alwaysTriedOrder = alwaysTried.size();
          alwaysTried.add(entry);
          if (entry.prefix.isEmpty()) {
            alwaysTriedAnywhere.add(entry);
          } else {
            alwaysTriedByFirstCharacter
                .computeIfAbsent(caseFolded(entry.prefix.charAt(0)), c -> new ArrayList<>(1))
                .add(entry);
          }
        } else {
          String word = entry.literals[entry.trigger];
          (entry.ignoreCase ? byLowerCaseWord : byWord)
              .computeIfAbsent(entry.ignoreCase ? word.toLowerCase() : word, w -> new ArrayList<>(1))
              .add(entry);
        }
      }
    }
    overwritable.add("O");
    overwritable.add("MISC");
    overwritable.add(null);
  }

  /** CoreNLP's fine-grained gazetteers as {@code ner.applyFineGrained} reads them, loaded on first use. */
  static FineGrainedGazetteer kbp() {
    FineGrainedGazetteer result = kbp;
    if (result == null) {
      synchronized (FineGrainedGazetteer.class) {
        result = kbp;
        if (result == null) {
          result = new FineGrainedGazetteer(List.of(
              new MappingFile(read(KBP + "regexner_caseless.tab"), true),
              new MappingFile(read(KBP + "regexner_cased.tab"), false)));
          kbp = result;
        }
      }
    }
    return result;
  }

  private static List<String> read(String resource) {
    List<String> lines = new ArrayList<>(600_000);
    ModelsJar.lines(resource, lines::add);
    return lines;
  }

  /**
   * Tags the matches in one sentence's tokens, as CoreNLP's fine-grained pass does; returns the spans
   * it relabelled, in sentence order.
   */
  List<Relabel> tag(List<CoreLabel> tokens) {
    int size = tokens.size();
    if (size == 0) {
      return List.of();
    }
    String[] words = new String[size];
    for (int t = 0; t < size; t++) {
      words[t] = tokens.get(t).word();
    }
    // The entries the sentence triggers, in CoreNLP's order: those tried everywhere, then those each
    // word triggers, word by word; and where each matches.
    Map<Entry, List<Integer>> alwaysStarts = new HashMap<>();
    for (int start = 0; start < size; start++) {
      collectAlwaysTried(alwaysTriedAnywhere, words, start, alwaysStarts);
      if (words[start] != null && !words[start].isEmpty()) {
        collectAlwaysTried(
            alwaysTriedByFirstCharacter.get(caseFolded(words[start].charAt(0))), words, start, alwaysStarts);
      }
    }
    // The cased entries a word in capitals can match are abbreviations written in capitals (`AS`, `IN`,
    // `OR`, `ME`: states), all literal; in a sentence written in capitals, a headline, every word looks
    // like one, so there case tells nothing and only the caseless file is read (a departure from CoreNLP).
    boolean inCapitals = isInCapitals(words);
    Map<Entry, List<Integer>> starts = new LinkedHashMap<>();
    for (int t = 0; t < size; t++) {
      if (words[t] == null) {
        continue;
      }
      if (!inCapitals) {
        collect(byWord.get(words[t]), words, t, starts);
      }
      collect(byLowerCaseWord.get(words[t].toLowerCase()), words, t, starts);
    }
    List<Match> matches = new ArrayList<>();
    alwaysStarts.forEach((entry, found) -> addMatches(entry, found, entry.alwaysTriedOrder, matches));
    int order = alwaysTried.size();
    for (Map.Entry<Entry, List<Integer>> found : starts.entrySet()) {
      addMatches(found.getKey(), found.getValue(), order++, matches);
    }
    List<Relabel> relabels = new ArrayList<>();
    for (Match match : nonOverlapping(matches, size)) {
      if (hasValidPartOfSpeech(tokens, match) && mayOverwrite(tokens, match)) {
        for (int t = match.start; t < match.end(); t++) {
          tokens.get(t).setNER(match.entry.type);
        }
        relabels.add(new Relabel(match.start, match.end(), match.entry.overwritableTypes));
      }
    }
    return relabels;
  }

  /**
   * Whether the gazetteer tags the whole of {@code words}, as they are tagged now, a city, a state or
   * province or a country; the words keep their tags.
   */
  boolean listsPlace(List<CoreLabel> words) {
    List<CoreLabel> copies = words.stream().map(CoreLabel::new).toList();
    tag(copies);
    return !copies.isEmpty() && copies.stream().allMatch(word -> PLACE_TYPES.contains(word.ner()));
  }

  /**
   * Whether an entry of its own tags {@code word}, standing alone, a city ("Riga", "Jakarta"; the lists
   * lack some, "Havana" among them).
   */
  boolean listsCity(String word) {
    String[] alone = {word};
    for (List<Entry> entries : Arrays.asList(byWord.get(word), byLowerCaseWord.get(word.toLowerCase()))) {
      if (entries != null
          && entries.stream().anyMatch(entry -> entry.length() == 1 && entry.type.equals("CITY") && entry.matches(alone, 0))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words have letters and none of them is in lower case. */
  private static boolean isInCapitals(String[] words) {
    boolean letters = false;
    for (String word : words) {
      if (word == null) {
        continue;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters |= Character.isLetter(c);
      }
    }
    return letters;
  }

  /** One entry's matches, which do not overlap: CoreNLP resumes each search where the last match ended. */
  private static void addMatches(Entry entry, List<Integer> starts, int order, List<Match> matches) {
    int resume = 0;
    for (int start : starts) {
      if (start >= resume) {
        matches.add(new Match(entry, start, order));
        resume = start + entry.length();
      }
    }
  }

  private static void collectAlwaysTried(
      List<Entry> entries, String[] words, int start, Map<Entry, List<Integer>> starts) {
    if (entries == null) {
      return;
    }
    for (Entry entry : entries) {
      if (start + entry.length() <= words.length && entry.matches(words, start)) {
        starts.computeIfAbsent(entry, e -> new ArrayList<>(1)).add(start);
      }
    }
  }

  /** Two characters equal ignoring case (as String.equalsIgnoreCase compares them) fold to one. */
  private static int caseFolded(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static void collect(List<Entry> entries, String[] words, int t, Map<Entry, List<Integer>> starts) {
    if (entries == null) {
      return;
    }
    for (Entry entry : entries) {
      List<Integer> found = starts.computeIfAbsent(entry, e -> new ArrayList<>(1));
      int start = t - entry.trigger;
      if (start >= 0 && start + entry.length() <= words.length && entry.matches(words, start)) {
        found.add(start);
      }
    }
  }

  /** CoreNLP's choice among overlapping matches, in sentence order. */
  private static List<Match> nonOverlapping(List<Match> matches, int size) {
    matches.sort(
        Comparator.comparingDouble((Match m) -> -m.entry.priority)
            .thenComparingInt(m -> -m.entry.length())
            .thenComparingInt(m -> m.order)
            .thenComparingInt(m -> m.start));
    boolean[] taken = new boolean[size];
    List<Match> chosen = new ArrayList<>();
    for (Match match : matches) {
      boolean free = true;
      for (int t = match.start; t < match.end() && free; t++) {
        free = !taken[t];
      }
      if (free) {
        Arrays.fill(taken, match.start, match.end(), true);
        chosen.add(match);
      }
    }
    chosen.sort(Comparator.comparingInt((Match m) -> m.start));
    return chosen;
  }

  private static boolean hasValidPartOfSpeech(List<CoreLabel> tokens, Match match) {
    for (int t = match.start; t < match.end(); t++) {
      String tag = tokens.get(t).tag();
      if (tag != null && VALID_POS.matcher(tag).matches()) {
        return true;
      }
    }
    return false;
  }

  /** CoreNLP's rule for when a match may replace the tags its tokens have (checkOrigNerTags). */
  private boolean mayOverwrite(List<CoreLabel> tokens, Match match) {
    int start = match.start;
    int end = match.end();
    boolean allPlaces = true;
    for (int t = start; t < end && allPlaces; t++) {
      String tag = tokens.get(t).ner();
      allPlaces = "LOCATION".equals(tag) || "GPE".equals(tag);
    }
    if (allPlaces) {
      return true;
    }
    String first = tokens.get(start).ner();
    String last = tokens.get(end - 1).ner();
    // A name the models found that continues beyond the match is not cut.
    if (first != null && !overwritable.contains(first) && start > 0 && first.equals(tokens.get(start - 1).ner())) {
      return false;
    }
    if (last != null && !overwritable.contains(last) && end < tokens.size() && last.equals(tokens.get(end).ner())) {
      return false;
    }
    if (first == null) {
      return true;
    }
    for (int t = start + 1; t < end; t++) {
      if (!first.equals(tokens.get(t).ner())) {
        return true;
      }
    }
    if (match.entry.overwritableTypes.contains(first)) {
      return true;
    }
    return !NO_DEFAULT_OVERWRITE.contains(match.entry.type) && overwritable.contains(first);
  }

  /**
   * Tokens {@code [start, end)} of a sentence, which one gazetteer entry relabelled, and the types the
   * entry says it may overwrite (its third column).
   */
  record Relabel(int start, int end, Set<String> overwritableTypes) {}

  /** One mapping file's lines and whether CoreNLP matches them ignoring case. */
  record MappingFile(List<String> lines, boolean ignoreCase) {}

  private record Match(Entry entry, int start, int order) {
    int end() {
      return start + entry.length();
    }
  }

  /**
   * One gazetteer line. Compared by identity, as CoreNLP's patterns are. A token pattern is either a
   * literal ({@code literals[i]}) or a regular expression ({@code regexes[i]}).
   */
  private static final class Entry {
    final String[] patterns;
    final String[] literals;
    final Pattern[] regexes;
    final boolean ignoreCase;
    final String type;
    final Set<String> overwritableTypes;
    final double priority;
    final int trigger;
    /** The literal text the first token pattern starts with, checked before its regular expression. */
    final String prefix;
    /** For an entry without a literal token, its place among those (CoreNLP's order); set once, on loading. */
    int alwaysTriedOrder = -1;

    private Entry(String[] patterns, boolean ignoreCase, String type, Set<String> overwritableTypes, double priority) {
      this.patterns = patterns;
      this.ignoreCase = ignoreCase;
      this.type = type;
      this.overwritableTypes = overwritableTypes;
      this.priority = priority;
      this.literals = new String[patterns.length];
      Pattern[] compiled = null;
      int longest = -1;
      for (int i = 0; i < patterns.length; i++) {
        if (isLiteral(patterns[i])) {
          literals[i] = patterns[i];
          // CoreNLP's trigger: the longest literal, the first of equal length.
          if (longest < 0 || patterns[i].length() > patterns[longest].length()) {
            longest = i;
          }
        } else {
          if (compiled == null) {
            compiled = new Pattern[patterns.length];
          }
          compiled[i] = Pattern.compile(patterns[i], ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        }
      }
      this.regexes = compiled;
      this.trigger = longest;
      this.prefix = literals[0] != null ? literals[0] : literalPrefix(patterns[0]);
    }

    /**
     * The characters a regular expression must start a token with: those before its first special
     * character, less the last if a quantifier that allows zero follows it; none if it has alternatives.
     */
    private static String literalPrefix(String regex) {
      if (regex.indexOf('|') >= 0) {
        return "";
      }
      int end = 0;
      while (end < regex.length() && REGEX_CHARACTERS.indexOf(regex.charAt(end)) < 0) {
        end++;
      }
      if (end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0) {
        end = Math.max(0, end - 1);
      }
      return regex.substring(0, end);
    }

    /** Reads a line as CoreNLP's TokensRegexNERAnnotator does with its default header. */
    static Entry parse(String line, boolean ignoreCase, Map<String, Set<String>> typeSets) {
      String[] columns = line.split("\t");
      if (columns.length < 2 || columns.length > 5) {
        throw new IllegalArgumentException(
            "a gazetteer line has " + columns.length + " tab-separated columns, expected 2 to 5: " + line);
      }
      String pattern = columns[0].trim();
      if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
        throw new IllegalArgumentException("TokensRegex patterns are not supported: " + line);
      }
      String type = columns[1].trim();
      if (type.indexOf(',') > 0) {
        type = type.substring(0, type.indexOf(',')).trim();
      }
      Set<String> overwritableTypes = columns.length > 2
          ? typeSets.computeIfAbsent(columns[2].trim(), types -> Set.copyOf(Arrays.asList(COMMA.split(types))))
          : Set.of();
      double priority = columns.length > 3 ? Double.parseDouble(columns[3].trim()) : 0.0;
      if (columns.length > 4 && Integer.parseInt(columns[4].trim()) != 0) {
        throw new IllegalArgumentException("match groups are not supported: " + line);
      }
      return new Entry(WHITESPACE.split(pattern), ignoreCase, type.intern(), overwritableTypes, priority);
    }

    int length() {
      return patterns.length;
    }

    private static boolean isLiteral(String pattern) {
      for (int i = 0; i < pattern.length(); i++) {
        if (REGEX_CHARACTERS.indexOf(pattern.charAt(i)) >= 0) {
          return false;
        }
      }
      return true;
    }

    boolean matches(String[] words, int start) {
      if (regexes != null && regexes[0] != null
          && (words[start] == null || !words[start].regionMatches(ignoreCase, 0, prefix, 0, prefix.length()))) {
        return false;
      }
      for (int i = 0; i < patterns.length; i++) {
        String word = words[start + i];
        if (word == null) {
          return false;
        }
        String literal = literals[i];
        boolean matched = literal != null
            ? (ignoreCase ? literal.equalsIgnoreCase(word) : literal.equals(word))
            : regexes[i].matcher(word).matches();
        if (!matched) {
          return false;
        }
      }
      return true;
    }
  }
}
