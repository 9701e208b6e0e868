package dev.kg.cli;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link SampleStore} for every test class in the run that asks for one as a parameter: ingesting
 * takes CoreNLP seconds, and the tests that use it only read the graph.
 */
final class SampleStoreExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SampleStoreExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SampleStore.class;
  }

  // The root store outlives every test class and closes what it holds when the run ends.
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SampleStore.class, type -> SampleStore.ingest(), SampleStore.class);
  }
}
