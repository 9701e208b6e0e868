package dev.kg.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTypeTest {

  @ParameterizedTest(name = "{1} of {0} is {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        // "a court convicted him", "the judge sentenced him", "his conviction by a jury": the court
        "convict    | AGENT  | JudgeCourt",
        "sentence   | AGENT  | JudgeCourt",
        "conviction | AGENT  | JudgeCourt",
        // "prosecutors charged him", "the state indicted him": the prosecutor, and whom they charge
        "charge     | AGENT  | Prosecutor",
        "indict     | AGENT  | Prosecutor",
        "convict    | TARGET | Defendant",
        // "Elliott testified that McVeigh reserved the truck": a witness, whom KAIROS gives no role
        "testify    | AGENT  | none",
      })
  void shouldNameTheRolesOfAJusticeEventByItsTrigger(String lemma, EventRole role, String kairos) {
    // when
    String name = EventType.PROSECUTION.kairosRole(role, lemma);

    // then
    assertThat(name).isEqualTo(kairos);
  }

  @ParameterizedTest(name = "{2} of {1} is {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        // "a roadside bomb killed two soldiers": KAIROS gives a death a killer and a victim, no instrument
        "KILLING | kill   | OBJECT | none",
        "KILLING | kill   | AGENT  | Killer",
        "KILLING | kill   | TARGET | Victim",
        // where a wounding or an attack has one
        "INJURY  | wound  | OBJECT | Instrument",
        "ATTACK  | attack | OBJECT | Instrument",
        // "rebels smuggled rifles across the border": the goods moved, and no destination
        "SMUGGLING | smuggle | OBJECT | PassengerArtifact",
        "SMUGGLING | smuggle | PLACE  | none",
      })
  void shouldNameOnlyTheRolesKairosGivesTheTypeItIsWrittenAs(
      EventType type, String lemma, EventRole role, String kairos) {
    // when
    String name = type.kairosRole(role, lemma);

    // then
    assertThat(name).isEqualTo(kairos);
  }

  @Test
  void shouldScoreAPurchaseOfAnythingAndOfArmsAsAKairosPurchaseCountedAsATransaction() {
    // given
    String purchase = "Transaction.ExchangeBuySell.Unspecified";

    // when
    Optional<EventType> counted = EventType.forKairos(purchase);

    // then
    assertThat(counted).contains(EventType.TRANSACTION);
    assertThat(EventType.ARMS_TRANSFER.covers(purchase)).isTrue();
    assertThat(EventType.forTrigger("sell", 'V')).contains(EventType.TRANSACTION);
    assertThat(EventType.forTrigger("supply", 'V')).contains(EventType.ARMS_TRANSFER);
  }

  @Test
  void shouldReadPressuringSomeoneInEitherSpellingAsKairosCoercion() {
    // when
    List<Optional<EventType>> read = Stream.of("pressure", "pressurize", "pressurise")
        .map(lemma -> EventType.forTrigger(lemma, 'V'))
        .toList();

    // then
    assertThat(read).containsOnly(Optional.of(EventType.THREAT));
    assertThat(EventType.THREAT.kairos("pressure")).isEqualTo("Contact.ThreatenCoerce.Unspecified");
  }

  @Test
  void shouldReadSackingAndOustingAsDismissals() {
    // when
    Optional<EventType> sacked = EventType.forTrigger("sack", 'V');
    Optional<EventType> ousted = EventType.forTrigger("oust", 'V');

    // then
    assertThat(sacked).contains(EventType.DISMISSAL);
    assertThat(ousted).contains(EventType.DISMISSAL);
    assertThat(EventType.forTrigger("sack", 'N')).isEmpty();
  }

  @Test
  void shouldCountAKairosEvacuationAsAnEvacuationThoughAVisitCoversEveryMovement() {
    // when
    List<Optional<EventType>> counted = Stream.of(
            "Movement.Transportation.Evacuation",
            "Movement.Transportation.IllegalTransportation",
            "Movement.Transportation.Unspecified")
        .map(EventType::forKairos)
        .toList();

    // then
    assertThat(counted).containsExactly(
        Optional.of(EventType.EVACUATION), Optional.of(EventType.SMUGGLING), Optional.of(EventType.VISIT));
    assertThat(EventType.VISIT.covers("Movement.Transportation.Evacuation")).isTrue();
  }
}
