package dev.kg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SentenceRefTest {

  @Test
  void shouldReadBackWhatItWrites() {
    // given
    SentenceRef ref = new SentenceRef("news#2025/04-port-visit.html", 12);

    // when
    SentenceRef parsed = SentenceRef.parse(ref.toString());

    // then
    assertThat(ref.toString()).isEqualTo("news#2025/04-port-visit.html#12");
    assertThat(parsed).isEqualTo(ref);
  }

  @Test
  void shouldOrderByDocumentThenSentenceNumerically() {
    // when
    List<String> sorted =
        Stream.of("b#0", "a#10", "a#2", "a-1#0").map(SentenceRef::parse).sorted().map(SentenceRef::toString).toList();

    // then
    assertThat(sorted).containsExactly("a#2", "a#10", "a-1#0", "b#0");
  }

  @Test
  void shouldRefuseTextThatIsNotAReference() {
    assertThatThrownBy(() -> SentenceRef.parse("doc-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a sentence reference <documentId>#<sentence>: 'doc-1'");
    assertThatThrownBy(() -> SentenceRef.parse("doc-1#first"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a sentence reference <documentId>#<sentence>: 'doc-1#first'");
    assertThatThrownBy(() -> SentenceRef.parse("doc-1#-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a sentence reference <documentId>#<sentence>: 'doc-1#-1'");
  }
}
