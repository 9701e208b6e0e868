package dev.kg.eval;

import dev.kg.eval.Conll2003File.Sentence;
import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.EntityExtractor;
import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.NamedMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Tags CoNLL-2003 documents with kg's entity recogniser: the text goes through the same NER and the
 * same {@link EntityExtractor} as an ingested article, in the file's own tokenisation, and every
 * mention kg would write becomes a {@code PER}, {@code ORG} or {@code LOC} entity.
 *
 * <p>kg writes no node for CoNLL's fourth type, {@code MISC} (nationalities, events, languages,
 * works), but the recogniser tags such names; a capitalised span it tags {@code MISC}, {@code
 * NATIONALITY}, {@code RELIGION} or {@code IDEOLOGY} that overlaps no kg mention is predicted {@code
 * MISC}.
 *
 * <p>Each document is also tagged from the recogniser's own mentions alone (its NER tags, not the
 * pronouns its entity mentions add), with no kg extraction in between and mapped the same way, which
 * is what running CoreNLP by hand gives; so the recogniser can
 * be scored beside kg on the same annotation.
 *
 * <pre>{@code
 * Conll2003Tagger tagger = new Conll2003Tagger(text -> CoreNlpAnnotator.pretokenizedTagger().annotate(text, null));
 * List<List<String>> tags = tagger.tag(file.documents().get(0)).kg();
 * }</pre>
 */
public final class Conll2003Tagger {

  private static final Set<String> MISC_TAGS = Set.of("MISC", "NATIONALITY", "RELIGION", "IDEOLOGY");
  private static final Map<EntityType, String> CONLL_TYPES =
      Map.of(EntityType.PERSON, "PER", EntityType.ORGANIZATION, "ORG", EntityType.LOCATION, "LOC");

  private final Function<String, AnnotatedText> annotator;
  private final EntityExtractor extractor = new EntityExtractor();

  /**
   * @param annotator annotates text of space-separated tokens, one sentence a line, keeping that
   *     tokenisation (see {@code CoreNlpAnnotator.pretokenizedTagger()})
   */
  public Conll2003Tagger(Function<String, AnnotatedText> annotator) {
    this.annotator = annotator;
  }

  /**
   * The predicted IOB2 tags of each sentence of one document, in order, as kg writes mentions and as
   * the recogniser alone found them.
   *
   * @param kg through kg's {@link EntityExtractor}
   * @param recogniser the recogniser's person, organisation and place mentions as they are
   */
  public record Tagging(List<List<String>> kg, List<List<String>> recogniser) {

    public Tagging {
      kg = List.copyOf(kg);
      recogniser = List.copyOf(recogniser);
    }
  }

  /** The predicted tags of one document's sentences. */
  public Tagging tag(List<Sentence> document) {
    // Where each token starts in the text, so character spans map back to token indexes.
    StringBuilder text = new StringBuilder();
    Map<Integer, int[]> tokenAt = new HashMap<>();
    Map<Integer, int[]> tokenEndingAt = new HashMap<>();
    for (int s = 0; s < document.size(); s++) {
      List<String> words = document.get(s).words();
      for (int t = 0; t < words.size(); t++) {
        if (t > 0) {
          text.append(' ');
        }
        tokenAt.put(text.length(), new int[] {s, t});
        text.append(words.get(t));
        tokenEndingAt.put(text.length(), new int[] {s, t});
      }
      text.append('\n');
    }
    String content = text.toString();
    AnnotatedText annotated = annotator.apply(content);
    DocumentExtraction extraction = extractor.extract(document(content), annotated);
    Map<String, EntityType> typeOf = new HashMap<>();
    extraction.entities().forEach(entity -> typeOf.put(entity.id(), entity.type()));
    List<Typed> kg = new ArrayList<>();
    for (Mention mention : extraction.mentions()) {
      if (mention.isName()) {
        kg.add(new Typed(mention.start(), mention.end(), CONLL_TYPES.get(typeOf.get(mention.entityId()))));
      }
    }
    List<Typed> recogniser = new ArrayList<>();
    for (NamedMention mention : annotated.taggedMentions()) {
      EntityType type = EntityType.ofNerTag(mention.ner());
      if (type != null) {
        recogniser.add(new Typed(mention.start(), mention.end(), CONLL_TYPES.get(type)));
      }
    }
    List<Typed> misc = miscNames(annotated).stream().map(m -> new Typed(m.start(), m.end(), "MISC")).toList();
    return new Tagging(
        tags(document, tokenAt, tokenEndingAt, kg, misc),
        tags(document, tokenAt, tokenEndingAt, recogniser, misc));
  }

  /** A character span with its CoNLL type. */
  private record Typed(int start, int end, String type) {}

  /** The tags of {@code names}, then of the MISC names that overlap none of them. */
  private static List<List<String>> tags(
      List<Sentence> document, Map<Integer, int[]> tokenAt, Map<Integer, int[]> tokenEndingAt,
      List<Typed> names, List<Typed> misc) {
    List<List<Iob2.Span>> spans = new ArrayList<>();
    document.forEach(sentence -> spans.add(new ArrayList<>()));
    boolean[][] taken = new boolean[document.size()][];
    for (int s = 0; s < document.size(); s++) {
      taken[s] = new boolean[document.get(s).words().size()];
    }
    for (Typed name : names) {
      add(spans, taken, tokenAt, tokenEndingAt, name.start(), name.end(), name.type());
    }
    for (Typed name : misc) {
      add(spans, taken, tokenAt, tokenEndingAt, name.start(), name.end(), name.type());
    }
    List<List<String>> tags = new ArrayList<>();
    for (int s = 0; s < document.size(); s++) {
      tags.add(Iob2.tags(document.get(s).words().size(), spans.get(s)));
    }
    return tags;
  }

  /**
   * The recogniser's names of {@link #MISC_TAGS} types, capitalised as names are; adjacent ones are
   * one name ("American" + "League", "Iraqi" + "Kurds"), as kg joins adjacent places and organisations.
   */
  private static List<NamedMention> miscNames(AnnotatedText annotated) {
    List<NamedMention> names = new ArrayList<>();
    for (NamedMention mention : annotated.entityMentions()) {
      if (!MISC_TAGS.contains(mention.ner()) || mention.text().chars().noneMatch(Character::isUpperCase)) {
        continue;
      }
      NamedMention previous = names.isEmpty() ? null : names.get(names.size() - 1);
      if (previous != null && previous.sentence() == mention.sentence() && previous.tokenEnd() == mention.tokenStart()) {
        names.set(
            names.size() - 1,
            new NamedMention(
                previous.sentence(), previous.tokenStart(), mention.tokenEnd(), previous.start(), mention.end(),
                previous.text() + " " + mention.text(), "MISC", null));
      } else {
        names.add(mention);
      }
    }
    return names;
  }

  /** Adds a span unless it overlaps one already added or does not fall on token boundaries. */
  private static void add(
      List<List<Iob2.Span>> spans, boolean[][] taken, Map<Integer, int[]> tokenAt,
      Map<Integer, int[]> tokenEndingAt, int start, int end, String type) {
    int[] first = tokenAt.get(start);
    int[] last = tokenEndingAt.get(end);
    if (first == null || last == null || first[0] != last[0]) {
      return;
    }
    boolean[] sentence = taken[first[0]];
    for (int t = first[1]; t <= last[1]; t++) {
      if (sentence[t]) {
        return;
      }
    }
    for (int t = first[1]; t <= last[1]; t++) {
      sentence[t] = true;
    }
    spans.get(first[0]).add(new Iob2.Span(type, first[1], last[1] + 1));
  }

  private static SourceDocument document(String text) {
    return new SourceDocument("conll", null, null, null, null, "conll", text, "conll");
  }
}
