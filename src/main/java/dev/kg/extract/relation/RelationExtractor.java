package dev.kg.extract.relation;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.Mention;
import dev.kg.extract.Quote;
import dev.kg.extract.Relation;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds relations and quotations to a document's extraction: positions ({@link RoleExtractor}),
 * whereabouts ({@link PlaceExtractor}, and what its facts imply through a second place, {@link
 * PlaceChains}), killings ({@link KillingExtractor}), what CoreNLP's KBP extractor finds ({@link
 * KbpMapping}), the country of a state office the sentence before gives ({@link StateOffices}) and
 * who said what ({@link QuoteExtractor}). Relation ends are always among the extraction's entities,
 * found through its mentions, so a pronoun coreference resolved counts as its entity, save a country
 * given only by its nationality ("a German skeleton racer"), which joins the entities, with the
 * nationality words as its mentions, when a relation ends at it ({@link ImpliedCountries}).
 *
 * <p>One sentence stating one fact in several ways (a title pattern and KBP, say) gives one relation,
 * the most confident.
 *
 * <pre>{@code
 * DocumentExtraction entities = new EntityExtractor().extract(document, annotated);
 * DocumentExtraction full = new RelationExtractor().extract(entities, annotated);
 * }</pre>
 */
public final class RelationExtractor {

  /** {@code extraction} with its relations and quotes found in {@code annotated}; its events are kept. */
  public DocumentExtraction extract(DocumentExtraction extraction, AnnotatedText annotated) {
    String text = extraction.document().text();
    EntityIndex index = new EntityIndex(extraction);
    List<ParsedSentence> sentences =
        annotated.sentences().stream().map(s -> new ParsedSentence(text, s)).toList();
    FactSink sink = new FactSink(index);
    RoleExtractor roles = new RoleExtractor(index, sink);
    PlaceExtractor places = new PlaceExtractor(index, sink);
    KillingExtractor killings = new KillingExtractor(index, sink);
    for (ParsedSentence sentence : sentences) {
      roles.extract(sentence);
      places.extract(sentence);
      killings.extract(sentence);
    }
    new PlaceChains(sink).extract();
    KbpMapping kbp = new KbpMapping(index, sink);
    for (KbpRelation relation : annotated.kbpRelations()) {
      kbp.add(relation, sentences.get(relation.sentence()));
    }
    new StateOffices(text, index, sink, sentences).extract();
    List<Quote> quotes =
        new QuoteExtractor(text, index, sentences, annotated.quotations(), annotated.corefChains()).extract();
    List<Relation> relations = distinct(index.implied().withoutPositions(sink.relations()), sentences);
    List<Entity> implied = index.implied().usedBy(relations);
    List<Entity> entities = new ArrayList<>(extraction.entities());
    entities.addAll(implied);
    List<Mention> mentions = new ArrayList<>(extraction.mentions());
    mentions.addAll(index.implied().mentionsOf(implied));
    return new DocumentExtraction(
        extraction.document(), extraction.sentences(), entities, mentions, relations, quotes, extraction.events());
  }

  /**
   * One relation per fact and sentence, the most confident; a title with no place is dropped when
   * the same sentence gives the person that title at a place. Relations whose evidence reaches
   * outside its sentence (a coreference reaching back) are dropped too: the evidence must be one
   * sentence ({@link StateOffices} names its country outside the evidence, on purpose).
   */
  private static List<Relation> distinct(List<Relation> relations, List<ParsedSentence> sentences) {
    Map<String, Relation> best = new LinkedHashMap<>();
    for (Relation relation : relations) {
      ParsedSentence sentence = sentences.get(relation.evidence().sentence());
      if (relation.evidence().start() < sentence.start() || relation.evidence().end() > sentence.end()) {
        continue;
      }
      best.merge(key(relation), relation, (a, b) -> b.confidence() > a.confidence() ? b : a);
    }
    List<Relation> kept = new ArrayList<>();
    for (Relation relation : best.values()) {
      boolean placed = relation.objectId() == null && best.values().stream().anyMatch(other ->
          other.objectId() != null && other.role() != null && other.subjectId().equals(relation.subjectId())
              && other.evidence().sentence() == relation.evidence().sentence()
              && other.role().normalized().equals(relation.role().normalized()));
      if (!placed) {
        kept.add(relation);
      }
    }
    kept.sort(Comparator.comparingInt((Relation r) -> r.evidence().start()).thenComparing(Relation::type));
    return kept;
  }

  private static String key(Relation relation) {
    return String.join("|", relation.type(), relation.subjectId(), Objects.toString(relation.objectId()),
        Integer.toString(relation.evidence().sentence()),
        relation.role() == null ? "" : relation.role().normalized());
  }
}
