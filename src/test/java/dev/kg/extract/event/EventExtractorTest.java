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
        "Other fatalities included two Iraqis and a Tunisian.               | KILLING",
        "The regime exterminated its opponents in the north.                | KILLING",
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

    // then: the relative clause of place puts the signing in Pyongyang too
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::placeId)
        .contains(
            tuple("VISIT", List.of(new Event.Participant("person:vladimir-putin", "agent")), "location:pyongyang"),
            tuple(
                "AGREEMENT",
                List.of(
                    new Event.Participant("person:vladimir-putin", "agent"),
                    new Event.Participant("person:kim-jong-un", "participant")),
                "location:pyongyang"));
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
    assertOneMeeting(events, "person:vladimir-putin", "person:kim-jong-un", "location:pyongyang", "2024-06-19");
  }

  @Test
  void shouldMakeOneOccasionOnceALaterSentenceNamesWhoHeldTheTalks() {
    // given: talks whose holder the first sentence leaves unnamed, a visit, then who held the talks
    String text =
        "The Swedish foreign minister was in Hanoi for talks with the country's president."
            + " On Wednesday, Anna Lindqvist visited Vietnam for discussions with President Vo Van Thuong."
            + " The meeting lasted three hours.";

    // when
    List<Event> events = extract(text, "2025-06-06");

    // then: one meeting with both sides, the city it was held in and the date one sentence gives
    assertOneMeeting(events, "person:anna-lindqvist", "person:vo-van-thuong", "location:hanoi", "2025-06-04");
  }

  @Test
  void shouldTakeWhoLeadsADelegationAndWhomItsMeetingIncludedAsTheOccasionsParties() {
    // given: a delegation the text does not name, its leader, and the one named among those it met
    String text =
        "A Swedish delegation, led by Foreign Minister Anna Lindqvist, traveled to Hanoi on Wednesday"
            + " for consultations. The delegation met with senior members of Vietnam's government,"
            + " including Vo Van Thuong, a close adviser to the president.";

    // when
    List<Event> events = extract(text, "2025-06-06");

    // then: one meeting, held by the delegation's leader with the member it names, where and when it was
    assertOneMeeting(events, "person:anna-lindqvist", "person:vo-van-thuong", "location:hanoi", "2025-06-04");
  }

  @Test
  void shouldMakeOneOccasionOfAnUnnamedGroupsVisitAndTheMeetingOfTheGroupTheNextSentenceRefersTo() {
    // given: officials nobody names travel; the next sentence names the delegation's leader and whom it met
    String text =
        "Senior Swedish trade officials traveled to Hanoi on Wednesday. The delegation, led by Trade Minister"
            + " Anna Lindqvist, met with senior members of Vietnam's government, including Vo Van Thuong.";

    // when
    List<Event> events = extract(text, "2025-06-06");

    // then: one meeting, where and when the visit was
    assertOneMeeting(events, "person:anna-lindqvist", "person:vo-van-thuong", "location:hanoi", "2025-06-04");
  }

  @Test
  void shouldKeepAnUnnamedGroupsVisitApartFromAMeetingOfPeopleNamedInTheirOwnRight() {
    // given: officials travel, and the next sentence tells of two named people meeting
    String text = "Senior Swedish trade officials traveled to Hanoi on Wednesday. Anna Lindqvist met Vo Van Thuong.";

    // when
    List<Event> events = extract(text, "2025-06-06");

    // then
    assertThat(events).extracting(Event::type).containsExactly("VISIT", "MEETING");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PYONGYANG, June 19 (Reuters) - Vladimir Putin arrived on Wednesday for talks with Kim Jong Un. | MEETING | location:pyongyang",
        "Vladimir Putin arrived on Wednesday for talks with Kim Jong Un.                                | MEETING |",
        // the dateline is where the story was filed, not where every event of its lead happened
        "WASHINGTON, June 19 (Reuters) - North Korea attacked a South Korean warship on Wednesday.      | ATTACK  |",
      })
  void shouldPlaceAVisitOrMeetingTheLeadLeavesUnplacedInItsDatelinesCity(String text, String type, String place) {
    // when
    List<Event> events = extract(text, "2024-06-19");

    // then
    assertThat(events).extracting(Event::type, Event::placeId).containsExactly(tuple(type, place));
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
  void shouldKeepAPreviousVisitApartWithTheDateItsCopularClauseGives() {
    // when
    List<Event> events =
        extract(
            "Vladimir Putin arrived in Pyongyang on Wednesday. His previous visit to North Korea was in July 2000.",
            "2024-06-21");

    // then
    assertThat(events)
        .extracting(Event::type, Event::date)
        .containsExactly(tuple("VISIT", "2024-06-19"), tuple("VISIT", "2000-07"));
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
        // ... and one who survives or suffers it is what it befell
        "Maduro survived an attack.                         | ATTACK attack: TARGET Maduro",
        // ... and so is who suffers an injury or a deadly harm, where one who watches an arrest, or
        // survives an injury, was not arrested or injured by it
        "Two soldiers suffered minor injuries.              | INJURY injury: TARGET soldiers",
        "Sergeant Tom Reed suffered fatal wounds.           | KILLING fatal: TARGET Reed",
        "Two reporters witnessed the arrest in Kabul.       | ARREST arrest: PLACE Kabul",
        "Two soldiers survived serious injuries in Kabul.   | INJURY injury: PLACE Kabul",
        // who claims responsibility for an event, or is said to be responsible for it, carried it out
        "The rebel group claimed responsibility for the bombing in Kabul. | ATTACK bombing: PLACE Kabul, AGENT group",
        "The Taliban were responsible for the attack on the embassy.    | ATTACK attack: TARGET embassy, AGENT Taliban",
        // ... but not when the clause denies it
        "No group has claimed responsibility for the attack in Kabul.   | ATTACK attack: PLACE Kabul",
        "The militia denied responsibility for the attack in Kabul.     | ATTACK attack: PLACE Kabul",
        // a copular clause whose subject is the event says where it happened
        "The deadliest explosion was at the market in Kabul.            | ATTACK explosion: PLACE market",
        // who took part in an event did it, unless the clause denies it
        "Twelve men were involved in the attack on the embassy.          | ATTACK attack: TARGET embassy, AGENT men",
        "Students took part in the protest.                              | DEMONSTRATION protest: AGENT Students",
        "No soldiers were involved in the attack on the embassy.         | ATTACK attack: TARGET embassy",
        // who does something during a visit or talks is there
        "Foreign Minister Anna Lindqvist, during a visit to Moscow, praised the alliance. | VISIT visit: PLACE Moscow, AGENT Lindqvist",
        // a warning that something is so is a statement, not a threat
        "The United States warned that the plan was illegal.             | STATEMENT warn: AGENT States",
        // what a visit is aimed at has not happened
        "Putin's visit was aimed at negotiating a ceasefire.              | VISIT visit: AGENT Putin",
        // a weapon is what it was done with, not who did it
        "A Russian general was killed in Syria by a roadside bomb.      | KILLING kill: TARGET general, PLACE Syria, OBJECT bomb",
        // ... and one whose subject is somewhere for an event says who held it, and where
        "The minister was in Hanoi for talks with the president.        | MEETING talk: PARTICIPANT president, PLACE Hanoi, AGENT minister",
        // a name given something receives it, but what a buyer buys is the object, however named, and
        // so is what a name only owns
        "North Korea supplied Russia with artillery shells.             | ARMS_TRANSFER supply: AGENT Korea, RECIPIENT Russia, OBJECT shells",
        "Egypt purchased a Gulfstream last year.                        | TRANSACTION purchase: RECIPIENT Egypt, OBJECT Gulfstream",
        "Maria Lind sold her car.                                       | TRANSACTION sell: AGENT Lind, OBJECT car",
        // "struck" is the light verb of the deal it struck, whose subject made the deal
        "Gazprom struck a deal last week.                               | AGREEMENT deal: AGENT Gazprom",
        // one released is the release's possessor, unless an "of" phrase names whom it was done to
        "Ivo Marsh spoke after his release from prison.                 | RELEASE release: TARGET his",
        "The army's release of the prisoners surprised Kaldan.           | RELEASE release: AGENT army, TARGET prisoners",
        // those an event done to someone includes are whom it befell, where they may be beings
        "The fatalities included two firefighters.                      | KILLING fatality: TARGET firefighters",
        "The arrests in Kabul included three journalists.               | ARREST arrest: PLACE Kabul, TARGET journalists",
        "The crimes in Lyon included burglary.                          | CRIME crime: PLACE Lyon",
        // a people's adjective on a death or a wound says whose it is, unless an "of" phrase names them
        "The report counted the Norwegian deaths in Kabul.              | KILLING death: TARGET Norwegian, PLACE Kabul",
        "The Danish injuries were minor.                                | INJURY injury: TARGET Danish",
        "The Serbian massacre of the villagers shocked Europe.          | KILLING massacre: TARGET villagers",
        // an adjective of death completing a verb: the dead is whom the verb acts on, the killer the
        // doer of an attack or killing verb, not of one that finds someone dead
        "A farmer was shot dead in Kabul.                  | ATTACK shoot: TARGET farmer, PLACE Kabul; KILLING dead: TARGET farmer, PLACE Kabul",
        "Police shot the gunman dead in Lyon.              | ATTACK shoot: AGENT Police, PLACE Lyon, TARGET gunman; KILLING dead: TARGET gunman, AGENT Police, PLACE Lyon",
        "A neighbour found the farmer dead in his home.    | KILLING dead: TARGET farmer, PLACE home",
        // the subject of an infinitive that is a thing acts through its possessor; a finite verb's
        // subject, a group's noun included, acts itself
        "The rebels' decision to launch the attack was a mistake. | ATTACK attack: AGENT rebels",
        "Russia's plan to bomb the city failed.            | ATTACK bomb: AGENT Russia, TARGET city",
        "The army's plan to attack the city failed.        | ATTACK attack: AGENT army, TARGET city",
        "The rebels' brigade attacked the city.            | ATTACK attack: AGENT brigade, TARGET city",
        // a thing acts through the organisation its compound names; a being acts itself
        "The Al Shabaab militant group attacked the village. | ATTACK attack: AGENT Shabaab, TARGET village",
        "Al Shabaab gunmen attacked the village.           | ATTACK attack: AGENT gunmen, TARGET village",
      })
  void shouldFillRolesFromTheWholeClause(String sentence, String expected) {
    // when
    List<String> events = described(sentence);

    // then: a sentence's events, in order, separated by "; "
    assertThat(events).containsExactly(expected.split("; "));
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // travel that names neither who goes nor where is movement, not a visit ...
        "Drones were seen flying over the base at night.         | -",
        "The police immediately arrived and cordoned off the street. | -",
        // ... while a named traveller or destination makes one
        "Vladimir Putin arrived on Wednesday.                    | VISIT arrive",
        "The delegation arrived in Pyongyang.                    | VISIT arrive",
        // a threat of something nobody makes is a danger, not an act of threatening ...
        "The region still faces the threat of terrorism.         | -",
        // ... but one made by someone is
        "The minister's threat of reprisals alarmed Seoul.       | THREAT threat",
        // what someone is charged with is alleged, not reported as done ...
        "McVeigh is on trial on charges of murder.               | PROSECUTION trial",
        // ... where a murder the text tells of happened
        "Gunmen murdered a journalist in Paris.                  | KILLING murder",
        // warning someone without telling them what to do tells them: a statement, not a threat
        "Local residents warned the police of their fears.       | STATEMENT warn",
        "North Korea warned Seoul to stop.                       | THREAT warn",
        // a sale of arms is an arms transfer, of anything else a transaction, and a delivery of anything
        // else no event
        "Serbia purchased anti-tank missiles from China.         | ARMS_TRANSFER purchase",
        "Iran has supplied Russia with drones.                   | ARMS_TRANSFER supply",
        "The ministry announced new arms shipments to Kyiv.      | STATEMENT announce, ARMS_TRANSFER shipment",
        "The museum sold the painting to a collector.            | TRANSACTION sell",
        "The office delivered the information to Interpol.       | -",
        // an attack harms someone: striking a deal makes an agreement, and shooting baskets harms no one
        "Gazprom struck a deal with China.                       | AGREEMENT deal",
        "The players shot baskets after practice.                | -",
        "Soldiers shot three protesters.                         | ATTACK shoot",
        // one arrests a being: territory captured is taken, not held, and "a number" of people are people
        "Rebel fighters captured the last remaining territory.   | -",
        "A spokesman said \"a number\" of people had been detained. | ARREST detain",
        // what is awaited has not happened yet, where a trial that is held has
        "The suspect is in a federal prison awaiting trial.      | -",
        "The suspect is awaiting trial in Denver.                | -",
        "The trial of the suspect began in Denver.               | PROSECUTION trial",
        // a verb of protest with a clause of what it shows is no protest
        "The study demonstrated that the plan works.             | -",
        "Thousands demonstrated in Caracas.                      | DEMONSTRATION demonstrate",
        // a campaign rally gathers a candidate's supporters, where people who rally in the street protest
        "The senator spoke at a campaign rally in Ohio.          | -",
        "Thousands rallied against the reforms in Lima.          | DEMONSTRATION rally",
        // a broadcast is a statement, as "broadcast" the verb is
        "One Russian broadcast told viewers to find a shelter.   | STATEMENT broadcast",
        "Gunmen hijacked a bus in Karachi.                       | ATTACK hijack",
        "Police investigated the fatal shooting of a teenager.   | KILLING fatal, ATTACK shooting",
      })
  void shouldReportOnlyWordsThatTellOfAnEventOfTheirType(String sentence, String expected) {
    // when
    List<String> found = mentions(sentence, null).stream().map(m -> m.type() + " " + m.lemma()).toList();

    // then
    assertThat(found).containsExactlyElementsOf(expected.equals("-") ? List.of() : List.of(expected.split(", ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a future, a headline's infinitive, a condition, a wish, a plan: still to come
        "Vladimir Putin will visit Pyongyang next week.                          | VISIT true",
        "Nordia Telecom to buy Calder Mining                                     | TRANSACTION true",
        "Analysts said that if Vladimir Putin visits Pyongyang, Seoul will complain. | VISIT true",
        "The Kaldan opposition called for talks with President Ivo Marsh.       | MEETING true",
        "Ivo Marsh is expected to hold talks with Vladimir Putin in Moscow.      | MEETING true",
        "Ivo Marsh said the planned visit to Moscow would go ahead.              | VISIT true",
        "Ivo Marsh said he would have to visit Moscow again.                     | VISIT true",
        // done, or not said: a report
        "Vladimir Putin visited Pyongyang on Tuesday.                            | VISIT false",
        "Ivo Marsh held talks with Vladimir Putin in Moscow.                     | MEETING false",
        "Russian forces have attacked the city of Kharkiv.                       | ATTACK false",
        // a visit announced and then told as made is a visit made
        "Vladimir Putin will visit Pyongyang. He arrived in Pyongyang on Wednesday. | VISIT false",
      })
  void shouldTellAnEventStillToComeFromOneDone(String text, String expected) {
    // when
    List<Event> events = extract(text, "2024-06-17");

    // then
    assertThat(events).extracting(e -> e.type() + " " + e.expected()).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a death dated two weeks before the news, naming no one the undated one does, is another death ...
        "At least 12 people were killed in Herat. Two weeks ago, Mayor Anna Berg was killed. | 1, 2",
        // ... where one dated to the day before the news is the news itself
        "At least 12 people were killed in Herat. Mayor Anna Berg was killed there yesterday. | 1 2",
      })
  void shouldKeepAMentionDatedBeforeTheNewsApartFromTheUndatedNews(String text, String expected) {
    // when
    List<Event> events = extract(text, "2024-06-17");

    // then: the sentences of each killing
    assertThat(events.stream().filter(e -> e.type().equals("KILLING")))
        .extracting(e -> String.join(" ", e.evidence().stream().map(ev -> String.valueOf(ev.sentence() + 1)).toList()))
        .containsExactly(expected.split(", "));
  }

  @Test
  void shouldKeepVictimsTheTextDoesNotNameWithTheirWordsAndSpan() {
    // given: a named killer and victims told only by number
    String text = "Taliban gunmen in Kandahar killed 13 villagers on Sunday.";

    // when
    List<Event> events = extract(text, "2026-03-10");

    // then: the victims are an unnamed target, their words as the text says them
    assertThat(events)
        .filteredOn(e -> e.type().equals("KILLING"))
        .singleElement()
        .satisfies(killing -> {
          assertThat(killing.unnamed())
              .extracting(Event.UnnamedParticipant::role, Event.UnnamedParticipant::words)
              .contains(tuple("target", "13 villagers"));
          Event.UnnamedParticipant victims =
              killing.unnamed().stream().filter(u -> u.role().equals("target")).findFirst().orElseThrow();
          assertThat(text.substring(victims.evidence().start(), victims.evidence().end())).isEqualTo("13 villagers");
          assertThat(killing.summary()).contains("target: 13 villagers");
        });
  }

  @Test
  void shouldKeepNoPronounAndNoNamedParticipantAsUnnamed() {
    // given: a named attacker, a pronoun victim and a named victim
    String text = "Marta Ilves met reporters in Tallinn. A gunman later shot her and Jonas Pärn in Tartu.";

    // when
    List<Event> events = extract(text, null);

    // then: the gunman is unnamed; neither "her" nor Jonas Pärn is
    assertThat(events).flatExtracting(Event::unnamed)
        .extracting(Event.UnnamedParticipant::words)
        .contains("A gunman")
        .doesNotContain("her", "Jonas Pärn", "Pärn", "Marta Ilves");
  }

  @Test
  void shouldKeepTheOfPhraseOfAnUnnamedTargetAndNoThingAsAgent() {
    // given: a thing as the subject of a killing, and a target told with an "of" phrase
    String drought = "The drought killed 12 people in Dhaka.";
    String raid = "Rebels destroyed a warehouse of grain in Aleppo.";

    // when
    List<Event> killings = extract(drought, null);
    List<Event> destructions = extract(raid, null);

    // then: who killed is no one the text tells; what was destroyed is the whole phrase
    assertThat(killings).flatExtracting(Event::unnamed)
        .extracting(Event.UnnamedParticipant::role, Event.UnnamedParticipant::words)
        .containsExactly(tuple("target", "12 people"));
    assertThat(destructions).flatExtracting(Event::unnamed)
        .extracting(Event.UnnamedParticipant::role, Event.UnnamedParticipant::words)
        .containsExactly(tuple("agent", "Rebels"), tuple("target", "a warehouse of grain"));
  }

  @Test
  void shouldKeepAnUnnamedObjectFollowedByAPronounForANamedCompany() {
    // given: what a company announced, followed by "it", which stands for the company
    String text = "Before Norvale Systems announced this latest spending boost it had cut jobs.";

    // when
    List<Event> events = extract(text, null);

    // then: the pronoun is no name the words describe
    assertThat(events).flatExtracting(Event::unnamed)
        .extracting(Event.UnnamedParticipant::role, Event.UnnamedParticipant::words)
        .contains(tuple("object", "this latest spending boost"));
  }

  @Test
  void shouldKeepTheSameWordsInOneRoleOnceWithinAnEvent() {
    // given: two sentences about one arrest, each telling of the one arrested as "a man"
    String text = "Police in Riga arrested a man on Monday. The arrest of a man in Riga followed a raid.";

    // when
    List<Event> events = extract(text, "2026-03-10");

    // then: one arrest, whose target is "a man" once
    assertThat(events).flatExtracting(Event::unnamed)
        .filteredOn(u -> u.role().equals("target"))
        .extracting(Event.UnnamedParticipant::words)
        .containsExactly("a man");
  }

  private static void assertOneMeeting(
      List<Event> events, String agent, String participant, String place, String date) {
    assertThat(events)
        .singleElement()
        .extracting(Event::type, Event::participants, Event::placeId, Event::date)
        .containsExactly(
            "MEETING",
            List.of(new Event.Participant(agent, "agent"), new Event.Participant(participant, "participant")),
            place,
            date);
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
