package dev.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks the cleaner on the shared seed articles, real scraped pages that stay outside the repository. */
class SeedCorpusTest {

  private static final Path SEEDS = Path.of("../shared/corpus/seeds");

  private Map<String, SourceDocument> documents;

  @BeforeEach
  void readSeeds() {
    assumeTrue(Files.isDirectory(SEEDS), "seed corpus not found at " + SEEDS.toAbsolutePath() + ", skipping");
    documents =
        new DocumentReader(InputStream.nullInputStream(), DocumentReader.DEFAULT_MAX_CHARS)
            .read(List.of(SEEDS.toString()))
            .map(result -> ((ReadResult.Read) result).document())
            .collect(Collectors.toMap(document -> document.id().substring(0, 3), Function.identity()));
  }

  @Test
  void shouldFindHeadlineDatelineAndCredit() {
    assertThat(documents.get("002").title()).startsWith("Kremlin’s Outreach to Pyongyang");
    assertThat(documents.get("003").title()).isEqualTo("Russia and North Korea Strengthen Strategic Ties");
    assertThat(documents.get("003").published()).isEqualTo("2025-06-06");
    assertThat(documents.get("000").source()).isEqualTo("The Moscow Times");
  }

  @Test
  void shouldLeaveNoPageChrome() {
    assertThat(documents.values())
        .flatMap(document -> List.of(document.text().split("\n\n")))
        .doesNotContain("ReplyDelete", "Related Posts", "Leave a Reply", "Skip to main content", "6.06.2025")
        .noneMatch(paragraph -> paragraph.endsWith("handled by the ICC!"));
  }
}
