package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DependencyIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerGatesTest {

  @Test
  void shouldTakeAnEventNounAsTheObjectOnlyOfAVerbOfItsType() {
    // given
    DependencyIndex signed = new HandParsed(
        "Lena/Lena/NNP/PERSON signed/sign/VBD a/a/DT pact/pact/NN ././.",
        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4").parse();
    DependencyIndex praised = new HandParsed(
        "Lena/Lena/NNP/PERSON praised/praise/VBD the/the/DT pact/pact/NN ././.",
        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4").parse();

    // when
    boolean signedObject = TriggerGates.objectOfItsVerb(signed, signed.token(3), EventType.AGREEMENT);
    boolean praisedObject = TriggerGates.objectOfItsVerb(praised, praised.token(3), EventType.AGREEMENT);

    // then
    assertThat(signedObject).isTrue();
    assertThat(praisedObject).isFalse();
  }

  @Test
  void shouldReadAnEventNounAfterDuringAsTheTimeOfAnother() {
    // given
    DependencyIndex parse = new HandParsed(
        "Omar/Omar/NNP/PERSON coughed/cough/VBD during/during/IN the/the/DT rally/rally/NN ././.",
        "nsubj 1 0, root -1 1, case 4 2, det 4 3, obl:during 1 4, punct 1 5").parse();

    // when
    boolean times = TriggerGates.timesAnother(parse, parse.token(4));

    // then
    assertThat(times).isTrue();
  }

  @Test
  void shouldLetAHypotheticalVerbReportNothing() {
    // given
    DependencyIndex parse = new HandParsed(
        "Omar/Omar/NNP/PERSON might/might/MD protest/protest/VB ././.",
        "nsubj 2 0, aux 2 1, root -1 2, punct 2 3").parse();

    // when
    boolean occurs = TriggerGates.occurs(parse, parse.token(2), 'V');

    // then
    assertThat(occurs).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "Omar prepared to fly to Oslo to meet Lena .": the flight is only prepared, so is the meeting
        "Omar/Omar/NNP/PERSON prepared/prepare/VBD to/to/TO fly/fly/VB to/to/IN Oslo/Oslo/NNP/CITY to/to/TO"
            + " meet/meet/VB Lena/Lena/NNP/PERSON ././."
            + " | nsubj 1 0, root -1 1, mark 3 2, xcomp 1 3, case 5 4, obl:to 3 5, mark 7 6, xcomp 3 7, obj 7 8,"
            + " punct 1 9 | 7 | false",
        // "Omar did not fly to Oslo to meet Lena .": no flight, no meeting
        "Omar/Omar/NNP/PERSON did/do/VBD not/not/RB fly/fly/VB to/to/IN Oslo/Oslo/NNP/CITY to/to/TO"
            + " meet/meet/VB Lena/Lena/NNP/PERSON ././."
            + " | nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, case 5 4, obl:to 3 5, mark 7 6, advcl 3 7, obj 7 8,"
            + " punct 3 9 | 7 | false",
        // "Omar flew to Oslo to meet Lena .": he flew, and the meeting is what he flew for
        "Omar/Omar/NNP/PERSON flew/fly/VBD to/to/IN Oslo/Oslo/NNP/CITY to/to/TO meet/meet/VB"
            + " Lena/Lena/NNP/PERSON ././."
            + " | nsubj 1 0, root -1 1, case 3 2, obl:to 1 3, mark 5 4, advcl 1 5, obj 5 6, punct 1 7 | 5 | true",
      })
  void shouldLetAnInfinitiveOfAVerbThatDidNotHappenReportNothing(
      String tokens, String edges, int infinitive, boolean expected) {
    // given
    DependencyIndex parse = new HandParsed(tokens, edges).parse();

    // when
    boolean occurs = TriggerGates.occurs(parse, parse.token(infinitive), 'V');

    // then
    assertThat(occurs).isEqualTo(expected);
  }
}
