package dev.kg.cli;

import dev.kg.graph.Schema;
import dev.kg.server.EmbeddedNeo4j;
import dev.kg.server.Neo4jConnection;
import dev.kg.server.Neo4jConnection.Credentials;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the graph lives: the embedded store (default) or a Neo4j server given by URI. */
final class GraphOptions {

  // Where Neo4j keeps the default database below its home, the store directory: there once a store exists.
  private static final Path STORE_DATABASE = Path.of("data", "databases", "neo4j");

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "kg-data",
      description = "Embedded Neo4j store directory (default: ${DEFAULT-VALUE}). Ignored with --uri.")
  Path store;

  @Option(
      names = "--uri",
      paramLabel = "URI",
      defaultValue = "${env:NEO4J_URI}",
      description = "Use the Neo4j server at URI (e.g. bolt://localhost:7687) instead of the embedded store. Env: NEO4J_URI.")
  URI uri;

  @Option(
      names = "--user",
      defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
      description = "Neo4j user with --uri (default: neo4j). Env: NEO4J_USERNAME.")
  String user;

  // Given alone, the option is set to the empty string, and the password is asked for.
  @Option(
      names = "--password",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "PASSWORD",
      defaultValue = "${env:NEO4J_PASSWORD}",
      description =
          "Neo4j password with --uri. With serve and demo, the password to set for the embedded store's user "
              + "neo4j (at least 8 characters). Given alone (last, or before another option), kg asks for it on "
              + "the terminal without echoing it; given a value, it is visible to every user of this machine in "
              + "the process list, so prefer --password-file or NEO4J_PASSWORD. Env: NEO4J_PASSWORD.")
  String password;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Read the password from the first line of FILE, instead of --password or NEO4J_PASSWORD.")
  Path passwordFile;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** Where kg asks for a password given as --password alone; tests give their own. */
  Terminal terminal = Terminal.system();

  /**
   * Opens the graph of a command that reads or curates it: an embedded store that does not exist is an
   * error, not created, so a mistyped {@code --store} does not quietly leave an empty store behind.
   *
   * @throws UserException if the embedded store does not exist
   */
  GraphSession open() {
    if (uri == null && !Files.isDirectory(store.resolve(STORE_DATABASE))) {
      throw new UserException("no kg store at " + store + " (kg ingest creates one; --store names another)");
    }
    return openOrCreate();
  }

  /**
   * Opens the graph, starting the embedded server when no URI is given, and applies the schema; the
   * embedded store is created when it does not exist yet. On the embedded server's free port kg logs
   * in as a user made for this run, whose password only this process knows (see {@link EmbeddedNeo4j}).
   */
  GraphSession openOrCreate() {
    GraphSession session;
    if (uri != null) {
      Optional<String> given = password();
      Neo4jConnection connection =
          given.isEmpty()
              ? Neo4jConnection.open(uri)
              : Neo4jConnection.open(uri, new Credentials(user, given.get()));
      session = new GraphSession(null, connection, uri.toString());
    } else {
      EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.of(store));
      try {
        session = new GraphSession(neo4j, neo4j.connect(), "embedded store " + store);
      } catch (RuntimeException e) {
        neo4j.close();
        throw e;
      }
    }
    try {
      Schema.load().apply(session.driver());
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    return session;
  }

  boolean isEmbedded() {
    return uri == null;
  }

  /**
   * The password the user gave, from {@code --password-file}, {@code --password} (asked for on the
   * terminal when given alone) or {@code NEO4J_PASSWORD}, in that order; empty when none is given.
   * A password on the command line is taken, with a warning: anyone on the machine can read it.
   *
   * @throws UserException if both options are given, the file cannot be read, or there is no
   *     terminal to ask on
   */
  Optional<String> password() {
    boolean onCommandLine = command.commandLine().getParseResult().hasMatchedOption("--password");
    if (passwordFile != null) {
      if (onCommandLine) {
        throw new UserException("give --password or --password-file, not both");
      }
      return Optional.of(readPasswordFile());
    }
    if (onCommandLine && password.isEmpty()) {
      String prompt = "Password for Neo4j user " + user + ": ";
      return Optional.of(
          terminal
              .readPassword(prompt)
              .orElseThrow(
                  () ->
                      new UserException(
                          "--password without a value asks for the password on a terminal, and there is none; "
                              + "use --password-file FILE or NEO4J_PASSWORD")));
    }
    if (onCommandLine) {
      PrintWriter err = command.commandLine().getErr();
      err.println(
          "kg: warning: a password given as --password VALUE is visible to every user of this machine in the "
              + "process list (ps) while kg runs; use --password-file FILE, NEO4J_PASSWORD, or --password alone "
              + "to be asked for it");
      err.flush();
    }
    return Optional.ofNullable(password);
  }

  private String readPasswordFile() {
    List<String> lines;
    try {
      lines = Files.readAllLines(passwordFile);
    } catch (NoSuchFileException e) {
      throw new UserException("cannot read the password file " + passwordFile + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UserException("cannot read the password file " + passwordFile + ": permission denied");
    } catch (IOException e) {
      throw new UserException("cannot read the password file " + passwordFile + ": " + e.getMessage());
    }
    if (lines.isEmpty() || lines.get(0).isEmpty()) {
      throw new UserException("the password file " + passwordFile + " has no password on its first line");
    }
    return lines.get(0);
  }
}
