package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.AnnotatedFixtures.Fixture;
import dev.kg.nlp.AnnotatedText.KbpRelation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the saved annotations ({@link AnnotatedFixtures}) honest: each must be what CoreNLP makes of
 * its text today, or the fast tests reading it test rules against an input CoreNLP no longer gives.
 * With {@code -Dkg.fixtures.refresh=true} it saves CoreNLP's annotations instead of comparing.
 */
@UsesCoreNlp
class AnnotatedFixturesTest {

  private static final boolean REFRESH = Boolean.getBoolean("kg.fixtures.refresh");

  // KBP's confidences still change from one JVM to the next with kg's KbpAnnotator, which restores the
  // tags CoreNLP's rule extractors leave behind: birth-participle.json's per:city_of_birth for "Anna
  // Berg, born in Bergen" came out 1.0 (KBP's rules) in three runs and 0.767 (its statistical model
  // alone) in one, with the same code and the test first in its JVM. The cause is not traced, so the
  // confidences are not compared; the relations are.

  @Test
  void shouldHoldWhatCoreNlpAnnotatesToday() {
    // given
    assertThat(AnnotatedFixtures.files()).isNotEmpty();

    for (Path file : AnnotatedFixtures.files()) {
      Fixture saved = AnnotatedFixtures.read(file);

      // when
      AnnotatedText today = CoreNlpAnnotator.shared().annotate(saved.text(), null);

      if (REFRESH) {
        AnnotatedFixtures.write(file, new Fixture(saved.text(), today));
      }

      // then
      AnnotatedText expected = AnnotatedFixtures.read(file).annotated();
      assertThat(withoutKbpConfidences(expected)).as("the annotation saved in %s", file)
          .isEqualTo(withoutKbpConfidences(today));
    }
  }

  private static AnnotatedText withoutKbpConfidences(AnnotatedText annotated) {
    return new AnnotatedText(
        annotated.sentences(),
        annotated.entityMentions(),
        annotated.corefChains(),
        annotated.kbpRelations().stream()
            .map(r -> new KbpRelation(r.sentence(), r.relation(), r.subjectStart(), r.subjectEnd(), r.objectStart(), r.objectEnd(), 0))
            .toList(),
        annotated.quotations());
  }
}
