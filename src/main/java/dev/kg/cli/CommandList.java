package dev.kg.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The list of commands in {@code kg --help} and {@code kg eval --help}: each command with the first
 * sentence of its description, wrapped. picocli lists a description's first line, which in kg's
 * descriptions stops mid-sentence ("every node and relationship with all properties,").
 */
final class CommandList implements IHelpSectionRenderer {

  private static final int INDENT = 2;
  private static final int GAP = 2;
  // Up to the first full stop before a capital, so that an ellipsis ("token ... NER") ends nothing.
  private static final Pattern SENTENCE_END = Pattern.compile("^(.*?[^.]\\.)(?= [A-Z]|$)");

  @Override
  public String render(Help help) {
    Map<String, Help> commands = help.subcommands();
    if (commands.isEmpty()) {
      return "";
    }
    int nameWidth = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
    int width = help.commandSpec().usageMessage().width();
    TextTable table = TextTable.forColumns(help.colorScheme(),
        new Column(INDENT + nameWidth + GAP, INDENT, Column.Overflow.SPAN),
        new Column(width - INDENT - nameWidth - GAP, 0, Column.Overflow.WRAP));
    commands.forEach((name, command) -> table.addRowValues(name, summary(command.commandSpec().usageMessage())));
    return table.toString();
  }

  /** The command's header where it has one (as picocli's list shows it), else its description's first sentence. */
  static String summary(UsageMessageSpec usage) {
    String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
    // Descriptions are format strings to picocli ("%n" a line break), so they are read as it reads them.
    String text = Arrays.stream(lines).map(line -> String.format(Locale.ROOT, line)).collect(Collectors.joining(" "));
    Matcher end = SENTENCE_END.matcher(text.strip().replaceAll("\\s+", " "));
    return end.find() ? end.group(1) : text.strip();
  }
}
