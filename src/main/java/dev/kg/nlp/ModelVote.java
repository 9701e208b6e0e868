package dev.kg.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two NER models' tags combined where they disagree: over each run of words that either model gives a
 * name, the tags of the model surer of its own tags on that run win. CoreNLP combines its models by
 * rank instead: the first model's tags stand and a later one may only add types the earlier ones lack.
 * Neither model is better everywhere. The 4-class CoNLL model, trained on 1996 Reuters news, finds
 * more of the organisations and places news names, but on other text types titles of works and laws
 * as organisations and unfamiliar towns as persons, and misses names the 3-class model, trained on
 * several corpora, finds. Each model's marginal probability of its own tag on each word says how sure
 * it is; where one model is unsure, the other usually is not.
 *
 * <p>A run is the longest stretch of words, within a sentence, each of which either model tags a name
 * ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}); the models' mean
 * probabilities over the run decide, the first model keeping its tags only where it is surer by more
 * than {@link #FIRST_MODEL_MARGIN} ({@link #LONE_PERSON_MARGIN} where it alone reads a person that
 * starts with no given name). A word the first pass gave another
 * tag (a date, a number, from CoreNLP's numeric classifiers and SUTime) is in no run and keeps it,
 * unless it is a number the second model reads as part of a name that is written with a capital
 * ({@link #namedNumbers}: "Rapper 50 Cent", "the Group of Five").
 *
 * <pre>{@code
 * ModelVote vote = ModelVote.load(DefaultPaths.DEFAULT_NER_THREECLASS_MODEL);
 * // after the first model's pass, which left its probabilities on each token
 * vote.tag(sentenceTokens, FineGrainedGazetteer.kbp()::listsPlace);
 * }</pre>
 */
final class ModelVote {

  /**
   * How much surer, in mean probability over a run, the first model must be than the second to keep its
   * tags there. Chosen on CoNLL training documents 161-260 and Re-DocRED's first 250 documents, with
   * the models' tags alone: 0 scored lower on both, 0.03 lower on Re-DocRED and the same on CoNLL, 0.1
   * higher on Re-DocRED but lower on CoNLL; confirmed on CoNLL's validation documents and Re-DocRED's
   * next 250. Off newswire the 3-class model's doubt about a name is the better signal.
   */
  static final double FIRST_MODEL_MARGIN = 0.05;

  /**
   * The margin the first model needs where it alone reads a person, the second model a place or no
   * name, and the name does not start with a given name in CoreNLP's list: the CoNLL model reads
   * unfamiliar towns, lakes and titles of works as persons ("Leonessa is a town", "Clark Lake", the
   * album "Velocifero"). Chosen on Re-DocRED's first 250 documents and CoNLL training documents 161-260
   * with the models' tags alone (Re-DocRED persons 80.60 to 81.00 F1, CoNLL the same), confirmed on
   * Re-DocRED's next 250 (79.34 to 80.05) and CoNLL's validation documents (94.91 to 94.95); 0.5 gained
   * more on Re-DocRED and lost on CoNLL.
   */
  static final double LONE_PERSON_MARGIN = 0.2;

  private static final String NONE = "O";
  private static final String PLACE = "LOCATION";
  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";
  /** The part-of-speech tags of a finite verb or a modal: a name right before one is the clause's subject. */
  private static final Set<String> FINITE_VERBS = Set.of("VBD", "VBZ", "VBP", "MD");
  /** The part-of-speech tag of an adverb, which may stand between a subject and its verb ("later said"). */
  private static final String ADVERB = "RB";
  /** Words after which a name is where something is or happens: "troops fighting in Kursk". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near");
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  /** The tags of CoreNLP's numeric classifiers, which tag only the words the first model left without a name. */
  private static final Set<String> NUMBER_TAGS = Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL");

  private final CRFClassifier<CoreLabel> second;
  private final Set<String> secondTypes;

  private ModelVote(CRFClassifier<CoreLabel> second) {
    this.second = second;
    this.secondTypes = Set.copyOf(second.labels());
  }

  /** A vote with CoreNLP's CRF model at {@code model} (a classpath or file path) as the second opinion. */
  static ModelVote load(String model) {
    try {
      return new ModelVote(CRFClassifier.getClassifier(model));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the NER model " + model, e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot load the NER model " + model, e);
    }
  }

  /**
   * Runs the second model on one sentence's tokens, which carry the first model's tags and their
   * probabilities, and retags each run the second model is surer of with its tags.
   *
   * @param listedPlace whether CoreNLP's gazetteers list the words of a run as a city, state or country
   */
  void tag(List<CoreLabel> tokens, Predicate<List<CoreLabel>> listedPlace) {
    List<CoreLabel> opinion = second.classifySentence(tokens);
    String[] tags = new String[tokens.size()];
    double[] probabilities = new double[tokens.size()];
    for (int t = 0; t < tags.length; t++) {
      tags[t] = opinion.get(t).get(CoreAnnotations.AnswerAnnotation.class);
      probabilities[t] = opinion.get(t).get(CoreAnnotations.AnswerProbAnnotation.class);
    }
    decide(tokens, tags, probabilities, secondTypes, listedPlace);
  }

  /**
   * Retags {@code tokens} (the first model's tags, their probabilities in {@code
   * NamedEntityTagProbsAnnotation}) with the second model's {@code tags} on each run where the first
   * model is not surer by more than {@link #FIRST_MODEL_MARGIN}. A run the second model sees no name in
   * keeps the first model's tags where they are all of types the second model does not tag: the
   * 3-class model has no {@code MISC}, so its "no name" says nothing about a nationality or an event.
   * Nor does it about a place the first model found after "in", "at" or "near" that CoreNLP's
   * gazetteers list ({@code listedPlace}): the 3-class model knows fewer towns ("troops fighting in
   * Kursk"), and the text and the gazetteer both say place.
   * Where the first model reads a place and the second an organisation, the organisation wins whatever
   * the margin if the run is the subject of a finite verb and the gazetteers list no such place: the
   * CoNLL model, sure of itself, reads an institution named for its building or seat as a place ("the
   * White House refused", "the United States Census Bureau has defined"), and a name that acts and
   * names no city, state or country is the institution.
   *
   * @param secondTypes the tags the second model can give
   * @param listedPlace whether CoreNLP's gazetteers list the words of a run as a city, state or country
   */
  static void decide(List<CoreLabel> tokens, String[] tags, double[] probabilities, Set<String> secondTypes,
      Predicate<List<CoreLabel>> listedPlace) {
    boolean[] namedNumbers = namedNumbers(tokens, tags);
    int start = 0;
    while (start < tokens.size()) {
      if (!inRun(tokens.get(start), tags[start], namedNumbers[start])) {
        start++;
        continue;
      }
      int end = start + 1;
      while (end < tokens.size() && inRun(tokens.get(end), tags[end], namedNumbers[end])) {
        end++;
      }
      double first = 0;
      double second = 0;
      boolean differ = false;
      boolean secondNames = false;
      boolean firstUnknownToSecond = true;
      boolean lonePerson = !GivenNames.shared().contains(tokens.get(start).word());
      boolean placeOrOrganization = true;
      for (int t = start; t < end; t++) {
        String tag = tokens.get(t).ner();
        first += probability(tokens.get(t));
        second += probabilities[t];
        differ |= !tag.equals(tags[t]);
        secondNames |= NAME_TAGS.contains(tags[t]);
        firstUnknownToSecond &= tag.equals(NONE) || !secondTypes.contains(tag);
        lonePerson &= tag.equals(PERSON) && (tags[t].equals(NONE) || tags[t].equals(PLACE));
        placeOrOrganization &= tag.equals(PLACE) && tags[t].equals(ORGANIZATION);
      }
      boolean voted = differ && (secondNames || !firstUnknownToSecond)
          && (secondNames || !placeAfterPreposition(tokens, start, end, listedPlace));
      double margin = lonePerson ? LONE_PERSON_MARGIN : FIRST_MODEL_MARGIN;
      boolean actingOrganization = placeOrOrganization && subjectOfVerb(tokens, end)
          && !listedPlace.test(tokens.subList(start, end));
      if (voted && (actingOrganization || second > first - margin * (end - start))) {
        for (int t = start; t < end; t++) {
          CoreLabel token = tokens.get(t);
          token.setNER(tags[t]);
          token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, tags[t]);
          token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, Collections.singletonMap(tags[t], probabilities[t]));
          // A number's value, left by the numeric classifiers, is no part of a name.
          token.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        }
      }
      start = end;
    }
  }

  // Whether the words after a run start with a finite verb, after at most one adverb: the run is the
  // verb's subject ("the White House refused", "the Census Bureau has defined", "the White House later said").
  private static boolean subjectOfVerb(List<CoreLabel> tokens, int end) {
    int next = end < tokens.size() && ADVERB.equals(tokens.get(end).tag()) ? end + 1 : end;
    return next < tokens.size() && FINITE_VERBS.contains(tokens.get(next).tag());
  }

  // A run the first model tagged a place, after "in", "at" or "near", that the gazetteers list as one.
  private static boolean placeAfterPreposition(
      List<CoreLabel> tokens, int start, int end, Predicate<List<CoreLabel>> listedPlace) {
    if (start == 0 || !PLACE_PREPOSITIONS.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int t = start; t < end; t++) {
      if (!tokens.get(t).ner().equals(PLACE)) {
        return false;
      }
    }
    return listedPlace.test(tokens.subList(start, end));
  }

  // A word either model calls part of a name, unless the first pass gave it a tag of another kind and
  // it is no named number.
  private static boolean inRun(CoreLabel token, String secondTag, boolean namedNumber) {
    String tag = token.ner();
    boolean nameOrNone = tag.equals(NONE) || NAME_TAGS.contains(tag) || namedNumber;
    return nameOrNone && (NAME_TAGS.contains(tag) || NAME_TAGS.contains(secondTag));
  }

  /**
   * Which words are a number the second model reads as part of a name: words the numeric classifiers
   * tagged, the second model a name, in a stretch of one numeric tag that holds a capitalised word
   * after the sentence's first. CoreNLP's numeric classifiers tag only the words its models left
   * without a name, so in CoreNLP's own order a name the second model finds ("Rapper 50 Cent") comes
   * before them; here the second model votes after them. The capital keeps the numbers of running
   * text, whose words and units are written in lower case ("fifty cents", "a Boeing 747 ... 300
   * dollars"), and a sentence's first word ("Five people died") out of names. Dates and times are
   * left alone: a month is capitalised ("on May 5").
   */
  private static boolean[] namedNumbers(List<CoreLabel> tokens, String[] tags) {
    boolean[] named = new boolean[tokens.size()];
    int start = 0;
    while (start < tokens.size()) {
      String tag = tokens.get(start).ner();
      int end = start + 1;
      while (end < tokens.size() && tokens.get(end).ner().equals(tag)) {
        end++;
      }
      if (NUMBER_TAGS.contains(tag) && capitalisedAfterFirst(tokens, start, end)) {
        for (int t = start; t < end; t++) {
          named[t] = NAME_TAGS.contains(tags[t]);
        }
      }
      start = end;
    }
    return named;
  }

  // Whether a word of tokens [start, end), other than the sentence's first, is capitalised: an upper-case
  // letter followed by lower-case ones ("Cent", "Five"), not an all-capitals headline word ("MLN").
  private static boolean capitalisedAfterFirst(List<CoreLabel> tokens, int start, int end) {
    for (int t = Math.max(start, 1); t < end; t++) {
      String word = tokens.get(t).word();
      if (word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))) {
        return true;
      }
    }
    return false;
  }

  // The first model's probability of the tag it gave; a word it gave no probability (-1) counts as unsure.
  private static double probability(CoreLabel token) {
    Map<String, Double> probabilities = token.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
    Double probability = probabilities == null ? null : probabilities.get(token.ner());
    return probability == null ? 0 : Math.max(0, probability);
  }
}
