package dev.kg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * kg's constraints and indexes, as written in {@code cypher/schema.cypher}. Applying them is
 * idempotent: every statement is {@code IF NOT EXISTS}, so applying to a graph that has them changes
 * nothing.
 *
 * <pre>{@code
 * Schema.load().apply(connection.driver());
 * }</pre>
 */
public final class Schema {

  private static final String RESOURCE = "/cypher/schema.cypher";
  private static final String AWAIT_INDEXES = "CALL db.awaitIndexes($timeoutSeconds)";
  private static final long INDEX_TIMEOUT_SECONDS = 300;

  private final List<String> statements;

  private Schema(List<String> statements) {
    this.statements = List.copyOf(statements);
  }

  /** The schema kg ships, read from the classpath. */
  public static Schema load() {
    return parse(CypherResources.read(RESOURCE));
  }

  /**
   * The statements of a Cypher script: split on semicolons, except those inside comments, string
   * literals and backquoted names, with comments dropped.
   */
  static Schema parse(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (script.startsWith("//", i)) {
        i = endOfLine(script, i);
      } else if (script.startsWith("/*", i)) {
        int close = script.indexOf("*/", i + 2);
        i = close < 0 ? script.length() : close + 2;
        statement.append(' ');
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = endOfQuoted(script, i);
        statement.append(script, i, end);
        i = end;
      } else if (c == ';') {
        addIfNotBlank(statements, statement);
        statement.setLength(0);
        i++;
      } else {
        statement.append(c);
        i++;
      }
    }
    addIfNotBlank(statements, statement);
    return new Schema(statements);
  }

  /** The statements in file order, without comments. */
  public List<String> statements() {
    return statements;
  }

  /**
   * Creates whatever constraints and indexes are missing, then waits until all are online; then brings
   * relation edges written by an earlier build to today's model ({@link RelationEdges#moveStoredLists},
   * {@link RelationEdges#countFormerTitles}).
   */
  public void apply(Driver driver) {
    try (Session session = driver.session()) {
      // One auto-commit transaction per statement, as cypher-shell runs a script.
      for (String statement : statements) {
        session.run(statement).consume();
      }
      session.run(AWAIT_INDEXES, Map.of("timeoutSeconds", INDEX_TIMEOUT_SECONDS)).consume();
    }
    RelationEdges.moveStoredLists(driver);
    RelationEdges.countFormerTitles(driver);
  }

  private static int endOfLine(String script, int from) {
    int newline = script.indexOf('\n', from);
    return newline < 0 ? script.length() : newline;
  }

  private static int endOfQuoted(String script, int open) {
    char quote = script.charAt(open);
    int i = open + 1;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return script.length();
  }

  private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
    String text = statement.toString().strip();
    if (!text.isEmpty()) {
      statements.add(text);
    }
  }
}
