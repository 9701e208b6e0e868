package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DependencyIndex;
import dev.kg.nlp.AnnotatedText.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTenseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "Omar was scheduled to visit Oslo .": the visit is planned
        "Omar/Omar/NNP/PERSON was/be/VBD scheduled/schedule/VBN to/to/TO visit/visit/VB Oslo/Oslo/NNP/CITY ././."
            + " | nsubj:pass 2 0, aux:pass 2 1, root -1 2, mark 4 3, xcomp 2 4, obj 4 5, punct 2 6 | 4 | TO_COME",
        // "Lena has an option to buy shares .": an option, not a purchase
        "Lena/Lena/NNP/PERSON has/have/VBZ an/a/DT option/option/NN to/to/TO buy/buy/VB shares/share/NNS ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, mark 5 4, acl 3 5, obj 5 6, punct 1 7 | 5 | TO_COME",
        // "Omar will visit Oslo and meet Lena .": "will" is the meeting's too
        "Omar/Omar/NNP/PERSON will/will/MD visit/visit/VB Oslo/Oslo/NNP/CITY and/and/CC meet/meet/VB"
            + " Lena/Lena/NNP/PERSON ././."
            + " | nsubj 2 0, aux 2 1, root -1 2, obj 2 3, cc 5 4, conj:and 2 5, obj 5 6, punct 2 7 | 5 | TO_COME",
        // "Lena travelled to Rome to sign a pact .": what a journey made was for is not said to be to come
        "Lena/Lena/NNP/PERSON travelled/travel/VBD to/to/IN Rome/Rome/NNP/CITY to/to/TO sign/sign/VB a/a/DT"
            + " pact/pact/NN ././. | nsubj 1 0, root -1 1, case 3 2, obl:to 1 3, mark 5 4, advcl 1 5, det 7 6,"
            + " obj 5 7, punct 1 8 | 5 | UNSTATED",
        // "Omar visited Oslo and met Lena .": a joined verb with a tense of its own keeps it
        "Omar/Omar/NNP/PERSON visited/visit/VBD Oslo/Oslo/NNP/CITY and/and/CC met/meet/VBD"
            + " Lena/Lena/NNP/PERSON ././."
            + " | nsubj 1 0, root -1 1, obj 1 2, cc 4 3, conj:and 1 4, obj 4 5, punct 1 6 | 4 | HAPPENED",
        // "Nordia agreed to buy Calder .": the purchase is agreed, not made
        "Nordia/Nordia/NNP/ORGANIZATION agreed/agree/VBD to/to/TO buy/buy/VB Calder/Calder/NNP/ORGANIZATION ././."
            + " | nsubj 1 0, root -1 1, mark 3 2, xcomp 1 3, obj 3 4, punct 1 5 | 3 | TO_COME",
        // "They fear the possibility of Nordia supplying rifles .": a possibility, not a delivery
        "They/they/PRP fear/fear/VBP the/the/DT possibility/possibility/NN of/of/IN Nordia/Nordia/NNP/COUNTRY"
            + " supplying/supply/VBG rifles/rifle/NNS ././."
            + " | nsubj 1 0, root -1 1, det 3 2, obj 1 3, mark 6 4, nsubj 6 5, acl:of 3 6, obj 6 7, punct 1 8 | 6 | TO_COME",
        // "Analysts warned of the risk of a war .": the war is a risk
        "Analysts/analyst/NNS warned/warn/VBD of/of/IN the/the/DT risk/risk/NN of/of/IN a/a/DT war/war/NN ././."
            + " | nsubj 1 0, root -1 1, case 4 2, det 4 3, obl:of 1 4, case 7 5, det 7 6, nmod:of 4 7, punct 1 8"
            + " | 7 | TO_COME",
        // "She announced her coming resignation .": a resignation still to come ...
        "She/she/PRP announced/announce/VBD her/she/PRP$ coming/coming/JJ resignation/resignation/NN"
            + " on/on/IN Monday/Monday/NNP/DATE ././."
            + " | nsubj 1 0, root -1 1, nmod:poss 4 2, amod 4 3, obj 1 4, case 6 5, nmod:on 4 6, punct 1 7"
            + " | 4 | TO_COME",
        // ... where "announced her resignation" tells one done
        "She/she/PRP announced/announce/VBD her/she/PRP$ resignation/resignation/NN on/on/IN"
            + " Monday/Monday/NNP/DATE ././."
            + " | nsubj 1 0, root -1 1, nmod:poss 3 2, obj 1 3, case 5 4, obl:on 1 5, punct 1 6 | 3 | HAPPENED",
        // "An attack on the port is likely .", "Prices make purchases of wheat less likely .": said to be likely
        "An/a/DT attack/attack/NN on/on/IN the/the/DT port/port/NN is/be/VBZ likely/likely/JJ ././."
            + " | det 1 0, nsubj 6 1, case 4 2, det 4 3, nmod:on 1 4, cop 6 5, root -1 6, punct 6 7 | 1 | TO_COME",
        "Higher/high/JJR prices/price/NNS make/make/VBP purchases/purchase/NNS of/of/IN wheat/wheat/NN"
            + " less/less/RBR likely/likely/JJ ././."
            + " | amod 1 0, nsubj 2 1, root -1 2, nsubj 7 3, case 5 4, nmod:of 3 5, advmod 7 6, xcomp 2 7, punct 2 8"
            + " | 3 | TO_COME",
        // "The attack on the port was deadly .": said to be deadly, it happened as far as the word says
        "The/the/DT attack/attack/NN on/on/IN the/the/DT port/port/NN was/be/VBD deadly/deadly/JJ ././."
            + " | det 1 0, nsubj 6 1, case 4 2, det 4 3, nmod:on 1 4, cop 6 5, root -1 6, punct 6 7 | 1 | UNSTATED",
      })
  void shouldTellAnInfinitiveOrJoinedVerbStillToComeFromOneDone(
      String tokens, String edges, int trigger, EventTense expected) {
    // given
    DependencyIndex sentence = new HandParsed(tokens, edges).parse();
    Token word = sentence.token(trigger);

    // when
    EventTense tense = EventTense.of(sentence, word);

    // then
    assertThat(tense).isEqualTo(expected);
  }
}
