package dev.kg.eval;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.EntityExtractor;
import dev.kg.extract.event.EventExtractor;
import dev.kg.extract.event.EventMention;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Sentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs kg's own entity and event extraction on a WikiEvents document, annotated from its
 * {@link WikiEventsDocument#text()}, and writes the triggers as predictions in the document's token
 * indices. Types KAIROS has no counterpart for (agreements, sanctions, weapons tests, ...) are not
 * predicted: WikiEvents does not annotate them, so they could only count against kg.
 *
 * <p>An argument is written as the corpus marks it. On WikiEvents, a relative pronoun in the
 * trigger's clause rather than the antecedent kg names ({@link RelativePronouns}); on RAMS, which marks
 * the antecedent, kg's own word, and the device a detonation sets off as the attack's instrument, since
 * RAMS's roles (AIDA's) have no other for it where KAIROS has {@code ExplosiveDevice}.
 */
public final class WikiEventsPredictor {

  private final EntityExtractor entities = new EntityExtractor();
  private final EventExtractor events = new EventExtractor();
  private final boolean forWikiEvents;

  private WikiEventsPredictor(boolean forWikiEvents) {
    this.forWikiEvents = forWikiEvents;
  }

  /** Predictions for WikiEvents, which marks a relative pronoun where kg names its antecedent. */
  public static WikiEventsPredictor wikiEvents() {
    return new WikiEventsPredictor(true);
  }

  /**
   * Predictions for RAMS windows, which mark the antecedent as kg names it and an attack's device as
   * its instrument.
   */
  public static WikiEventsPredictor rams() {
    return new WikiEventsPredictor(false);
  }

  public List<WikiEventsPrediction> predict(WikiEventsDocument document, AnnotatedText annotated) {
    String text = document.text();
    SourceDocument source =
        new SourceDocument(document.id(), null, null, null, null, document.id(), text, sha256(text));
    DocumentExtraction extraction = entities.extract(source, annotated);
    List<WikiEventsPrediction> predictions = new ArrayList<>();
    for (EventMention mention : events.mentions(extraction, annotated)) {
      String kairos = mention.type().kairos(mention.lemma());
      if (kairos == null) {
        continue;
      }
      Sentence sentence = annotated.sentences().get(mention.sentence());
      int trigger = document.tokenAt(sentence.tokens().get(mention.trigger()).start());
      List<WikiEventsPrediction.Argument> arguments = new ArrayList<>();
      for (EventMention.Argument argument : mention.arguments()) {
        String role = written(mention.type().kairosRole(argument.role(), mention.lemma()));
        if (role != null && (forWikiEvents || !Coordinations.laterConjunct(sentence, mention, argument))) {
          int word = forWikiEvents
              ? RelativePronouns.asWritten(sentence, argument.head(), mention.trigger())
              : argument.head();
          int head = document.tokenAt(sentence.tokens().get(word).start());
          arguments.add(new WikiEventsPrediction.Argument(head, head + 1, role));
        }
      }
      predictions.add(
          new WikiEventsPrediction(
              document.id(),
              new WikiEventsPrediction.TokenSpan(trigger, trigger + 1),
              mention.type().name(),
              kairos,
              arguments));
    }
    return predictions;
  }

  /** The name of a KAIROS role in the corpus's own roles. */
  private String written(String kairosRole) {
    return !forWikiEvents && "ExplosiveDevice".equals(kairosRole) ? "Instrument" : kairosRole;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
