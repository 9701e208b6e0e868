package dev.kg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Runs a user's Cypher, read or write, and returns the whole result as plain Java values: strings,
 * longs, doubles, booleans, lists and maps. A node becomes {@code {id, labels, properties}}, a
 * relationship {@code {type, properties}}, a path the list of its nodes and relationships in order;
 * dates and other temporal values become ISO strings.
 *
 * <pre>{@code
 * QueryResult result = new CypherRunner(connection.driver())
 *     .run("MATCH (e:Person) WHERE e.documentCount >= $min RETURN e.name, e.documentCount",
 *         Map.of("min", 2));
 * }</pre>
 */
public final class CypherRunner {

  private final Driver driver;

  public CypherRunner(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /** Runs {@code cypher} without parameters. */
  public QueryResult run(String cypher) {
    return run(cypher, Map.of());
  }

  /**
   * Runs {@code cypher} in its own auto-commit transaction, so it may also write, change the schema
   * or use {@code CALL { ... } IN TRANSACTIONS}.
   *
   * @throws InvalidQueryException if Neo4j rejects the query, with Neo4j's reason as message
   * @throws GraphUnavailableException if Neo4j cannot be reached
   */
  public QueryResult run(String cypher, Map<String, Object> parameters) {
    Objects.requireNonNull(cypher, "cypher");
    Objects.requireNonNull(parameters, "parameters");
    try (Session session = driver.session()) {
      Result result = session.run(cypher, parameters);
      List<String> columns = result.keys();
      List<List<Object>> rows = new ArrayList<>();
      while (result.hasNext()) {
        Record record = result.next();
        List<Object> row = new ArrayList<>(columns.size());
        record.values().forEach(value -> row.add(PlainValues.of(value)));
        rows.add(row);
      }
      return new QueryResult(columns, rows);
    } catch (ClientException e) {
      throw new InvalidQueryException(Messages.firstLine(e), e);
    } catch (ServiceUnavailableException | SessionExpiredException e) {
      throw GraphUnavailableException.lost(e);
    }
  }
}
