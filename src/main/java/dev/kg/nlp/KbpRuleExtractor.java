package dev.kg.nlp;

import edu.stanford.nlp.ie.KBPRelationExtractor;
import edu.stanford.nlp.ie.KBPTokensregexExtractor;
import edu.stanford.nlp.ie.machinereading.structure.Span;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.simple.Sentence;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.io.File;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's KBP TokensRegex extractor, with the confidence of a pair its rules match taken the same
 * way in every JVM.
 *
 * <p>CoreNLP 4.5.10's {@link KBPTokensregexExtractor} collapses each relation's rules into one
 * multi-pattern matcher. That matcher finds the patterns a sentence can trigger through hash sets of
 * patterns, which have no hash code of their own, so the patterns come out in an order set by identity
 * hash codes, which differ with what the JVM did before. Of matches over the same words it keeps the
 * first in that order when no other match ends before they start (a subject at the start of the
 * sentence), whatever their scores, and with it that rule's weight. "Anna Berg, born in Bergen"
 * matches a rule on lemmas of weight 0.06 and one on words of weight 1.0 for {@code
 * per:city_of_birth}: the pair scored 1.0 in some JVMs and 0.77 (the statistical model's score, which
 * beats 0.06) in others.
 *
 * <p>So CoreNLP's collapsed matcher still decides whether, and for which relation, a pair matches
 * (its triggers keep that fast over 4,700 patterns, and which relation matches does not depend on the
 * order). The weight then comes from that relation's rules run one by one, in the order of their
 * file, as CoreNLP runs rules it does not collapse: the first rule of the file among those matching
 * the same words wins. CoreNLP's rules files are read from the same {@code kbp.tokensregex}
 * directory.
 *
 * <pre>{@code
 * String directory = DefaultPaths.DEFAULT_KBP_TOKENSREGEX_DIR;
 * KBPRelationExtractor rules = new KbpRuleExtractor(new KBPTokensregexExtractor(directory), directory);
 * Pair<String, Double> relation = rules.classify(input);
 * }</pre>
 */
final class KbpRuleExtractor implements KBPRelationExtractor {

  private final KBPTokensregexExtractor collapsed;
  private final Map<RelationType, CoreMapExpressionExtractor<MatchedExpression>> uncollapsed =
      new EnumMap<>(RelationType.class);

  /**
   * CoreNLP's extractor {@code collapsed}, with the same rules read again, one by one, from {@code
   * directory}, the one {@code kbp.tokensregex} names and {@code collapsed} read.
   */
  KbpRuleExtractor(KBPTokensregexExtractor collapsed, String directory) {
    this.collapsed = collapsed;
    // The same files, environment and settings as CoreNLP's constructor, but for collapsing.
    for (RelationType relation : RelationType.values()) {
      String rules = directory + File.separator
          + relation.canonicalName.replaceAll(":", "_").replaceAll("/", "SLASH") + ".rules";
      if (IOUtils.existsInClasspathOrFileSystem(rules)) {
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("collapseExtractionRules", false);
        uncollapsed.put(relation, CoreMapExpressionExtractor.<MatchedExpression>createExtractorFromFiles(
            env, directory + File.separator + "defs.rules", rules).keepTemporaryTags());
      }
    }
  }

  @Override
  public Pair<String, Double> classify(KBPInput input) {
    Pair<String, Double> found = collapsed.classify(input);
    if (NO_RELATION.equals(found.first)) {
      return found;
    }
    CoreMapExpressionExtractor<MatchedExpression> rules =
        uncollapsed.get(RelationType.fromString(found.first).orElseThrow());
    // Marked as CoreNLP's extractor marks the pair (it has already given the pair's O words their types).
    CoreMap sentence = input.sentence.asCoreMap(Sentence::nerTags);
    List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
    mark(words, input.subjectSpan, KBPTokensregexExtractor.Subject.class, input.subjectType);
    mark(words, input.objectSpan, KBPTokensregexExtractor.Object.class, input.objectType);
    try {
      MatchedExpression best =
          MatchedExpression.getBestMatched(rules.extractExpressions(sentence), MatchedExpression.EXPR_WEIGHT_SCORER);
      // The collapsed matcher found a match, so the same rules run one by one find one too.
      return Pair.makePair(found.first, best.getWeight());
    } finally {
      for (CoreLabel word : words) {
        word.remove(KBPTokensregexExtractor.Subject.class);
        word.remove(KBPTokensregexExtractor.Object.class);
      }
    }
  }

  private static void mark(
      List<CoreLabel> words, Span span, Class<? extends CoreAnnotation<String>> role, NERTag type) {
    for (int i : span) {
      words.get(i).set(role, "true");
      if ("O".equals(words.get(i).ner())) {
        words.get(i).setNER(type.name);
      }
    }
  }
}
