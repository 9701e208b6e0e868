package dev.kg.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line kg cannot parse (an unknown option or command, a missing argument, a value of the
 * wrong kind) is answered in one line naming what is wrong, the nearest spellings picocli finds, and
 * where the right usage is, as every other refusal of kg is one line: picocli's own answer, the whole
 * usage help after the error, hid the error above forty lines of options.
 */
final class UsageErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(line(exception));
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  static String line(ParameterException exception) {
    String name = exception.getCommandLine().getCommandSpec().qualifiedName();
    String message = exception.getMessage().strip().replaceFirst("^Error: ", "").replaceAll("\\s*\\R\\s*", "; ");
    List<String> suggestions = exception instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
    String nearest = suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?";
    return "kg: " + message + nearest + " (see `" + name + " --help`)";
  }
}
