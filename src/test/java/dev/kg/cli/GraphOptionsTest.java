package dev.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kg.graph.GraphUnavailableException;
import dev.kg.layers.UsesNeo4j;
import dev.kg.server.Neo4jConnection;
import dev.kg.server.Neo4jConnection.Credentials;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Where a command's graph is, and how it logs in to it. */
@UsesNeo4j
class GraphOptionsTest {

  static final String COMMAND_LINE_WARNING =
      "kg: warning: a password given as --password VALUE is visible to every user of this machine in the process "
          + "list (ps) while kg runs; use --password-file FILE, NEO4J_PASSWORD, or --password alone to be asked for it";

  @Test
  void shouldTakeAPasswordGivenAsAValueButWarnThatEveryoneCanSeeIt() throws IOException {
    // given
    URI nobodyListens = nobodyListens();

    // when
    KgRun run = kg(NO_TERMINAL, "stats", "--uri", nobodyListens.toString(), "--password", "on-the-command-line");

    // then: the password was taken (the server was tried) after the warning
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err().lines())
        .containsExactly(COMMAND_LINE_WARNING, "kg: cannot reach Neo4j at " + nobodyListens + ": connection refused");
  }

  @Test
  void shouldAskOnTheTerminalForAPasswordGivenAlone() throws IOException {
    // given
    List<String> prompts = new ArrayList<>();
    Terminal terminal =
        prompt -> {
          prompts.add(prompt);
          return Optional.of("typed-password");
        };

    // when
    KgRun run = kg(terminal, "stats", "--uri", nobodyListens().toString(), "--user", "analyst", "--password");

    // then
    assertThat(prompts).containsExactly("Password for Neo4j user analyst: ");
    assertThat(run.err()).doesNotContain("warning").contains("connection refused");
  }

  @Test
  void shouldRefuseToAskWithoutATerminal() throws IOException {
    // when
    KgRun run = kg(NO_TERMINAL, "stats", "--uri", nobodyListens().toString(), "--password");

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err().strip())
        .isEqualTo(
            "kg: --password without a value asks for the password on a terminal, and there is none; "
                + "use --password-file FILE or NEO4J_PASSWORD");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "missing | kg: cannot read the password file {file}: no such file",
        "''      | kg: the password file {file} has no password on its first line",
        "'\\n'  | kg: the password file {file} has no password on its first line"  // \\n: a line break
      })
  void shouldRefuseAPasswordFileWithoutAPassword(String content, String message, @TempDir Path directory)
      throws IOException {
    // given
    Path file = directory.resolve("password");
    if (!content.equals("missing")) {
      Files.writeString(file, content.replace("\\n", "\n"));
    }

    // when
    KgRun run = kg(NO_TERMINAL, "stats", "--uri", nobodyListens().toString(), "--password-file", file.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err().strip()).isEqualTo(message.replace("{file}", file.toString()));
  }

  @Test
  void shouldRefuseBothAPasswordAndAPasswordFile(@TempDir Path directory) throws IOException {
    // given
    Path file = Files.writeString(directory.resolve("password"), "from-a-file\n");

    // when
    KgRun run =
        kg(NO_TERMINAL, "stats", "--uri", nobodyListens().toString(), "--password-file", file.toString(), "--password");

    // then
    assertThat(run.exitCode()).isEqualTo(Kg.EXIT_GRAPH_ERROR);
    assertThat(run.err().strip()).isEqualTo("kg: give --password or --password-file, not both");
  }

  @Test
  void shouldLetNoClientButTheCommandIntoItsEmbeddedStore(@TempDir Path store) {
    // given
    GraphOptions options = new GraphOptions();
    options.store = store;

    // when a command has its embedded store open
    try (GraphSession session = options.openOrCreate()) {
      URI bolt = boltUri(session);

      // then its port refuses a connection without a login, and with Neo4j's initial one
      assertThat(bolt.getHost()).isEqualTo("127.0.0.1");
      assertThatThrownBy(() -> Neo4jConnection.open(bolt))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessage("Neo4j at " + bolt + " requires a user name and password (password from --password-file, --password or NEO4J_PASSWORD)");
      assertThatThrownBy(() -> Neo4jConnection.open(bolt, new Credentials("neo4j", "neo4j")))
          .isInstanceOf(GraphUnavailableException.class)
          .hasMessage("Neo4j at " + bolt + " rejected the user 'neo4j': wrong user name or password (user from --user or NEO4J_USERNAME; "
                + "password from --password-file, --password or NEO4J_PASSWORD)");
    }
  }

  private static final Terminal NO_TERMINAL = prompt -> Optional.empty();

  /** Runs {@code kg args...} with {@code terminal} as the terminal it asks for passwords on. */
  private static KgRun kg(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine kg = Kg.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    ((GraphOptions) kg.getSubcommands().get(args[0]).getCommandSpec().mixins().get("graph").userObject()).terminal =
        terminal;
    int exitCode = kg.execute(args);
    return new KgRun(exitCode, out.toString(), err.toString());
  }

  private static URI nobodyListens() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("bolt://127.0.0.1:" + socket.getLocalPort());
    }
  }

  /** Where the command's embedded server listens, as the server itself reports it. */
  private static URI boltUri(GraphSession session) {
    String address =
        session
            .driver()
            .executableQuery("CALL dbms.listConfig('server.bolt.listen_address') YIELD value RETURN value")
            .execute()
            .records()
            .get(0)
            .get("value")
            .asString();
    return URI.create("bolt://" + address);
  }
}
