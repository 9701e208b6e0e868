package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kg.extract.DocumentExtraction;
import dev.kg.extract.EntityExtractor;
import dev.kg.extract.Event;
import dev.kg.ingest.SourceDocument;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.AnnotatedText;
import dev.kg.nlp.CoreNlpAnnotator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

@UsesCoreNlp
class EventExtractorTest {

  private final EventExtractor extractor = new EventExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Vladimir Putin met Kim Jong Un in Vladivostok.                    | MEETING",
        "The two leaders held talks in Moscow.                              | MEETING",
        "Sergei Shoigu visited Pyongyang.                                   | VISIT",
        "Russia deployed troops to the border.                              | MILITARY_DEPLOYMENT",
        "Russia and North Korea signed a treaty.                            | AGREEMENT",
        "The Kremlin announced the plan.                                    | STATEMENT",
        "The United States condemned the launch.                            | ACCUSATION",
        "Russian forces attacked the city of Kharkiv.                       | ATTACK",
        "Russia invaded Ukraine.                                            | INVASION",
        "North Korea supplied artillery shells to Russia.                   | ARMS_TRANSFER",
        "The European Union imposed sanctions on Russia.                    | SANCTION",
        "North Korea tested a ballistic missile.                            | WEAPONS_TEST",
        "Ukrainian forces captured two North Korean soldiers.               | ARREST",
        "Voters went to the polls in a presidential election.               | ELECTION",
        "South Korea and the United States began a joint military exercise. | EXERCISE",
      })
  void shouldDetectEachTriggerFamily(String sentence, String type) {
    // when
    List<EventMention> mentions = mentions(sentence, null);

    // then
    assertThat(mentions).extracting(m -> m.type().name()).contains(type);
  }

  @Test
  void shouldFillAgentParticipantPlaceAndObjectFromTheParse() {
    // when
    List<Event> events =
        extract("Vladimir Putin visited Pyongyang, where he signed a treaty with Kim Jong Un.", null);

    // then
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::placeId)
        .contains(
            tuple("VISIT", List.of(new Event.Participant("person:vladimir-putin", "agent")), "location:pyongyang"),
            tuple(
                "AGREEMENT",
                List.of(
                    new Event.Participant("person:vladimir-putin", "agent"),
                    new Event.Participant("person:kim-jong-un", "participant")),
                null));
  }

  @Test
  void shouldResolveAPronounAgentThroughCoreferenceAndMakeTheVisitAndMeetingOneOccasion() {
    // when
    List<Event> events =
        extract("Kim Jong Un arrived in Vladivostok by train. He met Vladimir Putin there.", null);

    // then
    assertThat(events)
        .singleElement()
        .extracting(Event::type, Event::participants, Event::placeId, e -> e.evidence().size())
        .containsExactly(
            "MEETING",
            List.of(
                new Event.Participant("person:kim-jong-un", "agent"),
                new Event.Participant("person:vladimir-putin", "participant")),
            "location:vladivostok",
            2);
  }

  @Test
  void shouldGiveTheOccasionOfAVisitForTalksItsDateAndEveryParticipant() {
    // when
    List<Event> events =
        extract(
            "Vladimir Putin arrived in Pyongyang on Wednesday for talks. The meeting with Kim Jong Un"
                + " lasted two hours.",
            "2024-06-21");

    // then
    assertThat(events)
        .singleElement()
        .extracting(Event::type, Event::participants, Event::placeId, Event::date)
        .containsExactly(
            "MEETING",
            List.of(
                new Event.Participant("person:vladimir-putin", "agent"),
                new Event.Participant("person:kim-jong-un", "participant")),
            "location:pyongyang",
            "2024-06-19");
  }

  @Test
  void shouldKeepAVisitApartFromAMeetingItsTravellerHadNoPartIn() {
    // when
    List<Event> events =
        extract(
            "Sergei Shoigu arrived in Pyongyang on Wednesday. Kim Jong Un also met Wang Yi.", "2025-06-06");

    // then
    assertThat(events)
        .extracting(Event::type, Event::placeId)
        .containsExactly(tuple("VISIT", "location:pyongyang"), tuple("MEETING", null));
  }

  @Test
  void shouldNormaliseDatesAgainstThePublicationDateAndTheStorysYear() {
    // when
    List<Event> events =
        extract(
            "On Wednesday, Sergei Shoigu visited Pyongyang. Kim Jong Un met Vladimir Putin in June 2024."
                + " Shoigu had made a visit to Pyongyang in late March of the same year.",
            "2025-06-06");

    // then
    assertThat(events)
        .extracting(Event::type, Event::date, Event::dateText)
        .containsExactly(
            tuple("VISIT", "2025-06-04", "Wednesday"),
            tuple("MEETING", "2024-06", "June 2024"),
            tuple("VISIT", "2024-03", "late March of the same year"));
  }

  @Test
  void shouldKeepTheWordsButNoDateWhenTheTextGivesNoYear() {
    // when
    List<Event> events = extract("In June, Vladimir Putin visited Pyongyang.", null);

    // then
    assertThat(events).extracting(Event::date, Event::dateText).containsExactly(tuple(null, "June"));
  }

  @Test
  void shouldMergeSentencesAboutOneEventAndKeepOtherDatesApart() {
    // when
    List<Event> events =
        extract(
            "Sergei Shoigu arrived in Pyongyang on Wednesday. The visit was his second this year."
                + " Shoigu had visited Pyongyang in March 2024.",
            "2025-06-06");

    // then
    assertThat(events)
        .filteredOn(e -> e.type().equals("VISIT"))
        .extracting(Event::date, e -> e.evidence().size())
        .containsExactly(tuple("2025-06-04", 2), tuple("2024-03", 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Russian jets bombed rebel positions in Aleppo.                | ATTACK  | location:aleppo",
        "A roadside bomb killed a Russian general in Syria.            | KILLING | location:syria",
      })
  void shouldPlaceAnEventWhereTheOneItHappensToIs(String sentence, String type, String place) {
    // when
    List<EventMention> mentions = mentions(sentence, null);

    // then
    assertThat(mentions)
        .filteredOn(m -> m.type().name().equals(type))
        .singleElement()
        .extracting(
            m -> m.arguments().stream()
                .filter(a -> a.role() == EventRole.PLACE)
                .map(EventMention.Argument::entityId)
                .toList())
        .isEqualTo(List.of(place));
  }

  @Test
  void shouldNotMakeAnEventTheAgentOfAnother() {
    // when
    List<EventMention> mentions = mentions("The explosion killed three soldiers.", null);

    // then
    assertThat(mentions)
        .filteredOn(m -> m.type() == EventType.KILLING)
        .singleElement()
        .extracting(m -> m.arguments().stream().map(EventMention.Argument::role).toList())
        .isEqualTo(List.of(EventRole.TARGET));
  }

  @Test
  void shouldTakeNoEventFromAHeadingWithoutAVerb() {
    // when
    List<EventMention> mentions =
        mentions("The embassy bombing\n\nA bomb exploded at the embassy in Kabul on Monday.", null);

    // then
    assertThat(mentions)
        .extracting(EventMention::type, EventMention::lemma)
        .containsExactly(tuple(EventType.ATTACK, "explode"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an event noun that is the subject of a plain verb: the verb's object and place are its own
        "The explosion targeted a police station in Lyon.   | ATTACK explosion: TARGET station, PLACE Lyon",
        "The embassy in Kabul was shattered by an explosion. | ATTACK explosion: TARGET embassy, PLACE Kabul",
        // a headline's passive without its auxiliary: the subject is the one killed
        "Two soldiers killed in Kandahar, officials said.   | KILLING kill: TARGET soldiers, PLACE Kandahar",
        // a verb of speaking or judging is about the event its object names: its subject took no part
        "Minister Maria Lind described the war in Yemen as a tragedy. | ATTACK war: PLACE Yemen",
        "The rebels waged a war in Yemen.                   | ATTACK war: PLACE Yemen, AGENT rebels",
        // who claims responsibility for an event, or is said to be responsible for it, carried it out
        "The rebel group claimed responsibility for the bombing in Kabul. | ATTACK bombing: PLACE Kabul, AGENT group",
        "The Taliban were responsible for the attack on the embassy.    | ATTACK attack: TARGET embassy, AGENT Taliban",
        // ... but not when the clause denies it
        "No group has claimed responsibility for the attack in Kabul.   | ATTACK attack: PLACE Kabul",
        "The militia denied responsibility for the attack in Kabul.     | ATTACK attack: PLACE Kabul",
        // a copular clause whose subject is the event says where it happened
        "The deadliest explosion was at the market in Kabul.            | ATTACK explosion: PLACE market",
      })
  void shouldFillRolesFromTheWholeClause(String sentence, String expected) {
    // when
    List<String> events = described(sentence);

    // then
    assertThat(events).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Government troops massacred villagers in Homs.        | KILLING massacre: AGENT troops, TARGET villagers, PLACE Homs",
        "The war in Yemen has lasted a decade.                 | ATTACK war: PLACE Yemen",
        "Artillery bombarded Kharkiv overnight.                | ATTACK bombard: AGENT Artillery, TARGET Kharkiv",
        "The ministers convened in Geneva.                     | MEETING convene: PARTICIPANT ministers, PLACE Geneva",
        "Rioters ransacked the embassy.                        | DESTRUCTION ransack: AGENT Rioters, TARGET embassy",
      })
  void shouldKnowTheWordsOfEachType(String sentence, String expected) {
    // when
    List<String> events = described(sentence);

    // then
    assertThat(events).containsExactly(expected);
  }

  /** Each event mention of a one-sentence text as "TYPE lemma: ROLE word, ...", arguments by head word. */
  private List<String> described(String sentence) {
    AnnotatedText annotated = CoreNlpAnnotator.shared().annotate(sentence, null);
    List<AnnotatedText.Token> tokens = annotated.sentences().get(0).tokens();
    return extractor.mentions(entities(sentence, null, annotated), annotated).stream()
        .map(m -> m.type() + " " + m.lemma() + ": " + String.join(", ", m.arguments().stream()
            .map(a -> a.role() + " " + tokens.get(a.head()).word())
            .toList()))
        .toList();
  }

  private List<Event> extract(String text, String published) {
    AnnotatedText annotated = CoreNlpAnnotator.shared().annotate(text, published);
    return extractor.extract(entities(text, published, annotated), annotated);
  }

  private List<EventMention> mentions(String text, String published) {
    AnnotatedText annotated = CoreNlpAnnotator.shared().annotate(text, published);
    return extractor.mentions(entities(text, published, annotated), annotated);
  }

  private static DocumentExtraction entities(String text, String published, AnnotatedText annotated) {
    SourceDocument document = new SourceDocument("test", null, null, published, null, "test.txt", text, "0");
    return new EntityExtractor().extract(document, annotated);
  }
}
