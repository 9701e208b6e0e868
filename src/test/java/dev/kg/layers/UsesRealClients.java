package dev.kg.layers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that needs clients from outside Java (Node.js, the JavaScript driver,
 * headless Chromium), installed by .ci/run. Such tests stay out of {@code ./mvnw test}, the fast
 * layer, and run in {@code ./mvnw verify}; see the surefire executions in {@code pom.xml}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(UsesRealClients.TAG)
public @interface UsesRealClients {

  /** The JUnit tag, as the surefire executions name it. */
  String TAG = "clients";
}
