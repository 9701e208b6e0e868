package dev.kg.nlp;

import dev.kg.nlp.AnnotatedText.CorefChain;
import dev.kg.nlp.AnnotatedText.CorefMention;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import dev.kg.nlp.AnnotatedText.NamedMention;
import dev.kg.nlp.AnnotatedText.Quotation;
import dev.kg.nlp.AnnotatedText.Sentence;
import dev.kg.nlp.AnnotatedText.Span;
import dev.kg.nlp.AnnotatedText.Token;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boundary to Stanford CoreNLP: text in, {@link AnnotatedText} out. No CoreNLP type escapes it.
 *
 * <p>Building the pipeline loads several hundred megabytes of models and takes tens of seconds, so
 * build one annotator per JVM and share it: {@link #annotate} is safe to call from many threads at
 * once, which is how CoreNLP's own multi-threaded runner uses a pipeline (except for quote
 * attribution, which is not thread-safe and runs one document at a time here).
 *
 * <pre>{@code
 * CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
 * AnnotatedText annotated = annotator.annotate("Kim Jong Un met Vladimir Putin.", "2024-06-19");
 * }</pre>
 */
public final class CoreNlpAnnotator {

  /**
   * Annotators kg runs, in CoreNLP's order. Statistical coreference needs only the dependency parse;
   * {@code kbp} proposes relations and {@code quote} finds quotations and attributes them to speakers.
   */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp,quote";

  /** Annotators for tagging only: the same NER as {@link #ANNOTATORS}, without parsing or coreference. */
  public static final String TAGGING_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

  /**
   * A hyphen between two capitalised words ("Russia-North Korea ties"), where CoreNLP's NER tags the
   * run as one odd name but reads the en-dash spelling as two places. Only a hyphen between two places
   * CoreNLP's gazetteers list is changed: between other capitalised words it is most often inside a
   * name ("Jean-Luc Marchand", "Maria Lopez-Ortega", "Hewlett-Packard", "Asia-Pacific").
   */
  private static final Pattern HYPHEN_AFTER_PLACE =
      Pattern.compile("(?<=\\b(\\p{Lu}\\p{Ll}{2,20}))-(?=(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}))");

  /**
   * The NER models: CoreNLP's 4-class CoNLL model, trained on newswire, and its 3-class model, trained
   * on several corpora, which vote name by name in kg's annotator ({@link ModelVote}); CoreNLP's own
   * {@code ner} lets the second add only types the first lacks, so there it adds nothing. Dates, times,
   * money and percentages come from CoreNLP's numeric classifiers and SUTime, as with CoreNLP's MUC
   * model, which kg does not run (the 3-class model takes its place at the same cost).
   */
  public static final String NER_MODELS =
      DefaultPaths.DEFAULT_NER_CONLL_MODEL + "," + DefaultPaths.DEFAULT_NER_THREECLASS_MODEL;

  /** The NER models plain CoreNLP's {@code ner} runs by default, in the order their tags take precedence. */
  public static final String PLAIN_NER_MODELS = DefaultPaths.DEFAULT_NER_THREECLASS_MODEL + ","
      + DefaultPaths.DEFAULT_NER_MUC_MODEL + "," + DefaultPaths.DEFAULT_NER_CONLL_MODEL;

  /** TokensRegex rules for the shapes of institution names that the models miss; see the file. */
  static final String ORGANIZATION_RULES = "dev/kg/nlp/organizations.rules";

  private static final String QUOTE = "quote";

  /**
   * How many mentions back coreference looks for an antecedent that shares no word with the mention
   * (CoreNLP's default is 50); see {@link #defaultProperties()}.
   */
  private static final int COREF_MENTION_DISTANCE = 20;

  /**
   * The marks that can open a quotation for CoreNLP's quote annotator with kg's settings: the ASCII
   * double quote, LaTeX's two backquotes and the directed and international openers (its single ASCII
   * quote counts only with {@code quote.singleQuotes}, off here). A text with none of them has no
   * quotation, so the annotator, and its attribution with a second dependency parse of its own, is
   * not run on it.
   */
  private static final Pattern QUOTATION_OPENER =
      Pattern.compile("[\"\u201C\u2018\u00AB\u2039\u300C\u300E\u201E\u201A]|``");

  private static volatile CoreNlpAnnotator shared;

  private static final Object QUOTE_LOCK = new Object();

  private final StanfordCoreNLP pipeline;

  // CoreNLP's quote attribution keeps the document it works on in a field of the annotator
  // (QuoteAttributionAnnotator.characterMap), so two threads attributing at once read each other's
  // speakers, or fail on a name only their own document has. Quotes therefore run in a pipeline of
  // their own, one document at a time: the annotator comes last and takes about 1% of the time.
  // CoreNLP shares one annotator between pipelines of the same properties, so the lock is the JVM's.
  private final StanfordCoreNLP quotes;

  // Whether an annotator is skipped on a document its output cannot reach the graph from (quote
  // attribution on a text without a quotation mark).
  private final boolean selective;

  private CoreNlpAnnotator(Properties properties) {
    this(properties, true);
  }

  private CoreNlpAnnotator(Properties properties, boolean selective) {
    this.selective = selective;
    List<String> annotators = new ArrayList<>(List.of(properties.getProperty("annotators").split(",")));
    boolean quoting = annotators.get(annotators.size() - 1).equals(QUOTE);
    if (quoting) {
      annotators.remove(annotators.size() - 1);
    } else if (annotators.contains(QUOTE)) {
      throw new IllegalArgumentException("the quote annotator must come last, got " + annotators);
    }
    this.pipeline = new StanfordCoreNLP(withNerSignature(withAnnotators(properties, String.join(",", annotators))));
    if (quoting) {
      Properties quoteOnly = withAnnotators(properties, QUOTE);
      // The annotations it needs come from the main pipeline.
      quoteOnly.setProperty("enforceRequirements", "false");
      this.quotes = new StanfordCoreNLP(quoteOnly);
    } else {
      this.quotes = null;
    }
  }

  /**
   * {@code properties} with every {@code ner.*} setting copied under {@link FineGrainedNerAnnotator}'s
   * name. CoreNLP caches a custom annotator JVM-wide by the properties under its own name alone, so two
   * pipelines whose {@code ner.*} settings differ (one NER model or two) would otherwise share the
   * {@code kgner} annotator the first one built.
   */
  private static Properties withNerSignature(Properties properties) {
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("ner.")) {
        properties.setProperty(FineGrainedNerAnnotator.NAME + "." + key, properties.getProperty(key));
      }
    }
    return properties;
  }

  private static Properties withAnnotators(Properties properties, String annotators) {
    Properties copy = new Properties();
    copy.putAll(properties);
    copy.setProperty("annotators", annotators);
    return copy;
  }

  /** The JVM-wide annotator, built on first use with {@link #defaultProperties()}. */
  public static CoreNlpAnnotator shared() {
    CoreNlpAnnotator result = shared;
    if (result == null) {
      synchronized (CoreNlpAnnotator.class) {
        result = shared;
        if (result == null) {
          result = new CoreNlpAnnotator(defaultProperties());
          shared = result;
        }
      }
    }
    return result;
  }

  /**
   * An annotator configured as {@link #shared()} that runs every annotator on every document, where
   * that one skips an annotator on a document its output cannot reach the graph from: the full
   * pipeline the selective one must agree with. CoreNLP shares the models both load.
   */
  static CoreNlpAnnotator unselective() {
    return new CoreNlpAnnotator(defaultProperties(), false);
  }

  /**
   * An annotator configured as {@link #shared()} but with CoreNLP's own fine-grained NER pass in place
   * of {@link FineGrainedNerAnnotator}, and so with the first NER model alone (CoreNLP's {@code ner}
   * lets no model vote): what {@link #withFirstNerModelOnly()} equals wherever no gazetteer match cuts
   * a name the models tagged whole or retypes a place (see {@code WholeNames}).
   */
  static CoreNlpAnnotator withCoreNlpFineGrainedPass() {
    Properties properties = defaultProperties();
    properties.setProperty("annotators", replaced(ANNOTATORS, "kbp", KbpAnnotator.NAME));
    properties.setProperty("ner.model", DefaultPaths.DEFAULT_NER_CONLL_MODEL);
    return new CoreNlpAnnotator(properties);
  }

  /** An annotator configured as {@link #shared()} but with the first NER model alone, no {@link ModelVote}. */
  static CoreNlpAnnotator withFirstNerModelOnly() {
    Properties properties = defaultProperties();
    properties.setProperty("ner.model", DefaultPaths.DEFAULT_NER_CONLL_MODEL);
    return new CoreNlpAnnotator(properties);
  }

  /**
   * An annotator configured as {@link #shared()} but with CoreNLP's own statistical coreference in
   * place of {@link StatisticalCoreference}, which must annotate every text as this one does.
   */
  static CoreNlpAnnotator withCoreNlpCoreference() {
    Properties properties = defaultProperties();
    properties.setProperty("coref.algorithm", "statistical");
    properties.remove("coref.algorithm.class");
    properties.remove("coref.useConstituencyParse");
    return new CoreNlpAnnotator(properties);
  }

  /**
   * An annotator for text that is already split into tokens and sentences, one sentence a line and
   * tokens separated by spaces, as benchmark files give it; otherwise configured as {@link
   * #defaultProperties()}, so benchmark figures measure what ingest does. Each call loads the models.
   */
  public static CoreNlpAnnotator pretokenized() {
    return new CoreNlpAnnotator(pretokenizedProperties());
  }

  /**
   * Like {@link #pretokenized()}, but tags with NER configured exactly as in {@link
   * #defaultProperties()}, skipping the parse and coreference that tagging does not need.
   */
  public static CoreNlpAnnotator pretokenizedTagger() {
    Properties properties = pretokenizedProperties();
    properties.setProperty("annotators", replaced(TAGGING_ANNOTATORS, "ner", FineGrainedNerAnnotator.NAME));
    return new CoreNlpAnnotator(properties);
  }

  /**
   * CoreNLP's own NER with its default settings: what running CoreNLP's {@code ner} by hand gives, for
   * evaluations to print beside kg's figures.
   */
  public static CoreNlpAnnotator plainTagger() {
    Properties properties = new Properties();
    properties.setProperty("annotators", TAGGING_ANNOTATORS);
    return new CoreNlpAnnotator(properties);
  }

  /** As {@link #plainTagger()}, on pretokenised text as {@link #pretokenized()}. */
  public static CoreNlpAnnotator plainPretokenizedTagger() {
    Properties properties = new Properties();
    properties.setProperty("annotators", TAGGING_ANNOTATORS);
    properties.setProperty("tokenize.whitespace", "true");
    properties.setProperty("ssplit.eolonly", "true");
    return new CoreNlpAnnotator(properties);
  }

  private static Properties pretokenizedProperties() {
    Properties properties = defaultProperties();
    properties.setProperty("tokenize.whitespace", "true");
    properties.setProperty("ssplit.eolonly", "true");
    properties.remove("ssplit.newlineIsSentenceBreak");
    return properties;
  }

  /**
   * The pipeline configuration kg uses: {@link #referenceProperties()} with less coreference work, its
   * mention pairs scored by {@link StatisticalCoreference} (CoreNLP's statistical coreference, the same
   * chains for less work), and CoreNLP's fine-grained NER pass done by {@link FineGrainedNerAnnotator}
   * (the same tags, found through an index of the gazetteers instead of CoreNLP's scan of each
   * sentence for every pattern one of its words triggers, except that no match relabels part of a
   * name the models tagged whole or retypes a place), and CoreNLP's KBP relations found by {@link
   * KbpAnnotator} (the same extractors, each candidate pair classified on its sentence's own tags,
   * where CoreNLP's results change with what the JVM did before).
   *
   * <p>Statistical coreference scores every mention against each of the 50 mentions before it
   * (CoreNLP's default {@code coref.maxMentionDistance}), and further back against those sharing a
   * word with it; that scoring is nearly all of coreference's time and over half of the pipeline's
   * on news. kg takes from coreference only the pronouns, short names and speakers' descriptions ("the
   * company said") it attaches to an entity, whose antecedents stand a few sentences back at most, and
   * the name repeated further back still reaches it by the shared word. See README.md's Benchmarks for
   * what this costs and saves.
   */
  public static Properties defaultProperties() {
    Properties properties = referenceProperties();
    properties.setProperty("coref.maxMentionDistance", String.valueOf(COREF_MENTION_DISTANCE));
    properties.setProperty("coref.algorithm", "custom");
    properties.setProperty("coref.algorithm.class", StatisticalCoreference.class.getName());
    // The statistical algorithm's default, which CoreNLP gives no custom one: mentions from the dependency parse.
    properties.setProperty("coref.useConstituencyParse", "false");
    properties.setProperty("annotators",
        replaced(replaced(ANNOTATORS, "ner", FineGrainedNerAnnotator.NAME), "kbp", KbpAnnotator.NAME));
    properties.setProperty(
        "customAnnotatorClass." + FineGrainedNerAnnotator.NAME, FineGrainedNerAnnotator.class.getName());
    properties.setProperty("customAnnotatorClass." + KbpAnnotator.NAME, KbpAnnotator.class.getName());
    return properties;
  }

  /** {@code annotators} with kg's annotator {@code kgName} in place of CoreNLP's {@code coreNlpName}. */
  private static String replaced(String annotators, String coreNlpName, String kgName) {
    List<String> names = new ArrayList<>(List.of(annotators.split(",")));
    names.replaceAll(name -> name.equals(coreNlpName) ? kgName : name);
    return String.join(",", names);
  }

  /**
   * kg's annotators, models and rules with each annotator doing CoreNLP's default amount of work:
   * what {@code bench/ingest.sh} hands CoreNLP's own command line ({@code kg corenlp-properties
   * --reference}), so that kg's cost is measured against CoreNLP running every annotator in full.
   */
  public static Properties referenceProperties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    properties.setProperty("coref.algorithm", "statistical");
    // Article cleaning puts a blank line between paragraphs; headlines have no final period.
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    properties.setProperty("ner.model", NER_MODELS);
    properties.setProperty("ner.applyFineGrained", "true");
    properties.setProperty("ner.additional.tokensregex.rules", ORGANIZATION_RULES);
    properties.setProperty("ner.buildEntityMentions", "true");
    // Long enumerations make the parser slow without helping extraction.
    properties.setProperty("depparse.maxLength", "200");
    return properties;
  }

  /**
   * Annotates {@code text}.
   *
   * @param documentDate ISO date the text was published, used to resolve relative dates, or {@code null}
   */
  public AnnotatedText annotate(String text, String documentDate) {
    Objects.requireNonNull(text, "text");
    // Same length, so every character offset still points into the caller's text.
    Annotation annotation = new Annotation(withDashesBetweenPlaces(text));
    if (documentDate != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate);
    }
    pipeline.annotate(annotation);
    if (quotes != null && (!selective || QUOTATION_OPENER.matcher(text).find())) {
      synchronized (QUOTE_LOCK) {
        quotes.annotate(annotation);
      }
    }
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    return new AnnotatedText(
        sentences(sentences),
        entityMentions(annotation),
        corefChains(annotation, sentences),
        kbpRelations(sentences),
        quotations(annotation));
  }

  /** {@code text} with an en dash for each hyphen that joins two places ("Russia\u2013North Korea"). */
  static String withDashesBetweenPlaces(String text) {
    PlaceGazetteer places = PlaceGazetteer.shared();
    StringBuilder result = new StringBuilder(text);
    Matcher hyphen = HYPHEN_AFTER_PLACE.matcher(text);
    while (hyphen.find()) {
      if (places.isPlace(hyphen.group(1)) && startsWithPlace(places, hyphen.group(2))) {
        result.setCharAt(hyphen.start(), '\u2013');
      }
    }
    return result.toString();
  }

  /** Whether the first one, two or three of {@code words} name a place. */
  private static boolean startsWithPlace(PlaceGazetteer places, String words) {
    for (int end = words.indexOf(' '); ; end = words.indexOf(' ', end + 1)) {
      if (places.isPlace(end < 0 ? words : words.substring(0, end))) {
        return true;
      }
      if (end < 0) {
        return false;
      }
    }
  }

  /**
   * The order kg keeps KBP's relations in: by sentence, subject, object and relation, by position in
   * the text rather than in the order of the hash map CoreNLP's KBP annotator collects them in.
   */
  static final Comparator<KbpRelation> KBP_ORDER =
      Comparator.comparingInt(KbpRelation::sentence)
          .thenComparingInt(KbpRelation::subjectStart)
          .thenComparingInt(KbpRelation::subjectEnd)
          .thenComparingInt(KbpRelation::objectStart)
          .thenComparingInt(KbpRelation::objectEnd)
          .thenComparing(KbpRelation::relation)
          .thenComparingDouble(KbpRelation::confidence);

  private static List<KbpRelation> kbpRelations(List<CoreMap> sentences) {
    List<KbpRelation> result = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<RelationTriple> triples = sentences.get(i).get(CoreAnnotations.KBPTriplesAnnotation.class);
      if (triples == null) {
        continue;
      }
      for (RelationTriple triple : triples) {
        result.add(
            new KbpRelation(
                i,
                triple.relationGloss(),
                triple.subject.get(0).beginPosition(),
                triple.subject.get(triple.subject.size() - 1).endPosition(),
                triple.object.get(0).beginPosition(),
                triple.object.get(triple.object.size() - 1).endPosition(),
                triple.confidence));
      }
    }
    result.sort(KBP_ORDER);
    return result;
  }

  private static List<Quotation> quotations(Annotation annotation) {
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return List.of();
    }
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<Quotation> result = new ArrayList<>(quotes.size());
    for (CoreMap quote : quotes) {
      result.add(
          new Quotation(
              quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              quote.get(CoreAnnotations.TextAnnotation.class),
              Objects.requireNonNullElse(quote.get(CoreAnnotations.SentenceBeginAnnotation.class), 0),
              span(
                  tokens,
                  quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
                  quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class)),
              span(
                  tokens,
                  quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
                  quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class))));
    }
    return result;
  }

  /** The text of document tokens {@code first..last} (both inclusive), or null when not given. */
  private static Span span(List<CoreLabel> tokens, Integer first, Integer last) {
    if (first == null || last == null || first < 0 || last >= tokens.size() || last < first) {
      return null;
    }
    CoreLabel begin = tokens.get(first);
    CoreLabel end = tokens.get(last);
    StringBuilder text = new StringBuilder();
    for (int t = first; t <= last; t++) {
      text.append(t > first ? tokens.get(t).before() : "").append(tokens.get(t).originalText());
    }
    return new Span(begin.beginPosition(), end.endPosition(), text.toString());
  }

  private static List<Sentence> sentences(List<CoreMap> sentences) {
    List<Sentence> result = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int t = 0; t < labels.size(); t++) {
        CoreLabel label = labels.get(t);
        tokens.add(
            new Token(
                t,
                label.word(),
                label.lemma(),
                label.tag(),
                Objects.requireNonNullElse(label.ner(), "O"),
                label.beginPosition(),
                label.endPosition()));
      }
      result.add(
          new Sentence(
              i,
              tokens.isEmpty() ? 0 : tokens.get(0).start(),
              tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end(),
              tokens,
              dependencies(sentence)));
    }
    return result;
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> result = new ArrayList<>();
    graph.getRoots().forEach(root -> result.add(new Dependency("root", -1, root.index() - 1)));
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      result.add(
          new Dependency(
              edge.getRelation().toString(),
              edge.getGovernor().index() - 1,
              edge.getDependent().index() - 1));
    }
    result.sort(
        Comparator.comparingInt(Dependency::dependent)
            .thenComparingInt(Dependency::governor)
            .thenComparing(Dependency::relation));
    return result;
  }

  private static List<NamedMention> entityMentions(Annotation annotation) {
    List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return List.of();
    }
    List<NamedMention> result = new ArrayList<>(mentions.size());
    for (CoreMap mention : mentions) {
      List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
      CoreLabel first = tokens.get(0);
      CoreLabel last = tokens.get(tokens.size() - 1);
      result.add(
          new NamedMention(
              mention.get(CoreAnnotations.SentenceIndexAnnotation.class),
              first.index() - 1,
              last.index(),
              first.beginPosition(),
              last.endPosition(),
              mention.get(CoreAnnotations.TextAnnotation.class),
              mention.get(CoreAnnotations.NamedEntityTagAnnotation.class),
              mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
    }
    return result;
  }

  private static List<CorefChain> corefChains(Annotation annotation, List<CoreMap> sentences) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains =
        annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains == null) {
      return List.of();
    }
    List<CorefChain> result = new ArrayList<>();
    for (edu.stanford.nlp.coref.data.CorefChain chain : chains.values()) {
      List<edu.stanford.nlp.coref.data.CorefChain.CorefMention> mentions =
          chain.getMentionsInTextualOrder();
      if (mentions.size() < 2) {
        continue;
      }
      List<CorefMention> converted = new ArrayList<>(mentions.size());
      for (edu.stanford.nlp.coref.data.CorefChain.CorefMention mention : mentions) {
        int sentence = mention.sentNum - 1;
        List<CoreLabel> tokens = sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
        converted.add(
            new CorefMention(
                sentence,
                mention.startIndex - 1,
                mention.endIndex - 1,
                mention.headIndex - 1,
                tokens.get(mention.startIndex - 1).beginPosition(),
                tokens.get(mention.endIndex - 2).endPosition(),
                mention.mentionSpan,
                mention.mentionType.name()));
      }
      result.add(new CorefChain(chain.getChainID(), converted));
    }
    result.sort(Comparator.comparingInt(CorefChain::id));
    return result;
  }
}
