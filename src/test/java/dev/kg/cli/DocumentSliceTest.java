package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSliceTest {

  private static final List<String> DOCUMENTS = List.of("first", "second", "third", "fourth");

  @Test
  void shouldKeepTheDocumentsAfterThoseSkippedUpToTheLimit() {
    // when
    List<String> chosen = DocumentSlice.of(DOCUMENTS, 1, 2);

    // then
    assertThat(chosen).containsExactly("second", "third");
  }

  @Test
  void shouldKeepEveryDocumentWhenNeitherIsGiven() {
    // when
    List<String> chosen = DocumentSlice.of(DOCUMENTS, null, null);

    // then
    assertThat(chosen).containsExactly("first", "second", "third", "fourth");
  }

  @Test
  void shouldStopAtTheFileEndWhenTheLimitRunsPastIt() {
    // when
    List<String> chosen = DocumentSlice.of(DOCUMENTS, 3, 10);

    // then
    assertThat(chosen).containsExactly("fourth");
  }

  @Test
  void shouldRefuseASkipThatLeavesNoDocument() {
    // when / then
    assertThatThrownBy(() -> DocumentSlice.of(DOCUMENTS, 4, null))
        .isInstanceOf(UserException.class)
        .hasMessage("--skip 4 leaves no document: the file has 4");
  }

  @Test
  void shouldRefuseANegativeSkip() {
    // when / then
    assertThatThrownBy(() -> DocumentSlice.of(DOCUMENTS, -1, null))
        .isInstanceOf(UserException.class)
        .hasMessage("--skip must not be negative, got -1");
  }

  @Test
  void shouldRefuseALimitOfNoDocument() {
    // when / then
    assertThatThrownBy(() -> DocumentSlice.of(DOCUMENTS, null, 0))
        .isInstanceOf(UserException.class)
        .hasMessage("--limit must be at least 1, got 0");
  }
}
