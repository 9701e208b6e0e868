package dev.kg.extract.relation;

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
 *       'trusted ally'"), resolved to an entity through its mention, pronouns included. When that
 *       subject is no entity ("a joint statement emphasised ...") the quotation has no speaker;
 *   <li>the speaker of the quotation just before it in the same paragraph, when this one stands
 *       alone as its own sentence (a quotation continued after "..., she said.");
 *   <li>CoreNLP's quote attribution.
 * </ol>
 *
 * A quoted line on its own (a headline) is no quotation.
 */
final class QuoteExtractor {

  private static final Set<String> SPEECH_VERBS =
      Set.of("say", "tell", "state", "add", "describe", "call", "note", "write", "warn", "claim", "report",
          "declare", "insist", "stress", "emphasize", "emphasise", "cite", "comment", "announce", "explain",
          "argue", "urge", "ask", "reply", "respond", "assert", "affirm", "vow", "pledge", "promise",
          "acknowledge", "admit", "deny", "suggest", "remark", "observe", "quote", "label", "term", "dub",
          "characterize", "characterise", "hail", "praise", "commend", "condemn", "accuse", "tweet", "post",
          "confirm", "highlight", "express", "thank", "frame", "portray", "depict", "brand", "predict", "proclaim", "pronounce", "mention", "recall", "reiterate", "caution");
  private static final String MARKS = "\"“”‘’'«»„‟‹›";

  private static final int NAME_AFTER_VERB_CHARS = 40;

  private final String text;
  private final EntityIndex index;
  private final List<ParsedSentence> sentences;

  QuoteExtractor(String text, EntityIndex index, List<ParsedSentence> sentences) {
    this.text = text;
    this.index = index;
    this.sentences = sentences;
  }

  List<Quote> extract(List<Quotation> quotations) {
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
    for (int verb : speechVerbs(sentence, quotation)) {
      Optional<Integer> subject = subjectOf(sentence, verb, quotation);
      Optional<Mention> speaker =
          subject.isPresent() ? speakerAt(sentence, subject.get()) : nameAfter(sentence, verb, quotation);
      if (speaker.isPresent()) {
        Mention mention = speaker.get();
        return new Quote(words, mention.entityId(), evidence, mention.isName() ? 0.9 : 0.8, "speech-verb");
      }
      saidBySomethingElse |= subject.isPresent();
    }
    if (saidBySomethingElse) {
      return new Quote(words, null, evidence, 0, "none");
    }
    if (previous != null && previous.speakerId() != null && fillsSentence(sentence, quotation)
        && !text.substring(previousEnd, quotation.start()).contains("\n")) {
      return new Quote(words, previous.speakerId(), evidence, previous.confidence() * 0.9, "continuation");
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

  /** The verbs of saying outside the quotation in its sentence, nearest first. */
  private List<Integer> speechVerbs(ParsedSentence sentence, Quotation quotation) {
    List<Integer> verbs = new ArrayList<>();
    for (int t = 0; t < sentence.size(); t++) {
      var token = sentence.token(t);
      if (!inside(token.start(), token.end(), quotation) && token.pos().startsWith("VB")
          && SPEECH_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
        verbs.add(t);
      }
    }
    verbs.sort(Comparator.comparingInt(t -> distance(sentence.token(t), quotation)));
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
        if (!inside(token.start(), token.end(), quotation)) {
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
    return (before == 0 || text.charAt(before - 1) == '\n') && (after == text.length() || text.charAt(after) == '\n');
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
