package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesCoreNlp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark file of another format than the option names is refused in one line naming the file and
 * what is wrong with it, before CoreNLP is loaded: no stack trace, no parser internals, no megabyte line.
 */
// In the CoreNLP layer: were the file not checked first, the command would load CoreNLP.
@UsesCoreNlp
class EvalInputFailuresTest {

  private static final String INVALID_HASH = "invalid JSON: unexpected character '#': expected a valid value"
      + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (column 1)";

  @TempDir Path dir;

  @Test
  void shouldRefuseAFileInAnotherFormatInOneLine() throws Exception {
    // given a CoNLL04 file and a JSON array, each named where the other is expected
    Path conll04 = Files.writeString(dir.resolve("dev.txt"), "#doc 7\n0\tPeop\t0\tNNP/NNP\tAnna_Berg\n");
    Path array = Files.writeString(dir.resolve("dev.json"),
        "[{\"title\": \"Anna Berg\", \"sents\": [[\"Anna\", \"Berg\", \"lives\", \"in\", \"Hamar\", \".\"]], \"vertexSet\": []}]\n");

    // when
    KgRun conll04AsRedocred = kg("eval", "relations", "--redocred", conll04.toString());
    KgRun conll04AsWikiEvents = kg("eval", "events", "--wikievents", conll04.toString());
    KgRun arrayAsRams = kg("eval", "events", "--rams", array.toString());
    KgRun arrayAsConll04 = kg("eval", "relations", "--conll04", array.toString());

    // then
    assertThat(conll04AsRedocred.err()).isEqualTo("kg: " + conll04 + ": not a DocRED file (" + INVALID_HASH + ")\n");
    assertThat(conll04AsWikiEvents.err())
        .isEqualTo("kg: " + conll04 + ":1: not a WikiEvents document (" + INVALID_HASH + ")\n");
    assertThat(arrayAsRams.err())
        .isEqualTo("kg: " + array + ":1: not a RAMS window (expected a JSON object on each line, got array)\n");
    assertThat(arrayAsConll04.err()).isEqualTo("kg: " + array + ":1: expected '#doc N' or 5 tab-separated columns, got: "
        + "[{\"title\": \"Anna Berg\", \"sents\": [[\"Anna\", \"Berg\", \"lives\", \"in\", \"Hamar\", \".\"]]...\n");
    assertThat(List.of(conll04AsRedocred, conll04AsWikiEvents, arrayAsRams, arrayAsConll04))
        .allSatisfy(run -> {
          assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
          assertThat(run.out()).isEmpty();
        });
  }
}
