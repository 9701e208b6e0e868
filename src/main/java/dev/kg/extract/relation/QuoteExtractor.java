package dev.kg.extract.relation;

import dev.kg.extract.CommunicationVerbs;
import dev.kg.extract.Evidence;
import dev.kg.extract.Mention;
import dev.kg.extract.Quote;
import dev.kg.nlp.AnnotatedText.Quotation;
import dev.kg.nlp.AnnotatedText.Span;
import dev.kg.extract.EntityType;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Direct quotations and who said them. The speaker is, in order of preference:
 *
 * <ol>
 *   <li>the subject of a verb of saying in the quotation's sentence ("..., said Adrienne Watson";
 *       "KCNA stated that talks were held in a 'comradely' atmosphere"; "he described Russia as a
 *       'trusted ally'"), resolved to an entity through its mention, pronouns included; a subject
 *       that is a statement or report stands for the entity that issued it ("a statement from the
 *       ministry said", "KCNA's report said"). When that subject is no entity ("a joint statement
 *       emphasised ...") the quotation has no speaker;
 *   <li>the source after "according to" in its sentence ("..., according to the ministry");
 *   <li>the speaker of the quotation just before it, when this one stands alone as its own sentence
 *       (a quotation continued after "..., she said."), in the same paragraph or opening the next
 *       one after a paragraph that ended inside the quotation;
 *   <li>the subject of a verb of saying in the sentence before it in its paragraph (or before it
 *       and ending in a colon), or else in the sentence after it, when that sentence quotes nobody
 *       itself ("Choe spoke after the talks. 'We will ...'");
 *   <li>CoreNLP's quote attribution.
 * </ol>
 *
 * A quoted line on its own without a sentence's final punctuation (a headline) is no quotation; one
 * that ends like a sentence is a paragraph of quotation.
 */
final class QuoteExtractor {

  private static final Set<String> SPEECH_VERBS = CommunicationVerbs.QUOTING;
  private static final String MARKS = "\"“”‘’'«»„‟‹›";

  private static final int NAME_AFTER_VERB_CHARS = 40;

  private final String text;
  private final EntityIndex index;
  private final List<ParsedSentence> sentences;
  private List<Quotation> quotations = List.of();

  QuoteExtractor(String text, EntityIndex index, List<ParsedSentence> sentences) {
    this.text = text;
    this.index = index;
    this.sentences = sentences;
  }

  List<Quote> extract(List<Quotation> quotations) {
    this.quotations = quotations;
    List<Quote> quotes = new ArrayList<>();
    Quote previous = null;
    int previousEnd = -1;
    for (Quotation quotation : quotations) {
      int start = quotation.start();
      int end = quotation.end();
      while (start < end && (MARKS.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
        start++;
      }
      while (end > start && (MARKS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
        end--;
      }
      if (start >= end || standsAlone(quotation)) {
        continue;
      }
      ParsedSentence sentence = sentenceAt(start);
      if (sentence == null) {
        continue;
      }
      Quote quote = attribute(quotation, sentence, start, end, previous, previousEnd);
      quotes.add(quote);
      previous = quote;
      previousEnd = quotation.end();
    }
    return quotes;
  }

  private Quote attribute(
      Quotation quotation, ParsedSentence sentence, int start, int end, Quote previous, int previousEnd) {
    String words = text.substring(start, end);
    Evidence evidence = new Evidence(sentence.index(), start, end);
    boolean saidBySomethingElse = false;
    Optional<Mention> said = saidIn(sentence, quotation);
    if (said.isPresent()) {
      Mention mention = said.get();
      return new Quote(words, mention.entityId(), evidence, mention.isName() ? 0.9 : 0.8, "speech-verb");
    }
    for (int verb : speechVerbs(sentence, quotation)) {
      saidBySomethingElse |= subjectOf(sentence, verb, quotation).isPresent();
    }
    Optional<Mention> source = accordingTo(sentence, quotation);
    if (source.isPresent()) {
      return new Quote(words, source.get().entityId(), evidence, source.get().isName() ? 0.85 : 0.75, "according-to");
    }
    if (saidBySomethingElse) {
      return new Quote(words, null, evidence, 0, "none");
    }
    if (previous != null && previous.speakerId() != null && fillsSentence(sentence, quotation)
        && continues(previousEnd, quotation)) {
      return new Quote(words, previous.speakerId(), evidence, previous.confidence() * 0.9, "continuation");
    }
    if (fillsSentence(sentence, quotation)) {
      Optional<Quote> neighbour = neighbourSpeaker(sentence, words, evidence);
      if (neighbour.isPresent()) {
        return neighbour.get();
      }
    }
    for (Span speaker : new Span[] {quotation.speaker(), quotation.canonicalSpeaker()}) {
      if (speaker != null && !between(speaker.start(), quotation.start()).contains("\n")) {
        Optional<Mention> mention = index.mentionOver(speaker.start(), speaker.end());
        if (mention.isPresent()) {
          return new Quote(words, mention.get().entityId(), evidence, 0.5, "corenlp");
        }
      }
    }
    return new Quote(words, null, evidence, 0, "none");
  }

  /**
   * The speaker a verb of saying in {@code sentence} names, outside {@code quotation} (null for a
   * sentence read for a quotation in another): its subject's entity, or the issuer of a statement
   * that is its subject, or a name right after it.
   */
  private Optional<Mention> saidIn(ParsedSentence sentence, Quotation quotation) {
    for (int verb : speechVerbs(sentence, quotation)) {
      Optional<Integer> subject = subjectOf(sentence, verb, quotation);
      Optional<Mention> speaker = subject.isPresent()
          ? speakerAt(sentence, subject.get()).or(() -> issuerOf(sentence, subject.get()))
              .or(() -> pronounAntecedent(sentence, subject.get()))
          : quotation == null ? Optional.empty() : nameAfter(sentence, verb, quotation);
      if (speaker.isPresent()) {
        return speaker;
      }
    }
    return Optional.empty();
  }

  /**
   * The entity that issued a statement, report or the like which is the subject of a verb of saying:
   * its possessor, or the entity after "by", "from" or "of" ("a statement from the Foreign Ministry").
   */
  private Optional<Mention> issuerOf(ParsedSentence sentence, int noun) {
    if (!sentence.token(noun).pos().startsWith("NN")) {
      return Optional.empty();
    }
    for (int issuer : sentence.dependents(noun, r -> r.equals("nmod:poss") || r.equals("nmod:by")
        || r.equals("nmod:from") || r.equals("nmod:of"))) {
      Optional<Mention> mention = index.mentionAt(sentence.token(issuer))
          .filter(m -> index.typeOf(m.entityId()) != EntityType.LOCATION || index.isCountry(m.entityId()));
      if (mention.isPresent()) {
        return mention;
      }
    }
    return Optional.empty();
  }

  /**
   * The person "he" or "she" stands for when coreference left it unresolved: the person who is the
   * subject of the sentence before, in the same paragraph ("Town noted ... However, she highlighted").
   */
  private Optional<Mention> pronounAntecedent(ParsedSentence sentence, int pronoun) {
    int position = sentences.indexOf(sentence);
    if (!Set.of("he", "she").contains(sentence.lower(pronoun)) || position < 1
        || text.substring(sentences.get(position - 1).end(), sentence.start()).contains("\n")) {
      return Optional.empty();
    }
    ParsedSentence before = sentences.get(position - 1);
    for (int root = 0; root < before.size(); root++) {
      if (!before.heads(root).isEmpty()) {
        continue;
      }
      for (int subject : before.dependents(root, r -> r.equals("nsubj"))) {
        Optional<Mention> person = speakerAt(before, subject).filter(m -> index.typeOf(m.entityId()) == EntityType.PERSON);
        if (person.isPresent()) {
          return person;
        }
      }
    }
    return Optional.empty();
  }

  /** The entity after "according to" in the quotation's sentence, outside the quotation. */
  private Optional<Mention> accordingTo(ParsedSentence sentence, Quotation quotation) {
    for (int t = 0; t < sentence.size(); t++) {
      int head = t;
      for (var edge : sentence.heads(t)) {
        var token = sentence.token(t);
        if (edge.relation().endsWith(":according_to") && !inside(token.start(), token.end(), quotation)) {
          Optional<Mention> source = speakerAt(sentence, head).or(() -> issuerOf(sentence, head));
          if (source.isPresent()) {
            return source;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a quotation continues the one that ended at {@code previousEnd}: in the same paragraph,
   * or opening the paragraph right after the previous quotation's (news gives a quotation that
   * goes on over paragraphs its speaker once, and a new speaker always a name).
   */
  private boolean continues(int previousEnd, Quotation quotation) {
    String gap = text.substring(previousEnd, quotation.start());
    if (!gap.contains("\n")) {
      return true;
    }
    String[] paragraphs = gap.split("\n\\s*", -1);
    return paragraphs.length == 2 && paragraphs[1].isBlank();
  }

  /**
   * The speaker named by a verb of saying in the sentence before the quotation's in its paragraph
   * (or the line before, when it ends in a colon), else in the sentence after it in its paragraph,
   * provided that sentence quotes nobody itself.
   */
  private Optional<Quote> neighbourSpeaker(ParsedSentence sentence, String words, Evidence evidence) {
    int index = sentences.indexOf(sentence);
    if (index > 0) {
      ParsedSentence before = sentences.get(index - 1);
      String gap = text.substring(before.end(), sentence.start());
      boolean colon = text.substring(before.start(), before.end()).strip().endsWith(":");
      if ((!gap.contains("\n") || colon && gap.indexOf('\n') == gap.lastIndexOf('\n')) && quotesNobody(before)) {
        Optional<Mention> speaker = saidIn(before, null);
        if (speaker.isPresent()) {
          return Optional.of(new Quote(words, speaker.get().entityId(), evidence, 0.7, "previous-sentence"));
        }
      }
    }
    if (index + 1 < sentences.size()) {
      ParsedSentence after = sentences.get(index + 1);
      if (!text.substring(sentence.end(), after.start()).contains("\n") && quotesNobody(after)) {
        Optional<Mention> speaker = saidIn(after, null);
        if (speaker.isPresent()) {
          return Optional.of(new Quote(words, speaker.get().entityId(), evidence, 0.65, "next-sentence"));
        }
      }
    }
    return Optional.empty();
  }

  private boolean quotesNobody(ParsedSentence sentence) {
    return quotations.stream().noneMatch(q -> q.end() > sentence.start() && q.start() < sentence.end());
  }

  /** The verbs of saying outside the quotation in its sentence, nearest first. */
  private List<Integer> speechVerbs(ParsedSentence sentence, Quotation quotation) {
    List<Integer> verbs = new ArrayList<>();
    for (int t = 0; t < sentence.size(); t++) {
      var token = sentence.token(t);
      if ((quotation == null || !inside(token.start(), token.end(), quotation)) && token.pos().startsWith("VB")
          && SPEECH_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
        verbs.add(t);
      }
    }
    if (quotation != null) {
      verbs.sort(Comparator.comparingInt(t -> distance(sentence.token(t), quotation)));
    }
    return verbs;
  }

  /**
   * The subject of {@code verb} outside the quotation; a verb without a subject of its own (a
   * participle, an infinitive) borrows its head's.
   */
  private static Optional<Integer> subjectOf(ParsedSentence sentence, int verb, Quotation quotation) {
    int current = verb;
    for (int hops = 0; hops < 3; hops++) {
      for (int subject : sentence.dependents(current, r -> r.equals("nsubj") || r.equals("nsubj:xsubj"))) {
        var token = sentence.token(subject);
        if (quotation == null || !inside(token.start(), token.end(), quotation)) {
          return Optional.of(subject);
        }
      }
      var head = sentence.head(current, r -> r.equals("advcl") || r.equals("xcomp") || r.startsWith("conj") || r.equals("acl"));
      if (head.isEmpty() || head.get().governor() < 0) {
        return Optional.empty();
      }
      current = head.get().governor();
    }
    return Optional.empty();
  }

  /** The entity a subject token refers to, through its own mention or a name compounded with it. */
  private Optional<Mention> speakerAt(ParsedSentence sentence, int subject) {
    Optional<Mention> mention = index.mentionAt(sentence.token(subject));
    for (int part : sentence.dependents(subject, r -> r.equals("compound") || r.equals("flat"))) {
      if (mention.isPresent()) {
        break;
      }
      mention = index.mentionAt(sentence.token(part));
    }
    return mention;
  }

  /**
   * A name right after a verb of saying that directly follows the quotation, when the parse found no subject ("..., said Lt. Gen.
   * (ret.) James Cartwright", where the abbreviations split the sentence): the first person or
   * organisation named within a short stretch, with no quotation mark or line break before it.
   */
  private Optional<Mention> nameAfter(ParsedSentence sentence, int verb, Quotation quotation) {
    int offset = sentence.token(verb).end();
    if (sentence.token(verb).start() < quotation.end()
        || between(quotation.end(), sentence.token(verb).start()).strip().length() > 1) {
      return Optional.empty();
    }
    return index.namesFrom(offset).stream()
        .filter(m -> m.start() - offset <= NAME_AFTER_VERB_CHARS)
        .filter(m -> index.typeOf(m.entityId()) != EntityType.LOCATION)
        .filter(m -> between(offset, m.start()).chars().noneMatch(c -> c == '\n' || MARKS.indexOf(c) >= 0))
        .findFirst();
  }

  private String between(int from, int to) {
    return from <= to ? text.substring(from, to) : text.substring(to, from);
  }

  private static int distance(Token token, Quotation quotation) {
    return token.end() <= quotation.start() ? quotation.start() - token.end() : token.start() - quotation.end();
  }

  private static boolean inside(int start, int end, Quotation quotation) {
    return start >= quotation.start() && end <= quotation.end();
  }

  private boolean standsAlone(Quotation quotation) {
    int before = quotation.start();
    while (before > 0 && text.charAt(before - 1) != '\n' && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    int after = quotation.end();
    while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    boolean line = (before == 0 || text.charAt(before - 1) == '\n') && (after == text.length() || text.charAt(after) == '\n');
    String words = quotation.text().replaceAll("[" + MARKS + "\\s]+$", "");
    return line && !(words.endsWith(".") || words.endsWith("!") || words.endsWith("?"));
  }

  /** Whether the quotation is all there is of its sentence but punctuation. */
  private boolean fillsSentence(ParsedSentence sentence, Quotation quotation) {
    for (int t = 0; t < sentence.size(); t++) {
      var token = sentence.token(t);
      boolean inside = inside(token.start(), token.end(), quotation);
      if (!inside && Character.isLetterOrDigit(token.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private ParsedSentence sentenceAt(int offset) {
    for (ParsedSentence sentence : sentences) {
      if (sentence.start() <= offset && offset < sentence.end()) {
        return sentence;
      }
    }
    return null;
  }
}
