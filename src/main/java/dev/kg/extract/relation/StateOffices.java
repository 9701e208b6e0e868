package dev.kg.extract.relation;

import dev.kg.extract.EntityType;
import dev.kg.extract.Mention;
import dev.kg.extract.Relation;
import dev.kg.extract.Relation.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gives a state office written without its country the country the paragraph was about one sentence
 * before: "North Korea has been vocal in its support of Russia's military campaign. Foreign Minister
 * Choe Son Hui, during a recent visit to Moscow, ..." makes Choe Son Hui North Korea's foreign
 * minister; "senior Russian defense officials traveled to Pyongyang ... The delegation, reportedly led
 * by Deputy Defense Minister Alexander Fomin, ..." makes Fomin Russia's. That sentence's subject must
 * name the country, or be qualified by its nationality and placed nowhere else in its own phrase
 * (the document must name the country), and no paragraph break may stand between the two sentences.
 *
 * <p>A title whose own sentence says where its holder serves ("Germany's Chancellor Karl Weber") is
 * left as that sentence reads it.
 *
 * <p>The relation's evidence is the sentence with the title; its object span points into the
 * sentence before, where the country is named.
 */
final class StateOffices {

  /** The last word of a title that is an office of a state, held for a country. */
  private static final Set<String> OFFICES = Set.of("minister", "premier", "president", "chancellor");

  private final String text;
  private final EntityIndex index;
  private final FactSink sink;
  private final List<ParsedSentence> sentences;

  StateOffices(String text, EntityIndex index, FactSink sink, List<ParsedSentence> sentences) {
    this.text = text;
    this.index = index;
    this.sink = sink;
    this.sentences = sentences;
  }

  /** Adds, for each state office found without its country, the country the sentence before is about. */
  void extract() {
    for (Relation position : List.copyOf(sink.relations())) {
      if (!position.type().equals(Relation.HOLDS_POSITION) || position.objectId() != null || position.role().former()
          || !isStateOffice(position.role())) {
        continue;
      }
      int sentence = position.evidence().sentence();
      if (sentence == 0 || text.substring(sentences.get(sentence - 1).end(), sentences.get(sentence).start()).contains("\n")
          || heldWhereStated(position)) {
        continue;
      }
      subjectCountry(sentences.get(sentence - 1)).ifPresent(country -> {
        Mention person = new Mention(position.subjectId(), position.subject().start(), position.subject().end(),
            sentence, text.substring(position.subject().start(), position.subject().end()), "PERSON");
        sink.addWithContext(Relation.HOLDS_POSITION, person, country, 0.6, position.evidence(), position.role(),
            "state-office-country-before");
        sink.addWithContext("CITIZEN_OF", person, country, 0.6, position.evidence(), null, "state-office-country-before");
      });
    }
  }

  /**
   * Whether the position's own sentence says where the person holds a post (one finder reads the
   * title alone, another "Germany's Chancellor Karl Weber" whole): the sentence before is then not
   * asked.
   */
  private boolean heldWhereStated(Relation position) {
    return sink.relations().stream().anyMatch(other -> other.type().equals(Relation.HOLDS_POSITION)
        && other.objectId() != null && other.subjectId().equals(position.subjectId())
        && other.evidence().sentence() == position.evidence().sentence());
  }

  /**
   * The country the subject of the sentence's main clause (the token the parse gives no head) names,
   * or whose nationality qualifies it.
   */
  private Optional<Mention> subjectCountry(ParsedSentence sentence) {
    for (int root = 0; root < sentence.size(); root++) {
      if (!sentence.heads(root).isEmpty()) {
        continue;
      }
      for (int subject : sentence.dependents(root, r -> r.equals("nsubj") || r.equals("nsubj:pass"))) {
        Optional<Mention> named = index.mentionAt(sentence.token(subject)).filter(Mention::isName);
        if (named.isPresent()) {
          return named.filter(m -> index.isCountry(m.entityId()));
        }
        for (int modifier : sentence.dependents(subject, r -> r.equals("amod"))) {
          Optional<Mention> country = index.nationalityAt(sentence, modifier)
              .filter(m -> index.typeOf(m.entityId()) == EntityType.LOCATION && index.isCountry(m.entityId()));
          if (country.isPresent()) {
            return country.filter(c -> !placedElsewhere(sentence, subject, c));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the subject is placed, in its own phrase, somewhere other than {@code country}: its
   * nationality then says where it comes from, not which country the sentence is about ("The
   * Australian military commander in East Timor, ..." before "President Gusmão", seen on Wikinews;
   * "senior Russian defense officials traveled to Pyongyang" places the journey, not the officials).
   */
  private boolean placedElsewhere(ParsedSentence sentence, int subject, Mention country) {
    for (int place : sentence.dependents(subject, r -> r.startsWith("nmod"))) {
      Optional<Mention> named = index.mentionAt(sentence.token(place)).filter(Mention::isName);
      if (named.isPresent() && index.typeOf(named.get().entityId()) == EntityType.LOCATION
          && !named.get().entityId().equals(country.entityId())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code role} is an office of a state ("deputy defense minister"), held for a country. */
  static boolean isStateOffice(Role role) {
    return OFFICES.contains(lastWord(role.normalized()));
  }

  private static String lastWord(String title) {
    return title.substring(title.lastIndexOf(' ') + 1);
  }
}
