package dev.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleArticlesTest {

  @Test
  void shouldReadEverySampleAsIngestReadsItsFile(@TempDir Path directory) throws Exception {
    // given
    SampleArticles.copyTo(directory);
    List<SourceDocument> fromFiles =
        new DocumentReader()
            .read(List.of(directory.toString()))
            .map(result -> ((ReadResult.Read) result).document())
            .toList();

    // when
    List<SourceDocument> read = SampleArticles.read();

    // then
    assertThat(read).extracting(SourceDocument::id).containsExactlyElementsOf(fromFiles.stream().map(SourceDocument::id).toList());
    assertThat(read).extracting(SourceDocument::text).containsExactlyElementsOf(fromFiles.stream().map(SourceDocument::text).toList());
    assertThat(read).extracting(SourceDocument::title).containsExactlyElementsOf(fromFiles.stream().map(SourceDocument::title).toList());
    assertThat(Files.list(directory).map(file -> file.getFileName().toString()).sorted())
        .containsExactlyElementsOf(SampleArticles.NAMES);
  }
}
