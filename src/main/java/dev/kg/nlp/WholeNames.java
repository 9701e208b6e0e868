package dev.kg.nlp;

import dev.kg.nlp.FineGrainedGazetteer.Relabel;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * kg's departures from CoreNLP's fine-grained NER, which keep the names the NER models found whole and
 * of their kind. First, a gazetteer match that covers only part of a name the models tagged as one
 * does not relabel its words. The gazetteers match words, not names; CoreNLP lets them overwrite
 * {@code MISC} anywhere and {@code LOCATION} wherever the matched words are all place words, so it cuts "Commonwealth of Independent States" at "Independent" (a
 * religion), "Prince William Sound" at "Prince" (a title) and "Mount Zion Missionary Baptist Church"
 * at "Missionary Baptist" (a religion), leaving pieces ("Commonwealth of", "States", "William Sound",
 * "Church") that name nothing. Here a name is a run of two or more words the models gave one of their
 * name types ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}).
 *
 * <p>Second, a match relabels a place the models found only with an entry that may overwrite places
 * (its third column lists {@code LOCATION}, as the lines of cities, countries, states and
 * nationalities do). CoreNLP lets any match overwrite a run of places whatever its entry says, so
 * "Tibet", whose first line is a religion that may overwrite {@code MISC} or {@code ORGANIZATION} (its
 * line as a province, of equal priority, is dropped as a repeat), is a {@code RELIGION} in every text.
 *
 * <p>What CoreNLP relies on stays: a match covering the whole name relabels it ({@code LOCATION}
 * "Paris" is a {@code CITY}, "New York City" one too), and so do matches that between them label
 * every word of the name ("French Catholic", a nationality and a religion). A city inside an
 * organisation's name ("Moscow State University") CoreNLP already leaves alone: it never cuts a
 * person's or an organisation's name.
 *
 * <pre>{@code
 * WholeNames.tag(FineGrainedGazetteer.kbp(), sentenceTokens); // after the NER models, before entity mentions
 * }</pre>
 */
final class WholeNames {

  private static final String PLACE = "LOCATION";
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", PLACE, "MISC");

  private WholeNames() {}

  /**
   * Tags one sentence's tokens with {@code gazetteer}, then undoes each relabel that cuts a name or
   * retypes a place.
   */
  static void tag(FineGrainedGazetteer gazetteer, List<CoreLabel> tokens) {
    String[] modelTags = new String[tokens.size()];
    for (int t = 0; t < modelTags.length; t++) {
      modelTags[t] = tokens.get(t).ner();
    }
    List<Relabel> relabels = gazetteer.tag(tokens);
    int[] nameStart = new int[modelTags.length];
    int[] nameEnd = new int[modelTags.length];
    names(modelTags, nameStart, nameEnd);
    // One pass: a relabel that cuts one name is never one of several that label the whole of another
    // (CoreNLP stops a match at the edge of a LOCATION name that goes on, and two MISC names side by
    // side are one run), so undoing it leaves no other name cut.
    boolean[] relabelled = relabelled(relabels, modelTags.length);
    for (Relabel relabel : relabels) {
      if (cutsName(relabel, nameStart, nameEnd, relabelled) || retypesPlace(relabel, modelTags)) {
        for (int t = relabel.start(); t < relabel.end(); t++) {
          tokens.get(t).setNER(modelTags[t]);
        }
      }
    }
  }

  /**
   * For each token in a run of two or more words of one name type, the run's bounds ({@code -1} for
   * any other token).
   */
  private static void names(String[] tags, int[] nameStart, int[] nameEnd) {
    Arrays.fill(nameStart, -1);
    Arrays.fill(nameEnd, -1);
    int start = 0;
    while (start < tags.length) {
      int end = start + 1;
      while (end < tags.length && tags[end] != null && tags[end].equals(tags[start])) {
        end++;
      }
      if (end - start > 1 && tags[start] != null && NAME_TAGS.contains(tags[start])) {
        Arrays.fill(nameStart, start, end, start);
        Arrays.fill(nameEnd, start, end, end);
      }
      start = end;
    }
  }

  private static boolean[] relabelled(List<Relabel> relabels, int size) {
    boolean[] relabelled = new boolean[size];
    for (Relabel relabel : relabels) {
      Arrays.fill(relabelled, relabel.start(), relabel.end(), true);
    }
    return relabelled;
  }

  /** Whether {@code relabel} covers part of a name, not all of it, and other relabels do not cover the rest. */
  private static boolean cutsName(Relabel relabel, int[] nameStart, int[] nameEnd, boolean[] relabelled) {
    for (int t = relabel.start(); t < relabel.end(); t++) {
      int start = nameStart[t];
      int end = nameEnd[t];
      boolean part = start >= 0 && (start < relabel.start() || end > relabel.end());
      if (part && !allTrue(relabelled, start, end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code relabel} covers a word the models tagged a place with an entry that may not overwrite places. */
  private static boolean retypesPlace(Relabel relabel, String[] modelTags) {
    if (relabel.overwritableTypes().contains(PLACE)) {
      return false;
    }
    for (int t = relabel.start(); t < relabel.end(); t++) {
      if (PLACE.equals(modelTags[t])) {
        return true;
      }
    }
    return false;
  }

  private static boolean allTrue(boolean[] values, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!values[i]) {
        return false;
      }
    }
    return true;
  }
}
