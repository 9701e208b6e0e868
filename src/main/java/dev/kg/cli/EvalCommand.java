package dev.kg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * {@code kg eval}: scores kg's extraction on public benchmark formats, one subcommand per task.
 * Each runs the same analysis the ingest pipeline runs, writes its predictions and prints the figures.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures kg's extraction against an annotated benchmark file.",
    subcommands = {
      EvalRelationsCommand.class, EvalEventsCommand.class, EvalNerCommand.class, EvalIngestCommand.class,
      HelpCommand.class
    })
final class EvalCommand {}
