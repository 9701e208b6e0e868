package dev.kg.cli;

import java.io.Console;
import java.util.Optional;

/**
 * The terminal kg runs in, where it asks for a password without showing what is typed. Tests give
 * their own.
 *
 * <pre>{@code
 * Optional<String> typed = Terminal.system().readPassword("Password for Neo4j user neo4j: ");
 * }</pre>
 */
interface Terminal {

  /** What the user typed (empty at end of input), or empty when there is no terminal to ask on. */
  Optional<String> readPassword(String prompt);

  /** The process's terminal: there is one when standard input and output are both a terminal. */
  static Terminal system() {
    return prompt -> {
      Console console = System.console();
      if (console == null) {
        return Optional.empty();
      }
      char[] typed = console.readPassword("%s", prompt);
      return Optional.of(typed == null ? "" : new String(typed));
    };
  }
}
