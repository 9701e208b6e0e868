package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.extract.DependencyIndex;
import org.junit.jupiter.api.Test;

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
}
