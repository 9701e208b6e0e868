package dev.kg.cli;

import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.HeldGraphException;
import dev.kg.graph.InvalidQueryException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code kg} command line: build a knowledge graph from news text and explore it.
 *
 * <pre>
 * kg demo                                   # ingest the bundled sample articles into ./kg-data
 * kg ingest articles/ feed.jsonl            # ingest files, directories, JSONL or - for stdin
 * kg query "MATCH (p:Person) RETURN p.name" # run Cypher
 * kg export --out graph.json                # the whole graph as JSON
 * kg stats                                  # counts per label and relationship type
 * kg explain "Kaja Lind"                    # the sentences behind the facts about an entity
 * kg serve                                  # keep the embedded Neo4j up for Neo4j Browser
 * kg merge KCNA "Korean Central News Agency" # correct identity; kept as a rule (kg rules)
 * kg remove article.txt                     # a document and everything only it supported
 * </pre>
 */
@Command(
    name = "kg",
    mixinStandardHelpOptions = true,
    versionProvider = Kg.Version.class,
    description = "Builds a knowledge graph of people, organisations and places from news text (Stanford CoreNLP -> Neo4j).",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      ExploreCommand.class,
      ExplainCommand.class,
      PathCommand.class,
      SearchCommand.class,
      TimelineCommand.class,
      ServeCommand.class,
      MergeCommand.class,
      AliasCommand.class,
      SplitCommand.class,
      RenameCommand.class,
      RulesCommand.class,
      RemoveCommand.class,
      EvalCommand.class,
      CoreNlpPropertiesCommand.class,
      HelpCommand.class
    })
public final class Kg {

  /** Exit code when some inputs failed but the rest were ingested. */
  static final int EXIT_INPUT_FAILED = 1;
  /** Exit code when an output file cannot be written. */
  static final int EXIT_CANNOT_WRITE = 1;
  /** Exit code when the graph cannot be reached or a query is invalid. */
  static final int EXIT_GRAPH_ERROR = 3;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests run it with their own output writers. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Kg());
    commandLine.setParameterExceptionHandler(new UsageErrors());
    setCommandList(commandLine);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          PrintWriter err = cmd.getErr();
          if (exception instanceof GraphUnavailableException
              || exception instanceof HeldGraphException
              || exception instanceof InvalidQueryException
              || exception instanceof UserException) {
            err.println("kg: " + exception.getMessage());
            err.flush();
            return EXIT_GRAPH_ERROR;
          }
          throw exception;
        });
    return commandLine;
  }

  private static void setCommandList(CommandLine command) {
    if (!command.getSubcommands().isEmpty()) {
      command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
      command.getSubcommands().values().forEach(Kg::setCommandList);
    }
  }

  /** Reports the version from the jar manifest, or "development build" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Kg.class.getPackage().getImplementationVersion();
      return new String[] {"kg " + (version == null ? "(development build)" : version)};
    }
  }
}
