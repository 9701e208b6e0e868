package dev.kg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of the {@code kg} command line, with what it printed. */
record KgRun(int exitCode, String out, String err) {

  static KgRun kg(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        Kg.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    return new KgRun(exitCode, out.toString(), err.toString());
  }

  /** Lines printed on standard error that are kg's own messages, not progress-bar redraws. */
  List<String> messages() {
    return err.lines().filter(line -> line.startsWith("kg: ")).toList();
  }
}
