package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kg.layers.UsesNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that cannot do what they are asked say so in one line and leave nothing behind. */
@UsesNeo4j
class CommandFailuresTest {

  @TempDir Path dir;

  @Test
  void shouldRefuseAStoreThatDoesNotExistInEveryCommandThatOnlyReadsOrCurates() throws Exception {
    // given a mistyped store, and an empty folder that is no store either
    Path typo = dir.resolve("typo");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    List<List<String>> commands =
        List.of(
            List.of("stats"),
            List.of("query", "RETURN 1"),
            List.of("export", "--out", dir.resolve("graph.json").toString()),
            List.of("search", "Lind"),
            List.of("explore", "Lind"),
            List.of("timeline"),
            List.of("remove", "a.txt"),
            List.of("rules"),
            List.of("merge", "A", "B"));

    for (Path store : List.of(typo, empty)) {
      for (List<String> command : commands) {
        // when
        KgRun run = kg(with(command, "--store", store.toString()));

        // then
        assertThat(run.exitCode()).as(command.toString()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
        assertThat(run.err())
            .as(command.toString())
            .isEqualTo("kg: no kg store at " + store + " (kg ingest creates one; --store names another)\n");
      }
    }
    assertThat(typo).doesNotExist();
    assertThat(empty).isEmptyDirectory();
    assertThat(dir.resolve("graph.json")).doesNotExist();
  }

  @Test
  void shouldExplainAnExportFileThatCannotBeWrittenInOneLine() throws Exception {
    // given
    Path missingFolder = dir.resolve("no/such/dir/graph.json");
    Path fileAsFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");

    // when
    KgRun intoMissingFolder = kg("export", "--out", missingFolder.toString(), "--store", dir.resolve("typo").toString());
    KgRun intoFolder = kg("export", "--out", dir.toString(), "--store", dir.resolve("typo").toString());
    KgRun belowFile = kg("export", "--out", fileAsFolder.resolve("graph.json").toString(), "--store", dir.resolve("typo").toString());

    // then: the file is checked before the store
    assertThat(intoMissingFolder.exitCode()).isEqualTo(Kg.EXIT_CANNOT_WRITE);
    assertThat(intoMissingFolder.err())
        .isEqualTo("kg: cannot write " + missingFolder + ": no such directory " + missingFolder.getParent() + "\n");
    assertThat(intoFolder.exitCode()).isEqualTo(Kg.EXIT_CANNOT_WRITE);
    assertThat(intoFolder.err()).isEqualTo("kg: cannot write " + dir + ": is a directory\n");
    assertThat(belowFile.exitCode()).isEqualTo(Kg.EXIT_CANNOT_WRITE);
    assertThat(belowFile.err()).isEqualTo("kg: cannot write " + fileAsFolder.resolve("graph.json") + ": not a directory\n");
  }

  @Test
  void shouldLeaveAnEarlierExportAsItWasWhenTheExportFails() throws Exception {
    // given
    Path earlier = Files.writeString(dir.resolve("graph.json"), "{\"nodes\": []}");

    // when
    KgRun run = kg("export", "--out", earlier.toString(), "--store", dir.resolve("typo").toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(earlier).hasContent("{\"nodes\": []}");
    assertThat(dir).isDirectoryNotContaining(file -> !file.equals(earlier));
  }

  private static String[] with(List<String> command, String... options) {
    return java.util.stream.Stream.concat(command.stream(), java.util.Arrays.stream(options)).toArray(String[]::new);
  }
}
