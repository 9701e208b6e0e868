package dev.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.nlp.AnnotatedFixtures;
import dev.kg.nlp.AnnotatedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedAnnotationsTest {

  private static final List<AnnotatedText> ANNOTATIONS = List.of(
      AnnotatedFixtures.of("Ms. Anna Berg , a spokeswoman for Acme Corp. , declined to comment ."),
      AnnotatedFixtures.of("The first mayor of the town , Anna Berg , was born in Hamar , Norway ."));

  @TempDir Path dir;

  @Test
  void shouldReplayTheAnnotationsItSavedOneAtATime() throws Exception {
    // given
    Path file = dir.resolve("annotations.jsonl");
    try (SavedAnnotations.Writer saved = SavedAnnotations.writer(file)) {
      for (AnnotatedText annotation : ANNOTATIONS) {
        saved.add(annotation);
      }
      saved.commit();
    }

    // when
    long count = SavedAnnotations.count(file);
    AnnotatedText first;
    AnnotatedText second;
    try (SavedAnnotations.Reader replayed = SavedAnnotations.reader(file)) {
      first = replayed.next();
      second = replayed.next();
    }

    // then
    assertThat(count).isEqualTo(2);
    assertThat(List.of(first, second)).isEqualTo(ANNOTATIONS);
    assertThat(dir).isDirectoryContaining(path -> path.equals(file)).isDirectoryNotContaining("glob:**.partial");
  }

  @Test
  void shouldLeaveTheFileAsItWasWhenAnnotatingStopsPartWay() throws Exception {
    // given
    Path file = Files.writeString(dir.resolve("annotations.jsonl"), "earlier\n");

    // when: a run that fails before it commits
    try (SavedAnnotations.Writer saved = SavedAnnotations.writer(file)) {
      saved.add(ANNOTATIONS.get(0));
    }

    // then
    assertThat(file).hasContent("earlier");
    assertThat(dir).isDirectoryNotContaining("glob:**.partial");
  }
}
