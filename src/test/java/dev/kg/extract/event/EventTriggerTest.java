package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words are triggers and under which lemma, on sentences parsed by hand. */
class EventTriggerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a verb with a particle the ontology lists is read with it: the bomb went off, and it is what went off
        "The/the/DT bomb/bomb/NN went/go/VBD off/off/RP in/in/IN Kabul/Kabul/NNP/CITY ././."
            + " | det 1 0, nsubj 2 1, root -1 2, compound:prt 2 3, case 5 4, obl:in 2 5, punct 2 6"
            + " | ATTACK go off Conflict.Attack.DetonateExplode: 1 OBJECT, 5 PLACE",
        "The/the/DT writer/writer/NN passed/pass/VBD away/away/RB ././."
            + " | det 1 0, nsubj 2 1, root -1 2, compound:prt 2 3, punct 2 4"
            + " | KILLING pass away Life.Die.Unspecified: 1 TARGET",
        // what is blown up or bombed is the target, what is detonated the device
        "Rebels/rebel/NNS blew/blow/VBD up/up/RP the/the/DT bridge/bridge/NN ././."
            + " | nsubj 1 0, root -1 1, compound:prt 1 2, det 4 3, obj 1 4, punct 1 5"
            + " | ATTACK blow up Conflict.Attack.DetonateExplode: 0 AGENT, 4 TARGET",
        "Rebels/rebel/NNS detonated/detonate/VBD a/a/DT bomb/bomb/NN ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4"
            + " | ATTACK detonate Conflict.Attack.DetonateExplode: 0 AGENT, 3 OBJECT",
        // ... any other by its own lemma
        "Rebels/rebel/NNS shot/shoot/VBD down/down/RP a/a/DT helicopter/helicopter/NN ././."
            + " | nsubj 1 0, root -1 1, compound:prt 1 2, det 4 3, obj 1 4, punct 1 5"
            + " | ATTACK shoot Conflict.Attack.Unspecified: 0 AGENT, 4 TARGET",
      })
  void shouldReadAVerbWithItsParticleWhenTheOntologyListsThePhrasalVerb(
      String tokens, String edges, String expected) {
    // given
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    String read = sentence.described();

    // then
    assertThat(read).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what someone calls an event is a name given to it, not one more event
        "The/the/DT mayor/mayor/NN called/call/VBD the/the/DT explosion/explosion/NN an/a/DT attack/attack/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, det 6 5, xcomp 2 6, punct 2 7"
            + " | ATTACK explosion Conflict.Attack.DetonateExplode",
        // ... and so is it where a quotation mark makes the parser read the name as a second object
        // ("in what the mayor called an \"attack\"")
        "The/the/DT blast/blast/NN shook/shake/VBD a/a/DT bakery/bakery/NN in/in/IN what/what/WP the/the/DT"
            + " mayor/mayor/NN called/call/VBD an/a/DT \"/\"/`` attack/attack/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, mark 9 5, obj 9 6, det 8 7, nsubj 9 8,"
            + " advcl:in 2 9, det 12 10, punct 12 11, obj 9 12, punct 2 13"
            + " | ATTACK blast Conflict.Attack.DetonateExplode: 4 TARGET",
        "The/the/DT mayor/mayor/NN described/describe/VBD it/it/PRP as/as/IN an/a/DT attack/attack/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, obj 2 3, case 6 4, det 6 5, obl:as 2 6, punct 2 7"
            + " | none",
        // ... where a meeting someone calls is one
        "The/the/DT mayor/mayor/NN called/call/VBD a/a/DT meeting/meeting/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5"
            + " | MEETING meeting Contact.Contact.Meet",
        // an event noun that a denied verb takes as object did not happen
        "The/the/DT ministry/ministry/NN has/have/VBZ not/not/RB issued/issue/VBN a/a/DT statement/statement/NN ././."
            + " | det 1 0, nsubj 4 1, aux 4 2, advmod 4 3, root -1 4, det 6 5, obj 4 6, punct 4 7"
            + " | none",
        // ... where one a denied verb about an event speaks of did ("did not condemn", "without investigating")
        "The/the/DT police/police/NNS closed/close/VBD the/the/DT case/case/NN without/without/IN"
            + " investigating/investigate/VBG the/the/DT shooting/shooting/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, case 6 5, advcl:without 2 6, det 8 7, obj 6 8,"
            + " punct 2 9"
            + " | ATTACK shooting Conflict.Attack.Unspecified",
        // ... and so did one a verb takes without denying it
        "The/the/DT ministry/ministry/NN has/have/VBZ issued/issue/VBN a/a/DT statement/statement/NN ././."
            + " | det 1 0, nsubj 3 1, aux 3 2, root -1 3, det 5 4, obj 3 5, punct 3 6"
            + " | STATEMENT statement Contact.Contact.Broadcast: 1 AGENT",
        // one dismisses or releases a person: dismissing or releasing a thing is another sense of the word
        "The/the/DT governor/governor/NN dismissed/dismiss/VBD the/the/DT allegation/allegation/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5"
            + " | none",
        "Police/police/NNS released/release/VBD a/a/DT photo/photo/NN ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4"
            + " | none",
        "The/the/DT photo/photo/NN released/release/VBN by/by/IN police/police/NNS shows/show/VBZ a/a/DT car/car/NN ././."
            + " | det 1 0, nsubj 5 1, acl 1 2, case 4 3, obl:by 2 4, root -1 5, det 7 6, obj 5 7, punct 5 8"
            + " | none",
        // ... where a person dismissed or freed is a dismissal or a release, KAIROS's words for them
        "The/the/DT governor/governor/NN dismissed/dismiss/VBD the/the/DT police/police/NN chief/chief/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 5 3, compound 5 4, obj 2 5, punct 2 6"
            + " | DISMISSAL dismiss Personnel.EndPosition.Unspecified: 1 AGENT, 5 TARGET",
        "A/a/DT judge/judge/NN freed/free/VBD the/the/DT reporter/reporter/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5"
            + " | RELEASE free Justice.ReleaseParole.Unspecified: 1 AGENT, 4 TARGET",
        // one sacked or ousted leaves the post, as one dismissed does
        "The/the/DT board/board/NN sacked/sack/VBD the/the/DT manager/manager/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5"
            + " | DISMISSAL sack Personnel.EndPosition.Unspecified: 1 AGENT, 4 TARGET",
        "The/the/DT army/army/NN ousted/oust/VBD the/the/DT president/president/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5"
            + " | DISMISSAL oust Personnel.EndPosition.Unspecified: 1 AGENT, 4 TARGET",
        // a campaign rally gathers a candidate's supporters, and one who rallies supporters gathers them ...
        "The/the/DT senator/senator/NN addressed/address/VBD a/a/DT campaign/campaign/NN rally/rally/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 5 3, compound 5 4, obj 2 5, punct 2 6"
            + " | none",
        "The/the/DT senator/senator/NN rallied/rally/VBD supporters/supporter/NNS ././."
            + " | det 1 0, nsubj 2 1, root -1 2, obj 2 3, punct 2 4"
            + " | none",
        // ... where people who rally in the street protest
        "Students/student/NNS rallied/rally/VBD in/in/IN Lima/Lima/NNP/CITY ././."
            + " | nsubj 1 0, root -1 1, case 3 2, obl:in 1 3, punct 1 4"
            + " | DEMONSTRATION rally Conflict.Demonstrate.Unspecified: 0 AGENT, 3 PLACE",
        // a state that protests objects through its diplomats, and its sale of missiles is still read ...
        "The/the/DT United/United/NNP/COUNTRY States/States/NNP/COUNTRY and/and/CC Israel/Israel/NNP/COUNTRY"
            + " have/have/VBP protested/protest/VBN sales/sale/NNS of/of/IN the/the/DT missiles/missile/NNS ././."
            + " | det 2 0, compound 2 1, nsubj 6 2, cc 4 3, conj:and 2 4, nsubj 6 4, aux 6 5, root -1 6, obj 6 7,"
            + " case 10 8, det 10 9, nmod:of 7 10, punct 6 11"
            + " | ARMS_TRANSFER sale Transaction.ExchangeBuySell.Unspecified: 10 OBJECT",
        // ... where people who protest it protest
        "Students/student/NNS protested/protest/VBD the/the/DT sale/sale/NN of/of/IN the/the/DT missiles/missile/NNS ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 6 4, det 6 5, nmod:of 3 6, punct 1 7"
            + " | DEMONSTRATION protest Conflict.Demonstrate.Unspecified: 0 AGENT;"
            + " ARMS_TRANSFER sale Transaction.ExchangeBuySell.Unspecified: 6 OBJECT",
        // one arrests a being too: territory captured is taken, not held ...
        "Militias/militia/NNS captured/capture/VBD the/the/DT territory/territory/NN ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4"
            + " | none",
        // ... where a passive verb's subject is who is held, whatever object the parser adds beside it ...
        "He/he/PRP was/be/VBD detained/detain/VBN nine/nine/CD times/time/NNS ././."
            + " | nsubj:pass 2 0, aux:pass 2 1, root -1 2, nummod 4 3, obj 2 4, punct 2 5"
            + " | ARREST detain Justice.ArrestJailDetain.Unspecified: 0 TARGET",
        // ... and "a number" of people, which quotation marks keep the parser from reading as a quantifier,
        // are people
        "A/a/DT \"/\"/`` number/number/NN \"/\"/'' of/of/IN people/people/NNS were/be/VBD detained/detain/VBN ././."
            + " | det 2 0, punct 2 1, nsubj:pass 7 2, punct 2 3, case 5 4, nmod:of 2 5, aux:pass 7 6, root -1 7,"
            + " punct 7 8"
            + " | ARREST detain Justice.ArrestJailDetain.Unspecified",
        // what is awaited has not happened yet, where the parser reads "awaiting" as the noun's adjective
        // or takes the noun as its object
        "He/he/PRP is/be/VBZ in/in/IN prison/prison/NN awaiting/await/VBG trial/trial/NN ././."
            + " | nsubj 3 0, cop 3 1, case 3 2, root -1 3, amod 5 4, dep 3 5, punct 3 6"
            + " | none",
        "He/he/PRP awaits/await/VBZ trial/trial/NN ././."
            + " | nsubj 1 0, root -1 1, obj 1 2, punct 1 3"
            + " | none",
        // what is done "without" doing it, or "without" an event, did not happen ...
        "The/the/DT troops/troops/NNS left/leave/VBD the/the/DT town/town/NN without/without/IN"
            + " attacking/attack/VBG it/it/PRP ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, case 6 5, advcl:without 2 6, obj 6 7, punct 2 8"
            + " | none",
        // (the parser hangs "without" from a gerund by either relation)
        "Guards/guard/NNS let/let/VBD him/he/PRP leave/leave/VB without/without/IN arresting/arrest/VBG"
            + " him/he/PRP ././."
            + " | nsubj 1 0, root -1 1, obj 1 2, xcomp 1 3, mark 5 4, advcl:without 3 5, obj 5 6, punct 1 7"
            + " | none",
        "The/the/DT town/town/NN fell/fall/VBD without/without/IN an/a/DT attack/attack/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, case 5 3, det 5 4, obl:without 2 5, punct 2 6"
            + " | none",
        // ... where what is done after doing it did
        "The/the/DT troops/troops/NNS left/leave/VBD the/the/DT town/town/NN after/after/IN"
            + " attacking/attack/VBG it/it/PRP ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, case 6 5, advcl:after 2 6, obj 6 7, punct 2 8"
            + " | ATTACK attack Conflict.Attack.Unspecified: 7 TARGET",
        // an event noun under "any" or "such" names a kind of event, not one that happened ...
        "Such/such/JJ attacks/attack/NNS are/be/VBP rare/rare/JJ ././."
            + " | amod 1 0, nsubj 3 1, cop 3 2, root -1 3, punct 3 4 | none",
        "The/the/DT army/army/NN is/be/VBZ ready/ready/JJ for/for/IN any/any/DT attack/attack/NN ././."
            + " | det 1 0, nsubj 3 1, cop 3 2, root -1 3, case 6 4, det 6 5, obl:for 3 6, punct 3 7 | none",
        // ... where the same nouns told with a determiner of their own are events
        "The/the/DT attacks/attack/NNS were/be/VBD brutal/brutal/JJ ././."
            + " | det 1 0, nsubj 3 1, cop 3 2, root -1 3, punct 3 4 | ATTACK attack Conflict.Attack.Unspecified",
        "The/the/DT army/army/NN is/be/VBZ ready/ready/JJ for/for/IN the/the/DT attack/attack/NN ././."
            + " | det 1 0, nsubj 3 1, cop 3 2, root -1 3, case 6 4, det 6 5, obl:for 3 6, punct 3 7"
            + " | ATTACK attack Conflict.Attack.Unspecified",
        // the custody a release or an escape ends is no arrest of its own ...
        "The/the/DT man/man/NN was/be/VBD released/release/VBN from/from/IN custody/custody/NN ././."
            + " | det 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, case 5 4, obl:from 3 5, punct 3 6"
            + " | RELEASE release Justice.ReleaseParole.Unspecified: 1 TARGET",
        "The/the/DT suspect/suspect/NN escaped/escape/VBD from/from/IN detention/detention/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, case 4 3, obl:from 2 4, punct 2 5"
            + " | EVACUATION escape Movement.Transportation.Evacuation: 1 TARGET",
        // ... where custody one is taken into is
        "The/the/DT man/man/NN was/be/VBD taken/take/VBN into/into/IN custody/custody/NN ././."
            + " | det 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, case 5 4, obl:into 3 5, punct 3 6"
            + " | ARREST custody Justice.ArrestJailDetain.Unspecified",
        // a threat that something is, poses or is to something is a danger, not an act of threatening ...
        "Wildfires/wildfire/NNS are/be/VBP a/a/DT threat/threat/NN to/to/IN forests/forest/NNS ././."
            + " | nsubj 3 0, cop 3 1, det 3 2, root -1 3, case 5 4, nmod:to 3 5, punct 3 6 | none",
        "The/the/DT fires/fire/NNS pose/pose/VBP a/a/DT threat/threat/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5 | none",
        "The/the/DT threat/threat/NN posed/pose/VBN by/by/IN drones/drone/NNS grew/grow/VBD ././."
            + " | det 1 0, nsubj 5 1, acl 1 2, case 4 3, obl:by 2 4, root -1 5, punct 5 6 | none",
        // ... where one someone makes, and a warning to someone, are acts
        "The/the/DT minister/minister/NN 's/'s/POS threat/threat/NN to/to/IN Seoul/Seoul/NNP/CITY"
            + " was/be/VBD brief/brief/JJ ././."
            + " | det 1 0, nmod:poss 3 1, case 1 2, nsubj 7 3, case 5 4, nmod:to 3 5, cop 7 6, root -1 7, punct 7 8"
            + " | THREAT threat Contact.ThreatenCoerce.Unspecified: 1 AGENT, 5 RECIPIENT",
        "Police/police/NNS issued/issue/VBD a/a/DT warning/warning/NN to/to/IN drivers/driver/NNS ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 5 4, nmod:to 3 5, punct 1 6"
            + " | THREAT warning Contact.ThreatenCoerce.Unspecified: 5 RECIPIENT, 0 AGENT",
        // an event a "during" phrase names is the time of what its clause reports ...
        "Police/police/NNS argued/argue/VBD with/with/IN him/he/PRP during/during/IN the/the/DT protest/protest/NN ././."
            + " | nsubj 1 0, root -1 1, case 3 2, obl:with 1 3, case 6 4, det 6 5, obl:during 1 6, punct 1 7"
            + " | none",
        // ... where the clause that reports it is one
        "The/the/DT protest/protest/NN lasted/last/VBD two/two/CD days/day/NNS ././."
            + " | det 1 0, nsubj 2 1, root -1 2, nummod 4 3, obl:tmod 2 4, punct 2 5"
            + " | DEMONSTRATION protest Conflict.Demonstrate.Unspecified",
        // a verb joined to a hypothetical one shares its "may" ...
        "Kaldor/Kaldor/NNP/COUNTRY may/may/MD build/build/VB walls/wall/NNS and/and/CC deploy/deploy/VB"
            + " troops/troops/NNS ././."
            + " | nsubj 2 0, nsubj 5 0, aux 2 1, root -1 2, obj 2 3, cc 5 4, conj:and 2 5, obj 5 6, punct 2 7"
            + " | none",
        // ... where one joined to a verb of another mood, or with a tense of its own, reports what it says
        "Kaldor/Kaldor/NNP/COUNTRY did/do/VBD build/build/VB walls/wall/NNS and/and/CC deploy/deploy/VB"
            + " troops/troops/NNS ././."
            + " | nsubj 2 0, nsubj 5 0, aux 2 1, root -1 2, obj 2 3, cc 5 4, conj:and 2 5, obj 5 6, punct 2 7"
            + " | MILITARY_DEPLOYMENT deploy Movement.Transportation.Unspecified: 0 AGENT, 6 OBJECT",
        "Kaldor/Kaldor/NNP/COUNTRY may/may/MD build/build/VB walls/wall/NNS and/and/CC deployed/deploy/VBD"
            + " troops/troops/NNS ././."
            + " | nsubj 2 0, nsubj 5 0, aux 2 1, root -1 2, obj 2 3, cc 5 4, conj:and 2 5, obj 5 6, punct 2 7"
            + " | MILITARY_DEPLOYMENT deploy Movement.Transportation.Unspecified: 0 AGENT, 6 OBJECT",
        // a thing meets a reception or a test, and no one meets anyone ...
        "The/the/DT play/play/NN met/meet/VBD with/with/IN bad/bad/JJ reviews/review/NNS ././."
            + " | det 1 0, nsubj 2 1, root -1 2, case 5 3, amod 5 4, obl:with 2 5, punct 2 6 | none",
        "The/the/DT plan/plan/NN met/meet/VBD the/the/DT rules/rule/NNS ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5 | none",
        // ... where a board, a thing by CoreNLP's lists, meets someone
        "The/the/DT board/board/NN met/meet/VBD with/with/IN Lena/Lena/NNP/PERSON Berg/Berg/NNP/PERSON ././."
            + " | det 1 0, nsubj 2 1, root -1 2, case 5 3, compound 5 4, obl:with 2 5, punct 2 6"
            + " | MEETING meet Contact.Contact.Meet: 1 AGENT, 5 PARTICIPANT",
        // what a ban is on has not happened: no protest in "a ban on rallies and protests"
        "The/the/DT ministry/ministry/NN issued/issue/VBD a/a/DT ban/ban/NN on/on/IN rallies/rally/NNS"
            + " and/and/CC protests/protest/NNS ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, case 6 5, nmod:on 4 6, cc 8 7, conj:and 6 8,"
            + " nmod:on 4 8, punct 2 9 | none",
        // ... where the protests after it are told as held
        "The/the/DT ministry/ministry/NN issued/issue/VBD a/a/DT ban/ban/NN after/after/IN the/the/DT"
            + " protests/protest/NNS ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, case 7 5, det 7 6, obl:after 2 7, punct 2 8"
            + " | DEMONSTRATION protest Conflict.Demonstrate.Unspecified",
        // a verb of forbidding: its object, its "from" phrase and its infinitive
        "Police/police/NNS banned/ban/VBD the/the/DT protest/protest/NN ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4 | none",
        "Students/student/NNS are/be/VBP forbidden/forbid/VBN from/from/IN protesting/protest/VBG ././."
            + " | nsubj:pass 2 0, aux:pass 2 1, root -1 2, mark 4 3, advcl:from 2 4, punct 2 5 | none",
        "The/the/DT mayor/mayor/NN forbade/forbid/VBD students/student/NNS to/to/TO protest/protest/VB ././."
            + " | det 1 0, nsubj 2 1, root -1 2, obj 2 3, mark 5 4, xcomp 2 5, punct 2 6 | none",
        // ... where those who protest against a ban protest
        "Students/student/NNS protested/protest/VBD against/against/IN the/the/DT ban/ban/NN ././."
            + " | nsubj 1 0, root -1 1, case 4 2, det 4 3, obl:against 1 4, punct 1 5"
            + " | DEMONSTRATION protest Conflict.Demonstrate.Unspecified: 0 AGENT",
        // what one is stopped from doing, or an attack that is prevented, did not happen ...
        "Guards/guard/NNS stopped/stop/VBD them/they/PRP from/from/IN attacking/attack/VBG the/the/DT"
            + " convoy/convoy/NN ././."
            + " | nsubj 1 0, root -1 1, obj 1 2, mark 4 3, advcl:from 1 4, det 6 5, obj 4 6, punct 1 7"
            + " | none",
        "Police/police/NNS prevented/prevent/VBD an/a/DT attack/attack/NN ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4 | none",
        // ... where what guards did not stop, or was not prevented, did
        "Guards/guard/NNS did/do/VBD not/not/RB stop/stop/VB them/they/PRP from/from/IN attacking/attack/VBG"
            + " the/the/DT convoy/convoy/NN ././."
            + " | nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, obj 3 4, mark 6 5, advcl:from 3 6, det 8 7, obj 6 8,"
            + " punct 3 9 | ATTACK attack Conflict.Attack.Unspecified: 8 TARGET",
        "The/the/DT attack/attack/NN was/be/VBD not/not/RB prevented/prevent/VBN ././."
            + " | det 1 0, nsubj:pass 4 1, aux:pass 4 2, advmod 4 3, root -1 4, punct 4 5"
            + " | ATTACK attack Conflict.Attack.Unspecified",
        // ... and what was stopped had begun
        "The/the/DT attack/attack/NN was/be/VBD stopped/stop/VBN ././."
            + " | det 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, punct 3 4 | ATTACK attack Conflict.Attack.Unspecified",
        // a strike people go on, or one that lasts two days, stops work and attacks no one ...
        "Teachers/teacher/NNS went/go/VBD on/on/IN strike/strike/NN ././."
            + " | nsubj 1 0, root -1 1, case 3 2, obl:on 1 3, punct 1 4 | none",
        "The/the/DT union/union/NN called/call/VBD a/a/DT two-day/two-day/JJ/DURATION strike/strike/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 5 3, amod 5 4, obj 2 5, punct 2 6 | none",
        // ... where jets carry out a strike on a base
        "Jets/jet/NNS carried/carry/VBD out/out/RP a/a/DT strike/strike/NN on/on/IN the/the/DT base/base/NN ././."
            + " | nsubj 1 0, root -1 1, compound:prt 1 2, det 4 3, obj 1 4, case 7 5, det 7 6, nmod:on 4 7,"
            + " punct 1 8 | ATTACK strike Conflict.Attack.Unspecified: 7 TARGET, 0 AGENT",
        // a blast by accident that no one set off is no attack; the deaths it causes are deaths
        "Two/two/CD accidental/accidental/JJ explosions/explosion/NNS killed/kill/VBD three/three/CD"
            + " militants/militant/NNS ././."
            + " | nummod 2 0, amod 2 1, nsubj 3 2, root -1 3, nummod 5 4, obj 3 5, punct 3 6"
            + " | KILLING kill Life.Die.Unspecified: 5 TARGET",
        "The/the/DT device/device/NN detonated/detonate/VBD accidentally/accidentally/RB ././."
            + " | det 1 0, nsubj 2 1, root -1 2, advmod 2 3, punct 2 4 | none",
        "The/the/DT blast/blast/NN was/be/VBD accidental/accidental/JJ ././."
            + " | det 1 0, nsubj 3 1, cop 3 2, root -1 3, punct 3 4 | none",
        // ... where the same blasts told plainly are attacks
        "Two/two/CD explosions/explosion/NNS killed/kill/VBD three/three/CD militants/militant/NNS ././."
            + " | nummod 1 0, nsubj 2 1, root -1 2, nummod 4 3, obj 2 4, punct 2 5"
            + " | ATTACK explosion Conflict.Attack.DetonateExplode; KILLING kill Life.Die.Unspecified: 4 TARGET",
        "The/the/DT device/device/NN detonated/detonate/VBD ././."
            + " | det 1 0, nsubj 2 1, root -1 2, punct 2 3 | ATTACK detonate Conflict.Attack.DetonateExplode: 1 OBJECT",
        // ... and one who bombs by mistake still attacks what is bombed
        "The/the/DT coalition/coalition/NN accidentally/accidentally/RB bombed/bomb/VBD the/the/DT"
            + " troops/troops/NNS ././."
            + " | det 1 0, nsubj 3 1, advmod 3 2, root -1 3, det 5 4, obj 3 5, punct 3 6"
            + " | ATTACK bomb Conflict.Attack.DetonateExplode: 1 AGENT, 5 TARGET",
        // "Doctors want an emergency declared": only wanted, as "want to declare" is
        "Doctors/doctor/NNS want/want/VBP an/a/DT emergency/emergency/NN declared/declare/VBN ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, xcomp 1 4, punct 1 5 | none",
        // "Doctors had an emergency declared": they had it done
        "Doctors/doctor/NNS had/have/VBD an/a/DT emergency/emergency/NN declared/declare/VBN ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, xcomp 1 4, punct 1 5"
            + " | STATEMENT declare Contact.Contact.Broadcast",
        // an event that is only said to take place, or to be held or carried out, shares the modality of
        // the verb that says so: talks that may happen, an election that could be held, attacks a group
        // may carry out have not happened ...
        "Talks/talk/NNS may/may/MD happen/happen/VB ././."
            + " | nsubj 2 0, aux 2 1, root -1 2, punct 2 3 | none",
        "The/the/DT election/election/NN could/could/MD be/be/VB held/hold/VBN ././."
            + " | det 1 0, nsubj:pass 4 1, aux 4 2, aux:pass 4 3, root -1 4, punct 4 5 | none",
        "The/the/DT rebels/rebel/NNS may/may/MD carry/carry/VB out/out/RP attacks/attack/NNS ././."
            + " | det 1 0, nsubj 3 1, aux 3 2, root -1 3, compound:prt 3 4, obj 3 5, punct 3 6 | none",
        // ... where talks that happened, a vote that was held and attacks carried out did
        "Talks/talk/NNS happened/happen/VBD ././."
            + " | nsubj 1 0, root -1 1, punct 1 2 | MEETING talk Contact.Contact.Meet",
        "The/the/DT election/election/NN was/be/VBD held/hold/VBN ././."
            + " | det 1 0, nsubj:pass 3 1, aux:pass 3 2, root -1 3, punct 3 4 | ELECTION election null",
        "The/the/DT rebels/rebel/NNS carried/carry/VBD out/out/RP attacks/attack/NNS ././."
            + " | det 1 0, nsubj 2 1, root -1 2, compound:prt 2 3, obj 2 4, punct 2 5"
            + " | ATTACK attack Conflict.Attack.Unspecified: 1 AGENT",
        // "can" and "must" say what may or has to be, as "may" and "should" do: no arrest, and no
        // meetings, that only can happen; no election that only must be held ...
        "Police/police/NNS can/can/MD arrest/arrest/VB protesters/protester/NNS ././."
            + " | nsubj 2 0, aux 2 1, root -1 2, obj 2 3, punct 2 4 | none",
        "Meetings/meeting/NNS can/can/MD happen/happen/VB ././."
            + " | nsubj 2 0, aux 2 1, root -1 2, punct 2 3 | none",
        "The/the/DT election/election/NN must/must/MD be/be/VB held/hold/VBN in/in/IN May/May/NNP/DATE ././."
            + " | det 1 0, nsubj:pass 4 1, aux 4 2, aux:pass 4 3, root -1 4, case 6 5, obl:in 4 6, punct 4 7 | none",
        // ... where police that did arrest protesters arrested them
        "Police/police/NNS did/do/VBD arrest/arrest/VB protesters/protester/NNS ././."
            + " | nsubj 2 0, aux 2 1, root -1 2, obj 2 3, punct 2 4"
            + " | ARREST arrest Justice.ArrestJailDetain.Unspecified: 0 AGENT, 3 TARGET",
        // how often events of a kind happen is said of the kind: bombings that are rare, arrests that
        // are common there, tell of no one bombing or arrest ...
        "Bombings/bombing/NNS in/in/IN the/the/DT region/region/NN are/be/VBP rare/rare/JJ ././."
            + " | nsubj 5 0, case 3 1, det 3 2, nmod:in 0 3, cop 5 4, root -1 5, punct 5 6 | none",
        "Arrests/arrest/NNS are/be/VBP common/common/JJ there/there/RB ././."
            + " | nsubj 2 0, cop 2 1, root -1 2, advmod 2 3, punct 2 4 | none",
        // ... where bombings said to be deadly were particular ones, and so are raids carried out that a
        // relative clause says are rare
        "Bombings/bombing/NNS were/be/VBD deadly/deadly/JJ ././."
            + " | nsubj 2 0, cop 2 1, root -1 2, punct 2 3 | ATTACK bombing Conflict.Attack.DetonateExplode",
        "Rebels/rebel/NNS carried/carry/VBD out/out/RP raids/raid/NNS that/that/WDT are/be/VBP rare/rare/JJ ././."
            + " | nsubj 1 0, root -1 1, compound:prt 1 2, obj 1 3, nsubj 6 3, ref 3 4, cop 6 5, acl:relcl 3 6,"
            + " punct 1 7 | ATTACK raid Conflict.Attack.Unspecified: 0 AGENT",
        // a word of a name is no event
        "Lena/Lena/NNP/PERSON met/meet/VBD Halvard/Halvard/NNP/ORGANIZATION Bay/Bay/NNP/ORGANIZATION"
            + " Acquiring/acquire/VBG/ORGANIZATION Corp/Corp/NNP/ORGANIZATION ././."
            + " | nsubj 1 0, root -1 1, compound 5 2, compound 5 3, compound 5 4, obj 1 5, punct 1 6"
            + " | MEETING meet Contact.Contact.Meet: 0 AGENT, 5 PARTICIPANT",
        // ... and so is an occasion one attends, where whoever the clause says acted was there
        "The/the/DT minister/minister/NN spoke/speak/VBD during/during/IN the/the/DT visit/visit/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, case 5 3, det 5 4, obl:during 2 5, punct 2 6"
            + " | VISIT visit Movement.Transportation.Unspecified: 1 AGENT",
      })
  void shouldTakeNoWordForAnEventWhereItsSentenceSaysNoneHappened(String tokens, String edges, String expected) {
    // given
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    String read = sentence.described();

    // then
    assertThat(read).isEqualTo(expected);
  }

  @Test
  void shouldTakeWhoEscapesOrIsEvacuatedAsTheOneMoved() {
    // given: who escapes, and what from; whom soldiers evacuate; an evacuation "of" someone
    HandParsed escape = new HandParsed(
        "The/the/DT family/family/NN escaped/escape/VBD the/the/DT camp/camp/NN to/to/IN"
            + " Norway/Norway/NNP/COUNTRY ././.",
        "det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, case 6 5, obl:to 2 6, punct 2 7");
    HandParsed evacuate = new HandParsed(
        "Soldiers/soldier/NNS evacuated/evacuate/VBD the/the/DT villagers/villager/NNS ././.",
        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4");
    HandParsed evacuation = new HandParsed(
        "The/the/DT evacuation/evacuation/NN of/of/IN the/the/DT wounded/wounded/NNS began/begin/VBD ././.",
        "det 1 0, nsubj 5 1, case 4 2, det 4 3, nmod:of 1 4, root -1 5, punct 5 6");

    // when
    List<String> read = List.of(escape.described(), evacuate.described(), evacuation.described());

    // then
    assertThat(read).containsExactly(
        "EVACUATION escape Movement.Transportation.Evacuation: 1 TARGET, 4 OBJECT, 6 PLACE",
        "EVACUATION evacuate Movement.Transportation.Evacuation: 0 AGENT, 3 TARGET",
        "EVACUATION evacuation Movement.Transportation.Evacuation: 4 TARGET");
  }

  @Test
  void shouldTakeWhatIsSmuggledAsWhatTheSmugglerMoves() {
    // given
    HandParsed sentence = new HandParsed(
        "Rebels/rebel/NNS smuggled/smuggle/VBD rifles/rifle/NNS into/into/IN Gaza/Gaza/NNP/CITY ././.",
        "nsubj 1 0, root -1 1, obj 1 2, case 4 3, obl:into 1 4, punct 1 5");

    // when
    String read = sentence.described();

    // then
    assertThat(read)
        .isEqualTo("SMUGGLING smuggle Movement.Transportation.IllegalTransportation: 0 AGENT, 2 OBJECT, 4 PLACE");
  }

  @Test
  void shouldReadADemandOrOrderAsARequestOfWhomItAsks() {
    // given: who urges whom to act; a demand of something; a request "for" something; a question; a
    // general who commands a division
    HandParsed urge = new HandParsed(
        "Police/police/NNS urged/urge/VBD residents/resident/NNS to/to/TO stay/stay/VB indoors/indoors/RB ././.",
        "nsubj 1 0, root -1 1, obj 1 2, mark 4 3, xcomp 1 4, advmod 4 5, punct 1 6");
    HandParsed demand = new HandParsed(
        "The/the/DT minister/minister/NN demanded/demand/VBD an/a/DT apology/apology/NN ././.",
        "det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5");
    HandParsed askFor = new HandParsed(
        "The/the/DT lawyer/lawyer/NN asked/ask/VBD the/the/DT judge/judge/NN for/for/IN a/a/DT delay/delay/NN ././.",
        "det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, case 7 5, det 7 6, obl:for 2 7, punct 2 8");
    HandParsed askWhether = new HandParsed(
        "Reporters/reporter/NNS asked/ask/VBD whether/whether/IN the/the/DT road/road/NN was/be/VBD open/open/JJ ././.",
        "nsubj 1 0, root -1 1, mark 6 2, det 4 3, nsubj 6 4, cop 6 5, ccomp 1 6, punct 1 7");
    HandParsed command = new HandParsed(
        "The/the/DT general/general/NN commanded/command/VBD the/the/DT division/division/NN ././.",
        "det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5");

    // when
    List<String> read = Stream.of(urge, demand, askFor, askWhether, command).map(HandParsed::described).toList();

    // then: who asks is the Communicator, whom they ask to act or for something the Recipient, and
    // what is asked, without either, the object KAIROS gives no role; a question and a command of
    // troops are no request
    assertThat(read).containsExactly(
        "REQUEST urge Contact.RequestCommand.Unspecified: 0 AGENT, 2 TARGET",
        "REQUEST demand Contact.RequestCommand.Unspecified: 1 AGENT, 4 OBJECT",
        "REQUEST ask Contact.RequestCommand.Unspecified: 1 AGENT, 4 TARGET",
        "none",
        "none");
  }

  @Test
  void shouldReadACrimeOnlyWhereItNamesAParticularOne() {
    // given: a robbery a gang committed; his thefts against pensioners; war crimes committed by a
    // militia; a theft the police solved; and crime in general, a crime that would be committed and
    // one someone is charged with
    HandParsed committed = new HandParsed(
        "The/the/DT gang/gang/NN committed/commit/VBD a/a/DT robbery/robbery/NN ././.",
        "det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5");
    HandParsed his = new HandParsed(
        "His/his/PRP$ thefts/theft/NNS against/against/IN pensioners/pensioner/NNS continued/continue/VBD ././.",
        "nmod:poss 1 0, nsubj 4 1, case 3 2, nmod:against 1 3, root -1 4, punct 4 5");
    HandParsed committedBy = new HandParsed(
        "Crimes/crime/NNS committed/commit/VBN by/by/IN the/the/DT militia/militia/NN shocked/shock/VBD Ana/Ana/NNP ././.",
        "nsubj 5 0, acl 0 1, case 4 2, det 4 3, obl:agent 1 4, root -1 5, obj 5 6, punct 5 7");
    HandParsed solved = new HandParsed(
        "Police/police/NNS solved/solve/VBD the/the/DT theft/theft/NN ././.",
        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4");
    HandParsed organized = new HandParsed(
        "Organized/organize/VBN crime/crime/NN thrives/thrive/VBZ ././.",
        "amod 1 0, nsubj 2 1, root -1 2, punct 2 3");
    HandParsed fight = new HandParsed(
        "Police/police/NNS fight/fight/VBP against/against/IN crime/crime/NN ././.",
        "nsubj 1 0, root -1 1, case 3 2, obl:against 1 3, punct 1 4");
    HandParsed rates = new HandParsed(
        "Crime/crime/NN rates/rate/NNS fell/fall/VBD ././.",
        "compound 1 0, nsubj 2 1, root -1 2, punct 2 3");
    HandParsed would = new HandParsed(
        "The/the/DT gang/gang/NN would/would/MD commit/commit/VB a/a/DT robbery/robbery/NN ././.",
        "det 1 0, nsubj 3 1, aux 3 2, root -1 3, det 5 4, obj 3 5, punct 3 6");
    HandParsed charged = new HandParsed(
        "Ana/Ana/NNP was/be/VBD charged/charge/VBN with/with/IN a/a/DT crime/crime/NN ././.",
        "nsubj:pass 2 0, aux:pass 2 1, root -1 2, case 5 3, det 5 4, obl:with 2 5, punct 2 6");

    // when
    List<String> read = Stream.of(committed, his, committedBy, solved, organized, fight, rates, would, charged)
        .map(HandParsed::described).toList();

    // then: who commits a crime is its Perpetrator, whom it is against its Victim; who solves one did
    // not commit it; crime spoken of in general, a crime that would be committed and one only charged
    // are none
    assertThat(read).containsExactly(
        "CRIME robbery GenericCrime.GenericCrime.GenericCrime: 1 AGENT",
        "CRIME theft GenericCrime.GenericCrime.GenericCrime: 0 AGENT, 3 TARGET",
        "CRIME crime GenericCrime.GenericCrime.GenericCrime: 4 AGENT",
        "CRIME theft GenericCrime.GenericCrime.GenericCrime",
        "none",
        "none",
        "none",
        "none",
        "PROSECUTION charge Justice.ChargeIndict.Unspecified: 0 TARGET");
  }

  @Test
  void shouldTakeWhomASaleOrPurchaseIsMadeWithAsTheOtherParty() {
    // given: a sale negotiated with Syria; a purchase made with France
    HandParsed sale = new HandParsed(
        "Russia/Russia/NNP negotiated/negotiate/VBD a/a/DT missile/missile/NN sale/sale/NN with/with/IN Syria/Syria/NNP",
        "nsubj 1 0, root -1 1, det 4 2, compound 4 3, obj 1 4, case 6 5, nmod:with 4 6");
    HandParsed purchase = new HandParsed(
        "The/the/DT purchase/purchase/NN with/with/IN France/France/NNP/COUNTRY collapsed/collapse/VBD ././.",
        "det 1 0, nsubj 4 1, case 3 2, nmod:with 1 3, root -1 4, punct 4 5");

    // when
    String soldTo = sale.described();
    String boughtFrom = purchase.described();

    // then: Syria is who the missiles are sold to, France who the purchase is made from; neither is
    // what changes hands
    assertThat(soldTo).isEqualTo("MEETING negotiate Contact.Contact.Meet: 0 AGENT, 6 PARTICIPANT;"
        + " ARMS_TRANSFER sale Transaction.ExchangeBuySell.Unspecified: 6 RECIPIENT");
    assertThat(boughtFrom).isEqualTo("TRANSACTION purchase Transaction.ExchangeBuySell.Unspecified: 3 AGENT");
  }

  @Test
  void shouldReadAnOutbreakOfADiseaseAndNotOfWar() {
    // given: an outbreak of cholera among refugees; a measles outbreak; the outbreak of war
    HandParsed cholera = new HandParsed(
        "An/a/DT outbreak/outbreak/NN of/of/IN cholera/cholera/NN among/among/IN refugees/refugee/NNS spread/spread/VBD ././.",
        "det 1 0, nsubj 6 1, case 3 2, nmod:of 1 3, case 5 4, nmod:among 1 5, root -1 6, punct 6 7");
    HandParsed measles = new HandParsed(
        "Doctors/doctor/NNS reported/report/VBD a/a/DT measles/measles/NN outbreak/outbreak/NN ././.",
        "nsubj 1 0, root -1 1, det 4 2, compound 4 3, obj 1 4, punct 1 5");
    HandParsed war = new HandParsed(
        "Prices/price/NNS rose/rise/VBD after/after/IN the/the/DT outbreak/outbreak/NN of/of/IN war/war/NN ././.",
        "nsubj 1 0, root -1 1, case 4 2, det 4 3, obl:after 1 4, case 6 5, nmod:of 4 6, punct 1 7");

    // when
    List<String> read = Stream.of(cholera, measles, war).map(HandParsed::described).toList();

    // then: the disease is what broke out, those among whom it did its victims; the outbreak of war is
    // the war's, which kg reads by its own word
    assertThat(read).containsExactly(
        "OUTBREAK outbreak Disaster.DiseaseOutbreak.Unspecified: 3 OBJECT, 5 TARGET",
        "OUTBREAK outbreak Disaster.DiseaseOutbreak.Unspecified: 3 OBJECT",
        "ATTACK war Conflict.Attack.Unspecified");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // whom one fires leaves the post, as one dismissed or sacked does: a coach, a pronoun of a person ...
        "The/the/DT club/club/NN fired/fire/VBD the/the/DT coach/coach/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5"
            + " | DISMISSAL fire Personnel.EndPosition.Unspecified: 1 AGENT, 4 TARGET",
        "He/he/PRP was/be/VBD fired/fire/VBN on/on/IN Monday/Monday/NNP/DATE ././."
            + " | nsubj:pass 2 0, aux:pass 2 1, root -1 2, case 4 3, obl:on 2 4, punct 2 5"
            + " | DISMISSAL fire Personnel.EndPosition.Unspecified: 0 TARGET",
        // ... and the noun's "of" phrase
        "The/the/DT firing/firing/NN of/of/IN the/the/DT chief/chief/NN angered/anger/VBD officers/officer/NNS ././."
            + " | det 1 0, nsubj 5 1, case 4 2, det 4 3, nmod:of 1 4, root -1 5, obj 5 6, punct 5 7"
            + " | DISMISSAL firing Personnel.EndPosition.Unspecified: 4 TARGET",
        // ... as a president's sacking of a deputy, and a minister's resignation, end one
        "The/the/DT president/president/NN 's/'s/POS sacking/sacking/NN of/of/IN Machar/Machar/NNP/PERSON"
            + " ignited/ignite/VBD a/a/DT war/war/NN ././."
            + " | det 1 0, nmod:poss 3 1, case 1 2, nsubj 6 3, case 5 4, nmod:of 3 5, root -1 6, det 8 7, obj 6 8,"
            + " punct 6 9"
            + " | DISMISSAL sacking Personnel.EndPosition.Unspecified: 1 AGENT, 5 TARGET;"
            + " ATTACK war Conflict.Attack.Unspecified",
        "The/the/DT minister/minister/NN 's/'s/POS resignation/resignation/NN surprised/surprise/VBD"
            + " voters/voter/NNS ././."
            + " | det 1 0, nmod:poss 3 1, case 1 2, nsubj 4 3, root -1 4, obj 4 5, punct 4 6"
            + " | DISMISSAL resignation Personnel.EndPosition.Unspecified: 1 TARGET",
        // a weapon fired, a firing at someone or the sacking of a city ends no one's employment
        "Attila/Attila/NNP/PERSON 's/'s/POS sacking/sacking/NN of/of/IN the/the/DT city/city/NN"
            + " lasted/last/VBD days/day/NNS ././."
            + " | nmod:poss 2 0, case 0 1, nsubj 6 2, case 5 3, det 5 4, nmod:of 2 5, root -1 6, obj 6 7, punct 6 8"
            + " | none",
        "Troops/troops/NNS fired/fire/VBD rockets/rocket/NNS ././."
            + " | nsubj 1 0, root -1 1, obj 1 2, punct 1 3 | none",
        "Police/police/NNS fired/fire/VBD on/on/IN the/the/DT crowd/crowd/NN ././."
            + " | nsubj 1 0, root -1 1, case 4 2, det 4 3, obl:on 1 4, punct 1 5 | none",
        "The/the/DT firing/firing/NN of/of/IN rockets/rocket/NNS continued/continue/VBD ././."
            + " | det 1 0, nsubj 4 1, case 3 2, nmod:of 1 3, root -1 4, punct 4 5 | none",
      })
  void shouldReadFiringAsADismissalOnlyWhereAPersonIsFired(String tokens, String edges, String expected) {
    // given
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    String read = sentence.described();

    // then
    assertThat(read).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what is only talked of or rumoured is reported neither as done nor as planned ...
        "Analysts/analyst/NNS dismissed/dismiss/VBD speculation/speculation/NN over/over/IN an/a/DT"
            + " attack/attack/NN on/on/IN the/the/DT port/port/NN ././."
            + " | nsubj 1 0, root -1 1, obj 1 2, case 5 3, det 5 4, nmod:over 2 5, case 8 6, det 8 7, nmod:on 5 8,"
            + " punct 1 9 | none",
        "Rumours/rumour/NNS of/of/IN his/he/PRP$ arrest/arrest/NN spread/spread/VBD quickly/quickly/RB ././."
            + " | nsubj 4 0, case 3 1, nmod:poss 3 2, nmod:of 0 3, root -1 4, advmod 4 5, punct 4 6 | none",
        // ... where reports of an attack report it
        "Reports/report/NNS of/of/IN the/the/DT attack/attack/NN spread/spread/VBD quickly/quickly/RB ././."
            + " | nsubj 4 0, case 3 1, det 3 2, nmod:of 0 3, root -1 4, advmod 4 5, punct 4 6"
            + " | ATTACK attack Conflict.Attack.Unspecified",
        // a unit of armed forces named by what it is for is no event, where a strike by air is one
        "The/the/DT strike/strike/NN force/force/NN left/leave/VBD the/the/DT port/port/NN on/on/IN"
            + " Monday/Monday/NNP/DATE ././."
            + " | det 2 0, compound 2 1, nsubj 3 2, root -1 3, det 5 4, obj 3 5, case 7 6, obl:on 3 7, punct 3 8"
            + " | none",
        "An/a/DT air/air/NN strike/strike/NN hit/hit/VBD the/the/DT village/village/NN on/on/IN"
            + " Monday/Monday/NNP/DATE ././."
            + " | det 2 0, compound 2 1, nsubj 3 2, root -1 3, det 5 4, obj 3 5, case 7 6, obl:on 3 7, punct 3 8"
            + " | ATTACK strike Conflict.Attack.Unspecified: 5 TARGET",
        // the death a court sentences someone to is the sentence, no death; the murder they did is one
        "A/a/DT court/court/NN sentenced/sentence/VBD two/two/CD men/man/NNS to/to/IN death/death/NN for/for/IN"
            + " the/the/DT murder/murder/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, nummod 4 3, obj 2 4, case 6 5, obl:to 2 6, case 9 7, det 9 8,"
            + " nmod:for 6 9, punct 2 10"
            + " | PROSECUTION sentence Justice.ChargeIndict.Unspecified: 1 AGENT, 4 TARGET;"
            + " KILLING murder Life.Die.Unspecified",
        "The/the/DT court/court/NN blamed/blame/VBD the/the/DT driver/driver/NN for/for/IN the/the/DT"
            + " death/death/NN of/of/IN a/a/DT boy/boy/NN ././."
            + " | det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, case 7 5, det 7 6, obl:for 2 7, case 10 8,"
            + " det 10 9, nmod:of 7 10, punct 2 11"
            + " | ACCUSATION blame null: 1 AGENT, 4 TARGET; KILLING death Life.Die.Unspecified: 10 TARGET",
        // one who signs a letter agrees to nothing with anyone; countries that sign a treaty do
        "Forty/forty/CD lawmakers/lawmaker/NNS signed/sign/VBD the/the/DT letter/letter/NN ././."
            + " | nummod 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5 | none",
        "The/the/DT two/two/CD countries/country/NNS signed/sign/VBD a/a/DT treaty/treaty/NN in/in/IN"
            + " Oslo/Oslo/NNP/CITY ././."
            + " | det 2 0, nummod 2 1, nsubj 3 2, root -1 3, det 5 4, obj 3 5, case 7 6, nmod:in 5 7, punct 3 8"
            + " | AGREEMENT sign null: 2 AGENT",
      })
  void shouldTakeNoWordForWhatIsOnlyTalkedOfAUnitNamedByItsPurposeAPenaltyOrALetterSigned(
      String tokens, String edges, String expected) {
    // given
    HandParsed sentence = new HandParsed(tokens, edges);

    // when
    String read = sentence.described();

    // then
    assertThat(read).isEqualTo(expected);
  }
}
