package dev.kg.nlp;

import edu.stanford.nlp.coref.CorefAlgorithm;
import edu.stanford.nlp.coref.CorefProperties;
import edu.stanford.nlp.coref.CorefUtils;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.coref.data.Dictionaries.MentionType;
import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.coref.statistical.DocumentExamples;
import edu.stanford.nlp.coref.statistical.Example;
import edu.stanford.nlp.coref.statistical.FeatureExtractor;
import edu.stanford.nlp.coref.statistical.StatisticalCorefProperties;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.Pair;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's statistical coreference (Clark and Manning 2015, {@code coref.algorithm=statistical}):
 * the same candidate pairs, features, model, thresholds and best-first linking, with the pair scores
 * computed without building each pair's feature strings.
 *
 * <p>CoreNLP scores a mention pair with a linear model over conjunctions of the pair's features
 * and of each mention's features with the mentions' types (a feature's name, then
 * "_ms=PROPER_PERSON_he"): for every pair it concatenates hundreds of such strings, counts them in a
 * hash map and looks each weight up, which took over a third of the CPU samples of kg's ingest of
 * news. The score is a sum, so kg sums the same weights in parts that repeat: a mention's conjoined
 * features are weighed once per type of the mention it is paired with, and a pair feature's four
 * conjunctions once per pair of types in the document. Only the order of the additions differs, so
 * a score can differ from CoreNLP's in its last bits, and a decision only where two scores tie to 15
 * digits ({@code StatisticalCoreferenceTest} finds the same chains).
 *
 * <p>CoreNLP builds it from its properties, with the statistical model's settings:
 *
 * <pre>{@code
 * coref.algorithm = custom
 * coref.algorithm.class = dev.kg.nlp.StatisticalCoreference
 * coref.useConstituencyParse = false
 * }</pre>
 */
public final class StatisticalCoreference implements CorefAlgorithm {

  private final FeatureExtractor extractor;
  private final Counter<String> weights;
  private final Set<String> conjoinedWithBothTypes;
  private final int maxMentionDistance;
  private final int maxMentionDistanceWithStringMatch;
  // Indexed by pronominal antecedent (2) plus pronominal anaphor (1), as CoreNLP keys them.
  private final double[] thresholds;

  /** The constructor CoreNLP's {@code coref.algorithm=custom} calls. */
  public StatisticalCoreference(Properties properties, Dictionaries dictionaries) {
    this.extractor =
        new FeatureExtractor(properties, dictionaries, null, StatisticalCorefProperties.wordCountsPath(properties));
    this.weights = rankingWeights(StatisticalCorefProperties.rankingModelPath(properties));
    this.conjoinedWithBothTypes = PairScores.conjoinedWithBothTypes(weights);
    this.maxMentionDistance = CorefProperties.maxMentionDistance(properties);
    this.maxMentionDistanceWithStringMatch = CorefProperties.maxMentionDistanceWithStringMatch(properties);
    double[] given = StatisticalCorefProperties.pairwiseScoreThresholds(properties);
    // CoreNLP's order: (pronoun, pronoun), (pronoun, other), (other, pronoun), (other, other).
    this.thresholds = new double[] {given[3], given[2], given[1], given[0]};
  }

  /** The ranking model's weights, read as CoreNLP's pairwise model reads a serialised one. */
  private static Counter<String> rankingWeights(String path) {
    if (!path.endsWith(".ser") && !path.endsWith(".gz")) {
      throw new IllegalArgumentException(
          "coref.statistical.rankingModel must name a serialised model (.ser or .gz), got " + path);
    }
    try {
      return IOUtils.readObjectFromURLOrClasspathOrFileSystem(path);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the coreference model " + path, e);
    }
  }

  @Override
  public void runCoref(Document document) {
    if (Thread.interrupted()) {
      throw new RuntimeInterruptedException();
    }
    Map<Pair<Integer, Integer>, Boolean> candidates = new HashMap<>();
    CorefUtils.heuristicFilter(
            CorefUtils.getSortedMentions(document), maxMentionDistance, maxMentionDistanceWithStringMatch)
        .forEach((anaphor, antecedents) -> antecedents.forEach(
            antecedent -> candidates.put(new Pair<>(antecedent, anaphor), true)));

    PairScores scores = PairScores.of(extractor, document, candidates, weights, conjoinedWithBothTypes);
    Counter<Pair<Integer, Integer>> scored = new ClassicCounter<>();
    for (Example pair : scores.examples()) {
      scored.incrementCount(new Pair<>(pair.mentionId1, pair.mentionId2), scores.score(pair));
    }
    link(document, scored);
  }

  /** Each anaphor joins its best-scoring antecedent's cluster if the score passes the threshold. */
  private void link(Document document, Counter<Pair<Integer, Integer>> scored) {
    List<Pair<Integer, Integer>> best = new ArrayList<>(scored.keySet());
    best.sort((a, b) -> (int) Math.signum(scored.getCount(b) - scored.getCount(a)));
    Set<Integer> linked = new HashSet<>();
    for (Pair<Integer, Integer> pair : best) {
      if (!linked.add(pair.second)) {
        continue;
      }
      boolean pronounAntecedent = document.predictedMentionsByID.get(pair.first).mentionType == MentionType.PRONOMINAL;
      boolean pronounAnaphor = document.predictedMentionsByID.get(pair.second).mentionType == MentionType.PRONOMINAL;
      if (scored.getCount(pair) > thresholds[(pronounAntecedent ? 2 : 0) + (pronounAnaphor ? 1 : 0)]) {
        CorefUtils.mergeCoreferenceClusters(pair, document);
      }
    }
  }
}
