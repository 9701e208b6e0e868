package dev.kg.cli;

import static dev.kg.cli.KgRun.kg;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kg.layers.UsesCoreNlp;
import dev.kg.layers.UsesNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kg merge, alias, split, rename, rules and remove through the command line, on short articles of our
 * own run through the real CoreNLP pipeline.
 */
@UsesNeo4j
@UsesCoreNlp
class CurationCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path inputs;
  @TempDir Path store;

  @Test
  void shouldKeepAMergeForDocumentsIngestedAfterIt() throws Exception {
    // given two articles spelling one leader's name in two romanisations, which resolution keeps apart
    ingest(article("full.txt", "Kim Jong Un visited Wonsan on Monday."),
        article("short.txt", "Kim Jong-eun inspected a tractor factory in Pyongyang."));

    // when
    KgRun merge = kg("merge", "Kim Jong-eun", "Kim Jong Un", "--store", store.toString());
    KgRun later = kg("ingest", article("later.txt", "Kim Jong-eun praised the tractor factory.").toString(), "--store", store.toString());

    // then
    assertThat(merge.exitCode()).as(merge.err()).isZero();
    assertThat(merge.out()).contains("Rule 1: merge person:kim-jong-eun into person:kim-jong-un");
    assertThat(later.exitCode()).as(later.err()).isZero();
    assertThat(values("MATCH (p:Person) RETURN p.name + ' ' + p.documentCount AS row ORDER BY row"))
        .containsExactly("Kim Jong Un 3");
    assertThat(kg("rules", "--store", store.toString()).out())
        .contains("1     merge  merge person:kim-jong-eun into person:kim-jong-un");
  }

  @Test
  void shouldSplitRenameAndUndo() throws Exception {
    // given one person kg sees in two articles
    ingest(article("one.txt", "Elena Petrova met the mayor of Riga on Tuesday."),
        article("two.txt", "Elena Petrova won the chess final in Oslo on Sunday."));

    // when the chess player turns out to be someone else, and the first keeps a longer name
    KgRun split = kg("split", "Elena Petrova", "--document", "two.txt", "--as", "Elena Petrova (chess)", "--store", store.toString());
    KgRun rename = kg("rename", "person:elena-petrova", "Elena V. Petrova", "--store", store.toString());

    // then
    assertThat(split.exitCode()).as(split.err()).isZero();
    assertThat(rename.exitCode()).as(rename.err()).isZero();
    assertThat(values("MATCH (p:Person) RETURN p.id + ' ' + p.name AS row ORDER BY row"))
        .containsExactly("person:elena-petrova Elena V. Petrova", "person:elena-petrova-chess Elena Petrova (chess)");

    // when the split is undone
    KgRun undo = kg("rules", "--undo", "1", "--store", store.toString());

    // then
    assertThat(undo.exitCode()).as(undo.err()).isZero();
    assertThat(values("MATCH (p:Person) RETURN p.id + ' ' + p.name + ' ' + p.documentCount AS row"))
        .containsExactly("person:elena-petrova Elena V. Petrova 2");
  }

  @Test
  void shouldRemoveADocumentAsIfItHadNeverBeenIngested(@TempDir Path otherStore) throws Exception {
    // given
    Path first = article("first.txt", "Elena Petrova met Jonas Berg in Riga on Tuesday.");
    Path second = article("second.txt", "Jonas Berg flew from Riga to Oslo with Marta Lind.");
    ingest(first, second);
    assertThat(kg("ingest", first.toString(), "--store", otherStore.toString()).exitCode()).isZero();

    // when
    KgRun remove = kg("remove", second.toString(), "--store", store.toString());

    // then
    assertThat(remove.exitCode()).as(remove.err()).isZero();
    assertThat(remove.out()).contains("Removed second.txt");
    assertThat(export(store)).isEqualTo(export(otherStore));
  }

  @Test
  void shouldRefuseUnknownAndAmbiguousNamesInOneLine() throws Exception {
    // given
    ingest(article("one.txt", "Jonas Berg met Marta Berg in Riga."));

    // when
    List<KgRun> runs =
        List.of(
            kg("merge", "Nobody Known", "Riga", "--store", store.toString()),
            kg("alias", "Berg", "JB", "--store", store.toString()),
            kg("remove", "no-such.txt", "--store", store.toString()),
            kg("rules", "--undo", "7", "--store", store.toString()),
            kg("split", "Riga", "--document", "nowhere.txt", "--as", "Old Riga", "--store", store.toString()),
            kg("split", "Riga", "--alias", "Oslo", "--store", store.toString()));

    // then
    assertThat(runs).allSatisfy(run -> {
      assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
      assertThat(run.messages()).hasSize(1);
    });
    assertThat(runs.get(0).messages().get(0)).startsWith("kg: no entity is called 'Nobody Known'");
    assertThat(runs.get(1).messages().get(0)).startsWith("kg: 'Berg' could be ");
    assertThat(runs.get(2).messages().get(0)).isEqualTo("kg: no document 'no-such.txt' in the graph (give its id or the path it was read from)");
    assertThat(runs.get(3).messages().get(0)).isEqualTo("kg: no rule 7; kg rules lists them");
    assertThat(runs.get(4).messages().get(0)).isEqualTo("kg: document 'nowhere.txt' does not mention location:riga");
    assertThat(runs.get(5).messages().get(0))
        .isEqualTo("kg: location:riga is never called 'Oslo'; kg explore location:riga shows its names");
  }

  private Path article(String name, String text) throws Exception {
    return Files.writeString(inputs.resolve(name), text + "\n");
  }

  private void ingest(Path... articles) {
    List<String> args = new ArrayList<>(List.of("ingest"));
    for (Path article : articles) {
      args.add(article.toString());
    }
    args.addAll(List.of("--store", store.toString()));
    KgRun run = kg(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private List<String> values(String cypher) throws Exception {
    KgRun run = kg("query", "--json", cypher, "--store", store.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> values = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      JsonNode row = JSON.readTree(line);
      values.add(row.get("row").asText());
    }
    return values;
  }

  private String export(Path store) throws Exception {
    Path file = inputs.resolve("export-" + store.getFileName() + ".json");
    KgRun run = kg("export", "--out", file.toString(), "--store", store.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Files.readString(file);
  }
}
