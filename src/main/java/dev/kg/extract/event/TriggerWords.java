package dev.kg.extract.event;

import static dev.kg.extract.DependencyIndex.lemma;

import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Token;

/**
 * The word a trigger is read as: its part of speech as {@link EventType} lists triggers (verb, common
 * noun, adjective) and its lemma, a phrasal verb's with its particle.
 */
final class TriggerWords {

  private TriggerWords() {}

  /**
   * The lemma a trigger is listed under: a verb with a particle that the ontology lists as a phrasal
   * verb is read with it ("the bomb went off", "blew up the bridge", "passed away"), any other by its
   * own lemma ("shot down a plane" is a shooting).
   */
  static String triggerLemma(DependencyIndex parse, Token token) {
    String lemma = lemma(token);
    if (partOfSpeech(token) != 'V') {
      return lemma;
    }
    for (int particle : parse.dependents(token.index(), r -> r.equals("compound:prt"))) {
      String phrasal = lemma + " " + lemma(parse.token(particle));
      if (EventType.forTrigger(phrasal, 'V').isPresent()) {
        return phrasal;
      }
    }
    return lemma;
  }

  static char partOfSpeech(Token token) {
    String tag = token.pos();
    if (tag.startsWith("VB")) {
      return 'V';
    }
    if (tag.equals("NN") || tag.equals("NNS")) {
      return 'N';
    }
    return tag.startsWith("JJ") ? 'J' : '-';
  }
}
