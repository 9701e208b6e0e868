package dev.kg.nlp;

import java.util.List;

/**
 * What CoreNLP found in one text, as plain values: the only shape in which annotations leave the
 * {@code nlp} package. Jackson-serialisable, so an annotation can be cached or inspected as JSON.
 *
 * @param sentences the sentences in text order, each with its tokens and dependency edges
 * @param entityMentions named-entity mentions (CoreNLP's entity mentions: multi-token spans of one NER
 *     type), in text order
 * @param corefChains coreference chains of at least two mentions
 * @param kbpRelations the relations CoreNLP's KBP extractors found ({@link KbpAnnotator}), in sentence order
 * @param quotations the direct quotations CoreNLP's {@code quote} annotator found, in text order
 */
public record AnnotatedText(
    List<Sentence> sentences,
    List<NamedMention> entityMentions,
    List<CorefChain> corefChains,
    List<KbpRelation> kbpRelations,
    List<Quotation> quotations) {

  public AnnotatedText {
    sentences = List.copyOf(sentences);
    entityMentions = List.copyOf(entityMentions);
    corefChains = List.copyOf(corefChains);
    // Absent in annotations cached as JSON before kg ran the kbp and quote annotators.
    kbpRelations = kbpRelations == null ? List.of() : List.copyOf(kbpRelations);
    quotations = quotations == null ? List.of() : List.copyOf(quotations);
  }

  /** An annotation without relations and quotations, as a pipeline without those annotators makes. */
  public AnnotatedText(
      List<Sentence> sentences, List<NamedMention> entityMentions, List<CorefChain> corefChains) {
    this(sentences, entityMentions, corefChains, List.of(), List.of());
  }

  /**
   * The entity mentions of the names CoreNLP's NER tagged, as its {@code ner} tags alone give them:
   * without the pronouns ("he", "she") its entity-mention step adds as PERSON mentions for
   * coreference and relations, whose tokens the NER leaves untagged.
   */
  public List<NamedMention> taggedMentions() {
    return entityMentions.stream()
        .filter(mention -> sentences.get(mention.sentence()).tokens().subList(mention.tokenStart(), mention.tokenEnd())
            .stream()
            .noneMatch(token -> token.ner().equals("O")))
        .toList();
  }

  /**
   * One sentence.
   *
   * @param index zero-based sentence index
   * @param start character offset of its first token
   * @param end character offset just past its last token
   * @param tokens its tokens, in order
   * @param dependencies enhanced++ dependency edges; token indexes are zero-based within the sentence,
   *     {@code -1} for the root
   */
  public record Sentence(
      int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
      tokens = List.copyOf(tokens);
      dependencies = List.copyOf(dependencies);
    }
  }

  /**
   * One token.
   *
   * @param index zero-based index within its sentence
   * @param word the token text as it appears
   * @param lemma its lemma
   * @param pos Penn Treebank part-of-speech tag
   * @param ner fine-grained NER tag, {@code O} outside entities
   * @param start character offset, inclusive
   * @param end character offset, exclusive
   */
  public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {}

  /**
   * A typed dependency edge.
   *
   * @param relation e.g. {@code nsubj}, {@code compound}, {@code nmod:of}
   * @param governor head token index, {@code -1} for the root
   * @param dependent dependent token index
   */
  public record Dependency(String relation, int governor, int dependent) {}

  /**
   * A named-entity mention.
   *
   * @param sentence sentence index
   * @param tokenStart first token index within the sentence
   * @param tokenEnd token index just past the mention
   * @param start character offset, inclusive
   * @param end character offset, exclusive
   * @param text covered text
   * @param ner fine-grained NER type, e.g. {@code PERSON}, {@code COUNTRY}, {@code DATE}
   * @param normalized normalised value where CoreNLP gives one (dates, numbers), else {@code null}
   */
  public record NamedMention(
      int sentence,
      int tokenStart,
      int tokenEnd,
      int start,
      int end,
      String text,
      String ner,
      String normalized) {}

  /**
   * A coreference chain: mentions that CoreNLP believes refer to the same thing.
   *
   * @param id CoreNLP's chain id
   * @param mentions the chain's mentions in text order
   */
  public record CorefChain(int id, List<CorefMention> mentions) {

    public CorefChain {
      mentions = List.copyOf(mentions);
    }
  }

  /**
   * One mention in a coreference chain.
   *
   * @param sentence sentence index
   * @param tokenStart first token index within the sentence
   * @param tokenEnd token index just past the mention
   * @param headToken index of the mention's syntactic head within the sentence
   * @param start character offset, inclusive
   * @param end character offset, exclusive
   * @param text covered text
   * @param form {@code PRONOMINAL}, {@code NOMINAL}, {@code PROPER} or {@code LIST}
   */
  public record CorefMention(
      int sentence,
      int tokenStart,
      int tokenEnd,
      int headToken,
      int start,
      int end,
      String text,
      String form) {}

  /**
   * A relation from CoreNLP's KBP extractor: a TAC KBP slot such as {@code per:employee_of} between
   * two spans. The subject may stand in another sentence when coreference resolved a pronoun to it.
   *
   * @param sentence the sentence that states the relation
   * @param relation the KBP slot name, e.g. {@code per:title}, {@code org:city_of_headquarters}
   * @param subjectStart character offset of the subject, inclusive
   * @param subjectEnd character offset just past the subject
   * @param objectStart character offset of the object, inclusive
   * @param objectEnd character offset just past the object
   * @param confidence the extractor's confidence, 0..1
   */
  public record KbpRelation(
      int sentence,
      String relation,
      int subjectStart,
      int subjectEnd,
      int objectStart,
      int objectEnd,
      double confidence) {}

  /**
   * A direct quotation and, where CoreNLP's quote attribution found one, who it attributes it to.
   *
   * @param start character offset of the opening quotation mark
   * @param end character offset just past the closing mark
   * @param text the quotation with its marks, as written
   * @param sentence the sentence the quotation begins in
   * @param speaker the mention the annotator attributes it to, or {@code null}
   * @param canonicalSpeaker the fullest name of that speaker in the text, or {@code null}
   */
  public record Quotation(
      int start, int end, String text, int sentence, Span speaker, Span canonicalSpeaker) {}

  /**
   * A span of the text.
   *
   * @param start character offset, inclusive
   * @param end character offset, exclusive
   * @param text the covered text
   */
  public record Span(int start, int end, String text) {}
}
