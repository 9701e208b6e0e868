package dev.kg.nlp;

import edu.stanford.nlp.coref.data.Dictionaries.MentionType;
import edu.stanford.nlp.coref.data.Document;
import edu.stanford.nlp.coref.statistical.CompressedFeatureVector;
import edu.stanford.nlp.coref.statistical.Compressor;
import edu.stanford.nlp.coref.statistical.DocumentExamples;
import edu.stanford.nlp.coref.statistical.Example;
import edu.stanford.nlp.coref.statistical.FeatureExtractor;
import edu.stanford.nlp.coref.statistical.SimpleLinearClassifier;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.Pair;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores CoreNLP's statistical ranking model gives one document's candidate mention pairs, as
 * its {@code PairwiseModel.predict} with the default {@code MetaFeatureExtractor} computes them:
 * the logistic of the weights of the pair's features, each alone and conjoined with the antecedent's
 * type, the anaphor's type and both; plus the weights of each mention's own features conjoined with
 * its side ({@code _1}, {@code _2}), with its side and its type, and with its side and both types.
 * A type is a pronoun's head word, a proper name's NER type ({@code PROPER_PERSON}), or the mention
 * type. The mention parts are weighed once per mention and type of the other mention, and a pair
 * feature's conjunctions once per pair of types, instead of once per pair. Of a mention's part, what
 * does not depend on the other mention (its features alone and with its own type) is looked up once
 * per mention and side, and its features' conjunctions with both types only for the features the
 * model has such a weight for (the default model's 445,210 such weights conjoin 62,619 features):
 * looking weights up in the model's table is most of the time scoring takes.
 */
final class PairScores {

  private static final SimpleLinearClassifier.Loss LOGISTIC = SimpleLinearClassifier.log();

  // How the model names a feature conjoined with both mentions' types: the feature, this, the types.
  private static final String BOTH_TYPES = "_ms=";

  private final DocumentExamples examples;
  private final Compressor<String> compressor;
  private final String[] features;
  private final Counter<String> weights;
  private final Set<String> conjoinedWithBothTypes;
  // Pair features by their compressed key, numbered densely so a weight table per pair of types stays small.
  private final int[] pairFeatureSlot;
  private final int pairFeatures;
  private final Map<Integer, String> types = new HashMap<>();
  private final Map<String, double[]> pairWeights = new HashMap<>();
  private final Map<String, Double> mentionWeights = new HashMap<>();
  private final Map<String, MentionSide> mentionSides = new HashMap<>();

  private PairScores(
      DocumentExamples examples, Compressor<String> compressor, Counter<String> weights,
      Set<String> conjoinedWithBothTypes) {
    this.examples = examples;
    this.compressor = compressor;
    this.weights = weights;
    this.conjoinedWithBothTypes = conjoinedWithBothTypes;
    this.features = new String[compressor.getIndex().size()];
    compressor.getIndex().forEach((feature, key) -> features[key] = feature);
    this.pairFeatureSlot = new int[features.length];
    Arrays.fill(pairFeatureSlot, -1);
    int slots = 0;
    for (Example example : examples.examples) {
      for (int key : example.pairwiseFeatures.keys) {
        if (pairFeatureSlot[key] < 0) {
          pairFeatureSlot[key] = slots++;
        }
      }
    }
    this.pairFeatures = slots;
  }

  /**
   * The candidate pairs of {@code document} with their features, ready to score with {@code
   * weights}, whose features conjoined with both mentions' types are {@code conjoinedWithBothTypes}.
   */
  static PairScores of(
      FeatureExtractor extractor, Document document, Map<Pair<Integer, Integer>, Boolean> candidates,
      Counter<String> weights, Set<String> conjoinedWithBothTypes) {
    Compressor<String> compressor = new Compressor<>();
    return new PairScores(
        extractor.extract(0, document, candidates, compressor), compressor, weights, conjoinedWithBothTypes);
  }

  /**
   * The features {@code weights} has a weight for conjoined with both mentions' types: a mention's
   * feature missing here weighs nothing in that conjunction, whatever the types.
   */
  static Set<String> conjoinedWithBothTypes(Counter<String> weights) {
    Set<String> features = new HashSet<>();
    for (String feature : weights.keySet()) {
      // The types come last and hold no marker of their own.
      int marker = feature.lastIndexOf(BOTH_TYPES);
      if (marker >= 0) {
        features.add(feature.substring(0, marker));
      }
    }
    return Set.copyOf(features);
  }

  /** The candidate pairs, antecedent first, in the order CoreNLP's feature extractor gives them. */
  List<Example> examples() {
    return examples.examples;
  }

  /** The probability the model gives that {@code pair}'s anaphor refers to its antecedent. */
  double score(Example pair) {
    if (pair.isNewLink()) {
      throw new IllegalArgumentException("a pair without an antecedent has no pair score");
    }
    String antecedent = type(pair.mentionId1, pair.mentionType1);
    String anaphor = type(pair.mentionId2, pair.mentionType2);
    String both = antecedent + "_" + anaphor;
    double product = pairWeight(pair.pairwiseFeatures, antecedent, anaphor, both)
        + mentionWeight(pair.mentionId1, "_1", antecedent, both)
        + mentionWeight(pair.mentionId2, "_2", anaphor, both);
    return LOGISTIC.predict(product);
  }

  private double pairWeight(CompressedFeatureVector pairFeatures, String antecedent, String anaphor, String both) {
    double[] table = pairWeights.computeIfAbsent(both, key -> {
      double[] empty = new double[this.pairFeatures];
      Arrays.fill(empty, Double.NaN);
      return empty;
    });
    double sum = 0;
    for (int i = 0; i < pairFeatures.keys.size(); i++) {
      int key = pairFeatures.keys.get(i);
      int slot = pairFeatureSlot[key];
      if (Double.isNaN(table[slot])) {
        String feature = features[key];
        table[slot] = weight(feature) + weight(feature + "_m1=" + antecedent) + weight(feature + "_m2=" + anaphor)
            + weight(feature + BOTH_TYPES + both);
      }
      sum += pairFeatures.values.get(i) * table[slot];
    }
    return sum;
  }

  private double mentionWeight(int mention, String side, String type, String both) {
    return mentionWeights.computeIfAbsent(
        mention + side + both,
        key -> mentionSides.computeIfAbsent(mention + side, own -> new MentionSide(mention, side, type)).weightWith(both));
  }

  /** The mention's type as the model conjoins it, read from its features as CoreNLP reads it. */
  private String type(int mention, MentionType mentionType) {
    return types.computeIfAbsent(mention, id -> {
      String prefix = switch (mentionType) {
        case PRONOMINAL -> "head-word=";
        case PROPER -> "head-ne-type=";
        default -> null;
      };
      if (prefix != null) {
        for (String feature : compressor.uncompress(examples.mentionFeatures.get(id)).keySet()) {
          if (feature.startsWith(prefix)) {
            String value = feature.replace(prefix, "");
            return mentionType == MentionType.PROPER ? mentionType + "_" + value : value;
          }
        }
      }
      return mentionType.toString();
    });
  }

  private double weight(String feature) {
    return weights.getCount(feature);
  }

  /**
   * One mention's features on one side of its pairs ({@code _1} or {@code _2}), with the weights of
   * each feature alone and conjoined with the mention's own type summed once; only the conjunction
   * with both mentions' types is looked up per type of the other mention, and only for the features
   * the model has such a weight for. The sums are added in the order the whole product was, so a
   * score is the same to the last bit.
   */
  private final class MentionSide {

    private final double[] values;
    private final double[] ownWeights;
    private final String[] conjoined;

    MentionSide(int mention, String side, String type) {
      CompressedFeatureVector own = examples.mentionFeatures.get(mention);
      int size = own.keys.size();
      this.values = new double[size];
      this.ownWeights = new double[size];
      this.conjoined = new String[size];
      for (int i = 0; i < size; i++) {
        String feature = features[own.keys.get(i)] + side;
        values[i] = own.values.get(i);
        ownWeights[i] = weight(feature) + weight(feature + "_m=" + type);
        // Null where the model has no weight for the conjunction: it weighs what a missing weight does.
        conjoined[i] = conjoinedWithBothTypes.contains(feature) ? feature + BOTH_TYPES : null;
      }
    }

    /** The mention's part of a pair whose two types are {@code both}. */
    double weightWith(String both) {
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        double bothTypes = conjoined[i] == null ? weights.defaultReturnValue() : weight(conjoined[i] + both);
        sum += values[i] * (ownWeights[i] + bothTypes);
      }
      return sum;
    }
  }
}
