package dev.kg.graph;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.Driver;

/**
 * One embedded Neo4j for every graph test in the run, started on first use and emptied before each
 * test: starting Neo4j takes seconds, emptying it milliseconds. Tests receive a {@link Driver} or the
 * {@link TestNeo4j} itself as constructor or method parameters.
 */
public final class Neo4jExtension implements BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Neo4jExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    server(context).empty();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Driver.class || type == TestNeo4j.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestNeo4j server = server(context);
    return parameter.getParameter().getType() == Driver.class ? server.driver() : server;
  }

  // The root store outlives every test class and closes what it holds when the run ends.
  private static TestNeo4j server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(TestNeo4j.class, type -> TestNeo4j.start(), TestNeo4j.class);
  }
}
