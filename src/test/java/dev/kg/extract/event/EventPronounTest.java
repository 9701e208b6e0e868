package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.Entity;
import dev.kg.extract.EntityType;
import dev.kg.extract.Event;
import dev.kg.extract.LocationKind;
import dev.kg.extract.Mention;
import dev.kg.ingest.SourceDocument;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.AnnotatedText.Dependency;
import dev.kg.nlp.AnnotatedText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A personal pronoun that coreference left unattached, parsed by hand so that no CoreNLP model decides
 * whether coreference attaches it: the rule under test is only what the event extraction does then.
 */
class EventPronounTest {

  private static final Entity KIM = new Entity("person:kim", EntityType.PERSON, null, "Kim", List.of());
  private static final Entity PUTIN = new Entity("person:putin", EntityType.PERSON, null, "Putin", List.of());
  private static final Entity SHOIGU = new Entity("person:shoigu", EntityType.PERSON, null, "Shoigu", List.of());
  private static final Entity RUSSIA =
      new Entity("location:russia", EntityType.LOCATION, LocationKind.COUNTRY, "Russia", List.of());

  @Test
  void shouldTakeAnUnresolvedPronounForTheOnePersonItsSentenceNamedBefore() {
    // given "Kim 's visit to Russia , where he met Putin ." with no coreference for "he"
    Parsed sentence = new Parsed()
        .token("Kim", "Kim", "NNP", "PERSON").token("'s", "'s", "POS", "O").token("visit", "visit", "NN", "O")
        .token("to", "to", "IN", "O").token("Russia", "Russia", "NNP", "COUNTRY").token(",", ",", ",", "O")
        .token("where", "where", "WRB", "O").token("he", "he", "PRP", "O").token("met", "meet", "VBD", "O")
        .token("Putin", "Putin", "NNP", "PERSON").token(".", ".", ".", "O")
        .edge("nmod:poss", 2, 0).edge("case", 0, 1).edge("root", -1, 2).edge("case", 4, 3).edge("nmod:to", 2, 4)
        .edge("punct", 2, 5).edge("advmod", 8, 6).edge("nsubj", 8, 7).edge("acl:relcl", 2, 8).edge("obj", 8, 9)
        .edge("punct", 2, 10);

    // when
    List<Event> events = sentence.events(Map.of(0, KIM, 4, RUSSIA, 9, PUTIN));

    // then the traveller is the one who met: one occasion, a meeting in Russia
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::placeId)
        .containsExactly(tuple(
            "MEETING",
            List.of(new Event.Participant(KIM.id(), "agent"), new Event.Participant(PUTIN.id(), "participant")),
            RUSSIA.id()));
  }

  @Test
  void shouldLeaveAPronounUnresolvedWhenItsSentenceNamedTwoPeopleBefore() {
    // given "Kim 's visit to Putin 's Russia , where he met Shoigu .": "he" may be either
    Parsed sentence = new Parsed()
        .token("Kim", "Kim", "NNP", "PERSON").token("'s", "'s", "POS", "O").token("visit", "visit", "NN", "O")
        .token("to", "to", "IN", "O").token("Putin", "Putin", "NNP", "PERSON").token("'s", "'s", "POS", "O")
        .token("Russia", "Russia", "NNP", "COUNTRY").token(",", ",", ",", "O").token("where", "where", "WRB", "O")
        .token("he", "he", "PRP", "O").token("met", "meet", "VBD", "O").token("Shoigu", "Shoigu", "NNP", "PERSON")
        .token(".", ".", ".", "O")
        .edge("nmod:poss", 2, 0).edge("case", 0, 1).edge("root", -1, 2).edge("case", 6, 3).edge("nmod:poss", 6, 4)
        .edge("case", 4, 5).edge("nmod:to", 2, 6).edge("punct", 2, 7).edge("advmod", 10, 8).edge("nsubj", 10, 9)
        .edge("acl:relcl", 2, 10).edge("obj", 10, 11).edge("punct", 2, 12);

    // when
    List<Event> events = sentence.events(Map.of(0, KIM, 4, PUTIN, 6, RUSSIA, 11, SHOIGU));

    // then no one is said to have met Shoigu: the visit and the meeting stay apart
    assertThat(events)
        .extracting(Event::type, Event::participants)
        .containsExactly(
            tuple("VISIT", List.of(new Event.Participant(KIM.id(), "agent"))),
            tuple("MEETING", List.of(new Event.Participant(SHOIGU.id(), "participant"))));
  }

  /** One sentence written token by token with its dependency edges. */
  private static final class Parsed {

    private final List<Token> tokens = new ArrayList<>();
    private final List<Dependency> edges = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    Parsed token(String word, String lemma, String pos, String ner) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), word, lemma, pos, ner, start, text.length()));
      return this;
    }

    Parsed edge(String relation, int governor, int dependent) {
      edges.add(new Dependency(relation, governor, dependent));
      return this;
    }

    /** The events of the sentence whose named tokens are the given entities' only mentions. */
    List<Event> events(Map<Integer, Entity> named) {
      AnnotatedText annotated = new AnnotatedText(
          List.of(new AnnotatedText.Sentence(0, 0, text.length(), tokens, edges)), List.of(), List.of());
      List<Mention> mentions = named.entrySet().stream()
          .map(e -> {
            Token token = tokens.get(e.getKey());
            return new Mention(e.getValue().id(), token.start(), token.end(), 0, token.word(), token.ner());
          })
          .toList();
      DocumentExtraction extraction = new DocumentExtraction(
          new SourceDocument("d", null, null, null, null, "d.txt", text.toString(), "sha-d"),
          List.of(new DocumentExtraction.Span(0, text.length())),
          named.values().stream().distinct().toList(),
          mentions,
          List.of(),
          List.of(),
          List.of());
      return new EventExtractor().extract(extraction, annotated);
    }
  }
}
