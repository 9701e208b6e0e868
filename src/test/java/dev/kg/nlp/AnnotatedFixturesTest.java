package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import dev.kg.nlp.AnnotatedFixtures.Fixture;
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
      assertThat(expected).as("the annotation saved in %s", file).isEqualTo(today);
    }
  }
}
