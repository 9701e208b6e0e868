package dev.kg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * kg's KBP TokensRegex extractor gives a pair the same confidence in every JVM; CoreNLP's depends on
 * the identity hash codes its rules' patterns get, which differ from one JVM to the next.
 */
@UsesCoreNlp
class KbpRuleExtractorTest {

  private static final Pattern SCORES = Pattern.compile("coreNlp (\\S+) kg (\\S+)");

  @Test
  void shouldScoreAPairAlikeInEveryJvm() throws Exception {
    // given fresh JVMs that took different numbers of identity hash codes before building the
    // extractors, as many as it takes CoreNLP's extractor to give both its answers (about one JVM in
    // four gives 1.0; 32 all giving one answer would be a 1 in 10,000 chance)
    List<String> coreNlps = new ArrayList<>();
    List<String> kgs = new ArrayList<>();

    // when each scores "Anna Berg, born in Bergen" for per:city_of_birth
    for (int hashCodesBefore = 0; hashCodesBefore < 32 && coreNlps.stream().distinct().count() < 2; hashCodesBefore++) {
      Matcher scores = SCORES.matcher(scoresInAFreshJvm(hashCodesBefore));
      assertThat(scores.find()).as("the child JVM's answer").isTrue();
      coreNlps.add(scores.group(1));
      kgs.add(scores.group(2));
    }

    // then CoreNLP's extractor gave the lemma rule's 0.0617 in some JVMs and the word rule's 1.0 in
    // others, kg's the first matching rule of the file (the lemma rule) in all
    assertThat(coreNlps).as("CoreNLP's confidences").contains("0.0617075", "1.0");
    assertThat(kgs).as("kg's confidences").containsOnly("0.0617075");
  }

  private static String scoresInAFreshJvm(int hashCodesBefore) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-XX:+UseSerialGC",
            "-cp", System.getProperty("java.class.path"),
            KbpRuleScore.class.getName(), String.valueOf(hashCodesBefore))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("the child JVM's exit status; it printed: %s", output).isZero();
    return output;
  }
}
